import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings, SUBGRAPH_NAMES } from '../src/config';
import { startRemoteGateway } from '../src/server/api';
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
