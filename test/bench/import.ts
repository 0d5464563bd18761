import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { copyDatabase, dropDatabase, prepareDatabase, querySql, type BenchServer } from './databases';
import { cpuSecondsWithChildren, machineBusySeconds } from './processes';

/*
 * `npm run bench -- --import [--rows N]` (README, Import): the built import command (dist/) on N
 * synthetic valid participations (default 100,000: people added to the seed's activities), as a CSV
 * file, against a fresh copy of the scale-1 bench database: first a dry run, then the import. Prints
 * rows/s of each as the command measures them (reading the file, every check, the writes and the
 * audit trail: from the rows read to the commit) and of the whole process (start-up included).
 */

const DIST_IMPORT = path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'import.js');
const COPY = 'agapi_bench_import';

/** One run of the command: its own figures, and the CPU it and PostgreSQL used. */
export interface ImportRun {
  rowsPerSecond: number;
  seconds: number;
  /** The whole process, start-up (build of the schema, connection, migrations check) included. */
  processSeconds: number;
  /** CPU seconds of the command's import (from the rows read to the commit). */
  commandCpuSeconds: number;
  /** CPU seconds of PostgreSQL meanwhile (every process of the server; NaN on DATABASE_URL's server). */
  postgresCpuSeconds: number;
  /** Rows per CPU second of both: what the run needs when no other process competes for the CPU. */
  rowsPerCpuSecond: number;
  /** Share of the machine's CPU other processes used during the run. */
  otherCpuPercent: number;
}

export interface ImportBenchResult {
  kind: string;
  rows: number;
  dryRun: ImportRun;
  import: ImportRun;
  written: number;
  audited: number;
  loadAverage: number[];
}

/** N (activity, person) pairs the seed does not hold, over the seed's activities and people. */
export async function participationRows(url: string, count: number): Promise<string> {
  const activities = await querySql<{ id: string }>(url, `select id from assistance.activity order by id`);
  const people = await querySql<{ id: string }>(url, `select id from people.person order by id`);
  const taken = new Set(
    (
      await querySql<{ key: string }>(
        url,
        `select activity_id || '|' || person_id as key from assistance.participation`,
      )
    ).map((row) => row.key),
  );
  if (activities.length * people.length - taken.size < count)
    throw new Error('not enough free (activity, person) pairs');
  const lines = ['activityId,personId,role'];
  const roles = ['TRAINEE', 'TRAINER', 'ORGANIZER', 'PARTICIPANT'];
  // Each activity in turn takes the next person: rows spread over every activity, as a real file would.
  for (let i = 0, p = 0; lines.length <= count; i++) {
    const activity = activities[i % activities.length]!.id;
    if (i > 0 && i % activities.length === 0) p++;
    const person = people[(p + i) % people.length]!.id;
    if (taken.has(`${activity}|${person}`)) continue;
    taken.add(`${activity}|${person}`);
    lines.push(`${activity},${person},${roles[i % roles.length]}`);
  }
  return `${lines.join('\n')}\n`;
}

function runCommand(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DIST_IMPORT, ...args], { cwd: PROJECT_ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** The command's own figures: `… in 3.2 s (31,250 rows/s, CPU 2.1 s)`. */
function measured(stdout: string): { seconds: number; rowsPerSecond: number; cpu: number } {
  const match = /(\d+(?:\.\d+)?) s,? \(?([\d,]+) rows\/s, CPU (\d+(?:\.\d+)?) s/.exec(stdout);
  if (!match) throw new Error(`no rows/s in the command's output:\n${stdout.slice(-2000)}`);
  return { seconds: Number(match[1]), rowsPerSecond: Number(match[2]!.replace(/,/g, '')), cpu: Number(match[3]) };
}

/** Runs the command and measures it (see ImportRun). */
async function timedRun(
  args: string[],
  env: NodeJS.ProcessEnv,
  server: BenchServer,
  rows: number,
  summary: (stdout: string) => string,
): Promise<ImportRun> {
  const pg = () => (server.postmasterPid ? cpuSecondsWithChildren(server.postmasterPid) : NaN);
  const busy = machineBusySeconds();
  const pgBefore = pg();
  const run = await runCommand(args, env);
  if (run.code !== 0) throw new Error(`the command failed (${run.code}):\n${run.stderr.slice(-3000)}`);
  const postgresCpuSeconds = pg() - pgBefore;
  const figures = measured(summary(run.stdout));
  const machine = machineBusySeconds() - busy;
  const ours = figures.cpu + (Number.isNaN(postgresCpuSeconds) ? 0 : postgresCpuSeconds);
  return {
    rowsPerSecond: figures.rowsPerSecond,
    seconds: figures.seconds,
    processSeconds: run.seconds,
    commandCpuSeconds: figures.cpu,
    postgresCpuSeconds,
    rowsPerCpuSecond: Math.round(rows / ours),
    otherCpuPercent: Math.max(0, Math.round(((machine - ours) / (run.seconds * os.availableParallelism())) * 100)),
  };
}

export async function importBench(
  server: BenchServer,
  options: { rows: number; reseed: boolean; log: (line: string) => void },
): Promise<ImportBenchResult> {
  const { log } = options;
  const source = await prepareDatabase(server, 1, { reseed: options.reseed, log });
  const url = await copyDatabase(server, source, COPY);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-import-bench-'));
  try {
    const file = path.join(dir, 'participations.csv');
    await writeFile(file, await participationRows(url, options.rows));
    log(
      `import bench: ${options.rows.toLocaleString('en-US')} participations in ${file}, into ${COPY} (a copy of ${source.name})`,
    );
    const env = { ...process.env, DATABASE_URL: url, NODE_ENV: 'production', LOG_SQL: '' };
    const args = [file, '--kind', 'participations', '--as', 'ministry_admin'];
    const before = await querySql<{ n: number; audit: number }>(
      url,
      `select (select count(*)::int from assistance.participation) as n, (select count(*)::int from audit.change) as audit`,
    );
    const lastLine = (prefix: string) => (stdout: string) =>
      stdout
        .split('\n')
        .filter((line) => line.startsWith(prefix))
        .join('\n');
    const dryRun = await timedRun([...args, '--dry-run'], env, server, options.rows, lastLine('dry run:'));
    log(`  dry run: ${dryRun.rowsPerSecond.toLocaleString('en-US')} rows/s (${dryRun.seconds} s)`);
    const real = await timedRun(args, env, server, options.rows, lastLine('imported'));
    log(`  import:  ${real.rowsPerSecond.toLocaleString('en-US')} rows/s (${real.seconds} s)`);
    const after = await querySql<{ n: number; audit: number }>(
      url,
      `select (select count(*)::int from assistance.participation) as n, (select count(*)::int from audit.change) as audit`,
    );
    const written = after[0]!.n - before[0]!.n;
    const audited = after[0]!.audit - before[0]!.audit;
    if (written !== options.rows || audited !== options.rows) {
      throw new Error(`expected ${options.rows} rows and audit rows, found ${written} and ${audited}`);
    }
    return {
      kind: 'participations',
      rows: options.rows,
      dryRun,
      import: real,
      written,
      audited,
      loadAverage: os.loadavg(),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await dropDatabase(server, COPY);
  }
}

/** The bench's table of the import. */
export function importMarkdown(result: ImportBenchResult): string {
  const row = (name: string, run: ImportRun) =>
    `| ${name} | ${result.rows.toLocaleString('en-US')} | ${run.seconds.toFixed(1)} | ${run.rowsPerSecond.toLocaleString('en-US')} | ${run.commandCpuSeconds.toFixed(1)} | ${run.postgresCpuSeconds.toFixed(1)} | ${run.rowsPerCpuSecond.toLocaleString('en-US')} | ${run.otherCpuPercent}% | ${run.processSeconds.toFixed(1)} |`;
  return [
    `### Import (${result.kind}, scale 1)`,
    '',
    '| run | rows | s | rows/s | command CPU s | PostgreSQL CPU s | rows per CPU s | other CPU | process s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('dry run', result.dryRun),
    row('import', result.import),
    '',
    `written: ${result.written.toLocaleString('en-US')} rows, ${result.audited.toLocaleString('en-US')} audit rows; load average ${result.loadAverage.map((n) => n.toFixed(2)).join(', ')}`,
  ].join('\n');
}
