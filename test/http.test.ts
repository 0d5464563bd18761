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
