import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config';
import { startInProcessApi } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { startTestApi, type TestApi } from './support/api';

/*
 * The admission limit on a real server over a real database: while the table a query reads is locked,
 * the requests that reached PostgreSQL are counted in pg_stat_activity. With MAX_IN_FLIGHT=2 and
 * MAX_QUEUED=1, two run, one waits, the next is refused 503 SERVER_BUSY; with the limit off, all reach
 * the database (the control: the bound is the gate's).
 */

let api: TestApi;
let locker: pg.Client;
const servers: RunningServer[] = [];

beforeAll(async () => {
  api = await startTestApi();
  locker = new pg.Client({ connectionString: api.databaseUrl });
  await locker.connect();
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await locker?.end();
  await api?.close();
});

async function serve(env: Record<string, string>): Promise<RunningServer> {
  const settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: api.databaseUrl,
    COST_BUDGET: '0',
    READ_CACHE_MB: '0',
    ...env,
  });
  const server = await startInProcessApi(settings, api.orm, silentLogger, 0);
  servers.push(server);
  // A first request before any lock: a cold server's first statement waits on its own (type and
  // catalogue lookups) and would hold the others behind it, whatever the gate does.
  expect((await provinces(server.url)).status).toBe(200);
  return server;
}

/** A distinct query each time (no cache or memo shares an answer), reading directory.province. */
let n = 0;
function provinces(url: string) {
  const body = JSON.stringify({ query: `{ provinces(first: ${++n}) { nodes { code } } }` });
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

async function blockedOnLock(): Promise<number> {
  // Asked on another connection: inside the locker's transaction pg_stat_activity stays as first read.
  const rows = await api.sql<{ count: number }>(
    `select count(*)::int as count from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock' and state = 'active'`,
  );
  return rows[0]!.count;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Locks the provinces table for the duration of `work`, so that every query reading it waits. */
async function whileLocked<T>(work: () => Promise<T>): Promise<T> {
  await locker.query('begin');
  await locker.query('lock table directory.province in access exclusive mode');
  try {
    return await work();
  } finally {
    await locker.query('commit');
  }
}

describe('admission', () => {
  it('runs MAX_IN_FLIGHT operations at once, queues MAX_QUEUED, refuses the next with 503 SERVER_BUSY', async () => {
    const server = await serve({ MAX_IN_FLIGHT: '2', MAX_QUEUED: '1' });
    const { accepted, refused, health } = await whileLocked(async () => {
      const accepted = [provinces(server.url), provinces(server.url), provinces(server.url)];
      await until(async () => (await blockedOnLock()) === 2, 'two statements blocked on the lock');
      // The third waits in the server's queue, not in PostgreSQL.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await blockedOnLock()).toBe(2);
      const refused = await provinces(server.url);
      // Health is never queued.
      const health = await fetch(server.url.replace('/graphql', '/health'));
      return { accepted, refused, health };
    });
    expect(health.status).toBe(200);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVER_BUSY');
    // Once the lock is gone, the queued request runs too: every accepted one answers with data.
    for (const response of await Promise.all(accepted)) {
      expect(response.status).toBe(200);
      const answer = (await response.json()) as { data?: { provinces: { nodes: unknown[] } }; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.provinces.nodes.length).toBeGreaterThan(0);
    }
  });

  it('a request that waits longer than MAX_QUEUE_WAIT_MS is refused 503 SERVER_BUSY', async () => {
    const server = await serve({ MAX_IN_FLIGHT: '1', MAX_QUEUED: '5', MAX_QUEUE_WAIT_MS: '500' });
    const [running, waiting] = await whileLocked(async () => {
      const running = provinces(server.url);
      await until(async () => (await blockedOnLock()) === 1, 'one statement blocked on the lock');
      const started = performance.now();
      const waiting = await provinces(server.url);
      expect(performance.now() - started).toBeGreaterThanOrEqual(450);
      return [running, waiting] as const;
    });
    expect(waiting.status).toBe(503);
    const body = (await waiting.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('SERVER_BUSY');
    expect((await running).status).toBe(200);
  });

  it('control: with MAX_IN_FLIGHT=0 every request reaches the database', async () => {
    const server = await serve({ MAX_IN_FLIGHT: '0', DB_POOL_SIZE: '4' });
    const responses = await whileLocked(async () => {
      const responses = [provinces(server.url), provinces(server.url), provinces(server.url), provinces(server.url)];
      // The test ORM's pool has 4 connections: all four statements wait on the lock at once.
      await until(async () => (await blockedOnLock()) === 4, 'four statements blocked on the lock');
      return responses;
    });
    for (const response of await Promise.all(responses)) expect(response.status).toBe(200);
  });
});
