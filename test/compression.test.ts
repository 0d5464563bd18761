import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, type Limits } from '../src/config';
import { startInProcessApi } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { startTestApi, type TestApi } from './support/api';

/*
 * Compression, negotiated: br or gzip when the client accepts it and the body is over the threshold,
 * none otherwise; the response cap counts what the API produced, not the compressed bytes sent.
 */

let api: TestApi;
const servers: RunningServer[] = [];

async function serve(limits: Partial<Limits> = {}, env: Record<string, string> = {}) {
  const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl, ...env });
  const server = await startInProcessApi(
    { ...settings, limits: { ...settings.limits, costBudget: 0, ...limits } },
    api.orm,
    silentLogger,
    0,
  );
  servers.push(server);
  return server;
}

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes on the wire. */
  wire: Buffer;
  /** Decoded per content-encoding. */
  text: string;
}

function decode(wire: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return zlib.brotliDecompressSync(wire);
  if (encoding === 'gzip') return zlib.gunzipSync(wire);
  expect(encoding).toBeUndefined();
  return wire;
}

/** A request with exactly the headers given (fetch would add and undo an encoding of its own). */
function request(url: string, options: { method?: string; body?: unknown; headers?: Record<string, string> }) {
  return new Promise<Raw>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const wire = Buffer.concat(chunks);
          const text = decode(wire, res.headers['content-encoding']).toString('utf8');
          resolve({ status: res.statusCode!, headers: res.headers, wire, text });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

const LARGE = { query: '{ schools(first: 100) { nodes { id nameEn nameZh county { nameEn code } } } }' };
const SMALL = { query: '{ province(code: "64") { code } }' };

let server: RunningServer;
let plain: Raw;

beforeAll(async () => {
  api = await startTestApi();
  server = await serve();
  plain = await request(server.url, { body: LARGE });
});
afterAll(async () => {
  for (const running of servers) await running.stop();
  await api?.close();
});

describe('compression', () => {
  it('sends identity bytes to a client that accepts no encoding', () => {
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.wire.length).toBeGreaterThan(10_000);
    expect(JSON.parse(plain.text).data.schools.nodes).toHaveLength(100);
  });

  it.each([
    ['br, gzip, deflate', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip;q=1, br;q=0', 'gzip'],
  ])('answers Accept-Encoding: %s with %s, the same data in fewer bytes', async (accept, encoding) => {
    const answer = await request(server.url, { body: LARGE, headers: { 'accept-encoding': accept } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.text).toBe(plain.text);
    expect(answer.wire.length).toBeLessThan(plain.wire.length / 4);
  });

  it('leaves bodies under the threshold as they are', async () => {
    const answer = await request(server.url, { body: SMALL, headers: { 'accept-encoding': 'br, gzip' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(answer.text)).toMatchObject({ data: { province: { code: '64' } } });
  });

  it('caps what is produced: a response over the cap is refused even when its compressed form fits', async () => {
    const compressed = await request(server.url, { body: LARGE, headers: { 'accept-encoding': 'br' } });
    const cap = Math.floor((compressed.wire.length + plain.wire.length) / 2);
    const capped = await serve({ maxResponseBytes: cap });
    const answer = await request(capped.url, { body: LARGE, headers: { 'accept-encoding': 'br' } });
    expect(compressed.wire.length).toBeLessThan(cap);
    expect(JSON.parse(answer.text).errors[0].extensions).toMatchObject({
      code: 'RESPONSE_TOO_LARGE',
      limitBytes: cap,
    });
  });

  it('compresses the pages too (GraphiQL)', async () => {
    const page = await request(server.url.replace('/graphql', '/graphiql/graphiql.js'), {
      method: 'GET',
      headers: { accept: '*/*', 'accept-encoding': 'br' },
    });
    expect(page.status).toBe(200);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.text.length).toBeGreaterThan(1_000_000);
    expect(page.wire.length).toBeLessThan(page.text.length / 3);
  });

  it('is off with COMPRESSION=off', async () => {
    const off = await serve({}, { COMPRESSION: 'off' });
    const answer = await request(off.url, { body: LARGE, headers: { 'accept-encoding': 'br, gzip' } });
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.text).toBe(plain.text);
  });
});
