import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/api';
import { freePort } from './support/free-port';
import { startServerProcess, type ServerProcess } from './support/server-process';

/*
 * Every core: `WORKERS=2 npm start` serves one port from two worker processes that share the
 * per-caller budget through PostgreSQL, and stops them all on SIGTERM.
 */

let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const QUERY = '{ schools(first: 3) { totalCount nodes { nameEn county { nameEn } } } }'; // cost 12

async function post(url: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    // A new connection each time: the cluster hands connections to the workers in turn.
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ query: QUERY }),
  });
  await response.arrayBuffer();
  return response.status;
}

function workersOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => Number(line.trim()))
      .filter((child) => child > 0);
  } catch {
    return []; // ps exits 1 when there are none
  }
}

describe('all cores', () => {
  it('two workers behind one port share the budget, their metrics are summed, and SIGTERM stops them all', async () => {
    const metricsPort = await freePort();
    server = await startServerProcess({
      METRICS_PORT: String(metricsPort),
      DATABASE_URL: await createTestDatabase(),
      WORKERS: '2',
      COST_BUDGET: '30',
      COST_BUDGET_WINDOW_S: '600',
      COST_BUDGET_SYNC_MS: '50',
    });
    const workers = workersOf(server.child.pid!);
    expect(workers).toHaveLength(2);
    // Spaced by more than a sync interval, so whichever worker answers knows what the other spent.
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(await post(server.url));
      await sleep(200);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
    // The primary's METRICS_PORT sums the workers' figures: every request counted once.
    const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const counted = [...text.matchAll(/^graphql_operation_duration_seconds_count\{[^}]*\} (\d+)$/gm)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(counted).toBe(4);
    const exited = new Promise<number | null>((resolve) => server!.child.once('exit', (code) => resolve(code)));
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    for (const worker of workers) expect(() => process.kill(worker, 0)).toThrow();
  }, 180_000);
});
