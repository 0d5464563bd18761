/**
 * `npm run bench:scale [-- --duration S] [--connections N]`: one process against every core
 * (WORKERS=auto, node:cluster) and what the per-caller budget costs where it is kept (off, in the
 * process, shared through PostgreSQL batched, or one statement per request). Short runs of one light
 * read over the bench's scale-1 database (.data/bench-postgres, or DATABASE_URL's server), loaded by
 * autocannon from this process: on a machine with few cores the load generator competes with the
 * servers, so read the figures as relative to each other, not as capacity.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { openBenchServer, prepareDatabase } from './databases';
import { freePort, startNode, stopAll, stopChild, waitHealthy } from './processes';

const QUERY = '{ schools(first: 10) { nodes { nameEn county { nameEn } } } }';

interface Setup {
  name: string;
  env: Record<string, string>;
}

const SETUPS: Setup[] = [
  { name: 'one process, budget off', env: { COST_BUDGET: '0' } },
  { name: 'one process, budget in memory', env: { COST_BUDGET_STORE: 'memory' } },
  { name: 'one process, budget in PostgreSQL (sync 100 ms)', env: { COST_BUDGET_STORE: 'postgres' } },
  {
    name: 'one process, budget in PostgreSQL (a statement per request)',
    env: { COST_BUDGET_STORE: 'postgres', COST_BUDGET_SYNC_MS: '0' },
  },
  { name: `all cores (WORKERS=auto: ${availableParallelism()}), budget in PostgreSQL`, env: { WORKERS: 'auto' } },
];

function arg(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function main() {
  const duration = arg('--duration', 5);
  const connections = arg('--connections', 8);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const server = await openBenchServer(process.env, log);
  const database = await prepareDatabase(server, 1, { reseed: false, log });
  const rows: string[] = [];
  try {
    for (const setup of SETUPS) {
      const port = await freePort();
      const child = startNode(setup.name, path.join(PROJECT_ROOT, 'dist/src/cli/start.js'), [], {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        AUTH_ANONYMOUS_ONLY: 'on',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: database.url,
        LOG_LEVEL: 'warn',
        // Large enough never to refuse: what is measured is the bookkeeping.
        COST_BUDGET: '1000000000000',
        ...setup.env,
      });
      const base = `http://127.0.0.1:${port}`;
      await waitHealthy(child, `${base}/ready`);
      const request = {
        url: `${base}/graphql`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
        connections,
      };
      await autocannon({ ...request, duration: 1 }); // warm-up
      const result = await autocannon({ ...request, duration });
      await stopChild(child);
      const errors = result.errors + result.non2xx;
      rows.push(
        `| ${setup.name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${errors} |`,
      );
      log(rows.at(-1)!);
    }
  } finally {
    await stopAll();
    await server.stop();
  }
  process.stdout.write(
    [
      `${duration} s per row, ${connections} connections, one caller, \`${QUERY}\``,
      '',
      '| setup | requests/s | p50 ms | p99 ms | errors |',
      '|---|---:|---:|---:|---:|',
      ...rows,
      '',
    ].join('\n'),
  );
}

main().catch(async (error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await stopAll();
  process.exit(1);
});
