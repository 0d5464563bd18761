import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type SubgraphName } from '../../src/config';

/**
 * The operations `npm run bench` drives, one entry each. An entry names where it runs, its GraphQL
 * document (in ./operations), how to pick its variables from the bench database, and optionally its
 * floor: the same answer computed with hand-written SQL, which the bench checks is deep-equal to the
 * API's `data` before timing it. Entries may share a document (and then its floor) with other variables.
 */

/** `gateway`: in-process federated gateway; `distributed`: gateway over three subgraph servers; `subgraph:<name>`: one subgraph queried directly. */
/** `gateway:unobserved`: the in-process gateway with logs and metrics off (`--overhead`). */
/** `gateway:uncached`: the in-process gateway with the read cache off (`--read-cache-baseline`). */
/** `gateway:full-path`: the in-process gateway without its fast lane (`--lane-baseline`). */
export type SetupName =
  | 'gateway'
  | 'gateway:unobserved'
  | 'gateway:uncached'
  | 'gateway:full-path'
  | 'distributed'
  | DistributedGateway
  | `subgraph:${SubgraphName}`;

/**
 * The other gateways over the same subgraph servers, run on every operation of the `distributed` setup
 * (`distributed:full-path`: @apollo/gateway without the gateway's fast lane, every request through Apollo Server).
 */
export type DistributedGateway = 'distributed:full-path' | 'distributed:hive' | 'distributed:hive-js';

export type Variables = Record<string, unknown>;

/** Plain SQL on the bench database (to pick variables). */
export type Sql = <R extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<R[]>;

/** One SQL statement whose single column is the whole `data` object as json (serialized by the floor server). */
export interface FloorQuery {
  text: string;
  values: unknown[];
}

export interface Operation {
  /** Short stable name (results are matched on it across runs). */
  name: string;
  /** The GraphQL operation name in the document. */
  operationName: string;
  setups: SetupName[];
  /** File in test/bench/operations, or `schema/operations/…` for a committed example dashboard operation. */
  document: string;
  variables(sql: Sql): Promise<Variables>;
  floor?(variables: Variables): FloorQuery;
}

const OPERATIONS_DIR = path.join(__dirname, 'operations');

/** The keyset cursor of the API's lists (src/graphql/listing/keyset.ts): base64url JSON `{ s, v }`. */
export interface Cursor {
  /** Signature of the sort keys, e.g. `nameZh:al,id:al` (ascending, nulls last; the id always last). */
  s: string;
  /** The row's value of every sort key, the id last. */
  v: unknown[];
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
}

/** (c)'s list in the API's order; `$1`/`$2`: name_zh and id of the row to start after (null: from the start). */
const WEST_SCHOOLS = `
  from directory.school s
  join directory.county c on c.id = s.county_id
  join directory.province p on p.id = c.province_id
 where p.region = 'WEST' and s.kind = 'COUNTY_SENIOR_MIDDLE_SCHOOL'`;
const WEST_SCHOOLS_SIGNATURE = 'nameZh:al,id:al';
const WEST_SCHOOLS_PAGE = 50;

async function westSchoolsVariables(sql: Sql, deep: boolean): Promise<Variables> {
  const [{ total } = { total: 0 }] = await sql<{ total: number }>(`select count(*)::int as total ${WEST_SCHOOLS}`);
  if (total < 2 * WEST_SCHOOLS_PAGE) throw new Error(`(c) lists only ${total} schools in the bench database`);
  if (!deep) return {};
  // The school about 80% into the list: the deep page starts after it (still a full page when 20% ≥ 50 rows).
  const position = Math.min(Math.floor(total * 0.8), total - WEST_SCHOOLS_PAGE - 1);
  const [row] = await sql<{ name_zh: string; id: string }>(
    `select s.name_zh, s.id::text as id ${WEST_SCHOOLS} order by s.name_zh asc nulls last, s.id asc offset $1 limit 1`,
    [position],
  );
  if (!row) throw new Error('(c): no school at the deep position');
  return { after: encodeCursor({ s: WEST_SCHOOLS_SIGNATURE, v: [row.name_zh, row.id] }) };
}

/**
 * (c)'s floor: one keyset page (name_zh asc nulls last, id asc: name_zh is not null, so a row
 * comparison past the cursor's values) read one row long to learn whether another page follows, and
 * the end cursor built in SQL exactly as the API builds it (JSON.stringify, then base64url).
 */
function westSchoolsFloor(variables: Variables): FloorQuery {
  let values: unknown[] = [null, null];
  if (typeof variables.after === 'string') {
    const cursor = decodeCursor(variables.after);
    if (cursor.s !== WEST_SCHOOLS_SIGNATURE || cursor.v.length !== 2) throw new Error('not a cursor of this list');
    values = cursor.v;
  }
  return {
    text: `
      with page as (
        select s.id, s.code, s.name_zh, s.name_en, s.kind, c.code as county_code, c.name_zh as county_name_zh,
               p.code as province_code, p.name_en as province_name_en
          ${WEST_SCHOOLS}
           and ($1::text is null or (s.name_zh >= $1::text and (s.name_zh, s.id) > ($1::text, $2::uuid)))
         order by s.name_zh, s.id
         limit ${WEST_SCHOOLS_PAGE + 1}),
      shown as (select * from page order by name_zh, id limit ${WEST_SCHOOLS_PAGE})
      select json_build_object('schools', json_build_object(
        'nodes', coalesce((
          select json_agg(json_build_object(
            'id', id, 'code', code, 'nameZh', name_zh, 'nameEn', name_en, 'kind', kind,
            'county', json_build_object(
              'code', county_code, 'nameZh', county_name_zh,
              'province', json_build_object('code', province_code, 'nameEn', province_name_en))
          ) order by name_zh, id)
            from shown), '[]'::json),
        'pageInfo', json_build_object(
          'hasNextPage', (select count(*) from page) > ${WEST_SCHOOLS_PAGE},
          'endCursor', (
            select translate(encode(convert_to(
                     '{"s":"${WEST_SCHOOLS_SIGNATURE}","v":[' || to_json(name_zh)::text || ',"' || id || '"]}',
                     'UTF8'), 'base64'), E'+/=\\n', '-_')
              from shown order by name_zh desc, id desc limit 1)))) as data`,
    values,
  };
}

export function documentText(operation: Operation): string {
  const file = operation.document.startsWith('schema/')
    ? path.join(PROJECT_ROOT, operation.document)
    : path.join(OPERATIONS_DIR, operation.document);
  return readFileSync(file, 'utf8');
}

/** Variables `{ code }`: the code of the first row of `query`; `what` names the row in the error when there is none. */
const codeFrom =
  (query: string, what: string) =>
  async (sql: Sql): Promise<Variables> => {
    const [row] = await sql<{ code: string }>(query);
    if (!row) throw new Error(`no ${what} in the bench database`);
    return { code: row.code };
  };

/**
 * The programme the example dashboards are scoped to. The seed at scale N holds N copies of it
 * (codes `…-R2`, `…-R3`, …), each as large as the original, so a dashboard of one programme reads
 * the same number of rows at every scale while the tables grow N-fold.
 */
const TRUSTEESHIP = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP';

/** The example search operation with each text (names as `d-search-<label>`). */
const searches = (texts: Record<string, string>): Operation[] =>
  Object.entries(texts).map(([label, text]) => ({
    name: `d-search-${label}`,
    operationName: 'DashboardSearch',
    setups: ['gateway'],
    document: 'schema/operations/search.graphql',
    variables: async () => ({ text }),
  }));

export const OPERATIONS: Operation[] = [
  {
    name: 'a-partner-nested-fetch',
    operationName: 'PartnerNestedFetch',
    setups: ['gateway', 'distributed'],
    document: 'partner-nested-fetch.graphql',
    variables: codeFrom(
      `select u.code from directory.university u join assistance.partnership p on p.university_id = u.id
        group by u.code order by count(*) desc, u.code limit 1`,
      'university with partnerships',
    ),
    // Same pages as the resolvers: the first 100 partnerships by id, a county's first 100 schools by
    // code then id, the
    // principal is the first current PRINCIPAL appointment by id (else the first one); staffCount
    // counts every appointment at the school.
    floor: (variables) => ({
      text: `
        select json_build_object('university', (
          select json_build_object(
            'code', u.code,
            'nameEn', u.name_en,
            'partnerships', json_build_object('nodes', coalesce((
              select json_agg(json_build_object(
                'id', p.id,
                'status', p.status,
                'startsOn', p.starts_on,
                'county', json_build_object(
                  'code', c.code,
                  'nameZh', c.name_zh,
                  'nameEn', c.name_en,
                  'schools', json_build_object('nodes', coalesce((
                    select json_agg(json_build_object(
                      'code', s.code,
                      'nameZh', s.name_zh,
                      'staffCount', (select count(*) from people.appointment a where a.school_id = s.id),
                      'principal', (
                        select json_build_object(
                          'role', a.role,
                          'title', a.title,
                          'startDate', a.start_date,
                          'person', json_build_object('nameZh', pe.name_zh, 'nameEn', pe.name_en))
                          from people.appointment a join people.person pe on pe.id = a.person_id
                         where a.school_id = s.id and a.role = 'PRINCIPAL'
                         order by (a.end_date is null) desc, a.id
                         limit 1)
                    ) order by s.code, s.id)
                    from (select * from directory.school s0 where s0.county_id = c.id
                           order by s0.code, s0.id limit 100) s), '[]'::json)))
              ) order by p.id)
              from (select * from assistance.partnership p0 where p0.university_id = u.id
                     order by p0.id limit 100) p
              join directory.county c on c.id = p.county_id), '[]'::json)))
            from directory.university u where u.code = $1)) as data`,
      values: [variables.code],
    }),
  },
  {
    name: 'b-coverage-by-province',
    operationName: 'CoverageByProvince',
    setups: ['gateway'],
    document: 'schema/operations/coverage-by-province.graphql',
    variables: async () => ({ programCodes: [TRUSTEESHIP] }),
  },
  // The dashboard's headline (every programme: the whole dataset) and its drill-down from a province
  // (the trusteeship programme's counties in the province where it has the most partnerships).
  {
    name: 'b-program-reach',
    operationName: 'ProgramReach',
    setups: ['gateway'],
    document: 'schema/operations/coverage-by-province.graphql',
    variables: async () => ({}),
  },
  {
    name: 'b-coverage-by-county',
    operationName: 'CoverageByCounty',
    setups: ['gateway'],
    document: 'schema/operations/coverage-by-province.graphql',
    async variables(sql) {
      const [row] = await sql<{ code: string }>(
        `select pr.code from assistance.partnership p join assistance.program g on g.id = p.program_id
           join directory.county c on c.id = p.county_id join directory.province pr on pr.id = c.province_id
          where g.code = $1 group by pr.code order by count(*) desc, pr.code limit 1`,
        [TRUSTEESHIP],
      );
      if (!row) throw new Error('no province with trusteeship partnerships in the bench database');
      return { programCodes: [TRUSTEESHIP], provinceCodes: [row.code] };
    },
  },
  {
    name: 'c-west-schools-first-page',
    operationName: 'WestSchoolsByName',
    setups: ['gateway', 'distributed'],
    document: 'west-schools-by-name.graphql',
    variables: (sql) => westSchoolsVariables(sql, false),
    floor: westSchoolsFloor,
  },
  {
    name: 'c-west-schools-deep-page',
    operationName: 'WestSchoolsByName',
    setups: ['gateway', 'distributed'],
    document: 'west-schools-by-name.graphql',
    variables: (sql) => westSchoolsVariables(sql, true),
    floor: westSchoolsFloor,
  },
  // Rare and common texts: "wang" starts 9% of the people's pinyin names, 王 their Chinese ones,
  // 中学 is part of most school names.
  ...searches({ pinyin: 'guyuan', chinese: '中学', 'common-pinyin': 'wang', surname: '王' }),
  {
    name: 'e-school-entities-100',
    operationName: 'SchoolEntities',
    setups: ['subgraph:directory'],
    document: 'school-entities.graphql',
    async variables(sql) {
      // 100 schools scattered over the table (md5 of the deterministic ids), in that order.
      const rows = await sql<{ id: string }>(`select id from directory.school order by md5(id::text) limit 100`);
      if (rows.length < 100) throw new Error(`the bench database has only ${rows.length} schools`);
      return { representations: rows.map((row) => ({ __typename: 'School', id: row.id })) };
    },
    floor: (variables) => ({
      text: `
        select json_build_object('_entities', coalesce(json_agg(
          case when s.id is null then null else json_build_object(
            'id', s.id, 'code', s.code, 'nameZh', s.name_zh, 'nameEn', s.name_en, 'kind', s.kind,
            'foundedYear', s.founded_year) end
          order by r.ord), '[]'::json)) as data
          from unnest($1::uuid[]) with ordinality as r(id, ord)
          left join directory.school s on s.id = r.id`,
      values: [(variables.representations as { id: string }[]).map((representation) => representation.id)],
    }),
  },
  {
    name: 'f-activities-per-month',
    operationName: 'ActivitiesPerMonth',
    setups: ['gateway'],
    document: 'schema/operations/activities-per-month.graphql',
    variables: async () => ({ from: '2023-01-01', to: '2023-12-31', programCodes: [TRUSTEESHIP] }),
  },
  {
    name: 'g-people-trained-by-region',
    operationName: 'PeopleTrainedByRegion',
    setups: ['gateway'],
    document: 'schema/operations/people-trained-by-region.graphql',
    variables: async () => ({ filter: { programCodes: [TRUSTEESHIP] } }),
  },
  {
    name: 'h-county-schools',
    operationName: 'CountySchools',
    setups: ['gateway'],
    document: 'schema/operations/county-schools.graphql',
    // The county with the most schools: its page of 50 is full at scale 100 (a county has 1 to 5 at scale 1).
    variables: codeFrom(
      `select c.code from directory.county c join directory.school s on s.county_id = c.id
        group by c.code order by count(*) desc, c.code limit 1`,
      'county with schools',
    ),
  },
  // The tracking board (issue 14): a programme's partnerships behind or quiet, with goals and activities,
  // as of a date inside the seed's record (its activities stop at mid-2025) so that both statuses occur.
  {
    name: 't-tracking-board',
    operationName: 'TrackingBoard',
    setups: ['gateway', 'distributed'],
    document: 'schema/operations/tracking.graphql',
    variables: async () => ({ asOf: '2025-10-31', first: 20 }),
  },
  // The dashboard's rollup: the trusteeship programme's partnerships per province.
  {
    name: 't-tracking-rollup-program',
    operationName: 'TrackingRollup',
    setups: ['gateway'],
    document: 'schema/operations/tracking.graphql',
    variables: async () => ({ by: 'PROVINCE', programCodes: [TRUSTEESHIP], asOf: '2025-10-31' }),
  },
  // Every programme's partnerships (all replicas: the whole dataset) rolled up per province.
  {
    name: 't-tracking-rollup-all',
    operationName: 'TrackingRollup',
    setups: ['gateway'],
    document: 'schema/operations/tracking.graphql',
    variables: async () => ({ by: 'PROVINCE', programCodes: null, asOf: '2025-10-31' }),
  },
  {
    name: 'i-province-schools-by-name',
    operationName: 'ProvinceSchoolsByName',
    setups: ['gateway', 'distributed'],
    document: 'province-schools-by-name.graphql',
    // The province with the most schools: a full page of 50 at every scale.
    variables: codeFrom(
      `select p.code from directory.province p join directory.school s on s.province_id = p.id
        group by p.code order by count(*) desc, p.code limit 1`,
      'province with schools',
    ),
    // The API's order: name_zh asc nulls last (it is not null), then id.
    floor: (variables) => ({
      text: `
        select json_build_object('schools', json_build_object('nodes', coalesce((
          select json_agg(json_build_object(
            'id', s.id, 'code', s.code, 'nameZh', s.name_zh,
            'county', json_build_object('nameZh', c.name_zh)) order by s.name_zh, s.id)
            from (select s0.* from directory.school s0
                    join directory.province p on p.id = s0.province_id
                   where p.code = $1
                   order by s0.name_zh, s0.id limit 50) s
            join directory.county c on c.id = s.county_id), '[]'::json))) as data`,
      values: [variables.code],
    }),
  },
];
