import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config';
import { startInProcessApi } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { startTestApi, type TestApi } from './support/api';

/* The HTTP surface of `npm start`: the API, GraphiQL from local assets, health, and error codes. */

let api: TestApi;
let server: RunningServer;
const origin = () => server.url.replace(/\/graphql$/, '');

beforeAll(async () => {
  api = await startTestApi();
  const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl });
  server = await startInProcessApi(settings, api.orm, silentLogger, 0);
});
afterAll(async () => {
  await server?.stop();
  await api?.close();
});

async function graphql(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; argumentPath?: string } }[];
  };
}

describe('GraphiQL', () => {
  it('serves the page to a browser at /graphql, with every asset from this server', async () => {
    const response = await fetch(server.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/'), `${asset} is local`).toBe(true);
      const file = await fetch(origin() + asset);
      expect(file.status, asset).toBe(200);
      const body = await file.text();
      expect(body.length, asset).toBeGreaterThan(1000);
    }
  });
});

describe('API over HTTP', () => {
  it('answers a query', async () => {
    const body = await graphql('query ($code: String!) { province(code: $code) { nameEn } }', { code: '64' });
    expect(body.data).toEqual({ province: { nameEn: 'Ningxia Hui Autonomous Region' } });
  });

  it('reports liveness at /health and readiness (database, migrations) at /ready', async () => {
    const health = await fetch(`${origin()}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${origin()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'current' });
  });

  it('rejects a page size above the maximum with BAD_USER_INPUT naming the argument', async () => {
    const body = await graphql('{ schools(first: 101) { nodes { id } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.argumentPath).toBe('first');
    expect(body.errors?.[0]?.message).toContain('first');
  });

  it('rejects a cursor that is not from the list', async () => {
    const body = await graphql('{ schools(first: 5, after: "bm90LWEtY3Vyc29y") { nodes { id } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions?.argumentPath).toBe('after');
  });

  it('asks for exactly one key on lookups', async () => {
    const body = await graphql('{ county { nameEn } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an invalid operation with GRAPHQL_VALIDATION_FAILED', async () => {
    const body = await graphql('{ province(code: "64") { noSuchField } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

/** A raw connection to the server: what it received, and when (if) the server closed it. */
function rawSocket(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  const opened = performance.now();
  let received = '';
  let closedAfterMs: number | undefined;
  socket.on('data', (chunk) => (received += chunk.toString()));
  socket.on('error', () => undefined); // a reset after the server's answer is expected
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      closedAfterMs = performance.now() - opened;
      resolve(closedAfterMs);
    }),
  );
  return {
    socket,
    closed,
    get received() {
      return received;
    },
    get closedAfterMs() {
      return closedAfterMs;
    },
    write: (text: string | Buffer) => new Promise<void>((resolve) => socket.write(text, () => resolve())),
  };
}

const head = (extra: string) =>
  `POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n${extra}\r\n`;

describe('slow and oversized senders', () => {
  let guarded: RunningServer;
  beforeAll(async () => {
    const settings = loadSettings({
      NODE_ENV: 'production',
      DATABASE_URL: api.databaseUrl,
      HEADERS_TIMEOUT_MS: '1000',
      BODY_TIMEOUT_MS: '2000',
      MAX_BODY_BYTES: '100000',
    });
    guarded = await startInProcessApi(settings, api.orm, silentLogger, 0);
  });
  afterAll(async () => {
    await guarded?.stop();
  });

  it('refuses a declared length over the cap with 413 and Connection: close before reading the body', async () => {
    const client = rawSocket(guarded.url);
    await client.write(head('content-length: 50000000\r\n') + '{"query":"');
    await Promise.race([client.closed, sleep(3000)]);
    expect(client.received).toMatch(/^HTTP\/1\.1 413/);
    expect(client.received.toLowerCase()).toContain('connection: close');
    expect(client.received).toContain('PAYLOAD_TOO_LARGE');
    // Answered and closed at once, with 50 MB still to come.
    expect(client.closedAfterMs).toBeLessThan(1500);
  });

  it('cuts a chunked body at the cap, not when it ends', async () => {
    const client = rawSocket(guarded.url);
    await client.write(head('transfer-encoding: chunked\r\n'));
    const chunk = Buffer.alloc(16_384, 'a');
    let sent = 0;
    // 5 MB on offer, 16 KB at a time: the answer must come once about 100 KB has arrived.
    while (sent < 5_000_000 && client.closedAfterMs === undefined && !client.received) {
      await client.write(`${chunk.length.toString(16)}\r\n`);
      await client.write(chunk);
      await client.write('\r\n');
      sent += chunk.length;
      await sleep(5);
    }
    await Promise.race([client.closed, sleep(3000)]);
    expect(client.received).toMatch(/^HTTP\/1\.1 413/);
    expect(client.received.toLowerCase()).toContain('connection: close');
    expect(sent).toBeLessThan(400_000);
  });

  it('cuts senders of slow bodies and slow headers within seconds, and serves others meanwhile', async () => {
    // Five bodies under the cap, one byte every 200 ms; one request trickling its headers.
    const bodies = Array.from({ length: 5 }, () => rawSocket(guarded.url));
    for (const client of bodies) await client.write(head('content-length: 5000\r\n'));
    const headers = rawSocket(guarded.url);
    const trickle = setInterval(() => {
      for (const client of bodies) if (client.closedAfterMs === undefined) void client.write('{');
      if (headers.closedAfterMs === undefined) void headers.write('x');
    }, 200);
    void headers.write('POST /graphql HTTP/1.1\r\nx-slow: ');
    try {
      // Meanwhile, a normal request is answered at once.
      const started = performance.now();
      const response = await fetch(guarded.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(500);
      const closedBodies = await Promise.race([Promise.all(bodies.map((client) => client.closed)), sleep(6000)]);
      const closedHeaders = await Promise.race([headers.closed, sleep(1000)]);
      expect(closedBodies, 'every slow body was cut').toBeInstanceOf(Array);
      // The whole request within 2 s (checked each second), the headers within 1 s.
      for (const client of bodies) {
        expect(client.closedAfterMs).toBeLessThan(4000);
        expect(client.received).toMatch(/^HTTP\/1\.1 408/);
      }
      expect(closedHeaders).toBeLessThan(3000);
    } finally {
      clearInterval(trickle);
      for (const client of [...bodies, headers]) client.socket.destroy();
    }
  });
});
