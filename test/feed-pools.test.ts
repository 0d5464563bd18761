import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, type Settings } from '../src/config';
import { startInProcessApi } from '../src/server/api';
import { mintToken } from '../src/server/auth/tokens';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { startTestApi, type TestApi } from './support/api';
import { post } from './support/gateways';
import { subscribeWs, wsClient } from './support/live-clients';
import { pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';

/*
 * The feed's reader does not starve behind webhook bookkeeping. A sender records each delivery's
 * outcome with a statement that can wait (here: the deliveries' table locked by another transaction);
 * with WEBHOOK_CONCURRENCY outcomes waiting at once, a pool shared with the feed's reader was all
 * held, and no subscriber received anything until the lock went (or the pool's acquire timeout, 60 s,
 * ran out). The sender has a pool of its own: subscribers keep receiving meanwhile.
 */

const SECRET = 'feed-pools-secret-of-at-least-thirty-two-bytes';
const CONCURRENCY = 6;

let api: TestApi;
let f: WriteFixtures;
let settings: Settings;
let server: RunningServer;
let receiver: http.Server;
let receiverUrl: string;
/** Answers the receiver holds until the test lets them go. */
const held: http.ServerResponse[] = [];

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: api.databaseUrl,
    AUTH_JWT_SECRET: SECRET,
    COST_BUDGET: '0',
    WEBHOOK_ALLOW_PRIVATE: 'on',
    WEBHOOK_CONCURRENCY: String(CONCURRENCY),
    WEBHOOK_TIMEOUT_MS: '30000',
    WEBHOOK_POLL_MS: '50',
    LIVE_POLL_MS: '200',
  });
  server = await startInProcessApi(settings, api.orm, silentLogger, 0);
  receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => held.push(res));
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  for (const res of held.splice(0)) res.end('ok');
  await server?.stop();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await api?.close();
});

async function createActivity(title: string): Promise<string> {
  const result = await api.run<{ createActivity: { activity: { id: string } } }>(
    `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`,
    {
      input: {
        programId: f.programId,
        partnershipId: f.partnershipId,
        kind: 'TEACHER_VISIT',
        title,
        startDate: '2024-04-01',
      },
    },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createActivity.activity.id;
}

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('the feed and the webhook sender', () => {
  it('subscribers keep receiving while every delivery of the sender waits to record its outcome', async () => {
    const token = await mintToken({ role: 'ministry_admin', subject: 'feed-pools' }, settings.auth);
    const registered = await post(
      server.url,
      {
        query: `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { id } } }`,
        variables: { input: { url: receiverUrl, where: { types: ['Activity'] } } },
      },
      token,
    );
    const endpointId = (registered.body.data!.registerWebhook as { endpoint: { id: string } }).endpoint.id;
    const client = wsClient(server.url, token);
    const stream = subscribeWs(client, `subscription { changes(where: { types: ["Activity"] }) { id } }`);
    await new Promise((resolve) => setTimeout(resolve, 300)); // connected and subscribed
    for (let i = 0; i < CONCURRENCY; i++) await createActivity(`Pools ${i}`);
    await stream.until(CONCURRENCY);
    await until(() => held.length === CONCURRENCY, 10_000, 'every delivery at the receiver');

    // Another transaction locks the deliveries' table; the answers are let go: every outcome waits.
    const locker = new pg.Client({ connectionString: api.databaseUrl });
    await locker.connect();
    try {
      await locker.query('begin');
      // A table lock, not row locks: it takes no transaction id, which would hold the feed back by
      // design (nothing is handed out past a transaction still running).
      await locker.query('lock table audit.webhook_delivery in exclusive mode');
      for (const res of held.splice(0)) res.end('ok');
      const waiting = async () => {
        const [row] = await api.sql<{ count: number }>(
          `select count(*)::int as count from pg_stat_activity
            where wait_event_type = 'Lock' and query like '%webhook_delivery%' and datname = current_database()`,
        );
        return row!.count;
      };
      await until(async () => (await waiting()) >= 2, 10_000, 'the outcomes waiting for the lock');

      const started = Date.now();
      const id = await createActivity('While the sender waits');
      const received = await stream.until(CONCURRENCY + 1, 5000);
      expect((received[CONCURRENCY]!.data as { changes: { id: string } }).changes.id).toBe(id);
      console.log(
        `feed pools: an event reached its subscriber in ${Date.now() - started} ms while ${await waiting()} webhook outcomes waited for a lock`,
      );
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    // The lock gone, the outcomes are recorded.
    await until(
      async () => {
        const [row] = await api.sql<{ count: number }>(
          `select count(*)::int as count from audit.webhook_delivery where endpoint_id = $1 and status = 'DELIVERED'`,
          [endpointId],
        );
        return row!.count >= CONCURRENCY;
      },
      10_000,
      'the outcomes recorded',
    );
    for (const res of held.splice(0)) res.end('ok');
    stream.stop();
    await client.dispose();
  });
});
