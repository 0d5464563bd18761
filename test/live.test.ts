import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import WebSocket from 'ws';
import { writableEntities } from '../src/graphql/mutations/writes';
import type { TestApi } from './support/api';
import { post } from './support/gateways';
import { startLiveApi, type LiveApi } from './support/live-api';
import { subscribeSse, subscribeWs, wsClient, wsUrl, type Received } from './support/live-clients';
import type { WriteFixtures } from './support/write-fixtures';

/*
 * Subscriptions on /graphql with real clients (graphql-ws over WebSocket, graphql-sse over SSE): the
 * feed in order with nested fields, each subscriber's reach and filter, guarded fields, the token's
 * expiry, the limits, and resuming after a server restart without loss or duplicates.
 */

let live: LiveApi;
let api: TestApi;
let f: WriteFixtures;

beforeAll(async () => {
  live = await startLiveApi('live', { LIVE_MAX_PER_CALLER: '3', LIVE_POLL_MS: '200' });
  ({ api, f } = live);
});

afterAll(async () => {
  await live?.close();
});

const mint: LiveApi['mint'] = (...args) => live.mint(...args);
const createActivity: LiveApi['createActivity'] = (...args) => live.createActivity(...args);

const STREAM = `subscription Stream($where: ChangeStreamFilter, $after: String) {
  changes(where: $where, after: $after) {
    position at type id action version
    record { ... on Activity { id title partnership { university { code } county { code } } } }
  }
}`;

type Event = { position: string; type: string; id: string; action: string; record: { title?: string } | null };
const events = (received: Received[]) => received.map((payload) => (payload.data as { changes: Event }).changes);

describe('subscriptions over WebSocket and SSE', () => {
  it('each subscriber gets the changes in its reach, in order, with the nested fields it selected', async () => {
    const ministry = wsClient(live.server.url, await mint('ministry_admin'));
    const university = wsClient(live.server.url, await mint('university', f.universityCode));
    const all = subscribeWs(ministry, STREAM);
    const own = subscribeWs(university, STREAM);
    const sse = subscribeSse(live.server.url, await mint('county', f.countyCode), STREAM, {
      where: { types: ['Activity'] },
    });
    await new Promise((resolve) => setTimeout(resolve, 300)); // connected and subscribed
    const first = await createActivity('live one');
    const foreign = await createActivity('elsewhere', 'other');
    const second = await createActivity('live two');

    const seenByAll = events(await all.until(3));
    expect(seenByAll.map((event) => event.id)).toEqual([first, foreign, second]);
    expect(seenByAll[0]).toMatchObject({ type: 'Activity', action: 'CREATE', version: 1 });
    // The university sees its own partnership's activities only, with fields from other subgraphs.
    const seenByUniversity = events(await own.until(2));
    expect(seenByUniversity.map((event) => event.id)).toEqual([first, second]);
    expect(seenByUniversity[0]!.record).toEqual({
      id: first,
      title: 'live one',
      partnership: { university: { code: f.universityCode }, county: { code: f.countyCode } },
    });
    // Over SSE, the county (its own county's activities, filtered to the type).
    const seenByCounty = events(await sse.until(2));
    expect(seenByCounty.map((event) => event.id)).toEqual([first, second]);
    // Positions increase: a client resumes after the last one.
    expect(seenByAll.map((event) => event.position)).toEqual([...seenByAll.map((event) => event.position)].sort());

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(own.received).toHaveLength(2);
    all.stop();
    own.stop();
    sse.stop();
    await ministry.dispose();
    await university.dispose();
  });

  it('guarded fields obey the same rules: the audit row is for the ministry only (results shared only among equal rights)', async () => {
    const query = `subscription { changes(where: { types: ["Activity"] }) { id change { role } } }`;
    const client = wsClient(live.server.url, await mint('university', f.universityCode));
    const ministryClient = wsClient(live.server.url, await mint('ministry_admin'));
    const stream = subscribeWs(client, query);
    const ministry = subscribeWs(ministryClient, query);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const id = await createActivity('guarded');
    const [payload] = await stream.until(1);
    expect(payload!.data).toEqual({ changes: { id, change: null } });
    expect(payload!.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([
      ['FORBIDDEN', ['changes', 'change']],
    ]);
    const [seenByMinistry] = await ministry.until(1);
    expect(seenByMinistry).toEqual({ data: { changes: { id, change: { role: 'ministry_admin' } } } });
    stream.stop();
    ministry.stop();
    await client.dispose();
    await ministryClient.dispose();
  });

  it('the stream ends when the token expires', async () => {
    const client = wsClient(live.server.url, await mint('analyst', undefined, '2s'));
    const stream = subscribeWs(client, `subscription { changes { id } }`);
    await stream.ended;
    const last = stream.received[stream.received.length - 1];
    expect(last?.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
    await client.dispose();
  });

  it('refuses a bad or missing token on connect, a subscription over POST, too deep a selection and too many per caller', async () => {
    const closeCode = (token: string | null) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(wsUrl(live.server.url), 'graphql-transport-ws');
        socket.on('open', () =>
          socket.send(
            JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }),
          ),
        );
        socket.on('close', (code) => resolve(code));
      });
    expect(await closeCode(null)).toBe(4401);
    expect(await closeCode('not.a.token')).toBe(4401);
    expect(await closeCode(await mint('analyst', undefined, '-1m'))).toBe(4401);

    const sseRefused = await fetch(live.server.url, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { changes { id } }' }),
    });
    expect(sseRefused.status).toBe(401);

    const overPost = await post(live.server.url, { query: 'subscription { changes { id } }' }, await mint('analyst'));
    expect(overPost.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');

    const token = await mint('analyst');
    const client = wsClient(live.server.url, token);
    // Thirteen levels of fields (the limit is twelve).
    const nested =
      'province { counties { nodes { schools { nodes { county { province { counties { nodes { id } } } } } } } } }';
    const deep = subscribeWs(
      client,
      `subscription { changes { record { ... on Activity { partnership { county { ${nested} } } } } } }`,
    );
    const deepError = await deep.ended.then(
      () => undefined,
      (error: unknown) => error as { extensions?: Record<string, unknown> }[],
    );
    expect(deepError?.[0]?.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');

    const held = [1, 2, 3].map(() => subscribeWs(client, `subscription { changes { id } }`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const fourth = subscribeWs(client, `subscription { changes { id } }`);
    const capError = await fourth.ended.then(
      () => undefined,
      (error: unknown) => error as { extensions?: Record<string, unknown> }[],
    );
    expect(capError?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');
    held.forEach((subscription) => subscription.stop());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(live.server.live!.subscriptions).toBe(0);
    await client.dispose();
  });

  it('every type a write records in the trail can be selected as the event’s record', async () => {
    const written = writableEntities();
    expect(written.length).toBeGreaterThan(10);
    const union = await api.run<{ __type: { possibleTypes: { name: string }[] } }>(
      '{ __type(name: "ChangedRecord") { possibleTypes { name } } }',
    );
    const members = union.data!.__type.possibleTypes.map((type) => type.name);
    expect(written.filter((name) => !members.includes(name))).toEqual([]);

    // A change of one record of each type (those the seed has): an UPDATE in the trail, as a write leaves it.
    const records: { type: string; id: string }[] = [];
    for (const name of written) {
      const meta = api.orm.getMetadata().find(name)!;
      const [row] = await api.sql<{ id: string }>(`select id from "${meta.schema}"."${meta.tableName}" limit 1`);
      if (row) records.push({ type: name, id: row.id });
    }
    expect(records.map((record) => record.type)).toEqual(expect.arrayContaining(['Appointment', 'PlanGoal']));
    const client = wsClient(live.server.url, await mint('ministry_admin'));
    const selection = written.map((name) => `... on ${name} { id }`).join(' ');
    const stream = subscribeWs(client, `subscription { changes { type id record { __typename ${selection} } } }`);
    await new Promise((resolve) => setTimeout(resolve, 300)); // connected and subscribed
    await api.sql(
      `insert into audit.change (id, role, mutation, entity, record_id, action, after)
       select gen_random_uuid(), 'ministry_admin', 'test', r.type, r.id, 'UPDATE', '{"version": 1}'
         from json_to_recordset($1::json) as r(type text, id uuid)`,
      [JSON.stringify(records)],
    );
    const received = await stream.until(records.length);
    expect(received.flatMap((payload) => payload.errors ?? [])).toEqual([]);
    const changes = received.map(
      (payload) => (payload.data as { changes: { type: string; id: string; record: unknown } }).changes,
    );
    expect(new Set(changes.map((change) => change.type))).toEqual(new Set(records.map((record) => record.type)));
    for (const change of changes) {
      expect(change.record, change.type).toEqual({ __typename: change.type, id: change.id });
    }
    stream.stop();
    await client.dispose();
  });

  it('resumes after a server restart without loss or duplicates', async () => {
    const token = await mint('ministry_admin');
    let client = wsClient(live.server.url, token);
    const before = subscribeWs(client, STREAM, { where: { types: ['Activity'] } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const made = [await createActivity('r1'), await createActivity('r2')];
    const got = events(await before.until(2));
    const last = got[1]!.position;
    await client.dispose();

    await live.stopServer();
    // Written while no server runs: the feed is the table.
    const whileDown = [await createActivity('r3', 'own', 'executor'), await createActivity('r4', 'own', 'executor')];
    await live.startServer();

    client = wsClient(live.server.url, token);
    const after = subscribeWs(client, STREAM, { where: { types: ['Activity'] }, after: last });
    const resumed = events(await after.until(2));
    expect(resumed.map((event) => event.id)).toEqual(whileDown);
    const fresh = await createActivity('r5');
    const all = events(await after.until(3));
    expect(all.map((event) => event.id)).toEqual([...whileDown, fresh]);
    expect(new Set([...made, ...all.map((event) => event.id)]).size).toBe(5);
    after.stop();
    await client.dispose();
  });
  it('a stop does not wait for a WebSocket peer that never answers the close frame', async () => {
    // A raw upgrade, then silence: the server's close frame is never answered (ws would wait 30 s).
    const { hostname, port } = new URL(live.server.url);
    const socket = net.connect(Number(port), hostname);
    const upgraded = new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString())));
    socket.write(
      'GET /graphql HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n',
    );
    expect(await upgraded).toMatch(/^HTTP\/1\.1 101/);
    const closed = new Promise((resolve) => socket.once('close', resolve));
    const started = performance.now();
    await live.stopServer();
    // Cut after the grace (1 s), not after ws's close timeout; generous for a loaded machine.
    expect(performance.now() - started).toBeLessThan(15_000);
    await closed;
    await live.startServer();
  }, 60_000);
});
