import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { copyDatabase, dropDatabase, openBenchServer, prepareDatabase } from './databases';
import { participationRows } from './import';

/*
 * `node -r @swc-node/register test/bench/import-timeline.ts [--rows N] [--runs R] [--dist DIR,DIR…] [--verbose]`:
 * the import of N participations (default 20,000) as the bench runs it, each run on a fresh copy of the
 * scale-1 bench database, with a timeline (test/bench/profile/pg-timeline.cjs): each stage of each chunk
 * (read, vet, write), each statement with the backend's CPU, and where each side waited. Several builds
 * (`--dist dist,.data/dist-base`) run alternately, R times each, for before/after figures in one session.
 */

const HOOK = path.join(PROJECT_ROOT, 'test', 'bench', 'profile', 'pg-timeline.cjs');

interface SqlEvent {
  kind: 'sql';
  text: string;
  sent: number;
  done: number;
  nodeCpuSent: number;
  nodeCpuDone: number;
  backendMs: number;
}
interface StageEvent {
  kind: 'stage';
  stage: string;
  start: number;
  phase: 'start' | 'end';
  at: number;
  nodeCpu: number;
}
type Event = SqlEvent | StageEvent;

function args() {
  const argv = process.argv.slice(2);
  const get = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  return {
    rows: Number(get('--rows') ?? 20_000),
    runs: Number(get('--runs') ?? 1),
    dists: (get('--dist') ?? 'dist').split(','),
    verbose: argv.includes('--verbose'),
    cpuProf: get('--cpu-prof'),
  };
}

function run(dist: string, file: string, url: string, out: string, cpuProf?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ...(cpuProf ? ['--cpu-prof', '--cpu-prof-dir', cpuProf] : []),
        '-r',
        HOOK,
        path.join(PROJECT_ROOT, dist, 'src', 'cli', 'import.js'),
        file,
        '--kind',
        'participations',
        '--as',
        'ministry_admin',
      ],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          DATABASE_URL: url,
          NODE_ENV: 'production',
          LOG_SQL: '',
          PG_TIMELINE_FILE: out,
          IMPORT_TOKEN: '',
        },
      },
    );
    child.stdin.end();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(stdout.split('\n').find((line) => line.startsWith('imported')) ?? '')
        : reject(new Error(stderr)),
    );
  });
}

/** The timeline from the first stage to the commit: per line, time (ms), what, and the figures. */
function timeline(events: Event[], verbose: boolean): { lines: string[]; summary: Record<string, number> } {
  const first = events.find((event): event is StageEvent => event.kind === 'stage');
  if (!first) throw new Error('no stage events: a build without the agapi:import channel?');
  const t0 = first.at;
  const cpu0 = first.nodeCpu;
  const commit = events.findLast((event): event is SqlEvent => event.kind === 'sql' && /^commit/i.test(event.text));
  const end = commit?.done ?? Math.max(...events.map((event) => (event.kind === 'sql' ? event.done : event.at)));
  const statements = events.filter((event): event is SqlEvent => event.kind === 'sql' && event.done >= t0);
  const lines: string[] = [];
  const ms = (at: number) => (at - t0).toFixed(0).padStart(5);
  for (const event of events) {
    if (event.kind === 'stage') {
      lines.push(
        `${ms(event.at)}  ${event.phase === 'start' ? '>' : '<'} ${event.stage} ${event.start}  (node cpu ${(event.nodeCpu - cpu0).toFixed(0)})`,
      );
    } else if (event.done >= t0 && (verbose || event.backendMs > 5 || event.done - event.sent > 10)) {
      lines.push(
        `${ms(event.sent)}-${ms(event.done)}  sql ${event.backendMs.toFixed(1).padStart(6)} ms pg  ${event.text.slice(0, 70)}`,
      );
    }
  }
  // PostgreSQL's idle time: no statement in flight (sent, not yet heard done) between t0 and the commit.
  let busyWall = 0;
  let last = t0;
  for (const statement of statements) {
    const from = Math.max(statement.sent, last);
    if (statement.done > from) busyWall += statement.done - from;
    last = Math.max(last, statement.done);
  }
  const wall = end - t0;
  const backend = statements.reduce((sum, statement) => sum + statement.backendMs, 0);
  const nodeCpu = (commit?.nodeCpuDone ?? cpu0) - cpu0;
  const firstSql = statements.find((statement) => statement.sent >= t0);
  return {
    lines,
    summary: {
      wallMs: Math.round(wall),
      nodeCpuMs: Math.round(nodeCpu),
      pgCpuMs: Math.round(backend),
      statementInFlightMs: Math.round(busyWall),
      noStatementMs: Math.round(wall - busyWall),
      firstStatementAtMs: Math.round((firstSql?.sent ?? t0) - t0),
      statements: statements.length,
    },
  };
}

async function main() {
  const options = args();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const server = await openBenchServer(process.env, log);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-import-timeline-'));
  try {
    const source = await prepareDatabase(server, 1, { reseed: false, log });
    const copy = 'agapi_bench_import_timeline';
    const file = path.join(dir, 'participations.csv');
    const url0 = await copyDatabase(server, source, copy);
    await writeFile(file, await participationRows(url0, options.rows));
    await dropDatabase(server, copy);
    const results = new Map<string, Record<string, number>[]>();
    for (let r = 0; r < options.runs; r++) {
      for (const dist of options.dists) {
        const url = await copyDatabase(server, source, copy);
        const out = path.join(dir, 'timeline.json');
        try {
          const line = await run(dist, file, url, out, options.cpuProf);
          const events = JSON.parse(await readFile(out, 'utf8')) as Event[];
          const { lines, summary } = timeline(events, options.verbose);
          if (r === 0 || options.verbose) log(`\n## ${dist}, run ${r + 1}\n${lines.join('\n')}`);
          log(`${dist} run ${r + 1}: ${line.replace(/^.* in /, '')}\n  ${JSON.stringify(summary)}`);
          results.set(dist, [...(results.get(dist) ?? []), summary]);
        } finally {
          await dropDatabase(server, copy);
        }
      }
    }
    for (const [dist, summaries] of results) {
      const median = (key: string) => {
        const values = summaries.map((summary) => summary[key]!).sort((a, b) => a - b);
        return values[Math.floor(values.length / 2)]!;
      };
      log(
        `${dist}: median wall ${median('wallMs')} ms (${Math.round((options.rows / median('wallMs')) * 1000)} rows/s), node cpu ${median('nodeCpuMs')}, pg cpu ${median('pgCpuMs')}, no statement ${median('noStatementMs')}, first statement at ${median('firstStatementAtMs')}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await server.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
