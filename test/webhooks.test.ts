import type { MikroORM } from '@mikro-orm/postgresql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookSettings } from '../src/config';
import { openOrm } from '../src/db/orm';
import { verify } from '../src/graphql/webhooks/signature';
import type { RunningServer } from '../src/server/http';
import { post as send } from '../src/server/webhooks/outbound';
import { WebhookWorker } from '../src/server/webhooks/worker';
import { ENTITIES } from '../src/subgraphs/entities';
import type { TestApi } from './support/api';
import { post } from './support/gateways';
import { startLiveApi, type LiveApi } from './support/live-api';
import type { WriteFixtures } from './support/write-fixtures';

/*
 * Webhooks with a real local receiver: signed Standard Webhooks deliveries of the changes in the
 * owner's reach, retried with backoff then parked and redelivered on request, outbound guards, and
 * two workers (two connection pools, as two processes have) sharing the outbox without double sending.
 */

let live: LiveApi;
let api: TestApi;
let f: WriteFixtures;
let server: RunningServer;
let secondOrm: MikroORM;
let worker: WebhookWorker;
let rival: WebhookWorker;

const POLICY: WebhookSettings = {
  enabled: true,
  allowPrivate: true,
  timeoutMs: 1000,
  maxResponseBytes: 1024,
  maxAttempts: 3,
  backoffMs: 20,
  maxBackoffMs: 100,
  concurrency: 4,
  pollMs: 50,
};

/** A receiver whose answer the test decides, recording every request. */
interface Call {
  headers: http.IncomingHttpHeaders;
  body: string;
}
let answer: (call: Call, res: http.ServerResponse) => void = (_call, res) => res.end('ok');
const calls: Call[] = [];
let receiver: http.Server;
let receiverUrl: string;

beforeAll(async () => {
  // The server's own worker is off: the test drives two workers of its own. The receiver is on this
  // machine (registration refuses it otherwise: see the test below).
  live = await startLiveApi('hooks', { WEBHOOKS: 'off', WEBHOOK_ALLOW_PRIVATE: 'on' });
  ({ api, f, server } = live);
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const call = { headers: req.headers, body };
      calls.push(call);
      answer(call, res);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  secondOrm = await openOrm({ entities: ENTITIES, clientUrl: api.databaseUrl, poolSize: 2 });
  const log = {
    warn: (o: unknown, m: string) => console.log('WARN', m, String((o as { err: Error }).err?.stack)),
  } as never;
  worker = new WebhookWorker(api.orm, POLICY, log);
  rival = new WebhookWorker(secondOrm, POLICY);
});

afterAll(async () => {
  await worker?.stop();
  await rival?.stop();
  await secondOrm?.close();
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await live?.close();
});

const mint: LiveApi['mint'] = (...args) => live.mint(...args);
const createActivity: LiveApi['createActivity'] = (...args) => live.createActivity(...args);

async function register(token: string, where: Record<string, unknown> = {}): Promise<{ id: string; secret: string }> {
  const result = await post(
    server.url,
    {
      query: `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret endpoint { id url status } } }`,
      variables: { input: { url: receiverUrl, description: 'test receiver', where } },
    },
    token,
  );
  expect(result.body.errors).toBeUndefined();
  const registered = result.body.data!.registerWebhook as { secret: string; endpoint: { id: string } };
  return { id: registered.endpoint.id, secret: registered.secret };
}

async function deliveries(endpointId: string, token: string) {
  const result = await post(
    server.url,
    {
      query: `query ($id: ID!) { webhookDeliveries(endpointId: $id, first: 100) { id status attempts lastStatus lastError payload } }`,
      variables: { id: endpointId },
    },
    token,
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.webhookDeliveries as {
    id: string;
    status: string;
    attempts: number;
    lastStatus: number | null;
    lastError: string | null;
    payload: { data: { id: string } };
  }[];
}

async function settle(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    await worker.wake();
    if (await check()) return;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

async function removeAll(): Promise<void> {
  await api.sql('delete from audit.webhook_endpoint');
  calls.length = 0;
}

describe('webhooks', () => {
  it("a university receives its own partnerships' changes, signed, with the secret shown once", async () => {
    const token = await mint('university', f.universityCode);
    const endpoint = await register(token, { types: ['Activity'] });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const listed = await post(server.url, { query: '{ webhookEndpoints { id url status ownerOrg } }' }, token);
    expect(listed.body.data!.webhookEndpoints).toEqual([
      { id: endpoint.id, url: receiverUrl, status: 'ACTIVE', ownerOrg: f.universityCode },
    ]);
    const own = await createActivity('hook own');
    await createActivity('hook other', 'other');
    await settle(async () => (await deliveries(endpoint.id, token)).some((d) => d.status === 'DELIVERED'));
    await worker.wake();
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(verify(endpoint.secret, call!.headers, call!.body)).toBe(true);
    expect(verify('whsec_' + Buffer.from('wrong key').toString('base64'), call!.headers, call!.body)).toBe(false);
    expect(JSON.parse(call!.body)).toMatchObject({
      type: 'change.create',
      data: { type: 'Activity', id: own, action: 'CREATE' },
    });
    const log = await deliveries(endpoint.id, token);
    expect(log).toMatchObject([{ id: call!.headers['webhook-id'], status: 'DELIVERED', attempts: 1, lastStatus: 200 }]);
    // Another organisation sees none of it; an analyst registers nothing.
    const stranger = await mint('university', f.otherUniversityCode);
    expect(
      (await post(server.url, { query: '{ webhookEndpoints { id } }' }, stranger)).body.data!.webhookEndpoints,
    ).toEqual([]);
    const analyst = await post(
      server.url,
      { query: `mutation { registerWebhook(input: { url: "https://example.org/h" }) { secret } }` },
      await mint('analyst'),
    );
    expect(analyst.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await removeAll();
  });

  it('retries a failing receiver with backoff until it recovers (the same webhook-id each time)', async () => {
    const token = await mint('ministry_admin');
    const endpoint = await register(token, { types: ['Activity'] });
    let failures = 2;
    answer = (_call, res) => {
      res.statusCode = failures-- > 0 ? 500 : 204;
      res.end();
    };
    await createActivity('flaky receiver');
    await settle(async () => (await deliveries(endpoint.id, token))[0]?.status === 'DELIVERED');
    const [delivery] = await deliveries(endpoint.id, token);
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatus: 204 });
    expect(new Set(calls.map((call) => call.headers['webhook-id']))).toEqual(new Set([delivery!.id]));
    expect(calls).toHaveLength(3);
    await removeAll();
  });

  it('parks a delivery after the bound, marks the endpoint failing, and redelivers on request', async () => {
    const token = await mint('ministry_admin');
    const endpoint = await register(token, { types: ['Activity'] });
    answer = (_call, res) => {
      res.statusCode = 302;
      res.setHeader('location', 'http://169.254.169.254/');
      res.end();
    };
    await createActivity('down receiver');
    await settle(async () => (await deliveries(endpoint.id, token))[0]?.status === 'PARKED');
    const [parked] = await deliveries(endpoint.id, token);
    expect(parked).toMatchObject({ attempts: 3, lastStatus: 302, lastError: 'redirects are not followed' });
    expect(calls).toHaveLength(3); // the redirect was never followed
    const status = async () =>
      (
        (await post(server.url, { query: '{ webhookEndpoints { status } }' }, token)).body.data!.webhookEndpoints as {
          status: string;
        }[]
      )[0]!.status;
    expect(await status()).toBe('FAILING');
    answer = (_call, res) => res.end('ok');
    const redelivered = await post(
      server.url,
      { query: `mutation ($id: ID!) { redeliverWebhook(id: $id) { status attempts } }`, variables: { id: parked!.id } },
      token,
    );
    expect(redelivered.body.data!.redeliverWebhook).toEqual({ status: 'PENDING', attempts: 0 });
    await settle(async () => (await deliveries(endpoint.id, token))[0]?.status === 'DELIVERED');
    expect(await status()).toBe('ACTIVE');
    await removeAll();
  });

  it('refuses private addresses unless allowed, slow and large answers', async () => {
    const strict = { ...POLICY, allowPrivate: false };
    expect(await send(receiverUrl, '{}', {}, strict)).toMatchObject({
      ok: false,
      error: '127.0.0.1 is a non-public address',
    });
    const byName = receiverUrl.replace('127.0.0.1', 'localhost');
    expect((await send(byName, '{}', {}, strict)).error).toMatch(/non-public address/);
    expect((await send(receiverUrl, '{}', {}, POLICY)).ok).toBe(true);
    answer = (_call, res) => res.end('x'.repeat(4096));
    expect((await send(receiverUrl, '{}', {}, POLICY)).error).toMatch(/passed 1024 bytes/);
    answer = () => undefined; // never answers
    expect((await send(receiverUrl, '{}', {}, { ...POLICY, timeoutMs: 200 })).error).toMatch(/within 200 ms/);
    expect((await send('file:///etc/passwd', '{}', {}, POLICY)).error).toMatch(/only http and https/);
    answer = (_call, res) => res.end('ok');
    calls.length = 0;
  });

  it('registration refuses private, loopback and link-local URLs unless configured, naming the field', async () => {
    // api.run's context is not configured to allow them (the server above is: WEBHOOK_ALLOW_PRIVATE=on).
    const registerAt = (url: string) =>
      api.run<{ registerWebhook: { endpoint: { url: string } } }>(
        `mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { endpoint { url } } }`,
        { input: { url } },
      );
    const [{ count: before }] = await api.sql<{ count: number }>(
      'select count(*)::int as count from audit.webhook_endpoint',
    );
    for (const url of [
      receiverUrl,
      'http://localhost:8080/hooks',
      'http://app.localhost/hooks',
      'http://[::1]/hooks',
      'http://[::ffff:127.0.0.1]/hooks',
      'http://169.254.169.254/latest/meta-data',
      'http://[fe80::1]/hooks',
      'https://10.1.2.3/hooks',
      'https://172.20.0.1/hooks',
      'https://192.168.1.1/hooks',
      'https://100.64.0.1/hooks',
      'http://0.0.0.0/hooks',
    ]) {
      const result = await registerAt(url);
      expect(
        result.errors?.map((error) => error.extensions),
        url,
      ).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.url', reason: 'NON_PUBLIC_ADDRESS' }),
      ]);
    }
    const [{ count: after }] = await api.sql<{ count: number }>(
      'select count(*)::int as count from audit.webhook_endpoint',
    );
    expect(after).toBe(before);
    // A public address is registered (nothing is sent to it here: no change matches `types`).
    const accepted = await api.run<{ registerWebhook: { endpoint: { url: string } } }>(
      `mutation { registerWebhook(input: { url: "https://93.184.215.14/hooks", where: { types: ["Nothing"] } }) { endpoint { url } } }`,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.registerWebhook.endpoint.url).toBe('https://93.184.215.14/hooks');
    await removeAll();
  });

  it('registering, redelivering and deleting leave audit rows (who, what, before and after, never the secret)', async () => {
    const token = await mint('university', f.universityCode);
    const endpoint = await register(token, { types: ['Nothing'] });
    const [change] = await api.sql<{ change_id: string }>('select id as change_id from audit.change limit 1');
    const deliveryId = '01900000-0000-7000-8000-00000000d001';
    await api.sql(
      `insert into audit.webhook_delivery (id, endpoint_id, change_id, position, payload, status, attempts)
       values ($1, $2, $3, 'p', '{}', 'PARKED', 3)`,
      [deliveryId, endpoint.id, change!.change_id],
    );
    const redelivered = await post(
      server.url,
      { query: `mutation ($id: ID!) { redeliverWebhook(id: $id) { status } }`, variables: { id: deliveryId } },
      token,
    );
    expect(redelivered.body.errors).toBeUndefined();
    // Another organisation may not touch it (FORBIDDEN, nothing written).
    const stranger = await post(
      server.url,
      { query: `mutation ($id: ID!) { deleteWebhook(id: $id) }`, variables: { id: endpoint.id } },
      await mint('university', f.otherUniversityCode),
    );
    expect(stranger.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const deleted = await post(
      server.url,
      { query: `mutation ($id: ID!) { deleteWebhook(id: $id) }`, variables: { id: endpoint.id } },
      token,
    );
    expect(deleted.body.errors).toBeUndefined();
    const trail = await api.sql<{
      mutation: string;
      entity: string;
      record_id: string;
      action: string;
      role: string;
      org: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>(
      `select mutation, entity, record_id, action, role, org, before, after from audit.change
        where record_id in ($1, $2) order by tx, id`,
      [endpoint.id, deliveryId],
    );
    expect(trail.map((row) => [row.mutation, row.entity, row.record_id, row.action, row.role, row.org])).toEqual([
      ['registerWebhook', 'WebhookEndpoint', endpoint.id, 'CREATE', 'university', f.universityCode],
      ['redeliverWebhook', 'WebhookDelivery', deliveryId, 'UPDATE', 'university', f.universityCode],
      ['deleteWebhook', 'WebhookEndpoint', endpoint.id, 'DELETE', 'university', f.universityCode],
    ]);
    expect(trail[0]!.after).toMatchObject({ id: endpoint.id, url: receiverUrl, owner_org: f.universityCode });
    expect(trail[1]!.before).toMatchObject({ status: 'PARKED', attempts: 3 });
    expect(trail[1]!.after).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(trail[2]!.before).toMatchObject({ id: endpoint.id });
    expect(trail[2]!.after).toBeNull();
    expect(JSON.stringify(trail)).not.toContain(endpoint.secret);
    expect(JSON.stringify(trail)).not.toContain('"secret"');
    await removeAll();
  });

  it('two workers share the outbox: every delivery is sent once', async () => {
    const token = await mint('ministry_admin');
    const endpoint = await register(token, { types: ['Activity'] });
    answer = (_call, res) => setTimeout(() => res.end('ok'), 15);
    const made: string[] = [];
    for (let i = 0; i < 16; i++) made.push(await createActivity(`shared ${i}`));
    const before = { a: worker.sent, b: rival.sent };
    const end = Date.now() + 15_000;
    while (Date.now() < end) {
      await Promise.all([worker.wake(), rival.wake(), worker.wake(), rival.wake()]);
      const [{ count }] = await api.sql<{ count: number }>(
        `select count(*)::int as count from audit.webhook_delivery where endpoint_id = $1 and status = 'DELIVERED'`,
        [endpoint.id],
      );
      if (count === made.length) break;
    }
    const ids = calls.map((call) => call.headers['webhook-id']);
    expect(ids).toHaveLength(made.length);
    expect(new Set(ids).size).toBe(made.length);
    expect(new Set(calls.map((call) => (JSON.parse(call.body) as { data: { id: string } }).data.id))).toEqual(
      new Set(made),
    );
    expect(worker.sent - before.a + (rival.sent - before.b)).toBe(made.length);
    await removeAll();
  });
});
