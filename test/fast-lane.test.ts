import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSettings, PROJECT_ROOT, type Limits, type Settings } from '../src/config';
import { startSubgraphServer } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { metrics } from '../src/server/observability/metrics';
import { serveInProcess, startTestApi, type TestApi } from './support/api';
import { fullToken, tokenFor } from './support/tokens';

/*
 * The fast lane (src/server/fast-lane.ts) answers a repeated compiled query past Express and Apollo
 * Server: with the full path's bytes, and with every check of the full path still made on each request.
 * Each guard's test sends the same operation first so that the lane takes it, then the request the
 * guard must stop: without the guard on the lane, the lane would answer it.
 */

let api: TestApi;
let token: string;
const servers: RunningServer[] = [];

async function serve(env: Record<string, string> = {}, limits: Partial<Limits> = {}, extra: Partial<Settings> = {}) {
  // fetch asks for gzip on every request, and the lane leaves requests to compress to Express.
  const server = await serveInProcess(
    api,
    { NODE_ENV: 'test', COST_BUDGET: '0', COMPRESSION: 'off', ...env },
    limits,
    extra,
  );
  servers.push(server);
  return server;
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers),
    text,
    body: JSON.parse(text) as Answer['body'],
  };
}

const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

/** Requests the fast lane has answered in this process so far. */
async function laneCount(): Promise<number> {
  return (await metrics.fastLane.get()).values[0]?.value ?? 0;
}

/** Sends the request and says whether the fast lane answered it. */
async function viaLane(url: string, body: unknown, headers: Record<string, string> = {}) {
  const before = await laneCount();
  const answer = await post(url, body, headers);
  return { answer, lane: (await laneCount()) > before };
}

const SCHOOLS = {
  query:
    'query Schools($first: Int, $name: String) { schools(first: $first, where: { nameEn: { contains: $name } }) { totalCount nodes { nameEn county { nameEn } } } }',
  operationName: 'Schools',
  variables: { first: 3, name: 'a' },
};

beforeAll(async () => {
  api = await startTestApi();
  token = await fullToken();
}, 60_000);

afterAll(async () => {
  for (const server of servers) await server.stop();
  await api?.close();
});

describe('the fast lane', () => {
  it("answers a repeated compiled query with the full path's bytes and headers, in one statement", async () => {
    const lane = await serve();
    const full = await serve({ FAST_LANE: 'off' });
    const requestId = { 'x-request-id': 'lane-test-1' };
    const accepts: Record<string, string>[] = [
      {},
      { accept: 'application/json' },
      { accept: '*/*' },
      { accept: 'application/graphql-response+json' },
    ];
    for (const [index, accept] of accepts.entries()) {
      const headers = { ...bearer(token), ...requestId, ...accept };
      // The first request of the text goes the full path, which prepares it for the lane.
      const first = await viaLane(lane.url, SCHOOLS, headers);
      expect(first.lane).toBe(index > 0);
      const { value: second, statements } = await api.statementsDuring(() => viaLane(lane.url, SCHOOLS, headers));
      expect(second.lane).toBe(true);
      expect(statements).toHaveLength(1);
      const control = await viaLane(full.url, SCHOOLS, headers);
      expect(control.lane).toBe(false);
      expect(second.answer.text).toBe(control.answer.text);
      expect(second.answer.status).toBe(control.answer.status);
      const withoutDate = (headers: Record<string, string>) =>
        Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'));
      expect(withoutDate(second.answer.headers)).toEqual(withoutDate(control.answer.headers));
      expect(second.answer.body.errors).toBeUndefined();
    }
  });

  it('leaves mutations, unknown documents, GETs and requests that accept an encoding to the full path', async () => {
    const lane = await serve({ COMPRESSION: 'on' });
    await post(lane.url, SCHOOLS, bearer(token));
    expect((await viaLane(lane.url, SCHOOLS, { ...bearer(token), 'accept-encoding': 'gzip' })).lane).toBe(false);
    const write = {
      query: 'mutation { __typename }',
    };
    await post(lane.url, write, bearer(token));
    expect((await viaLane(lane.url, write, bearer(token))).lane).toBe(false);
    expect((await viaLane(lane.url, { ...SCHOOLS, query: `${SCHOOLS.query} ` }, bearer(token))).lane).toBe(false);
    const before = await laneCount();
    const search = new URLSearchParams({ query: SCHOOLS.query, variables: JSON.stringify(SCHOOLS.variables) });
    const got = await fetch(`${lane.url}?${search}`, {
      headers: { ...bearer(token), 'apollo-require-preflight': '1' },
    });
    expect(got.status).toBe(200);
    expect(await laneCount()).toBe(before);
  });

  it('verifies the token again once it has expired, however recently it was verified', async () => {
    const lane = await serve();
    const shortLived = await tokenFor('ministry_admin', { ttl: '1h' });
    expect((await viaLane(lane.url, SCHOOLS, bearer(shortLived))).answer.status).toBe(200);
    expect((await viaLane(lane.url, SCHOOLS, bearer(shortLived))).lane).toBe(true);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 2 * 3600_000);
      const expired = await viaLane(lane.url, SCHOOLS, bearer(shortLived));
      expect(expired.lane).toBe(false);
      expect(expired.answer.status).toBe(401);
      expect(expired.answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'expired' });
    } finally {
      vi.useRealTimers();
    }
  });

  it("answers each caller by its own rights: a token without a scope does not get the lane's statement of one with it", async () => {
    const lane = await serve();
    const full = await serve({ FAST_LANE: 'off' });
    const people = { query: '{ people(first: 5, orderBy: [{ field: NAME_EN }]) { nodes { nameEn birthYear } } }' };
    const withScope = await viaLane(lane.url, people, bearer(token));
    const again = await viaLane(lane.url, people, bearer(token));
    expect(again.lane).toBe(true);
    expect(again.answer.text).toBe(withScope.answer.text);
    expect(JSON.stringify(again.answer.body.data)).toMatch(/"birthYear":\d/);
    const revoked = await tokenFor('ministry_admin'); // the same role, personal:read taken away
    for (let i = 0; i < 2; i++) {
      const answer = await post(lane.url, people, bearer(revoked));
      expect(answer.text).toBe((await post(full.url, people, bearer(revoked))).text);
      expect(JSON.stringify(answer.body.data)).not.toMatch(/"birthYear":\d/);
    }
  });

  it('checks the input caps on every request: an over-long text in a repeated operation is refused', async () => {
    const lane = await serve({}, { maxStringLength: 50 });
    await post(lane.url, SCHOOLS, bearer(token));
    expect((await viaLane(lane.url, SCHOOLS, bearer(token))).lane).toBe(true);
    const long = { ...SCHOOLS, variables: { first: 3, name: 'a'.repeat(51) } };
    const { value: refused, statements } = await api.statementsDuring(() => viaLane(lane.url, long, bearer(token)));
    expect(refused.lane).toBe(false);
    expect(refused.answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'name',
      limit: 50,
    });
    expect(statements).toEqual([]);
  });

  it('caps the answer in UTF-8 bytes: a page of Chinese names over the cap is refused though its text is shorter', async () => {
    const NAMES = {
      query: 'query Names($first: Int) { schools(first: $first) { nodes { nameZh } } }',
      operationName: 'Names',
      variables: { first: 20 },
    };
    const uncapped = await post((await serve()).url, NAMES, bearer(token));
    const bytes = Buffer.byteLength(uncapped.text, 'utf8');
    expect(uncapped.text.length).toBeLessThan(bytes - 1); // three bytes a character
    const answers = async (cap: number) => {
      const lane = await serve({}, { maxResponseBytes: cap });
      await post(lane.url, NAMES, bearer(token));
      return viaLane(lane.url, NAMES, bearer(token));
    };
    const fits = await answers(bytes);
    expect(fits.lane).toBe(true);
    expect(fits.answer.text).toBe(uncapped.text);
    // One byte over (the text's length fits), and far over (the text alone is longer than the cap).
    for (const cap of [bytes - 1, 100]) {
      const over = await answers(cap);
      expect(over.lane).toBe(true);
      expect(over.answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', limitBytes: cap });
      expect(over.answer.body.data).toBeUndefined();
    }
  });

  it("takes each request's cost from the caller's budget, and refuses when it is spent", async () => {
    const lane = await serve({ COST_BUDGET: '50', COST_BUDGET_STORE: 'memory' });
    const first = await post(lane.url, SCHOOLS, bearer(token));
    const cost = (first.body as { extensions?: { cost?: { estimated: number } } }).extensions?.cost?.estimated ?? 0;
    expect(cost).toBeGreaterThan(50 / 3);
    expect(cost).toBeLessThanOrEqual(25); // two requests fit in 50, a third does not
    expect((await viaLane(lane.url, SCHOOLS, bearer(token))).lane).toBe(true);
    const refused = await viaLane(lane.url, SCHOOLS, bearer(token));
    expect(refused.lane).toBe(false);
    expect(refused.answer.status).toBe(429);
    expect(refused.answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', budget: 50 });
  });

  it('holds anonymous callers to trusted documents: text the lane knows is refused, the trusted id is served', async () => {
    const lane = await serve({ TRUSTED_DOCUMENTS: 'anonymous' });
    const manifest = JSON.parse(
      await readFile(path.join(PROJECT_ROOT, 'schema/trusted-documents/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const [hash, text] = Object.entries(manifest).find(([, document]) => /^query SchoolsPage\b/.test(document))!;
    const variables = { first: 5 };
    // A signed-in caller may send the text: the lane then knows it.
    await post(lane.url, { query: text, variables }, bearer(token));
    expect((await viaLane(lane.url, { query: text, variables }, bearer(token))).lane).toBe(true);
    const refused = await viaLane(lane.url, { query: text, variables });
    expect(refused.answer.status).toBe(403);
    expect(refused.answer.body.errors?.[0]?.extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    const trusted = await viaLane(lane.url, { documentId: hash, variables });
    expect(trusted.answer.status).toBe(200);
    expect(trusted.lane).toBe(true);
    expect(trusted.answer.text).toBe((await post(lane.url, { query: text, variables }, bearer(token))).text);
  });

  it("answers a subgraph service's repeated entity fetch on the lane, with the full path's bytes", async () => {
    const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: api.databaseUrl, COMPRESSION: 'off' });
    const lane = await startSubgraphServer('directory', settings, api.orm, silentLogger, 0);
    const full = await startSubgraphServer('directory', { ...settings, fastLane: false }, api.orm, silentLogger, 0);
    servers.push(lane, full);
    const ids = await api.sql<{ id: string }>('select id from directory.school order by id limit 6');
    const fetch = (from: number) => ({
      query:
        'query Entities($representations: [_Any!]!) { _entities(representations: $representations) { ... on School { nameZh county { nameZh } } } }',
      operationName: 'Entities',
      variables: { representations: ids.slice(from, from + 3).map(({ id }) => ({ __typename: 'School', id })) },
    });
    // As a gateway does: the same document, new representations each time.
    expect((await viaLane(lane.url, fetch(0), bearer(token))).lane).toBe(false);
    const { value: second, statements } = await api.statementsDuring(() => viaLane(lane.url, fetch(3), bearer(token)));
    expect(second.lane).toBe(true);
    expect(statements).toHaveLength(1);
    const control = await viaLane(full.url, fetch(3), bearer(token));
    expect(control.lane).toBe(false);
    expect(second.answer.body.errors).toBeUndefined();
    expect(second.answer.text).toBe(control.answer.text);
  });
});
