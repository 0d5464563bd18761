import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, type Settings } from '../src/config';
import { startRemoteGateway } from '../src/server/api';
import { mintToken } from '../src/server/auth/tokens';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { startTestApi, type TestApi } from './support/api';
import { post } from './support/gateways';
import { subscribeSse, subscribeWs, wsClient, type Received } from './support/live-clients';
import { startSubgraphServers, type SubgraphServers } from './support/subgraph-servers';
import { pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';

/*
 * Subscriptions in the distributed mode: three subgraph servers, the assistance subgraph serving
 * `Subscription.changes` from the feed, and the gateway (the default: @apollo/gateway for queries and
 * mutations, Hive's runtime beside it for subscriptions) carrying them to real
 * WebSocket and SSE clients. The gateway checks the token, the limits and the caps; the subgraph
 * filters by the subscriber's reach; each event's fields are resolved across the subgraphs.
 */

const SECRET = 'distributed-live-secret-of-at-least-thirty-two-bytes';
let api: TestApi;
let f: WriteFixtures;
let settings: Settings;
let subgraphs: SubgraphServers;
let gateway: RunningServer;

const mint = (role: 'ministry_admin' | 'university' | 'analyst', org?: string, ttl?: string) =>
  mintToken({ role, org, subject: `dlive:${role}:${org ?? ''}:${ttl ?? ''}`, ttl }, settings.auth);

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: api.databaseUrl,
    AUTH_JWT_SECRET: SECRET,
    COST_BUDGET: '0',
    LIVE_MAX_PER_CALLER: '2',
    LIVE_POLL_MS: '200',
    WEBHOOKS: '0',
  });
  subgraphs = await startSubgraphServers(settings, api.orm);
  gateway = await startRemoteGateway({ ...settings, subgraphUrls: subgraphs.urls }, silentLogger, 0);
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
  await api?.close();
});

async function createActivity(title: string, partnershipId = f.partnershipId): Promise<string> {
  const [row] = await api.sql<{ program_id: string; school_id: string }>(
    `select p.program_id, ps.school_id from assistance.partnership p
       join assistance.partnership_school ps on ps.partnership_id = p.id where p.id = $1 limit 1`,
    [partnershipId],
  );
  const input = {
    programId: row!.program_id,
    partnershipId,
    schoolId: row!.school_id,
    kind: 'TEACHER_VISIT',
    title,
    startDate: '2024-03-04',
    endDate: '2024-03-08',
    participants: [],
  };
  // Through the gateway, as a partner app writes.
  const answer = await post(
    gateway.url,
    {
      query: 'mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }',
      variables: { input },
    },
    await mint('ministry_admin'),
  );
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data!.createActivity as { activity: { id: string } }).activity.id;
}

const STREAM = `subscription Stream($where: ChangeStreamFilter) {
  changes(where: $where) {
    position type id action
    record { ... on Activity { id title partnership { university { code nameEn } county { code nameZh } } } }
  }
}`;

type Event = { position: string; type: string; id: string; action: string; record: Record<string, unknown> | null };
const events = (received: Received[]) => received.map((payload) => (payload.data as { changes: Event }).changes);

describe('subscriptions through the gateway (distributed mode, the default gateway)', () => {
  it('carries events over WebSocket and SSE, per subscriber rights, with nested fields from every subgraph', async () => {
    const [otherPartnership] = await api.sql<{ id: string }>(
      `select id from assistance.partnership where university_id <> $1 and county_id <> $2 order by id limit 1`,
      [f.universityId, f.countyId],
    );
    const [names] = await api.sql<{ university: string; county: string }>(
      `select u.name_en as university, c.name_zh as county from directory.university u, directory.county c
        where u.id = $1 and c.id = $2`,
      [f.universityId, f.countyId],
    );
    const ministry = wsClient(gateway.url, await mint('ministry_admin'));
    const university = wsClient(gateway.url, await mint('university', f.universityCode));
    const all = subscribeWs(ministry, STREAM, { where: { types: ['Activity'] } });
    const own = subscribeWs(university, STREAM, { where: { types: ['Activity'] } });
    const sse = subscribeSse(gateway.url, await mint('university', f.universityCode), STREAM, {
      where: { types: ['Activity'] },
    });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // connected and subscribed through both hops
    const first = await createActivity('distributed one');
    const foreign = await createActivity('distributed elsewhere', otherPartnership!.id);
    const second = await createActivity('distributed two');

    const seenByAll = events(await all.until(3));
    expect(seenByAll.map((event) => event.id)).toEqual([first, foreign, second]);
    const seenByUniversity = events(await own.until(2));
    expect(seenByUniversity.map((event) => event.id)).toEqual([first, second]);
    // Activity and Partnership from assistance, University and County fields from directory.
    expect(seenByUniversity[0]!.record).toEqual({
      id: first,
      title: 'distributed one',
      partnership: {
        university: { code: f.universityCode, nameEn: names!.university },
        county: { code: f.countyCode, nameZh: names!.county },
      },
    });
    expect(events(await sse.until(2)).map((event) => event.id)).toEqual([first, second]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(own.received).toHaveLength(2); // the other university's activity never arrives
    all.stop();
    own.stop();
    sse.stop();
    await ministry.dispose();
    await university.dispose();
  });

  it('guarded fields obey the subgraph rules: the audit row is the ministry only', async () => {
    const query = `subscription { changes(where: { types: ["Activity"] }) { id change { role } } }`;
    const client = wsClient(gateway.url, await mint('university', f.universityCode));
    const stream = subscribeWs(client, query);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const id = await createActivity('distributed guarded');
    // The event of this write (a change committed just before the subscription may come first).
    const deadline = Date.now() + 8000;
    const ofThisWrite = () =>
      stream.received.find((received) => (received.data?.changes as { id?: string } | undefined)?.id === id);
    while (!ofThisWrite() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const payload = ofThisWrite();
    expect(payload?.data, JSON.stringify(stream.received)).toEqual({ changes: { id, change: null } });
    expect(payload!.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    stream.stop();
    await client.dispose();
  });

  it("applies the gateway's limits: the token on connect, a cap per caller, and the stream ends at the token's expiry", async () => {
    const refused = await fetch(gateway.url, {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { changes { id } }' }),
    });
    expect(refused.status).toBe(401);

    const client = wsClient(gateway.url, await mint('analyst', undefined, '3s'));
    const streams = [0, 1].map(() => subscribeWs(client, 'subscription { changes { id } }'));
    await new Promise((resolve) => setTimeout(resolve, 500)); // both held
    const third = subscribeWs(client, 'subscription { changes { id } }');
    const capError = await third.ended.then(
      () => undefined,
      (error: unknown) => error as { extensions?: Record<string, unknown> }[],
    );
    expect(capError?.[0]?.extensions?.code).toBe('SUBSCRIPTION_LIMIT_EXCEEDED');
    expect(third.received).toEqual([]);
    await streams[0]!.ended;
    const last = streams[0]!.received[streams[0]!.received.length - 1];
    expect(last?.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED');
    await client.dispose();
  });
});
