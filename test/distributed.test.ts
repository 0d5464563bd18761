import { readFileSync } from 'node:fs';
import http, { type IncomingHttpHeaders } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, SUBGRAPH_NAMES } from '../src/config';
import { startRemoteGateway, startSubgraphServer } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { ProgramDeepFetchDocument } from './generated/operations';
import { startSubgraphServers, type SubgraphServers } from './support/subgraph-servers';
import { dataOf, startTestApi, type TestApi } from './support/api';
import { fullToken } from './support/tokens';

/*
 * Distributed mode: three subgraph HTTP servers and a gateway that reads the committed supergraph
 * and reaches them over loopback. The same nested operation must give the same answer as in-process.
 */

let api: TestApi;
let subgraphs: SubgraphServers;
let servers: RunningServer[];
let gateway: RunningServer;

beforeAll(async () => {
  api = await startTestApi();
  const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: api.databaseUrl });
  subgraphs = await startSubgraphServers(settings, api.orm);
  servers = subgraphs.servers;
  gateway = await startRemoteGateway({ ...settings, subgraphUrls: subgraphs.urls }, silentLogger, 0);
});

afterAll(async () => {
  await gateway?.stop();
  await subgraphs?.stop();
  await api?.close();
});

async function post(url: string, body: unknown) {
  // As test/support/api.ts's run: a nationwide role with personal:read, passed on to the subgraphs.
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      authorization: `Bearer ${await fullToken()}`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

describe('distributed mode', () => {
  it('answers a nested three-subgraph operation exactly as the in-process gateway does', async () => {
    const variables = { code: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP' };
    const inProcess = dataOf(await api.run(ProgramDeepFetchDocument, variables));
    const remote = await post(gateway.url, { query: print(ProgramDeepFetchDocument), variables });
    expect(remote.status).toBe(200);
    expect(remote.body.errors).toBeUndefined();
    expect(remote.body.data).toEqual(inProcess);
  });

  it('answers every subgraph fetch of the partner fetch, entity fetches included, with one statement', async () => {
    const query = readFileSync(path.join(__dirname, 'bench/operations/partner-nested-fetch.graphql'), 'utf8');
    const [row] = await api.sql<{ code: string }>(
      `select u.code from directory.university u join assistance.partnership p on p.university_id = u.id
        group by u.code order by count(*) desc, u.code limit 1`,
    );
    const variables = { code: row!.code };
    const inProcess = dataOf(await api.run(query, variables));
    const fetches = async () => {
      const text = await (await fetch(gateway.url.replace(/\/graphql$/, '/metrics'))).text();
      return [...text.matchAll(/^subgraph_fetch_duration_seconds_count\{[^}]*\} (\d+)$/gm)].reduce(
        (sum, match) => sum + Number(match[1]),
        0,
      );
    };
    const before = await fetches();
    const { value: remote, statements } = await api.statementsDuring(() => post(gateway.url, { query, variables }));
    expect(remote.body.errors).toBeUndefined();
    expect(remote.body.data).toEqual(inProcess);
    // university (directory), its partnerships (assistance _entities), counties → schools (directory
    // _entities), staff count and principal → person (people _entities): through the resolvers the
    // last two alone take five statements.
    const sent = (await fetches()) - before;
    expect(sent).toBe(4);
    expect(statements.filter((statement) => /\bselect\b/i.test(statement))).toHaveLength(sent);
  });

  it('answers an entity fetch in the order of its keys, null for a key without a record, in one statement', async () => {
    const schools = await api.sql<{ id: string; code: string }>(
      'select id, code from directory.school order by id limit 3',
    );
    const missing = '01900000-0000-7000-8000-000000000000';
    const ids = [schools[2]!.id, missing, schools[0]!.id, schools[1]!.id];
    const representations = ids.map((id) => ({ __typename: 'School', id }));
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on School { __typename id code county { __typename id } } } }`;
    const directory = servers[SUBGRAPH_NAMES.indexOf('directory')]!;
    const { value: answer, statements } = await api.statementsDuring(() =>
      post(directory.url, { query, variables: { representations } }),
    );
    expect(answer.body.errors).toBeUndefined();
    const entities = (answer.body.data as { _entities: ({ id: string; code: string } | null)[] })._entities;
    expect(entities.map((entity) => entity?.id ?? null)).toEqual([ids[0], null, ids[2], ids[3]]);
    expect(entities[0]).toMatchObject({ __typename: 'School', code: schools[2]!.code });
    expect(statements.filter((statement) => /\bselect\b/i.test(statement))).toHaveLength(1);

    // A type the subgraph only adds fields to: its keys are the records, as its reference resolver says.
    const people = servers[SUBGRAPH_NAMES.indexOf('people')]!;
    const staff = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on School { id staffCount } } }`;
    const counted = await api.statementsDuring(() =>
      post(people.url, { query: staff, variables: { representations: representations.slice(0, 2) } }),
    );
    expect(counted.value.body.data).toEqual({
      _entities: [
        { id: ids[0], staffCount: expect.any(Number) },
        { id: missing, staffCount: 0 },
      ],
    });
    expect(counted.statements.filter((statement) => /\bselect\b/i.test(statement))).toHaveLength(1);
  });

  it("keeps an entity fetch's generic plan: PostgreSQL does not plan it again on every fetch", async () => {
    // The keys' count is unknown to a generic plan; unnest's default estimate (ten rows) made it dearer
    // than each fetch's custom plan (1–4 keys), so PostgreSQL planned every fetch anew (~0.25 ms each).
    const schools = await api.sql<{ id: string }>('select id from directory.school order by id limit 4');
    const people = servers[SUBGRAPH_NAMES.indexOf('people')]!;
    const staff = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on School { id staffCount } } }`;
    const { statements } = await api.statementsDuring(() =>
      post(people.url, {
        query: staff,
        variables: { representations: [{ __typename: 'School', id: schools[0]!.id }] },
      }),
    );
    // The logged line: `[query] <text> [took N ms]`.
    const [logged] = statements.filter((statement) => /\bselect\b/i.test(statement));
    const text = logged!.replace(/^\[query\] /, '').replace(/ \[took \d+ ms\]$/, '');
    const parameters = new Set(text.match(/\$\d+/g)).size;
    const client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
    try {
      for (let i = 0; i < 8; i++) {
        const ids = schools.slice(0, 1 + (i % 4)).map((school) => school.id);
        await client.query({ name: 'entity_fetch', text, values: Array<string[]>(parameters).fill(ids) });
      }
      const [plans] = (
        await client.query<{ generic_plans: string; custom_plans: string }>(
          "select generic_plans, custom_plans from pg_prepared_statements where name = 'entity_fetch'",
        )
      ).rows;
      expect(Number(plans!.generic_plans)).toBeGreaterThanOrEqual(3);
    } finally {
      await client.end();
    }
  });

  it('times every subgraph fetch (metrics) and reports the subgraphs in readiness', async () => {
    const base = gateway.url.replace(/\/graphql$/, '');
    const text = await (await fetch(`${base}/metrics`)).text();
    for (const name of SUBGRAPH_NAMES) {
      const count = new RegExp(
        `^subgraph_fetch_duration_seconds_count\\{subgraph="${name}",outcome="ok"\\} (\\d+)$`,
        'm',
      );
      expect(Number(count.exec(text)?.[1] ?? 0), name).toBeGreaterThan(0);
    }
    expect(await (await fetch(`${base}/ready`)).json()).toEqual({ status: 'ready', subgraphs: 'ok' });
  });

  it('each subgraph serves its own SDL over HTTP', async () => {
    for (const server of servers) {
      const { body } = await post(server.url, { query: '{ _service { sdl } }' });
      expect((body.data as { _service: { sdl: string } })._service.sdl).toContain('@key(fields: "id")');
    }
  });
});

describe('the hop between gateway and subgraph', () => {
  it('a subgraph service answers uncompressed and logs answered requests at debug, failed ones at info', async () => {
    const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: api.databaseUrl });
    // Compression is on for client-facing servers: the subgraph service must not use it.
    expect(settings.compression.enabled).toBe(true);
    const lines: { level: number; msg: string; outcome?: string }[] = [];
    const logger = pino({ level: 'debug', base: undefined }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const directory = await startSubgraphServer('directory', settings, api.orm, logger, 0);
    try {
      const ok = await rawPost(directory.url, { query: '{ schools(first: 50) { nodes { id code nameZh nameEn } } }' });
      expect(ok.status).toBe(200);
      expect(ok.body.length).toBeGreaterThan(settings.compression.thresholdBytes);
      expect(ok.headers['content-encoding']).toBeUndefined();
      const failed = await rawPost(directory.url, { query: '{ noSuchField }' });
      expect(JSON.parse(failed.body.toString()).errors).toHaveLength(1);
      const logged = lines.filter((line) => line.msg === 'graphql request');
      expect(logged.map((line) => [line.outcome, line.level])).toEqual([
        ['ok', 20],
        ['error', 30],
      ]);
    } finally {
      await directory.stop();
    }
  });

  it.each(['apollo', 'hive'] as const)(
    '%s: the gateway asks no compression of the subgraphs and keeps its connections to them',
    async (kind) => {
      const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: api.databaseUrl });
      // A TCP relay in front of the directory subgraph: the connections it gets and the request heads it relays.
      const target = new URL(subgraphs.urls.directory);
      const heads: string[] = [];
      let connections = 0;
      const relay = net.createServer((client) => {
        connections++;
        const upstream = net.connect(Number(target.port), target.hostname);
        client.on('data', (chunk: Buffer) => {
          const text = chunk.toString('latin1');
          if (text.startsWith('POST ')) heads.push(text.slice(0, text.indexOf('\r\n\r\n')).toLowerCase());
        });
        client.pipe(upstream).pipe(client);
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
      });
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
      const relayUrl = `http://127.0.0.1:${(relay.address() as AddressInfo).port}${target.pathname}`;
      const remote = await startRemoteGateway(
        {
          ...settings,
          // A fresh gateway's first plan is slow on a loaded machine: this test is about the hop, not the deadline.
          limits: { ...settings.limits, requestTimeoutMs: 60_000 },
          gateway: { ...settings.gateway, kind },
          subgraphUrls: { ...subgraphs.urls, directory: relayUrl },
        },
        silentLogger,
        0,
      );
      try {
        const variables = { code: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP' };
        for (let i = 0; i < 3; i++) {
          const answer = await post(remote.url, { query: print(ProgramDeepFetchDocument), variables });
          expect(answer.body.errors).toBeUndefined();
        }
        expect(heads.length).toBeGreaterThanOrEqual(3);
        for (const head of heads) expect(head).not.toMatch(/^accept-encoding:.*(gzip|br|deflate)/m);
        // One client request at a time: connections are kept (not one per fetch).
        expect(connections).toBeLessThan(heads.length);
      } finally {
        await remote.stop();
        relay.close();
      }
    },
  );
});

/** A POST through node:http, so the response's own headers and bytes are seen (no decoding). */
function rawPost(url: string, body: unknown): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip, deflate' },
    });
    void fullToken().then((token) => {
      request.setHeader('authorization', `Bearer ${token}`);
      request.end(JSON.stringify(body));
    }, reject);
    request.on('error', reject);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
  });
}
