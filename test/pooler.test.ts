import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadSettings } from '../src/config';
import { ensureDatabase, migrate } from '../src/db/database';
import { openOrm } from '../src/db/orm';
import { startInProcessApi } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { createTestDatabase } from './support/api';
import { startPgBouncer, type Bouncer } from './support/pgbouncer';
import { fullToken } from './support/tokens';
import { ENTITIES } from '../src/subgraphs/entities';

/*
 * Behind PgBouncer 1.18 (Debian's) in transaction mode, started against the embedded PostgreSQL with
 * fewer server connections than the API's pool: with DB_POOLER=transaction the API answers reads that
 * would be prepared statements, writes in transactions and the shared budget; without it, named
 * statements land on server connections that do not know them and requests fail.
 */

let bouncer: Bouncer;
let database: string;
const orms: MikroORM[] = [];
const servers: RunningServer[] = [];
let token: string;

/** Runs `count` requests of the same operation, `parallel` at a time; the error messages. */
async function load(url: string, count: number, parallel: number): Promise<string[]> {
  const query =
    '{ schools(first: 5, orderBy: [{ field: NAME_EN, direction: ASC }]) { nodes { nameEn county { nameEn } } } }';
  const errors: string[] = [];
  let sent = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (sent++ < count) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as {
          data?: { schools: { nodes: unknown[] } };
          errors?: { message: string }[];
        };
        if (body.errors) errors.push(...body.errors.map((error) => error.message));
        else expect(body.data?.schools.nodes).toHaveLength(5);
      }
    }),
  );
  return errors;
}

async function serveThrough(pooler: boolean) {
  const url = bouncer.url(database);
  // Development settings show internal errors' messages (the control's failures).
  const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: url, DB_POOLER: pooler ? 'transaction' : 'off' });
  const orm = await openOrm({ entities: ENTITIES, clientUrl: url, poolSize: 6, pooler });
  orms.push(orm);
  const server = await startInProcessApi(settings, orm, silentLogger, 0);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  const direct = await createTestDatabase();
  database = new URL(direct).pathname.slice(1);
  bouncer = await startPgBouncer(inject('pgServerUrl'), 2);
  token = await fullToken();
}, 60_000);
afterAll(async () => {
  for (const server of servers) await server.stop();
  for (const orm of orms) await orm.close();
  await bouncer?.close();
});

describe('behind PgBouncer in transaction mode', () => {
  it('with DB_POOLER=transaction: repeated reads (unnamed statements), a write and the shared budget work', async () => {
    const server = await serveThrough(true);
    expect(await load(server.url, 40, 6)).toEqual([]);
    const [activity] = await orms[0]!.em
      .getConnection()
      .execute<{ id: string; version: number }[]>('select id, version from assistance.activity order by id limit 1');
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { title version } } }',
        variables: { input: { id: activity!.id, version: activity!.version, title: 'Through the pooler' } },
      }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: unknown[];
      extensions?: { consistency?: unknown };
    };
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      updateActivity: { activity: { title: 'Through the pooler', version: activity!.version + 1 } },
    });
    expect(body.extensions?.consistency).toEqual({ token: expect.stringMatching(/^[0-9A-F]+\/[0-9A-F]+$/) });
    // The budget's statements went through the pooler too.
    const [spent] = await orms[0]!.em
      .getConnection()
      .execute<{ callers: string }[]>('select count(*) as callers from protection.cost_budget');
    expect(Number(spent!.callers)).toBeGreaterThan(0);
  });

  it('without it, named prepared statements fail on server connections that did not prepare them', async () => {
    const server = await serveThrough(false);
    const errors = await load(server.url, 40, 6);
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.every((message) => /prepared statement "gql_\d+" (does not exist|already exists)/.test(message)),
    ).toBe(true);
  });

  it('migrations run through the pooler (npm start migrates through DATABASE_URL)', async () => {
    const fresh = `agapi_test_pooled_${process.pid}`; // dropped with the clones at teardown
    await ensureDatabase(inject('pgServerUrl'), fresh);
    const orm = await openOrm({ entities: ENTITIES, clientUrl: bouncer.url(fresh), poolSize: 2, pooler: true });
    orms.push(orm);
    expect((await migrate(orm)).length).toBeGreaterThan(5);
    const [table] = await orm.em
      .getConnection()
      .execute<{ found: boolean }[]>(`select to_regclass('protection.cost_budget') is not null as found`);
    expect(table!.found).toBe(true);
  });

  it('without it, the statement timeout set at connect is refused by the pooler', async () => {
    await expect(
      openOrm({ entities: ENTITIES, clientUrl: bouncer.url(database), poolSize: 1, statementTimeoutMs: 1000 }),
    ).rejects.toThrow(/unsupported startup parameter: statement_timeout/);
  });
});
