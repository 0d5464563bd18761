import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { trace, type ProxyTracerProvider } from '@opentelemetry/api';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, SUBGRAPH_NAMES, type SubgraphName } from '../src/config';
import { mintToken } from '../src/server/auth/tokens';
import { startTracing, traceTarget, type SpanRecord } from '../src/server/observability/tracing';
import { ProgramDeepFetchDocument } from './generated/operations';
import { createTestDatabase } from './support/api';
import { freePort } from './support/free-port';

/*
 * Tracing (OpenTelemetry), through the real entry points: instrumentations patch `http`, `pg` and
 * `graphql` as they are required, which only a fresh process shows faithfully (inside vitest they are
 * loaded already). Each server runs as `node -r @swc-node/register src/cli/start*.ts` with
 * OTEL_TRACES_EXPORTER=file:<path>, which writes every finished span as a JSON line; SIGTERM flushes
 * and the test reads the span trees: HTTP server span → GraphQL operation → subgraph fetches → SQL,
 * in process, and across HTTP from the gateway to the subgraph services (W3C traceparent).
 */

const ROOT = path.resolve(__dirname, '..');
const SERVER = 1;
const CLIENT = 2;
const HTTP_SCOPE = '@opentelemetry/instrumentation-http';
const PG_SCOPE = '@opentelemetry/instrumentation-pg';
const GRAPHQL_SCOPE = '@opentelemetry/instrumentation-graphql';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Server {
  child: ChildProcess;
  url: string;
  spansFile: string;
  output: () => string;
  /** SIGTERM, and the exit code. */
  stop(): Promise<number | null>;
}

let dir: string;
let databaseUrl: string;
const started: Server[] = [];
let gateway: Server;
let subgraphs: Server[];

async function startServer(name: string, args: string[], env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const spansFile = path.join(dir, `${name}.jsonl`);
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      ...TRACING_AUTH, // the operation reads people's names: it is sent with a token
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      COST_BUDGET: '0',
      OTEL_TRACES_EXPORTER: `file:${spansFile}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const server: Server = {
    child,
    url: `http://127.0.0.1:${port}`,
    spansFile,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  started.push(server);
  for (let attempt = 0; attempt < 900; attempt++) {
    const ready = await fetch(`${server.url}/ready`).catch(() => undefined);
    if (ready?.ok) return server;
    if (child.exitCode !== null) throw new Error(`${name} exited: ${output}`);
    await sleep(100);
  }
  throw new Error(`${name} did not become ready: ${output}`);
}

async function spansOf(server: Server): Promise<SpanRecord[]> {
  const text = await readFile(server.spansFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SpanRecord);
}

/** The request log lines (JSON) of one server. */
function logLines(server: Server): Record<string, unknown>[] {
  return server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === 'graphql request');
}

/** The servers verify tokens with this secret; the operation is sent as a nationwide role. */
const TRACING_AUTH = { AUTH_JWT_SECRET: 'tracing-test-secret-of-at-least-32-bytes' };

async function postOperation(url: string, headers: Record<string, string> = {}) {
  const token = await mintToken({ role: 'analyst' }, loadSettings({ NODE_ENV: 'production', ...TRACING_AUTH }).auth);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({
      query: print(ProgramDeepFetchDocument),
      variables: { code: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP' },
    }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  expect(response.status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data).toBeTruthy();
  return { requestId: response.headers.get('x-request-id') };
}

/** The span tree of one trace: lookups by id and by parent. */
function treeOf(spans: SpanRecord[]) {
  const byId = new Map(spans.map((span) => [span.spanId, span]));
  const children = (span: SpanRecord) => spans.filter((other) => other.parentSpanId === span.spanId);
  const ancestors = (span: SpanRecord) => {
    const chain: SpanRecord[] = [];
    for (let at = byId.get(span.parentSpanId ?? ''); at; at = byId.get(at.parentSpanId ?? '')) chain.push(at);
    return chain;
  };
  return { byId, children, ancestors };
}

// db.query.text (current semantic conventions), db.statement (older ones).
const statementOf = (span: SpanRecord) => String(span.attributes['db.query.text'] ?? span.attributes['db.statement']);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-tracing-'));
  databaseUrl = await createTestDatabase();
  // All at once: each start compiles the sources (swc) and opens the database.
  [gateway, ...subgraphs] = await Promise.all([
    startServer('gateway', ['src/cli/start.ts'], {}),
    // The subgraphs log answered requests at debug (the gateway's fetches): this test reads those lines.
    ...SUBGRAPH_NAMES.map((name) => startServer(name, ['src/cli/start-subgraph.ts', name], { LOG_LEVEL: 'debug' })),
  ]);
}, 180_000);

afterAll(async () => {
  for (const server of started) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('tracing (OpenTelemetry)', () => {
  it('is off unless configured: nothing loaded, patched or registered', async () => {
    expect(traceTarget({})).toBeNull();
    expect(traceTarget({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({ kind: 'otlp' });
    expect(traceTarget({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toEqual({ kind: 'otlp' });
    expect(traceTarget({ OTEL_TRACES_EXPORTER: 'file:/tmp/spans.jsonl' })).toEqual({
      kind: 'file',
      path: '/tmp/spans.jsonl',
    });
    expect(traceTarget({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' })).toBeNull();
    expect(traceTarget({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' })).toBeNull();

    const tracing = startTracing('assistance-graph-gateway', {});
    expect(tracing.enabled).toBe(false);
    await tracing.shutdown();
    // No trace SDK, exporter or instrumentation was loaded (the gateway loads @opentelemetry/api and,
    // for its own usage reporting, which it is told not to do, sdk-metrics), and the global provider is
    // still the no-op one.
    const loaded = Object.keys(require.cache).filter((file) =>
      /@opentelemetry[/\\](sdk-trace|exporter-trace|instrumentation)/.test(file),
    );
    expect(loaded).toEqual([]);
    const provider = trace.getTracerProvider() as ProxyTracerProvider;
    expect(provider.getDelegate().constructor.name).toBe('NoopTracerProvider');
    expect(trace.getActiveSpan()).toBeUndefined();
  });

  it('in process: HTTP request → GraphQL operation → its SQL statement, one trace', async () => {
    const { requestId } = await postOperation(gateway.url);
    // A request id the caller chose is the log's, and is recorded on the request's span.
    expect((await postOperation(gateway.url, { 'x-request-id': 'caller-chosen-1' })).requestId).toBe('caller-chosen-1');
    expect(await gateway.stop()).toBe(0);
    const chosen = (await spansOf(gateway)).find(
      (span) => span.kind === SERVER && JSON.stringify(span.attributes).includes('caller-chosen-1'),
    );
    expect(chosen?.attributes).toMatchObject({ 'http.request.header.x-request-id': ['caller-chosen-1'] });
    // Only requests start traces: nothing from the start (schema parsing, migrations, readiness SQL).
    const roots = (await spansOf(gateway)).filter((span) => span.parentSpanId === null);
    expect(roots.map((span) => [span.kind, span.scope])).toEqual(roots.map(() => [SERVER, HTTP_SCOPE]));

    // The request id of the log and the response is the trace id.
    expect(requestId).toMatch(/^[\da-f]{32}$/);
    const spans = (await spansOf(gateway)).filter((span) => span.traceId === requestId);
    const { children, ancestors } = treeOf(spans);
    expect(new Set(spans.map((span) => span.service))).toEqual(new Set(['assistance-graph-gateway']));

    const [http, ...others] = spans.filter((span) => span.parentSpanId === null);
    expect(others).toEqual([]);
    expect(http).toMatchObject({ kind: SERVER, scope: HTTP_SCOPE });
    expect(http.attributes['http.target'] ?? http.attributes['url.path']).toBe('/graphql');

    // No gateway in process: the operation's span, then the one statement it was compiled into.
    const operation = children(http).find((span) => span.name === 'in-process.execute')!;
    expect(operation.attributes['graphql.operation.name']).toBe('ProgramDeepFetch');
    expect(operation.attributes['graphql.operation.type']).toBe('query');
    expect(operation.attributes['api.execution']).toBe('one statement');
    expect(spans.filter((span) => span.name.startsWith('gateway.'))).toEqual([]);

    // Every SQL statement is a span under the operation, and there are as many as the request log counted.
    const sql = spans.filter((span) => span.scope === PG_SCOPE);
    expect(sql.length).toBeGreaterThan(0);
    for (const statement of sql) {
      expect(statementOf(statement)).toMatch(/^\s*select\b/i);
      expect(ancestors(statement)).toContain(operation);
    }
    const line = logLines(gateway).find((entry) => entry.reqId === requestId)!;
    expect(line).toMatchObject({ operation: 'ProgramDeepFetch', outcome: 'ok' });
    expect(sql).toHaveLength(line.sql as number);
  }, 120_000);

  it('distributed: the trace context crosses from the gateway to the subgraph services (traceparent)', async () => {
    const urls = Object.fromEntries(
      SUBGRAPH_NAMES.map((name, index) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `${subgraphs[index].url}/graphql`]),
    );
    // Both gateways send the trace context on to the subgraphs (their HTTP client spans inject it).
    const remote = await startServer('remote-gateway', ['src/cli/start.ts'], { ...urls, GATEWAY: 'apollo' });
    const hive = await startServer('hive-gateway', ['src/cli/start.ts'], { ...urls, GATEWAY: 'hive' });
    const hiveTrace = '5cf92f3577b34da6a3ce929d0e0e4737';
    const hiveCaller = '11f067aa0ba902b7';
    await postOperation(hive.url, { traceparent: `00-${hiveTrace}-${hiveCaller}-01` });
    // A caller that traces too: its span is the parent of the gateway's.
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const callerSpan = '00f067aa0ba902b7';
    const { requestId } = await postOperation(remote.url, { traceparent: `00-${traceId}-${callerSpan}-01` });
    expect(requestId).toBe(traceId);
    for (const server of [remote, hive, ...subgraphs]) expect(await server.stop()).toBe(0);

    const all = (await Promise.all([remote, hive, ...subgraphs].map(spansOf))).flat();
    // Hive Gateway: one trace under the caller's span, each subgraph's request under one of the
    // gateway's HTTP client spans, and that subgraph's SQL under its request.
    const hiveSpans = all.filter((s) => s.traceId === hiveTrace);
    const hiveTree = treeOf(hiveSpans);
    const [hiveHttp] = hiveSpans.filter((span) => span.parentSpanId === hiveCaller);
    expect(hiveHttp).toMatchObject({ kind: SERVER, scope: HTTP_SCOPE, service: 'assistance-graph-gateway' });
    expect(hiveSpans.filter((span) => !hiveTree.byId.has(span.parentSpanId ?? ''))).toEqual([hiveHttp]);
    for (const name of SUBGRAPH_NAMES) {
      const service = `assistance-graph-${name}`;
      const served = hiveSpans.filter((span) => span.service === service && span.kind === SERVER);
      expect(served.length, name).toBeGreaterThan(0);
      for (const span of served) {
        expect(hiveTree.byId.get(span.parentSpanId ?? '')).toMatchObject({
          kind: CLIENT,
          scope: HTTP_SCOPE,
          service: 'assistance-graph-gateway',
        });
      }
      const sql = hiveSpans.filter((span) => span.service === service && span.scope === PG_SCOPE);
      expect(sql.length, name).toBeGreaterThan(0);
      for (const statement of sql) expect(hiveTree.ancestors(statement).some((at) => served.includes(at))).toBe(true);
    }

    const spans = all.filter((s) => s.traceId === traceId);
    const { byId, children, ancestors } = treeOf(spans);
    const [http] = spans.filter((span) => span.parentSpanId === callerSpan);
    expect(http).toMatchObject({ kind: SERVER, scope: HTTP_SCOPE, service: 'assistance-graph-gateway' });
    expect(spans.filter((span) => !byId.has(span.parentSpanId ?? ''))).toEqual([http]);
    const operation = children(http).find((span) => span.name === 'gateway.request')!;
    expect(operation.attributes['graphql.operation.name']).toBe('ProgramDeepFetch');

    const fetches = spans.filter((span) => span.name === 'gateway.fetch');
    expect(new Set(fetches.map((span) => span.attributes.service))).toEqual(new Set(SUBGRAPH_NAMES));
    for (const fetch of fetches) {
      expect(ancestors(fetch)).toContain(operation);
      // The gateway's HTTP client span for this fetch, and the subgraph's server span it started.
      const [request] = children(fetch).filter((span) => span.kind === CLIENT && span.scope === HTTP_SCOPE);
      expect(request.service).toBe('assistance-graph-gateway');
      const [served] = children(request);
      const subgraph = fetch.attributes.service as SubgraphName;
      expect(served).toMatchObject({ kind: SERVER, scope: HTTP_SCOPE, service: `assistance-graph-${subgraph}` });
      // In the subgraph: its execution (the compiled statement's span, or graphql's when the resolvers
      // answer), and its SQL statements under it.
      const execution = spans.find(
        (span) =>
          ancestors(span).includes(served) &&
          (span.name === 'in-process.execute' || (span.scope === GRAPHQL_SCOPE && /^query /.test(span.name))),
      );
      expect(execution?.attributes['graphql.operation.name']).toMatch(new RegExp(`^ProgramDeepFetch__${subgraph}__`));
    }
    const sql = spans.filter((span) => span.scope === PG_SCOPE);
    expect(sql.length).toBeGreaterThan(0);
    for (const statement of sql) {
      expect(statement.service).not.toBe('assistance-graph-gateway');
      const chain = ancestors(statement);
      const execution = chain.find((span) => span.scope === GRAPHQL_SCOPE || span.name === 'in-process.execute');
      expect(execution?.service).toBe(statement.service);
      expect(chain.some((span) => span.name === 'gateway.fetch')).toBe(true);
    }
    // Every subgraph logged its requests under the caller's trace id.
    for (const [index, name] of SUBGRAPH_NAMES.entries()) {
      const lines = logLines(subgraphs[index]).filter((line) => line.reqId === traceId);
      expect(lines.length, name).toBeGreaterThan(0);
      const served = spans.filter((span) => span.service === `assistance-graph-${name}` && span.scope === PG_SCOPE);
      expect(served).toHaveLength(lines.reduce((sum, line) => sum + (line.sql as number), 0));
    }
  }, 180_000);
});
