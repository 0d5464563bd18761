/**
 * `npm run stress [-- options]`: an adversarial run of the production build (dist/, NODE_ENV=production)
 * on loopback, against an embedded PostgreSQL of its own: (1) every abusive request refused with its
 * code and no SQL, (2) schema-driven fuzzing, (3) a soak mixing good and abusive operations, (4)
 * PostgreSQL stopped and started under load. Prints a markdown report, writes
 * bench-results/stress-<timestamp>.json, and exits 0 only when every phase passed. Not part of `npm test`.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { prepareDatabase } from '../bench/databases';
import { killAllNow, stopAll } from '../bench/processes';
import { goodOperations } from './operations';
import { signIn } from './http';
import { outagePhase, soakPhase } from './load';
import { abusivePhase, fuzzPhase, sleep, type Phase } from './phases';
import { StressPostgres } from './postgres';
import { markdown, summarize, type StressResult } from './report';
import { ApiServer, DIST_START } from './server';

const USAGE = `usage: npm run stress -- [--soak-seconds N] [--soak-connections N] [--fuzz-count N] [--seed N]
  --soak-seconds N      seconds of the soak (default 60)
  --soak-connections N  connections of the soak (default 50; more drive a fast server to its own limit)
  --fuzz-count N    fuzz cases to send (default 3000)
  --seed N          seed of the fuzzer (default 20240601): the same seed sends the same cases`;

class UsageError extends Error {}

interface Args {
  soakSeconds: number;
  soakConnections: number;
  fuzzCount: number;
  seed: number;
}

function parseArgs(argv: string[]): Args | null {
  const args: Args = { soakSeconds: 60, soakConnections: 50, fuzzCount: 3000, seed: 20240601 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    if (flag === '--help' || flag === '-h') return null;
    const key = {
      '--soak-seconds': 'soakSeconds',
      '--soak-connections': 'soakConnections',
      '--fuzz-count': 'fuzzCount',
      '--seed': 'seed',
    }[flag] as keyof Args | undefined;
    if (!key) throw new UsageError(`unknown argument "${argv[i]}"\n${USAGE}`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (raw === undefined || !Number.isInteger(value) || value < (key === 'seed' ? 0 : 1) || value > 1e9) {
      throw new UsageError(`${flag} needs a whole number`);
    }
    args[key] = value;
  }
  return args;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

function commit(): string {
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git(['status', '--porcelain', '--untracked-files=no']);
    return `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function main(args: Args, state: { postgres?: StressPostgres }): Promise<boolean> {
  if (!existsSync(DIST_START)) throw new Error('dist/ is missing: run `npm run build` first');
  const date = new Date();
  const result: Omit<StressResult, 'summary'> = {
    version: 1,
    date: date.toISOString(),
    commit: commit(),
    options: {
      soakSeconds: args.soakSeconds,
      soakConnections: args.soakConnections,
      fuzzCount: args.fuzzCount,
      seed: args.seed,
    },
    setup: { serverStartMs: 0, goodOperations: [], notes: [] },
  };
  try {
    await signIn();
    log('starting the stress PostgreSQL (.data/stress-postgres)');
    const postgres = (state.postgres = await StressPostgres.open(log));
    const database = await prepareDatabase(
      { url: (name) => postgres.url(name), description: 'stress PostgreSQL', stop: () => postgres.stop() },
      1,
      { reseed: false, log },
    );
    const good = await goodOperations(database.url, log);
    result.setup.goodOperations = good.map((op) => op.name);
    const server = new ApiServer(database.url);
    log('starting the API server (dist/src/cli/start.js, NODE_ENV=production)');
    result.setup.serverStartMs = await server.start();
    // The fuzzer follows the client-facing schema the server answers for.
    const schema = buildSchema(readFileSync(path.join(PROJECT_ROOT, 'schema', 'api.graphql'), 'utf8'));

    const notes = result.setup.notes;
    // After each phase: a server that exited fails it, and its log's internal errors become notes.
    const after = async (p: Phase, settleMs = 0) => {
      if (!server.alive) p.failures.push(`the server process exited (${server.exit}) during the phase`);
      p.passed = p.failures.length === 0;
      await sleep(settleMs);
      p.notes.push(...server.takeInternalErrors());
    };

    log('phase 1: abusive table');
    result.abusive = await abusivePhase(server.base);
    await after(result.abusive);

    await server.ensure(notes, 'the fuzzer');
    log(`phase 2: fuzzer (${args.fuzzCount} cases, seed ${args.seed})`);
    result.fuzz = await fuzzPhase(server, schema, {
      count: args.fuzzCount,
      seed: args.seed,
      concurrency: 8,
      maxSeconds: 120,
    });
    await after(result.fuzz);

    await server.ensure(notes, 'the soak');
    // The soak's memory is measured from its own start: a new server process, which soakPhase has
    // answer each good operation once. The process the fuzzer grew would start higher (its caches
    // full of the fuzzer's documents) and make "back within 10% of the start" easier than it is.
    await server.restart();
    log(`phase 3: soak (${args.soakSeconds} s at ${args.soakConnections} connections)`);
    result.soak = await soakPhase(server.base, server.child.pid, good, {
      seconds: args.soakSeconds,
      connections: args.soakConnections,
      abusiveEvery: 4,
    });
    // The requests autocannon left in flight at the end are abandoned: the server logs them meanwhile.
    await after(result.soak, 2000);

    await server.ensure(notes, 'the outage');
    log('phase 4: PostgreSQL down and up');
    result.outage = await outagePhase(server.base, postgres, good, { connections: 8, downSeconds: 5 });
    await after(result.outage);
    await server.stop();
  } catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`stress run stopped early: ${result.error}`);
  }
  const full: StressResult = { ...result, summary: summarize(result) };
  const outDir = path.join(PROJECT_ROOT, 'bench-results');
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `stress-${date.toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(full, null, 2)}\n`);
  process.stdout.write(`${markdown(full)}\n\nresults: ${path.relative(process.cwd(), file)}\n`);
  return full.summary.passed;
}

if (require.main === module) {
  const state: { postgres?: StressPostgres } = {};
  let stopping = false;
  const finish = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopAll().catch(() => undefined);
    await state.postgres?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('exit', killAllNow);
  process.once('SIGINT', () => void finish(130));
  process.once('SIGTERM', () => void finish(143));
  let args: Args | null;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    log(String((error as Error).message));
    process.exit(2);
  }
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  // Every phase is bounded; this is the bound of the whole, should something hang anyway.
  const watchdogSeconds = args.soakSeconds + 600;
  setTimeout(() => {
    log(`stress run: still running after ${watchdogSeconds} s; stopping`);
    void finish(1);
  }, watchdogSeconds * 1000).unref();
  main(args, state).then(
    (passed) => finish(passed ? 0 : 1),
    (error: unknown) => {
      log(`stress run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return finish(1);
    },
  );
}
