import { Kind, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config';
import { startInProcessApi, startRemoteGateway } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { metrics } from '../src/server/observability/metrics';
import { startSubgraphServers, type SubgraphServers } from './support/subgraph-servers';
import { startTestApi, type TestApi } from './support/api';
import { documentedOperations } from './support/documented-operations';
import { fullToken } from './support/tokens';

/*
 * The default in-process API (one executable schema, no gateway) and the distributed mode (the
 * gateway over three subgraph servers) must answer every documented operation with the same bytes.
 */

let api: TestApi;
let inProcess: RunningServer;
let lane: RunningServer;
let gateway: RunningServer;
let gatewayLane: RunningServer;
let subgraphs: SubgraphServers;
let variablesOf: Record<string, Record<string, unknown>[]>;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: api.databaseUrl, COST_BUDGET: '0' });
  token = await fullToken();
  inProcess = await startInProcessApi(settings, api.orm, silentLogger, 0);
  // fetch asks for gzip, which the fast lane leaves to Express: without compression it takes repeats.
  lane = await startInProcessApi(
    { ...settings, compression: { enabled: false, thresholdBytes: 0 } },
    api.orm,
    silentLogger,
    0,
  );
  subgraphs = await startSubgraphServers(settings, api.orm);
  gateway = await startRemoteGateway({ ...settings, subgraphUrls: subgraphs.urls }, silentLogger, 0);
  // The distributed gateway's fast lane (gateway-lane.ts), uncompressed for the same reason as `lane`.
  gatewayLane = await startRemoteGateway(
    { ...settings, subgraphUrls: subgraphs.urls, compression: { enabled: false, thresholdBytes: 0 } },
    silentLogger,
    0,
  );
  variablesOf = await operationVariables(api);
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await gatewayLane?.stop();
  await subgraphs?.stop();
  await inProcess?.stop();
  await lane?.stop();
  await api?.close();
});

/** Variables for each operation that needs them: real keys read from the database, some several ways. */
async function operationVariables(api: TestApi): Promise<Record<string, Record<string, unknown>[]>> {
  const [university] = await api.sql<{ code: string }>(
    `select u.code from directory.university u join assistance.partnership p on p.university_id = u.id
      group by u.code order by count(*) desc, u.code limit 1`,
  );
  const [county] = await api.sql<{ code: string }>(
    `select c.code from directory.county c join directory.school s on s.county_id = c.id
      group by c.code order by count(*) desc, c.code limit 1`,
  );
  const [event] = await api.sql<{ code: string }>(
    `select e.code from assistance.event e join assistance.attendance a on a.event_id = e.id
      group by e.code order by count(*) desc, e.code limit 1`,
  );
  const [tracked] = await api.sql<{ code: string }>(
    `select c.code from directory.county c join assistance.problem p on p.county_id = c.id
      group by c.code order by count(*) desc, c.code limit 1`,
  );
  const [partnership] = await api.sql<{ id: string }>('select id from assistance.partnership order by id limit 1');
  const program = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP';
  const statistics = [
    { groupBy: [] },
    { groupBy: ['PROVINCE'] },
    { groupBy: ['PROGRAM', 'COUNTY'], filter: { provinceCodes: ['64'] } },
  ];
  return {
    TrackingBoard: [{ asOf: '2025-06-30' }, { asOf: '2025-10-31', provinceCodes: ['64', '62'], first: 5 }],
    TrackingRollup: [{ asOf: '2025-06-30' }, { by: 'UNIVERSITY', asOf: '2025-10-31' }],
    PartnershipTracking: [{ id: partnership!.id, asOf: '2025-06-30' }],
    ActivitiesPerMonth: [{ programCodes: [program] }, { from: '2022-01-01', to: '2024-12-31', regions: ['WEST'] }],
    CountySchools: [{ code: county!.code }],
    CountyProblems: [{ code: tracked!.code }, { code: county!.code, first: 3 }],
    PracticesToPromote: [{}, { first: 2 }],
    CoverageByProvince: [{}],
    CoverageByCounty: [{ provinceCodes: ['64', '62'] }],
    ProgramReach: [{}, { regions: ['WEST'] }],
    PeopleTrainedByRegion: [{}],
    DashboardSearch: [{ text: 'wang' }, { text: '固原' }, { text: 'peking', types: ['UNIVERSITY'] }],
    SearchHitKeys: [{ text: 'wang jiayi' }],
    SearchScores: [{ text: '大学' }],
    StatisticsCoverage: statistics,
    StatisticsReach: statistics,
    StatisticsActivities: [...statistics, { groupBy: ['ACTIVITY_KIND', 'YEAR'] }],
    StatisticsMetrics: statistics,
    StatisticsSelected: [{ groupBy: ['PROVINCE'], coverage: true, activity: true, metric: false }],
    StatisticsBuckets: [{ groupBy: ['ACTIVITY_KIND'] }],
    StatisticsNamed: [{ groupBy: ['PROGRAM', 'COUNTY'] }],
    StatisticsPerProgram: [{ groupBy: ['YEAR'] }],
    StatisticsPerProvince: [{ groupBy: [] }],
    StatisticsOfUniversity: [{ code: university!.code, groupBy: ['COUNTY'] }],
    StatisticsPeopleTrained: [{ groupBy: ['PROVINCE'] }],
    TrusteeshipProgram: [{ code: program }],
    TrusteeshipPartnerships: [{ code: program }],
    SpecialTraining: [{ code: program }],
    MeasuresRecorded: [{ code: program }],
    CommitteeFigures: [{ code: 'RURAL-TALENT-EXPERT-COMMITTEE' }],
    CountyPage: [{}],
    EventFigures: [{ code: event!.code }],
    DirectoryFacts: [{ province: '64', university: '4111010001' }],
    SchoolsPage: [
      { first: 5, orderBy: [{ field: 'NAME_ZH' }] },
      { where: { county: { province: { region: { eq: 'WEST' } } } }, last: 7 },
    ],
    CountiesPage: [{ where: { nameEn: { contains: 'u' } }, first: 3 }],
    PeoplePage: [{ first: 10 }],
    ActivitiesPage: [{ first: 10, orderBy: [{ field: 'START_DATE', direction: 'DESC' }] }],
    PartnershipsPage: [{ first: 10 }],
    SchoolMetricsPage: [{ first: 10 }],
    ProvincesCountyPages: [{ codes: ['51', '64'], first: 3 }],
    ProgramDeepFetch: [{ code: program }],
    CommitteeSchoolsStaff: [{ code: 'RURAL-TALENT-EXPERT-COMMITTEE' }],
    UniversityPartnerFetch: [{ code: university!.code }],
    PartnerNestedFetch: [{ code: university!.code }],
    WestSchoolsByName: [{}],
    ProvinceSchoolsByName: [{ code: '62' }, { code: '64' }],
  };
}

/** As a nationwide role with personal:read (every field readable), or anonymously. */
async function postText(
  url: string,
  body: unknown,
  as: 'full' | 'anonymous' = 'full',
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(as === 'full' ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text() };
}

describe('execution modes', () => {
  // Queries only: a documented mutation (the README's first write) would write once per run mode, and a
  // subscription is not served over POST.
  const operations = documentedOperations().filter(
    (operation) =>
      operation.target === 'api' &&
      operation.document.definitions.some(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query',
      ),
  );

  /** Each documented query with each of its sets of variables: the request's body and a label naming it. */
  function* documentedRequests() {
    for (const operation of operations) {
      for (const variables of variablesOf[operation.name] ?? [{}]) {
        const body = { query: print(operation.document), variables };
        yield {
          name: operation.name,
          body,
          label: `${operation.source} ${operation.name} ${JSON.stringify(variables)}`,
        };
      }
    }
  }

  /** Answers the fast lane of the in-process API or of the gateway gave (a counter, per path for the gateway). */
  const laneAnswers = async () => (await metrics.fastLane.get()).values[0]?.value ?? 0;
  const gatewayLaneAnswers = async (path?: string) =>
    sumOf(
      (await metrics.gatewayLane.get()).values.filter((value) => !path || value.labels.path === path),
      '',
    );
  const subgraphFetches = async () => sumOf((await metrics.subgraphFetchDuration.get()).values, '_count');

  it('answers every documented operation with the same bytes in process and distributed', async () => {
    let compared = 0;
    for (const { body, label } of documentedRequests()) {
      const here = await postText(inProcess.url, body);
      const there = await postText(gateway.url, body);
      expect(here.text, label).not.toMatch(/"errors"/);
      expect(here.status, label).toBe(200);
      expect(here.text, label).toBe(there.text);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(operations.length);
  }, 120_000);

  it('answers every documented operation with the same bytes on the fast lane (a repeat past Express and Apollo)', async () => {
    const before = await laneAnswers();
    let repeats = 0;
    for (const { body, label } of documentedRequests()) {
      const full = await postText(inProcess.url, body);
      // The first prepares the operation (when it is one compiled statement); the second takes the lane.
      expect((await postText(lane.url, body)).text, label).toBe(full.text);
      const repeat = await postText(lane.url, body);
      expect(repeat.status, label).toBe(full.status);
      expect(repeat.text, label).toBe(full.text);
      repeats += 1;
    }
    expect(repeats).toBeGreaterThan(operations.length);
    // The compiled operations (more than a dozen documented ones) were answered by the lane.
    expect((await laneAnswers()) - before).toBeGreaterThan(15);
  }, 120_000);

  it("answers every documented operation with the same bytes on the distributed gateway's fast lane", async () => {
    const before = await gatewayLaneAnswers();
    const forwarded = new Set<string>();
    let repeats = 0;
    for (const { name, body, label } of documentedRequests()) {
      const full = await postText(inProcess.url, body);
      const forwards = await gatewayLaneAnswers('forwarded');
      // The first goes through Apollo Server (and prepares the query) unless the text was seen with other
      // variables; the repeat takes the lane.
      const started = await subgraphFetches();
      expect((await postText(gatewayLane.url, body)).text, label).toBe(full.text);
      const fullPathFetches = (await subgraphFetches()) - started;
      const lanes = await gatewayLaneAnswers();
      const repeat = await postText(gatewayLane.url, body);
      expect(repeat.status, label).toBe(full.status);
      expect(repeat.text, label).toBe(full.text);
      // Taken by the lane, with the same subgraph fetches as the full path (so the same statements there).
      expect((await gatewayLaneAnswers()) - lanes, label).toBe(1);
      expect((await subgraphFetches()) - started - fullPathFetches, label).toBe(fullPathFetches);
      if ((await gatewayLaneAnswers('forwarded')) > forwards) forwarded.add(name);
      repeats += 1;
    }
    expect(repeats).toBeGreaterThan(operations.length);
    // Every repeat, and the first request of an operation's further sets of variables.
    expect((await gatewayLaneAnswers()) - before).toBeGreaterThanOrEqual(repeats);
    // One-subgraph lists went on as the subgraph wrote them; nested fetches through the plan.
    expect(forwarded).toContain('ProvinceSchoolsByName');
    expect(forwarded).toContain('SchoolsPage');
    expect(forwarded).not.toContain('PartnerNestedFetch');
  }, 120_000);

  it("refuses on the distributed gateway's lane what the full path refuses, before any subgraph fetch", async () => {
    const query =
      'query Page($first: Int, $code: String) { schools(first: $first, where: { code: { eq: $code } }) { nodes { id } } }';
    expect((await postText(gatewayLane.url, { query, variables: { first: 2 } })).status).toBe(200);
    expect(
      JSON.parse((await postText(gatewayLane.url, { query, variables: { first: 3 } })).text).errors,
    ).toBeUndefined();
    // The same text, so the lane's (prepared above): over the cost limit, and a string past its length cap.
    // Refused with the full path's codes, no subgraph asked, no lane answer.
    const started = await subgraphFetches();
    const lanes = await gatewayLaneAnswers();
    for (const variables of [{ first: 100_000 }, { first: 1, code: 'x'.repeat(100_000) }]) {
      const there = await postText(inProcess.url, { query, variables });
      const refused = await postText(gatewayLane.url, { query, variables });
      const code = JSON.parse(refused.text).errors[0].extensions.code;
      expect(['COST_LIMIT_EXCEEDED', 'BAD_USER_INPUT']).toContain(code);
      expect(code).toBe(JSON.parse(there.text).errors[0].extensions.code);
    }
    expect(await subgraphFetches()).toBe(started);
    expect(await gatewayLaneAnswers()).toBe(lanes);
  });

  it('answers nested fetches and lists with ONE statement, and falls back to the resolvers for the rest', async () => {
    const byName = new Map(operations.map((operation) => [operation.name, operation]));
    const statementsOf = async (name: string, variables: Record<string, unknown>) => {
      const operation = byName.get(name);
      if (!operation) throw new Error(`no documented operation ${name}`);
      const { result, statements } = await api.measure(operation.document, variables);
      expect(result.errors, name).toBeUndefined();
      return statements.length;
    };
    const compiled = [
      'PartnerNestedFetch',
      'WestSchoolsByName',
      'SchoolsPage',
      'CountiesPage',
      'DirectoryFacts',
      'ProgramDeepFetch',
      'TrusteeshipPartnerships',
      'CommitteeSchoolsStaff',
      'ProvincesCountyPages',
      'EventFigures',
      'SpecialTraining',
      'TrusteeshipProgram',
      'CountyProblems',
      'PracticesToPromote',
    ];
    for (const name of compiled) {
      for (const variables of variablesOf[name] ?? [{}]) expect(await statementsOf(name, variables), name).toBe(1);
    }
    // Search has no SQL form in the compiler: it runs through its resolvers (one statement per kind).
    expect(await statementsOf('DashboardSearch', { text: 'wang' })).toBeGreaterThan(1);
  });

  it('compiles every shape of a page as the resolvers answer it: backward, cursors, counts only, empty', async () => {
    const west = '{ county: { province: { region: { eq: WEST } } } }';
    const documents = [
      // Backward without pageInfo: the page is aggregated without numbering its rows.
      `{ schools(where: ${west}, last: 7) { nodes { nameZh } } }`,
      `{ schools(first: 5, orderBy: [{ field: NAME_ZH, direction: DESC }]) { edges { cursor node { id } } } }`,
      `{ schools(where: ${west}, first: 3) { totalCount } }`,
      `{ schools(where: { nameZh: { eq: "无此校" } }) { nodes { id } pageInfo { hasNextPage endCursor } totalCount } }`,
      `{ provinces(first: 2) { nodes { __typename code counties(last: 3) {
           edges { cursor node { code } } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } } } }`,
      `{ a: schools(first: 1) { nodes { id i: id } } b: schools(first: 2) { totalCount n: totalCount } }`,
      // To-one relations (joined), null and not, one through another.
      `{ a: activities(first: 3) { ...A } c: activities(last: 3) { ...A } }
       fragment A on ActivityConnection { nodes { id partnership { id county { code province { code } } } committee { code } } }`,
    ];
    for (const document of documents) {
      const compiled = await api.measure(document);
      const resolved = await api.run(document, undefined, { compile: false });
      expect(compiled.result.errors, document).toBeUndefined();
      expect(compiled.statements, document).toHaveLength(1);
      expect(JSON.stringify(compiled.result.data), document).toBe(JSON.stringify(resolved.data));
    }
    type Activities = { nodes: { partnership: unknown }[] };
    const activities = (await api.run(documents.at(-1)!)).data as { a: Activities; c: Activities };
    const partnerships = [...activities.a.nodes, ...activities.c.nodes].map((node) => node.partnership === null);
    expect(new Set(partnerships), 'activities with and without a partnership').toEqual(new Set([true, false]));
  });

  it('answers a root list as plain rows written in Node, with the bytes the resolvers give', async () => {
    const activity = `id version createdAt startDate endDate kind format reach
      partnership { __typename id county { code keyRevitalizationCounty } } school { foundedYear }`;
    const documents = [
      // Booleans, enums, to-one objects null and not, __typename at every level, cursors both ways.
      `{ __typename counties(first: 4, orderBy: [{ field: NAME_ZH }]) { __typename
           nodes { __typename id code kind keyRevitalizationCounty prefecture { code } province { code region } }
           pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor } } }`,
      // Ints, dates, times and nullable relations; a nullable date and an int as sort keys (their cursors).
      `{ activities(last: 6, orderBy: [{ field: END_DATE }, { field: REACH, direction: DESC }]) {
           edges { __typename c: cursor node { ${activity} } } p: pageInfo { hasPreviousPage hasNextPage startCursor } } }`,
      `{ activities(first: 5, orderBy: [{ field: REACH }]) { nodes { ${activity} } edges { cursor } } }`,
      `{ schoolMetrics(first: 3, orderBy: [{ field: YEAR, direction: DESC }]) { nodes { year enrolledStudents school { code foundedYear } } pageInfo { endCursor } } }`,
      // Empty.
      `{ schools(where: { nameZh: { eq: "无此校" } }) { nodes { id } pageInfo { hasNextPage startCursor endCursor } } }`,
    ];
    // The response's data as written (its extensions, the cost, follow it).
    const expectData = (text: string, data: unknown, label: string) => {
      const expected = `{"data":${JSON.stringify(data)}`;
      expect(text.slice(0, expected.length), label).toBe(expected);
      expect([',', '}'], label).toContain(text[expected.length]);
    };
    const pageInfoOf = (data: Record<string, unknown>) =>
      Object.values(data).find((value) => typeof value === 'object') as Record<string, Record<string, unknown>>;
    for (const document of documents) {
      const compiled = await api.measure(document);
      const resolved = await api.run(document, undefined, { compile: false });
      expect(compiled.result.errors, document).toBeUndefined();
      expect(compiled.statements, document).toHaveLength(1);
      // Plain rows: no JSON built in PostgreSQL.
      expect(compiled.statements[0], document).not.toMatch(/json_build_array|json_agg/);
      const http = await postText(inProcess.url, { query: document });
      expectData(http.text, resolved.data, document);
      // The next page from the end cursor written in Node, compiled and resolved alike.
      const page = pageInfoOf(resolved.data as Record<string, unknown>);
      const cursor = page.pageInfo?.endCursor ?? page.p?.startCursor;
      if (typeof cursor !== 'string') continue;
      const next = document.replace(/(first|last): (\d)/, (_, kind: string) =>
        kind === 'first' ? `first: 3, after: "${cursor}"` : `last: 3, before: "${cursor}"`,
      );
      const nextHttp = await postText(inProcess.url, { query: next });
      const nextResolved = await api.run(next, undefined, { compile: false });
      expect(nextResolved.errors, next).toBeUndefined();
      expectData(nextHttp.text, nextResolved.data, next);
    }
  });

  it('gives an anonymous caller the same data both ways: guarded names null, through the resolvers', async () => {
    const operation = operations.find((candidate) => candidate.name === 'PartnerNestedFetch')!;
    const body = { query: print(operation.document), variables: variablesOf.PartnerNestedFetch![0] };
    const here = JSON.parse((await postText(inProcess.url, body, 'anonymous')).text);
    const there = JSON.parse((await postText(gateway.url, body, 'anonymous')).text);
    expect(here.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(here.data).toEqual(there.data);
    expect(here.errors.map((error: { path: unknown }) => error.path)).toEqual(
      there.errors.map((error: { path: unknown }) => error.path),
    );
  });

  it('refuses what the resolvers refuse, with their error, when arguments are invalid', async () => {
    const query = '{ schools(first: 500) { nodes { id } } }';
    const here = await postText(inProcess.url, { query });
    const there = await postText(gateway.url, { query });
    expect(JSON.parse(here.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.parse(here.text).errors[0].message).toBe(JSON.parse(there.text).errors[0].message);
  });
});

/** The sum of one kind of a metric's values (a histogram's `_count` over its labels). */
function sumOf(values: { metricName?: string; value: number }[], suffix: string): number {
  // A counter's values have no metric name of their own.
  return values
    .filter((value) => (value.metricName ?? '').endsWith(suffix))
    .reduce((sum, value) => sum + value.value, 0);
}
