import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadSettings, trustProxy } from '../src/config';
import { startInProcessApi } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { startTestApi, type TestApi } from './support/api';

/*
 * Behind proxies: the client address (the anonymous caller's budget, the log line's `ip`) comes from
 * X-Forwarded-For only when the peer is a trusted proxy; off by default, where the header is ignored.
 */

let api: TestApi;
const servers: RunningServer[] = [];
const lines: Record<string, unknown>[] = [];

async function serve(trust: string | undefined) {
  const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl, TRUST_PROXY: trust });
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const server = await startInProcessApi(
    { ...settings, limits: { ...settings.limits, costBudget: 30, costBudgetWindowSeconds: 60 } },
    api.orm,
    logger,
    0,
  );
  servers.push(server);
  return server;
}

const QUERY = '{ schools(first: 3) { totalCount nodes { nameEn county { nameEn } } } }'; // cost 12

async function post(url: string, forwardedFor?: string): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify({ query: QUERY }),
  });
  await response.arrayBuffer();
  return response.status;
}

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  for (const server of servers) await server.stop();
  await api?.close();
});

describe('trusted proxies', () => {
  it('reads TRUST_PROXY as off, a hop count or addresses, and refuses trusting everyone', () => {
    expect(loadSettings({}).trustProxy).toBe(false);
    expect(trustProxy('off')).toBe(false);
    expect(trustProxy('2')).toBe(2);
    expect(trustProxy('loopback, 10.0.0.0/8, ::1, fd00::/8')).toEqual(['loopback', '10.0.0.0/8', '::1', 'fd00::/8']);
    expect(() => trustProxy('on')).toThrow(ConfigError);
    expect(() => trustProxy('10.0.0.0/33')).toThrow(/TRUST_PROXY: "10.0.0.0\/33"/);
    expect(() => trustProxy('balancer.internal')).toThrow(/TRUST_PROXY/);
  });

  it('off by default: X-Forwarded-For is ignored, every caller behind the peer shares its budget', async () => {
    const server = await serve(undefined);
    expect(await post(server.url, '203.0.113.1')).toBe(200);
    expect(await post(server.url, '203.0.113.2')).toBe(200);
    // A third caller claiming yet another address is the same peer: its budget is spent.
    expect(await post(server.url, '203.0.113.3')).toBe(429);
    expect(lines.at(-1)).toMatchObject({ msg: 'graphql request', ip: '127.0.0.1', status: 429 });
  });

  it('trusting the proxy gives each forwarded client its own budget and logged address', async () => {
    const server = await serve('loopback');
    for (const client of ['203.0.113.1', '203.0.113.2', '203.0.113.3']) {
      expect(await post(server.url, client)).toBe(200);
      expect(lines.at(-1)).toMatchObject({ ip: client, status: 200 });
    }
    expect(await post(server.url, '203.0.113.1')).toBe(200);
    expect(await post(server.url, '203.0.113.1')).toBe(429);
    // The client's own claim before the trusted hop is not believed: the proxy appended the real one.
    expect(await post(server.url, '198.51.100.7, 203.0.113.1')).toBe(429);
    expect(lines.at(-1)).toMatchObject({ ip: '203.0.113.1' });
  });

  it('a hop count takes the address that many proxies from the server', async () => {
    const server = await serve('1');
    expect(await post(server.url, '198.51.100.9, 203.0.113.4')).toBe(200);
    expect(lines.at(-1)).toMatchObject({ ip: '203.0.113.4' });
  });
});
