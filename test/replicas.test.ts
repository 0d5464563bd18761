import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config';
import { openOrm } from '../src/db/orm';
import { ReplicaSet } from '../src/db/replicas';
import { startInProcessApi } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { seededDatabase, startStreamingPair, type StreamingPair } from './support/streaming-replica';
import { ENTITIES } from '../src/subgraphs/entities';

/*
 * Read replicas against a real streaming replica of an embedded primary: read-only operations are
 * served by the replica (its own pg_stat_activity shows their statements), and a replica that goes away is skipped.
 */

const DB = 'replica_check';
let pair: StreamingPair;
let primaryOrm: Awaited<ReturnType<typeof openOrm>>;
let replicas: ReplicaSet;
let server: RunningServer;

/** The last statements of the client connections to DB on a server, as that server reports them. */
async function lastStatements(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ query: string }>(
      `select query from pg_stat_activity where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid()`,
      [DB],
    );
    return result.rows.map((row) => row.query);
  } finally {
    await client.end();
  }
}

/** Statements each pool sent (the ORM's own log), by server. */
const sent = { primary: 0, replica: 0 };
const counter = (server: keyof typeof sent) => (line: string) => {
  if (line.startsWith('[query]') && !line.includes('select 1') && !line.includes('pg_last_wal_replay_lsn'))
    sent[server]++;
};

async function query() {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ provinces(first: 40) { totalCount nodes { code counties(first: 3) { nodes { code } } } } }',
    }),
  });
  return (await response.json()) as { data?: { provinces: { totalCount: number } }; errors?: unknown[] };
}

beforeAll(async () => {
  pair = await startStreamingPair(seededDatabase(DB));
  primaryOrm = await openOrm({
    entities: ENTITIES,
    clientUrl: pair.primaryUrl(DB),
    poolSize: 2,
    onQuery: counter('primary'),
  });
  replicas = await ReplicaSet.open([pair.replicaUrl(DB)], {
    entities: ENTITIES,
    poolSize: 2,
    onQuery: counter('replica'),
  });
  const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: pair.primaryUrl(DB) });
  server = await startInProcessApi(settings, primaryOrm, silentLogger, 0, replicas);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await replicas?.close();
  await primaryOrm?.close();
  await pair?.close();
});

describe('read replicas', () => {
  it('serve read-only operations: the replica runs their statements, the primary none', async () => {
    const before = { ...sent };
    for (let i = 0; i < 10; i++) expect((await query()).data?.provinces.totalCount).toBe(32);
    // One compiled statement an operation (provinces, their count and counties in it), all on the replica.
    expect(sent.replica - before.replica).toBe(10);
    expect(sent.primary - before.primary).toBe(0);
    // And the standby itself says so: its client connections last ran the API's statements.
    const statements = await lastStatements(pair.replicaUrl(DB));
    expect(statements.some((statement) => statement.includes('"directory"."province"'))).toBe(true);
    const ready = (await (await fetch(server.url.replace(/\/graphql$/, '/ready'))).json()) as {
      replicas: { up: boolean }[];
    };
    expect(ready.replicas).toEqual([{ url: expect.stringContaining('***'), up: true, lagSeconds: 0, lagBytes: null }]);
  });

  it('skip a replica that goes away: the primary answers', async () => {
    await pair.stopReplica();
    // The replica is probed every second; until then a request may still be sent to it and fail.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(replicas.status()).toMatchObject([{ url: expect.any(String), up: false }]);
    const before = { ...sent };
    for (let i = 0; i < 5; i++) {
      const result = await query();
      expect(result.errors).toBeUndefined();
      expect(result.data?.provinces.totalCount).toBe(32);
    }
    expect(sent.primary - before.primary).toBe(5);
    expect(sent.replica - before.replica).toBe(0);
  });
});
