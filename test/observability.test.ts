import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, type Settings } from '../src/config';
import { ensureDatabase, migrate } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded';
import { openOrm } from '../src/db/orm';
import { startInProcessApi } from '../src/server/api';
import { mintToken } from '../src/server/auth/tokens';
import type { RunningServer } from '../src/server/http';
import { startTestApi, type TestApi } from './support/api';
import { freePort } from './support/free-port';
import { ENTITIES } from '../src/subgraphs/entities';

/* What an operator sees: one JSON log line per request, Prometheus metrics, liveness and readiness. */

let api: TestApi;
let server: RunningServer;
let settings: Settings;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  api = await startTestApi();
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  settings = loadSettings({
    NODE_ENV: 'production',
    DATABASE_URL: api.databaseUrl,
    SLOW_OPERATION_MS: '100000',
    AUTH_JWT_SECRET: 'observability-test-secret-of-32-bytes-000',
  });
  server = await startInProcessApi(settings, api.orm, logger, 0);
});
afterAll(async () => {
  await server?.stop();
  await api?.close();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The log line of the request with this id (written when its response closes). */
async function lineOf(reqId: string): Promise<Record<string, unknown>> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const line = lines.find((candidate) => candidate.reqId === reqId && candidate.msg === 'graphql request');
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`no log line for ${reqId}`);
}

describe('request log', () => {
  it('writes one JSON line per request with its id, operation, duration, SQL, cost, status and caller', async () => {
    const token = await mintToken({ role: 'county', org: '640402' }, settings.auth);
    const response = await post(
      { query: 'query Counties { province(code: "64") { counties(first: 3) { nodes { code } } } }' },
      { 'x-request-id': 'req-123', authorization: `Bearer ${token}` },
    );
    expect(response.headers.get('x-request-id')).toBe('req-123');
    const line = await lineOf('req-123');
    expect(line).toMatchObject({
      level: 30,
      operation: 'Counties',
      sql: 1, // one compiled statement (in process)
      cost: 5,
      status: 200,
      outcome: 'ok',
      role: 'county',
      org: '640402',
    });
    expect(line.ms).toEqual(expect.any(Number));
    expect(lines.filter((candidate) => candidate.reqId === 'req-123')).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain(token.split('.')[2]);
  });

  it('takes the request id from traceparent, else makes one', async () => {
    const traced = await post(
      { query: '{ __typename }' },
      { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    );
    expect(traced.headers.get('x-request-id')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    const fresh = await post({ query: '{ __typename }' }, { 'x-request-id': 'not a valid id; DROP TABLE' });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records refusals with their code and flags slow operations', async () => {
    const refused = await post(
      { query: `{ ${Array.from({ length: 25 }, (_, i) => `p${i}: province(code: "${11 + i}") { id }`).join(' ')} }` },
      { 'x-request-id': 'refused-1' },
    );
    expect(refused.status).toBe(200);
    expect(await lineOf('refused-1')).toMatchObject({
      outcome: 'rejected',
      errors: ['ROOT_FIELD_LIMIT_EXCEEDED'],
      sql: 0,
    });

    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl, SLOW_OPERATION_MS: '1' });
    const strict = await startInProcessApi(settings, api.orm, logger, 0);
    try {
      await fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'slow-1' },
        body: JSON.stringify({ query: '{ schools(first: 50) { nodes { county { province { code } } } } }' }),
      });
      expect(await lineOf('slow-1')).toMatchObject({ level: 40, slow: true });
    } finally {
      await strict.stop();
    }
  });
});

/** Prometheus text exposition format 0.0.4: HELP and TYPE lines, then samples `name{labels} value`. */
function parsePrometheus(text: string): Map<string, { type: string; samples: string[] }> {
  const families = new Map<string, { type: string; samples: string[] }>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ')) continue;
    const type = /^# TYPE (\w+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      families.set(type[1]!, { type: type[2]!, samples: [] });
      continue;
    }
    const sample = /^(\w+)(\{(\w+="(?:[^"\\]|\\.)*",?)*\})? (-?[\d.e+-]+|NaN|\+Inf|-Inf)$/.exec(line);
    if (!sample) throw new Error(`not a Prometheus sample line: ${line}`);
    const name = sample[1]!;
    const family = [...families.keys()].find((candidate) => name === candidate || name.startsWith(`${candidate}_`));
    if (!family) throw new Error(`sample before its TYPE: ${line}`);
    families.get(family)!.samples.push(line);
  }
  return families;
}

describe('metrics', () => {
  it('serves Prometheus text with request, operation, SQL, rejection, pool and process metrics', async () => {
    const response = await fetch(server.url.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const families = parsePrometheus(await response.text());
    for (const [name, type] of [
      ['graphql_requests_total', 'counter'],
      ['sql_statements_total', 'counter'],
      ['http_request_duration_seconds', 'histogram'],
      ['graphql_operation_duration_seconds', 'histogram'],
      ['graphql_operation_sql_statements', 'histogram'],
      ['graphql_rejected_operations_total', 'counter'],
      ['subgraph_fetch_duration_seconds', 'histogram'],
      ['process_resident_memory_bytes', 'gauge'],
      ['process_cpu_seconds_total', 'counter'],
      ['nodejs_eventloop_lag_seconds', 'gauge'],
      ['nodejs_heap_size_used_bytes', 'gauge'],
      ['nodejs_gc_duration_seconds', 'histogram'],
    ] as const) {
      expect(families.get(name)?.type, name).toBe(type);
    }
    const operation = families.get('graphql_operation_duration_seconds')!.samples;
    expect(operation.some((sample) => sample.includes('operation="Counties"') && sample.includes('outcome="ok"'))).toBe(
      true,
    );
    const rejected = families.get('graphql_rejected_operations_total')!.samples;
    expect(rejected.some((sample) => sample.includes('reason="ROOT_FIELD_LIMIT_EXCEEDED"'))).toBe(true);
  });
});

describe('readiness', () => {
  it('turns unready when the database goes away and ready again when it returns', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-ready-'));
    await chmod(dir, 0o755);
    const port = await freePort();
    const options = { dataDir: path.join(dir, 'data'), port, persistent: true };
    let postgres = await startEmbeddedPostgres(options);
    await ensureDatabase(postgres.url('postgres'), 'ready_check');
    const orm = await openOrm({ entities: ENTITIES, clientUrl: postgres.url('ready_check'), poolSize: 2 });
    await migrate(orm);
    const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: postgres.url('ready_check') });
    const local = await startInProcessApi(settings, orm, pino({ level: 'silent' }), 0);
    const ready = () => fetch(local.url.replace(/\/graphql$/, '/ready'));
    try {
      expect((await ready()).status).toBe(200);
      await postgres.stop();
      const down = await ready();
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable' });
      expect((await fetch(local.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
      postgres = await startEmbeddedPostgres(options);
      let status = 0;
      for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
        status = (await ready()).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);
    } finally {
      await local.stop();
      await orm.close().catch(() => undefined);
      await postgres.stop().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
