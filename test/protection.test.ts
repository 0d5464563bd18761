import { auditServer } from 'graphql-http';
import http from 'node:http';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadSettings, type Limits, type Settings } from '../src/config';
import { openOrm } from '../src/db/orm';
import { createContext, RequestAbortedError } from '../src/graphql/context';
import { startInProcessApi, startSubgraphServer } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { Province } from '../src/subgraphs/directory/province/province.entity';
import { ABUSIVE_REQUESTS, type AbusiveRequest } from './support/abusive-operations';
import { createTestDatabase, serveInProcess, startTestApi, type TestApi } from './support/api';
import { ENTITIES } from '../src/subgraphs/entities';

/*
 * Every input is hostile: operations over a limit are refused before any SQL, with a stable code;
 * time, size and each caller's spending are bounded; HTTP-level errors are JSON; internal errors
 * are masked in production; browsers on other origins may call.
 */

let api: TestApi;
const servers: RunningServer[] = [];

async function serve(limits: Partial<Limits> = {}, extra: Partial<Settings> = {}) {
  const server = await serveInProcess(api, { NODE_ENV: 'production' }, limits, extra);
  servers.push(server);
  return server;
}

interface Answer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

async function send(url: string, request: Partial<AbusiveRequest> & { accept?: string }): Promise<Answer> {
  const response = await fetch(url, {
    method: request.method ?? 'POST',
    headers: {
      'content-type': request.contentType ?? 'application/json',
      accept: request.accept ?? 'application/json',
    },
    body: request.raw ? String(request.body) : JSON.stringify(request.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Answer['body'] };
}

let server: RunningServer;

beforeAll(async () => {
  api = await startTestApi();
  server = await serve({ costBudget: 0 });
});
afterAll(async () => {
  for (const running of servers) await running.stop();
  await api?.close();
});

describe('abusive requests', () => {
  it.each(ABUSIVE_REQUESTS.map((request) => [request.name, request] as const))(
    'refuses %s with its code and no SQL',
    async (_name, request) => {
      const started = performance.now();
      const { value: answer, statements } = await api.statementsDuring(() => send(server.url, request));
      const elapsed = performance.now() - started;
      expect(answer.body.errors, JSON.stringify(answer.body).slice(0, 300)).toHaveLength(1);
      expect(answer.body.errors![0]!.extensions?.code).toBe(request.code);
      expect(answer.status).toBe(request.status);
      // No data: none at all for a refused request, null for a field refused with its error.
      expect(Object.values((answer.body.data as Record<string, unknown> | null) ?? {}).every((v) => v === null)).toBe(
        true,
      );
      expect(statements).toEqual([]);
      // Refused in milliseconds, not after the work (a generous bound for a loaded CI machine).
      expect(elapsed).toBeLessThan(2000);
    },
  );

  it('reports the estimate or count and the limit with the code', async () => {
    const byCode = async (code: string) => {
      const request = ABUSIVE_REQUESTS.find((candidate) => candidate.code === code)!;
      return (await send(server.url, request)).body.errors![0]!.extensions!;
    };
    expect(await byCode('COST_LIMIT_EXCEEDED')).toMatchObject({ cost: expect.any(Number), limit: 100_000 });
    expect(await byCode('DEPTH_LIMIT_EXCEEDED')).toMatchObject({ count: 19, limit: 12 });
    expect(await byCode('ALIAS_LIMIT_EXCEEDED')).toMatchObject({ count: 40, limit: 30 });
    expect(await byCode('ROOT_FIELD_LIMIT_EXCEEDED')).toMatchObject({ count: 25, limit: 20 });
    expect(await byCode('TOKEN_LIMIT_EXCEEDED')).toMatchObject({ limit: 5000 });
    expect(await byCode('DIRECTIVE_LIMIT_EXCEEDED')).toMatchObject({ count: 30, limit: 20 });
  });

  it('answers 400 instead of 200 to a client that accepts application/graphql-response+json', async () => {
    const deep = ABUSIVE_REQUESTS.find((request) => request.code === 'DEPTH_LIMIT_EXCEEDED')!;
    const answer = await send(server.url, { ...deep, accept: 'application/graphql-response+json' });
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(answer.body.errors![0]!.extensions?.code).toBe('DEPTH_LIMIT_EXCEEDED');
  });

  it('gives each limit to the environment', () => {
    const settings = loadSettings({
      MAX_COST: '500',
      MAX_DEPTH: '4',
      COST_BUDGET: '0',
      CORS_ORIGINS: 'https://a.example',
    });
    expect(settings.limits).toMatchObject({ maxCost: 500, maxDepth: 4, costBudget: 0 });
    expect(settings.corsOrigins).toEqual(['https://a.example']);
    expect(() => loadSettings({ CORS_ORIGINS: 'https://a.example/path' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadSettings({ MAX_COST: '-1' })).toThrow(/MAX_COST/);
  });

  it('applies the same limits on a subgraph server reached directly', async () => {
    const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl });
    const directory = await startSubgraphServer('directory', settings, api.orm, silentLogger, 0);
    servers.push(directory);
    const fanOut = {
      query:
        '{ provinces(first: 100) { nodes { counties(first: 100) { nodes { schools(first: 100) { nodes { id } } } } } } }',
    };
    for (const [code, body] of [
      ['DEPTH_LIMIT_EXCEEDED', ABUSIVE_REQUESTS.find((candidate) => candidate.code === 'DEPTH_LIMIT_EXCEEDED')!.body],
      ['TOKEN_LIMIT_EXCEEDED', ABUSIVE_REQUESTS.find((candidate) => candidate.code === 'TOKEN_LIMIT_EXCEEDED')!.body],
      ['COST_LIMIT_EXCEEDED', fanOut],
    ] as const) {
      const { value: answer, statements } = await api.statementsDuring(() => send(directory.url, { body }));
      expect(answer.body.errors?.[0]?.extensions?.code, JSON.stringify(answer.body)).toBe(code);
      expect(statements).toEqual([]);
    }
    // The gateway's own fetches are priced by what they carry: 100 keys pass, a flood does not.
    const entities = (count: number) => ({
      query:
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on School { id counties: county { schools(first: 100) { nodes { id } } } } } }',
      variables: {
        r: Array.from({ length: count }, () => ({ __typename: 'School', id: '0192f0e0-0000-7000-8000-000000000000' })),
      },
    });
    expect((await send(directory.url, { body: entities(10) })).body.errors).toBeUndefined();
    const flood = await send(directory.url, { body: entities(2000) });
    expect(flood.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });
});

describe('accepted operations', () => {
  it('report their estimated cost in extensions (the README formula)', async () => {
    const answer = await send(server.url, {
      body: { query: '{ schools(first: 3) { totalCount nodes { nameEn county { nameEn } } } }' },
    });
    expect(answer.status).toBe(200);
    // schools: 0 + 1 × (1 + totalCount 5 + 3 × (1 + county 1)) = 12
    expect(answer.body.extensions?.cost).toEqual({ estimated: 12, limit: DEFAULT_LIMITS.maxCost });
  });

  it('pass the graphql-http audit with no warning or error', async () => {
    const results = await auditServer({ url: server.url });
    const problems = results.filter((result) => result.status === 'warn' || result.status === 'error');
    expect(problems.map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual(
      [],
    );
    // Notices left: GET requests without a preflight header, which CSRF prevention blocks (README).
    const notices = results.filter((result) => result.status === 'notice');
    expect(notices.length).toBeLessThanOrEqual(3);
  });
});

/** A POST from a chosen loopback address, so two callers can be told apart. */
function postFrom(localAddress: string, url: string, body: unknown): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', accept: 'application/json' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: new Headers(response.headers as Record<string, string>),
            body: JSON.parse(text) as Answer['body'],
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

describe('bounded time, size and rate', () => {
  it('refuses a caller who spent its budget with 429 and Retry-After, and serves the others', async () => {
    const limited = await serve({ costBudget: 30, costBudgetWindowSeconds: 60 });
    const query = { query: '{ schools(first: 3) { totalCount nodes { nameEn county { nameEn } } } }' }; // cost 12
    expect((await postFrom('127.0.0.1', limited.url, query)).status).toBe(200);
    expect((await postFrom('127.0.0.1', limited.url, query)).status).toBe(200);
    const { value: refused, statements } = await api.statementsDuring(() => postFrom('127.0.0.1', limited.url, query));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', cost: 12, budget: 30 });
    expect(statements).toEqual([]);
    // Another caller still has its whole budget.
    expect((await postFrom('127.0.0.2', limited.url, query)).status).toBe(200);
  });

  it('answers REQUEST_TIMEOUT at the deadline, and the abandoned request starts no further SQL', async () => {
    // List levels through the resolvers (a school's plans are not in the compiler, so the operation is
    // not one statement): provinces, then one statement for the counties of all of them, and so on.
    const query =
      '{ provinces(first: 7) { nodes { counties(first: 3) { nodes { code schools(first: 1) { nodes { assistancePlans { id } } } } } } } }';
    const runTo = async (url: string) =>
      api.statementsDuring(async () => {
        const result = await send(url, { body: { query } });
        // Let an abandoned execution run on to its end.
        await new Promise((resolve) => setTimeout(resolve, 500));
        return result;
      });
    const control = await runTo(server.url);
    expect(control.statements.some((statement) => statement.includes('"directory"."county"'))).toBe(true);

    const hasty = await serve({ requestTimeoutMs: 1 });
    const { value: answer, statements } = await runTo(hasty.url);
    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', limitMs: 1 });
    // The deadline is noticed at the first wait for I/O: the statement already sent may finish,
    // the next level is never asked for.
    expect(statements.length).toBeLessThanOrEqual(1);
    expect(statements.some((statement) => statement.includes('"directory"."county"'))).toBe(false);
    // The server goes on serving.
    expect((await send(server.url, { body: { query: '{ province(code: "64") { code } }' } })).status).toBe(200);
  });

  it('stops SQL from starting once a request is abandoned', async () => {
    const controller = new AbortController();
    const ctx = createContext(api.orm, { signal: controller.signal });
    await ctx.em.getConnection().execute('select 1');
    controller.abort(new Error('client went away'));
    const { value: failure, statements } = await api.statementsDuring(() =>
      ctx.loaders
        .one(Province)
        .load('0192f0e0-0000-7000-8000-000000000000')
        .catch((error: unknown) => error),
    );
    expect(failure).toBeInstanceOf(RequestAbortedError);
    expect(statements).toEqual([]);
  });

  it('cuts a statement off at the statement timeout', async () => {
    const orm = await openOrm({ entities: ENTITIES, clientUrl: api.databaseUrl, poolSize: 1, statementTimeoutMs: 100 });
    try {
      await expect(orm.em.getConnection().execute('select pg_sleep(2)')).rejects.toThrow(/statement timeout/);
    } finally {
      await orm.close();
    }
  });

  it('runs nothing again after the statement timeout stops a compiled statement', async () => {
    const statements: string[] = [];
    const orm = await openOrm({
      entities: ENTITIES,
      clientUrl: api.databaseUrl,
      poolSize: 2,
      statementTimeoutMs: 5,
      onQuery: (message) => {
        if (message.startsWith('[query]')) statements.push(message);
      },
    });
    try {
      const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl, COST_BUDGET: '0' });
      const hasty = await startInProcessApi(settings, orm, silentLogger, 0);
      servers.push(hasty);
      statements.length = 0; // the ORM's own check at connection
      // One compiled statement that takes well over 5 ms: a long pattern matched against every title.
      const answer = await send(hasty.url, {
        body: {
          query:
            'query ($p: String) { appointments(first: 100, where: { title: { contains: $p } }) { totalCount nodes { id } } }',
          variables: { p: 'x'.repeat(2_000) },
        },
      });
      expect(answer.body.errors?.[0]?.extensions?.code, JSON.stringify(answer.body).slice(0, 300)).toBe(
        'STATEMENT_TIMEOUT',
      );
      // The one statement, not again through the resolvers (which would send a statement per level).
      expect(statements).toHaveLength(1);
    } finally {
      await orm.close();
    }
  });

  it('replaces a response over the size cap with RESPONSE_TOO_LARGE', async () => {
    const small = await serve({ maxResponseBytes: 2_000 });
    const answer = await send(small.url, { body: { query: '{ schools(first: 100) { nodes { id nameZh nameEn } } }' } });
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limitBytes: 2_000 });
    expect((await send(small.url, { body: { query: '{ province(code: "64") { code } }' } })).status).toBe(200);
  });
});

describe('arguments that scale work', () => {
  it('names the argument path of a text over the cap, in a variable and in a literal', async () => {
    const long = 'x'.repeat(DEFAULT_LIMITS.maxStringLength + 1);
    const variable = await send(server.url, {
      body: {
        query: 'query ($where: AppointmentWhere) { appointments(where: $where) { totalCount } }',
        variables: { where: { title: { contains: long } } },
      },
    });
    expect(variable.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentPath: 'where.title.contains',
      length: long.length,
      limit: DEFAULT_LIMITS.maxStringLength,
    });
    const literal = await send(server.url, {
      body: { query: `{ appointments(where: { OR: [{ title: { in: ["a", "${long}"] } }] }) { totalCount } }` },
    });
    expect(literal.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentPath: 'where.OR[0].title.in[1]',
    });
    // At the cap, it is answered.
    const atCap = await send(server.url, {
      body: {
        query: 'query ($t: String) { appointments(where: { title: { contains: $t } }) { totalCount } }',
        variables: { t: long.slice(1) },
      },
    });
    expect(atCap.body.errors).toBeUndefined();
  });

  it('answers variables with more errors than graphql-js reports (it stops at 50) as BAD_USER_INPUT', async () => {
    const answer = await send(server.url, {
      body: {
        query: 'query ($f: StatisticsFilter) { statistics(filter: $f) { partnerships } }',
        variables: { f: { years: Array.from({ length: 60 }, () => 'x') } },
      },
    });
    const codes = new Set(answer.body.errors?.map((error) => error.extensions?.code));
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
  });

  it('takes the caps from the environment', () => {
    const settings = loadSettings({ MAX_STRING_LENGTH: '100', MAX_LIST_LENGTH: '10' });
    expect(settings.limits).toMatchObject({ maxStringLength: 100, maxListLength: 10 });
  });

  it('prices text matches by their length: the most the cost limit admits answers within 2 s', async () => {
    const aliases = (count: number) =>
      `query ($p: String) { ${Array.from({ length: count }, (_, i) => `a${i}: appointments(first: 1, where: { title: { contains: $p } }) { totalCount }`).join(' ')} }`;
    const pattern = 'x'.repeat(1_000);
    // 8 per character and use: 12 uses of 1,000 characters are 96,000, under the limit of 100,000.
    const started = performance.now();
    const admitted = await send(server.url, { body: { query: aliases(12), variables: { p: pattern } } });
    expect(admitted.body.errors).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
    const refused = await send(server.url, { body: { query: aliases(20), variables: { p: pattern } } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('prices statistics by their dimensions: the estimate bounds the rows they return', async () => {
    const groupings = [
      [],
      ['PROVINCE'],
      ['COUNTY'],
      ['UNIVERSITY', 'MONTH'],
      ['COUNTY', 'UNIVERSITY', 'PROGRAM', 'YEAR'],
    ];
    for (const groupBy of groupings) {
      const answer = await send(server.url, {
        body: { query: `{ statistics(groupBy: [${groupBy.join(', ')}]) { partnerships activities } }` },
      });
      const rows = (answer.body.data as { statistics: unknown[] }).statistics.length;
      const estimated = (answer.body.extensions?.cost as { estimated: number }).estimated;
      // weight 50 + rows × 4 (a statistics row's @cost)
      expect((estimated - 50) / 4, groupBy.join(' × ')).toBeGreaterThanOrEqual(rows);
    }
    // Priced per bucket, not at an assumed 100 rows: 32 provinces and a null bucket.
    const byProvince = await send(server.url, {
      body: { query: '{ statistics(groupBy: [PROVINCE]) { partnerships } }' },
    });
    expect(byProvince.body.extensions?.cost).toMatchObject({ estimated: 50 + 33 * 4 });
    // On a province, grouping by PROVINCE is one bucket: 12 years, not 33 × 12 buckets.
    const ofProvince = await send(server.url, {
      body: { query: '{ province(code: "64") { statistics(groupBy: [PROVINCE, YEAR]) { partnerships } } }' },
    });
    expect(ofProvince.body.extensions?.cost).toMatchObject({ estimated: 1 + 50 + 12 * 4 });
  });

  it('prices introspection of the whole schema, once per operation', async () => {
    const one = await send(server.url, { body: { query: '{ __schema { queryType { name } } }' } });
    expect((one.body.extensions?.cost as { estimated: number }).estimated).toBeGreaterThanOrEqual(1000);
    const two = await send(server.url, {
      body: {
        query: '{ a: __schema { queryType { name } } ...F } fragment F on Query { b: __schema { queryType { name } } }',
      },
    });
    expect(two.body.errors?.[0]?.extensions).toMatchObject({
      code: 'INTROSPECTION_LIMIT_EXCEEDED',
      count: 2,
      limit: 1,
    });
  });
});

describe('browsers on other origins', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization,apollo-require-preflight',
      },
    });

  it('answers a preflight from any origin by default, without credentials', async () => {
    const response = await preflight(server.url, 'https://dashboard.example');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows only the configured origins when CORS_ORIGINS is set', async () => {
    const listed = await serve({}, { corsOrigins: ['https://dashboard.example'] });
    const allowed = await preflight(listed.url, 'https://dashboard.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const other = await preflight(listed.url, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('errors in production', () => {
  it('masks a database failure for the client and logs it in full', async () => {
    const databaseUrl = await createTestDatabase();
    const orm = await openOrm({ entities: ENTITIES, clientUrl: databaseUrl, poolSize: 2 });
    const lines: string[] = [];
    const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: databaseUrl });
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const doomed = await startInProcessApi(settings, orm, logger, 0);
    try {
      expect((await send(doomed.url, { body: { query: '{ province(code: "64") { code } }' } })).status).toBe(200);
      const name = new URL(databaseUrl).pathname.slice(1);
      await api.sql(`drop database "${name}" with (force)`);
      const answer = await send(doomed.url, { body: { query: '{ province(code: "65") { code } }' } });
      expect(answer.body.errors?.[0], JSON.stringify(answer.body)).toEqual({
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['province'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(answer.body)).not.toMatch(/database|select|127\.0\.0\.1|at /);
      expect(lines.join('\n')).toContain(name);
    } finally {
      await doomed.stop();
      await orm.close().catch(() => undefined);
    }
  });

  it('answers every HTTP-level failure with a JSON GraphQL error', async () => {
    const origin = server.url.replace(/\/graphql$/, '');
    for (const [path, init, status, code] of [
      ['/graphql', { method: 'DELETE' }, 405, 'METHOD_NOT_ALLOWED'],
      ['/nowhere', { method: 'GET' }, 404, 'NOT_FOUND'],
      [
        '/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' },
        400,
        'BAD_REQUEST',
      ],
      [
        '/graphql',
        { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ] as const) {
      const response = await fetch(origin + path, init);
      expect(response.status, path).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as Answer['body'];
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
