/**
 * `node -r @swc-node/register test/bench/budget.ts`: the time one budget decision takes, by store,
 * over the bench's scale-1 database: in memory, shared through PostgreSQL for a caller the process
 * knows (no round trip), for a caller new to the process (one statement), and one statement per take.
 * Sequential takes, so the statement figures are a round trip each.
 */
import { CostBudget } from '../../src/server/protection/cost-budget';
import { SharedBudget } from '../../src/server/protection/shared-budget';
import { openBenchServer, prepareDatabase } from './databases';

const TAKES = 5000;

async function time(name: string, take: (i: number) => unknown): Promise<void> {
  for (let i = 0; i < 200; i++) await take(-i - 1); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < TAKES; i++) await take(i);
  const micros = Number(process.hrtime.bigint() - started) / 1000 / TAKES;
  process.stdout.write(`| ${name} | ${micros.toFixed(1)} µs |\n`);
}

async function main() {
  const server = await openBenchServer(process.env, (line) => process.stderr.write(`${line}\n`));
  const database = await prepareDatabase(server, 1, { reseed: false, log: () => undefined });
  const batched = SharedBudget.open(database.url, 1e12, 60, 100);
  const exact = SharedBudget.open(database.url, 1e12, 60, 0);
  try {
    process.stdout.write('| budget decision | time per take |\n|---|---:|\n');
    const memory = new CostBudget(1e12, 60);
    await time('in memory (COST_BUDGET_STORE=memory)', () => memory.take('ip:127.0.0.1', 12));
    await time('PostgreSQL, a caller this process knows (sync 100 ms)', () => batched.take('ip:127.0.0.1', 12));
    await time('PostgreSQL, a caller new to this process', (i) => batched.take(`bench:new:${Date.now()}:${i}`, 12));
    await time('PostgreSQL, a statement per take (COST_BUDGET_SYNC_MS=0)', () => exact.take('ip:127.0.0.1', 12));
  } finally {
    await batched.close();
    await exact.close();
    await server.stop();
  }
}

void main();
