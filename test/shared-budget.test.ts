import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedBudget } from '../src/server/protection/shared-budget';
import { createTestDatabase } from './support/api';
import { startServerProcess, type ServerProcess } from './support/server-process';

/*
 * One budget across processes: the per-caller cost budget lives in PostgreSQL, so a caller that spent
 * it through one server process is refused by another; the store is atomic under concurrent processes.
 */

const QUERY = '{ schools(first: 3) { totalCount nodes { nameEn county { nameEn } } } }'; // cost 12
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(baseUrl: string): Promise<{ status: number; code?: unknown; retryAfter: string | null }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code,
    retryAfter: response.headers.get('retry-after'),
  };
}

let databaseUrl: string;
const processes: ServerProcess[] = [];
const budgets: SharedBudget[] = [];

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
}, 60_000);
afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop()));
  await Promise.all(budgets.map((budget) => budget.close()));
});

describe('the budget shared through PostgreSQL', () => {
  it('two server processes: a caller that spent its budget on one is refused on the other', async () => {
    const env = {
      DATABASE_URL: databaseUrl,
      COST_BUDGET: '30',
      COST_BUDGET_WINDOW_S: '600',
      COST_BUDGET_SYNC_MS: '50',
    };
    // The control: a third process keeping budgets in memory, as every process did before.
    const [one, two, alone] = await Promise.all([
      startServerProcess(env),
      startServerProcess(env),
      startServerProcess({ ...env, COST_BUDGET_STORE: 'memory' }),
    ]);
    processes.push(one!, two!, alone!);
    expect((await post(one!.url)).status).toBe(200);
    expect((await post(one!.url)).status).toBe(200);
    expect(await post(one!.url)).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // What one process spent reaches the store within a sync interval.
    await sleep(300);
    const refused = await post(two!.url);
    expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    // A process with a budget of its own would have served the caller again.
    expect((await post(alone!.url)).status).toBe(200);
  }, 180_000);

  it('decided by the store (sync 0), concurrent processes never take more than the budget', async () => {
    const a = SharedBudget.open(databaseUrl, 30, 600, 0);
    const b = SharedBudget.open(databaseUrl, 30, 600, 0);
    budgets.push(a, b);
    const takes = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('sub:racer', 1)));
    expect(takes.filter((taken) => taken.ok)).toHaveLength(30);
    const refused = await a.take('sub:racer', 1);
    expect(refused).toMatchObject({ ok: false });
    // Another caller is untouched.
    expect(await b.take('sub:other', 30)).toMatchObject({ ok: true, remaining: 0 });
  });

  it('batched: decided in the process between syncs, written at each sync, and the overdraft repaid', async () => {
    const a = new SharedBudget(new pg.Pool({ connectionString: databaseUrl, max: 2 }), 30, 600, 60_000);
    const b = new SharedBudget(new pg.Pool({ connectionString: databaseUrl, max: 2 }), 30, 600, 60_000);
    budgets.push(a, b);
    // Both first ask the store, then decide on the level it gave them: together they overspend.
    expect(await a.take('sub:batched', 10)).toMatchObject({ ok: true, remaining: 20 });
    expect(await b.take('sub:batched', 10)).toMatchObject({ ok: true, remaining: 10 });
    expect(await a.take('sub:batched', 20)).toMatchObject({ ok: true, remaining: 0 }); // a's view: 20 left
    expect(await b.take('sub:batched', 10)).toMatchObject({ ok: true, remaining: 0 }); // b's view: 10 left
    await a.flush();
    await b.flush();
    // The store holds the debt (30 - 50 = -20): both refuse until refill has repaid it.
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const [row] = (
      await client.query<{ points: number }>(`select points from protection.cost_budget where caller = 'sub:batched'`)
    ).rows;
    await client.end();
    expect(row!.points).toBeLessThan(-19);
    expect(await a.take('sub:batched', 1)).toMatchObject({ ok: false });
    const refused = await b.take('sub:batched', 1);
    expect(refused.ok).toBe(false);
    // 21 points at 30 per 600 s: about 420 s.
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(400);
  });

  it('when the store is away, each process decides alone rather than refusing everyone', async () => {
    const failures: unknown[] = [];
    // A database without the table: every statement fails.
    const away = SharedBudget.open(databaseUrl.replace(/\/[^/]+$/, '/postgres'), 30, 600, 0, (error) =>
      failures.push(error),
    );
    budgets.push(away);
    expect(await away.take('sub:offline', 12)).toMatchObject({ ok: true, remaining: 18 });
    expect(await away.take('sub:offline', 12)).toMatchObject({ ok: true, remaining: 6 });
    expect(await away.take('sub:offline', 12)).toMatchObject({ ok: false });
    expect(failures.length).toBeGreaterThan(0);
  });
});
