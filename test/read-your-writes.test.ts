import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config';
import { openOrm } from '../src/db/orm';
import { ReplicaSet } from '../src/db/replicas';
import { parseWalPosition } from '../src/db/wal-position';
import { SUBGRAPH_NAMES, type SubgraphName } from '../src/config';
import { startInProcessApi, startRemoteGateway, startSubgraphServer } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { metricsText, observeReplicas } from '../src/server/observability/metrics';
import { seededDatabase, startStreamingPair, type StreamingPair } from './support/streaming-replica';
import { fullToken } from './support/tokens';
import { ENTITIES } from '../src/subgraphs/entities';

/*
 * Read your writes on a real streaming replica with its replay paused (pg_wal_replay_pause()): a
 * mutation answers with its consistency token; a read that sends it is served where the write is
 * visible (the primary while the replica is behind it), one that does not is served by the replica;
 * replica lag is measured and exported, and a replica behind the bound is skipped.
 */

const DB = 'ryw_check';
let pair: StreamingPair;
let primaryOrm: Awaited<ReturnType<typeof openOrm>>;
let lagging: ReplicaSet;
let bounded: ReplicaSet;
let server: RunningServer;
let boundedServer: RunningServer;
let token: string;

/** Statements each pool sent (the ORM's own log; the probes left out), by server. */
const sent = { primary: 0, replica: 0 };
const counter = (server: keyof typeof sent) => (line: string) => {
  if (line.startsWith('[query]') && !/pg_last_wal_replay_lsn|pg_current_wal/.test(line)) sent[server]++;
};

async function onReplica(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pair.replicaUrl(DB) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: unknown[]; extensions?: Record<string, unknown> };
}

async function post(url: string, body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let activity: { id: string; version: number; title: string };

async function titleOf(url: string, headers: Record<string, string> = {}) {
  const answer = await post(url, { query: `{ activity(id: "${activity.id}") { title } }` }, headers);
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data!.activity as { title: string }).title;
}

beforeAll(async () => {
  pair = await startStreamingPair(seededDatabase(DB));
  primaryOrm = await openOrm({
    entities: ENTITIES,
    clientUrl: pair.primaryUrl(DB),
    poolSize: 2,
    onQuery: counter('primary'),
  });
  const replicaOrm = { entities: ENTITIES, poolSize: 2, onQuery: counter('replica') };
  lagging = await ReplicaSet.open([pair.replicaUrl(DB)], replicaOrm, { primary: primaryOrm, probeMs: 100 });
  bounded = await ReplicaSet.open([pair.replicaUrl(DB)], replicaOrm, {
    primary: primaryOrm,
    probeMs: 100,
    maxLagMs: 300,
  });
  const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: pair.primaryUrl(DB) });
  const quiet = { ...settings, limits: { ...settings.limits, costBudget: 0 } };
  server = await startInProcessApi(quiet, primaryOrm, silentLogger, 0, lagging);
  boundedServer = await startInProcessApi(quiet, primaryOrm, silentLogger, 0, bounded);
  token = await fullToken();
  const rows = await primaryOrm.em
    .getConnection()
    .execute<
      { id: string; version: number; title: string }[]
    >('select id, version, title from assistance.activity order by id limit 1');
  activity = rows[0]!;
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await boundedServer?.stop();
  await lagging?.close();
  await bounded?.close();
  await primaryOrm?.close();
  await pair?.close();
});

describe('read your writes', () => {
  it('a read with the mutation token sees the write while the replica is paused; one without reads the replica', async () => {
    await onReplica('select pg_wal_replay_pause()');
    const mutation = await post(server.url, {
      query: 'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { title version } } }',
      variables: { input: { id: activity.id, version: activity.version, title: 'Read-your-writes visit' } },
    });
    expect(mutation.body.errors).toBeUndefined();
    const header = mutation.headers.get('x-consistency-token')!;
    expect(parseWalPosition(header)).toBeDefined();
    expect(mutation.body.extensions?.consistency).toEqual({ token: header });

    await sleep(500); // a few probes: the replica is seen behind
    expect(lagging.status()[0]).toMatchObject({ up: true, lagBytes: expect.any(Number) });
    expect(lagging.status()[0]!.lagBytes).toBeGreaterThan(0);
    expect(lagging.status()[0]!.lagSeconds).toBeGreaterThan(0);

    let before = { ...sent };
    expect(await titleOf(server.url)).toBe(activity.title);
    expect(sent.replica - before.replica).toBe(1);

    before = { ...sent };
    expect(await titleOf(server.url, { 'x-consistency-token': header })).toBe('Read-your-writes visit');
    expect(sent.primary - before.primary).toBe(1);
    expect(sent.replica - before.replica).toBe(0);

    // The lag is exported.
    observeReplicas(() => lagging.status());
    const text = await metricsText();
    const bytes = /db_replica_lag_bytes\{replica="[^"]+"\} (\d+)/.exec(text);
    expect(Number(bytes?.[1])).toBeGreaterThan(0);
    const seconds = /db_replica_lag_seconds\{replica="[^"]+"\} ([\d.e-]+)/.exec(text);
    expect(Number(seconds?.[1])).toBeGreaterThan(0);
  });

  it('skips a replica behind the lag bound, even for reads without a token', async () => {
    // Paused since the write above, for well over the bound of 300 ms.
    await sleep(400);
    expect(bounded.status()[0]).toMatchObject({ up: false });
    const before = { ...sent };
    expect(await titleOf(boundedServer.url)).toBe('Read-your-writes visit');
    expect(sent.primary - before.primary).toBe(1);
    expect(sent.replica - before.replica).toBe(0);
  });

  it('once replay resumes the replica serves reads with the token again', async () => {
    await onReplica('select pg_wal_replay_resume()');
    const deadline = Date.now() + 20_000;
    while (lagging.status()[0]!.lagBytes !== 0 && Date.now() < deadline) await sleep(100);
    await sleep(300);
    const mutationless = await post(server.url, { query: '{ __typename }' });
    expect(mutationless.headers.get('x-consistency-token')).toBeNull();
    const position = await primaryOrm.em
      .getConnection()
      .execute<{ position: string }[]>('select pg_current_wal_lsn()::text as position');
    await sleep(300);
    const before = { ...sent };
    expect(await titleOf(server.url, { 'x-consistency-token': position[0]!.position })).toBe('Read-your-writes visit');
    expect(sent.replica - before.replica).toBe(1);
    expect(bounded.status()[0]).toMatchObject({ up: true, lagSeconds: 0 });
  });

  it('refuses a token it did not give, before any work', async () => {
    const answer = await post(server.url, { query: '{ __typename }' }, { 'x-consistency-token': 'yesterday' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toMatchObject([{ extensions: { code: 'BAD_REQUEST', header: 'x-consistency-token' } }]);
  });

  it('through a gateway over subgraph services: the token comes back from the subgraph and goes on to it', async () => {
    const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: pair.primaryUrl(DB) });
    const quiet = { ...settings, limits: { ...settings.limits, costBudget: 0 } };
    const urls = {} as Record<SubgraphName, string>;
    const started: RunningServer[] = [];
    try {
      for (const name of SUBGRAPH_NAMES) {
        const subgraph = await startSubgraphServer(name, quiet, primaryOrm, silentLogger, 0, lagging);
        started.push(subgraph);
        urls[name] = subgraph.url;
      }
      const gateway = await startRemoteGateway({ ...quiet, subgraphUrls: urls }, silentLogger, 0);
      started.push(gateway);
      const [current] = await primaryOrm.em
        .getConnection()
        .execute<
          { version: number; title: string }[]
        >('select version, title from assistance.activity where id = ?', [activity.id]);
      await onReplica('select pg_wal_replay_pause()');
      const mutation = await post(gateway.url, {
        query: 'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { activity { title } } }',
        variables: { input: { id: activity.id, version: current!.version, title: 'Through the gateway' } },
      });
      expect(mutation.body.errors).toBeUndefined();
      const header = mutation.headers.get('x-consistency-token')!;
      expect(parseWalPosition(header)).toBeDefined();
      expect(mutation.body.extensions?.consistency).toEqual({ token: header });
      await sleep(500);
      expect(await titleOf(gateway.url)).toBe(current!.title);
      expect(await titleOf(gateway.url, { 'x-consistency-token': header })).toBe('Through the gateway');
    } finally {
      await onReplica('select pg_wal_replay_resume()');
      for (const running of started.reverse()) await running.stop();
    }
  });
});
