import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActivitiesPageDocument,
  CountiesPageDocument,
  PartnershipsPageDocument,
  PeoplePageDocument,
  SchoolMetricsPageDocument,
  SchoolsPageDocument,
  type SchoolsPageQuery,
} from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * The generic list mechanism: every operator and combinator of `where`, filters through to-one and
 * to-many relations (across subgraphs), and keyset paging. Each case states its expectation as plain
 * SQL written here, independent of the mechanism under test.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

type PageShape = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: { id: string }[];
};

/** Every id of a list, walking it a hundred at a time. */
async function allIds<V extends Record<string, unknown>>(
  document: TypedDocumentNode<Record<string, unknown>, V>,
  listField: string,
  variables: V,
): Promise<{ ids: string[]; totalCount: number; statementsPerPage: number[] }> {
  const ids: string[] = [];
  const statementsPerPage: number[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < 200; page++) {
    const { result, statements } = await api.measure(document, { ...variables, first: 100, after } as V);
    statementsPerPage.push(statements.length);
    const list = dataOf(result)[listField] as PageShape;
    totalCount = list.totalCount;
    ids.push(...list.nodes.map((node) => node.id));
    if (!list.pageInfo.hasNextPage) break;
    after = list.pageInfo.endCursor ?? null;
  }
  return { ids, totalCount, statementsPerPage };
}

async function sqlIds(sql: string, values: unknown[] = []): Promise<string[]> {
  return (await api.sql<{ id: string }>(sql, values)).map((row) => row.id);
}

interface Case {
  name: string;
  document: TypedDocumentNode<never, never>;
  list: string;
  where: Record<string, unknown>;
  sql: string;
  values?: unknown[];
}

const doc = <T>(document: T) => document as unknown as TypedDocumentNode<never, never>;
const schools = doc(SchoolsPageDocument);
const people = doc(PeoplePageDocument);
const activities = doc(ActivitiesPageDocument);
const counties = doc(CountiesPageDocument);
const partnerships = doc(PartnershipsPageDocument);
const metrics = doc(SchoolMetricsPageDocument);

const cases: Case[] = [
  // strings
  {
    name: 'string eq',
    document: schools,
    list: 'schools',
    where: { nameZh: { eq: '北京大学附属中学' } },
    sql: `select id from directory.school where name_zh = '北京大学附属中学'`,
  },
  {
    name: 'string ne',
    document: schools,
    list: 'schools',
    where: { kind: { eq: 'AFFILIATED_HIGH_SCHOOL' }, nameZh: { ne: '北京大学附属中学' } },
    sql: `select id from directory.school where kind = 'AFFILIATED_HIGH_SCHOOL' and name_zh <> '北京大学附属中学'`,
  },
  {
    name: 'string in',
    document: counties,
    list: 'counties',
    where: { code: { in: ['640402', '640422', '110101'] } },
    sql: `select id from directory.county where code in ('640402', '640422', '110101')`,
  },
  {
    name: 'string notIn',
    document: counties,
    list: 'counties',
    where: { code: { startsWith: '6404', notIn: ['640402'] } },
    sql: `select id from directory.county where code like '6404%' and code <> '640402'`,
  },
  {
    name: 'string contains ignores case',
    document: people,
    list: 'people',
    where: { nameEn: { contains: 'JIAYI' } },
    sql: `select id from people.person where name_en ilike '%jiayi%'`,
  },
  {
    name: 'string startsWith ignores case',
    document: counties,
    list: 'counties',
    where: { nameEn: { startsWith: 'gu' } },
    sql: `select id from directory.county where name_en ilike 'gu%'`,
  },
  {
    name: 'string isNull true',
    document: people,
    list: 'people',
    where: { subject: { isNull: true } },
    sql: `select id from people.person where subject is null`,
  },
  {
    name: 'string isNull false',
    document: people,
    list: 'people',
    where: { subject: { isNull: false } },
    sql: `select id from people.person where subject is not null`,
  },
  // numbers
  {
    name: 'int eq',
    document: metrics,
    list: 'schoolMetrics',
    where: { year: { eq: 2022 } },
    sql: `select id from assistance.school_metric where year = 2022`,
  },
  {
    name: 'int ne',
    document: metrics,
    list: 'schoolMetrics',
    where: { year: { ne: 2022 } },
    sql: `select id from assistance.school_metric where year <> 2022`,
  },
  {
    name: 'int in',
    document: metrics,
    list: 'schoolMetrics',
    where: { year: { in: [2021, 2024] } },
    sql: `select id from assistance.school_metric where year in (2021, 2024)`,
  },
  {
    name: 'int gt and lte',
    document: metrics,
    list: 'schoolMetrics',
    where: { enrolledStudents: { gt: 1500, lte: 2500 } },
    sql: `select id from assistance.school_metric where enrolled_students > 1500 and enrolled_students <= 2500`,
  },
  {
    name: 'int gte and lt',
    document: metrics,
    list: 'schoolMetrics',
    where: { teachers: { gte: 100, lt: 150 } },
    sql: `select id from assistance.school_metric where teachers >= 100 and teachers < 150`,
  },
  {
    name: 'int isNull',
    document: schools,
    list: 'schools',
    where: { foundedYear: { isNull: true } },
    sql: `select id from directory.school where founded_year is null`,
  },
  // dates
  {
    name: 'date range',
    document: activities,
    list: 'activities',
    where: { startDate: { gte: '2023-03-01', lt: '2023-04-01' } },
    sql: `select id from assistance.activity where start_date >= '2023-03-01' and start_date < '2023-04-01'`,
  },
  {
    name: 'date eq',
    document: activities,
    list: 'activities',
    where: { startDate: { eq: '2022-08-15' } },
    sql: `select id from assistance.activity where start_date = '2022-08-15'`,
  },
  {
    name: 'date gt',
    document: activities,
    list: 'activities',
    where: { startDate: { gt: '2025-01-01' } },
    sql: `select id from assistance.activity where start_date > '2025-01-01'`,
  },
  {
    name: 'date isNull',
    document: activities,
    list: 'activities',
    where: { endDate: { isNull: true } },
    sql: `select id from assistance.activity where end_date is null`,
  },
  // enums and booleans
  {
    name: 'enum eq',
    document: activities,
    list: 'activities',
    where: { kind: { eq: 'STUDENT_CAMP' } },
    sql: `select id from assistance.activity where kind = 'STUDENT_CAMP'`,
  },
  {
    name: 'enum in',
    document: activities,
    list: 'activities',
    where: { kind: { in: ['LAB_OPEN_DAY', 'SURVEY'] } },
    sql: `select id from assistance.activity where kind in ('LAB_OPEN_DAY', 'SURVEY')`,
  },
  {
    name: 'enum notIn',
    document: activities,
    list: 'activities',
    where: { kind: { notIn: ['TEACHER_VISIT', 'STUDENT_CAMP'] } },
    sql: `select id from assistance.activity where kind not in ('TEACHER_VISIT', 'STUDENT_CAMP')`,
  },
  {
    name: 'boolean eq',
    document: counties,
    list: 'counties',
    where: { keyRevitalizationCounty: { eq: true } },
    sql: `select id from directory.county where key_revitalization_county`,
  },
  // combinators
  {
    name: 'AND',
    document: counties,
    list: 'counties',
    where: { AND: [{ code: { startsWith: '64' } }, { kind: { eq: 'COUNTY' } }] },
    sql: `select id from directory.county where code like '64%' and kind = 'COUNTY'`,
  },
  {
    name: 'OR',
    document: counties,
    list: 'counties',
    where: { OR: [{ code: { startsWith: '6404' } }, { code: { startsWith: '6405' } }] },
    sql: `select id from directory.county where code like '6404%' or code like '6405%'`,
  },
  {
    name: 'NOT',
    document: counties,
    list: 'counties',
    where: { code: { startsWith: '64' }, NOT: { kind: { eq: 'DISTRICT' } } },
    sql: `select id from directory.county where code like '64%' and kind <> 'DISTRICT'`,
  },
  // through to-one relations
  {
    name: 'to-one, two levels: schools in western provinces',
    document: schools,
    list: 'schools',
    where: { county: { province: { region: { eq: 'WEST' } } } },
    sql: `select s.id from directory.school s join directory.county c on c.id = s.county_id join directory.province p on p.id = c.province_id where p.region = 'WEST'`,
  },
  // through to-many relations
  {
    name: 'to-many some: counties with a partnership of a university',
    document: counties,
    list: 'counties',
    where: { partnerships: { some: { university: { code: { eq: '$UNIVERSITY' } } } } },
    sql: `select distinct c.id from directory.county c join assistance.partnership p on p.county_id = c.id join directory.university u on u.id = p.university_id where u.code = $1`,
    values: ['$UNIVERSITY'],
  },
  {
    name: 'to-many none: key counties without a partnership',
    document: counties,
    list: 'counties',
    where: { keyRevitalizationCounty: { eq: true }, partnerships: { none: {} } },
    sql: `select c.id from directory.county c where c.key_revitalization_county and not exists (select 1 from assistance.partnership p where p.county_id = c.id)`,
  },
  {
    name: 'to-many every: county schools whose every yearly enrolment is at least 800',
    document: doc(SchoolsPageDocument),
    list: 'schools',
    where: { metrics: { every: { enrolledStudents: { gte: 800 } } }, kind: { eq: 'COUNTY_SENIOR_MIDDLE_SCHOOL' } },
    sql: `select s.id from directory.school s where s.kind = 'COUNTY_SENIOR_MIDDLE_SCHOOL' and not exists (select 1 from assistance.school_metric m where m.school_id = s.id and not (m.enrolled_students >= 800))`,
  },
  // the dashboard's cross-subgraph filters in one query
  {
    name: 'partnerships by region, university and signing date',
    document: partnerships,
    list: 'partnerships',
    where: {
      county: { province: { region: { in: ['WEST', 'CENTRAL'] } } },
      agreementSignedOn: { gte: '2022-07-01' },
      program: { code: { eq: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP' } },
    },
    sql: `select p.id from assistance.partnership p join directory.county c on c.id = p.county_id join directory.province pr on pr.id = c.province_id join assistance.program g on g.id = p.program_id where pr.region in ('WEST', 'CENTRAL') and p.agreement_signed_on >= '2022-07-01' and g.code = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP'`,
  },
  {
    name: 'people who are principals in Ningxia',
    document: people,
    list: 'people',
    where: { appointments: { some: { role: { eq: 'PRINCIPAL' }, school: { province: { code: { eq: '64' } } } } } },
    sql: `select distinct pe.id from people.person pe join people.appointment a on a.person_id = pe.id join directory.school s on s.id = a.school_id join directory.province p on p.id = s.province_id where a.role = 'PRINCIPAL' and p.code = '64'`,
  },
  {
    name: 'people trained by a university in 2023',
    document: people,
    list: 'people',
    where: {
      participations: {
        some: {
          role: { eq: 'TRAINEE' },
          activity: {
            university: { code: { eq: '$UNIVERSITY' } },
            startDate: { gte: '2023-01-01', lte: '2023-12-31' },
          },
        },
      },
    },
    sql: `select distinct pe.id from people.person pe join assistance.participation pa on pa.person_id = pe.id join assistance.activity a on a.id = pa.activity_id join directory.university u on u.id = a.university_id where pa.role = 'TRAINEE' and u.code = $1 and a.start_date between '2023-01-01' and '2023-12-31'`,
    values: ['$UNIVERSITY'],
  },
  {
    name: 'activities by kind, county province and programme',
    document: activities,
    list: 'activities',
    where: {
      kind: { in: ['TEACHER_VISIT', 'PRINCIPAL_TEAM_DISPATCH'] },
      county: { province: { code: { in: ['52', '53'] } } },
      program: { kind: { eq: 'TRUSTEESHIP_ASSISTANCE' } },
    },
    sql: `select a.id from assistance.activity a join directory.county c on c.id = a.county_id join directory.province p on p.id = c.province_id join assistance.program g on g.id = a.program_id where a.kind in ('TEACHER_VISIT', 'PRINCIPAL_TEAM_DISPATCH') and p.code in ('52', '53') and g.kind = 'TRUSTEESHIP_ASSISTANCE'`,
  },
];

describe('where: every operator and combinator', () => {
  let university = '';
  beforeAll(async () => {
    const [row] = await api.sql<{ code: string }>(
      `select u.code from directory.university u join assistance.partnership p on p.university_id = u.id group by u.code order by count(*) desc, u.code limit 1`,
    );
    university = row!.code;
  });

  it.each(cases)('$name', async (testCase) => {
    const substitute = (value: unknown): unknown =>
      value === '$UNIVERSITY'
        ? university
        : Array.isArray(value)
          ? value.map(substitute)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v)]))
            : value;
    const where = substitute(testCase.where) as Record<string, unknown>;
    const expected = await sqlIds(testCase.sql, (testCase.values ?? []).map(substitute));
    const total = (await api.sql<{ n: number }>(`select count(*)::int as n from ${tableOf(testCase.list)}`))[0]!.n;
    // A case that matched nothing, or everything, could not tell a broken filter from a working one.
    expect(expected.length, 'the case selects some rows').toBeGreaterThan(0);
    expect(expected.length, 'the case leaves some rows out').toBeLessThan(total);
    const { ids, totalCount } = await allIds(testCase.document, testCase.list, { where } as never);
    expect(new Set(ids)).toEqual(new Set(expected));
    expect(ids).toHaveLength(expected.length);
    expect(totalCount).toBe(expected.length);
  });
});

function tableOf(list: string): string {
  return {
    schools: 'directory.school',
    counties: 'directory.county',
    people: 'people.person',
    activities: 'assistance.activity',
    partnerships: 'assistance.partnership',
    schoolMetrics: 'assistance.school_metric',
  }[list]!;
}

describe('orderBy and keyset pagination', () => {
  const orders = [
    { name: 'name, ascending', orderBy: [{ field: 'NAME_ZH' }], sql: 'order by s.name_zh asc nulls last, s.id' },
    {
      name: 'founded year descending, nulls first by default',
      orderBy: [{ field: 'FOUNDED_YEAR', direction: 'DESC' }],
      sql: 'order by s.founded_year desc nulls first, s.id',
    },
    {
      name: 'founded year ascending, nulls first',
      orderBy: [{ field: 'FOUNDED_YEAR', nulls: 'FIRST' }],
      sql: 'order by s.founded_year asc nulls first, s.id',
    },
    {
      name: 'through a relation: county name, then code descending',
      orderBy: [{ field: 'COUNTY_NAME_ZH' }, { field: 'CODE', direction: 'DESC' }],
      sql: 'order by c.name_zh asc nulls last, s.code desc, s.id',
    },
  ];

  it.each(orders)('walks every row once, in order, forward and backward: $name', async ({ orderBy, sql }) => {
    const expected = await sqlIds(
      `select s.id from directory.school s join directory.county c on c.id = s.county_id ${sql}`,
    );
    const forward: string[] = [];
    let after: string | null = null;
    do {
      const { schools: page }: SchoolsPageQuery = dataOf(
        await api.run(SchoolsPageDocument, { orderBy: orderBy as never, first: 37, after }),
      );
      forward.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    let first = true;
    while (first || before) {
      first = false;
      const { schools: page }: SchoolsPageQuery = dataOf(
        await api.run(SchoolsPageDocument, { orderBy: orderBy as never, last: 41, before }),
      );
      backward.unshift(...page.edges.map((edge) => edge.node.id));
      before = page.pageInfo.hasPreviousPage ? (page.pageInfo.startCursor ?? null) : null;
    }
    expect(backward).toEqual(expected);
  });

  it('stays exact when rows are inserted between page requests', async () => {
    const orderBy = [{ field: 'NAME_ZH' }];
    const before = await sqlIds(`select id from directory.school order by name_zh, id`);
    const seen: string[] = [];
    let after: string | null = null;
    let page = 0;
    do {
      const { schools: result }: SchoolsPageQuery = dataOf(
        await api.run(SchoolsPageDocument, { orderBy: orderBy as never, first: 50, after }),
      );
      seen.push(...result.edges.map((edge) => edge.node.id));
      after = result.pageInfo.hasNextPage ? (result.pageInfo.endCursor ?? null) : null;
      if (page++ === 1) {
        // New schools sorting before and after the cursor, as another client might add them.
        await api.sql(
          `insert into directory.school (id, code, name_zh, name_en, kind, county_id, province_id)
           select gen_random_uuid(), '9' || lpad(n::text, 9, '0'), name, 'Inserted ' || n, 'COUNTY_SENIOR_MIDDLE_SCHOOL', county_id, province_id
             from (values (1, '一中新校'), (2, '龟兹中学')) as v(n, name), (select county_id, province_id from directory.school limit 1) s`,
        );
      }
    } while (after);
    const original = new Set(before);
    const originalsSeen = seen.filter((id) => original.has(id));
    expect(originalsSeen).toEqual(before); // every original row once, in order
    expect(new Set(seen).size).toBe(seen.length); // nothing twice
  });

  it('costs one statement per page, plus one when totalCount is selected', async () => {
    const { statementsPerPage } = await allIds(doc(CountiesPageDocument), 'counties', {
      where: { province: { region: { eq: 'WEST' } } },
      orderBy: [{ field: 'PROVINCE_CODE' }],
    } as never);
    expect(statementsPerPage.length).toBeGreaterThan(3);
    expect(Math.max(...statementsPerPage)).toBeLessThanOrEqual(2);
  });
});

describe('text operators take the text literally', () => {
  it('treats % and _ in contains as characters, not wildcards', async () => {
    for (const text of ['%', '_', '\\']) {
      const { counties: page } = dataOf(
        await api.run(CountiesPageDocument, { where: { nameEn: { contains: text } }, first: 1 }),
      );
      expect(page.totalCount, text).toBe(0);
    }
    const { counties: page } = dataOf(
      await api.run(CountiesPageDocument, { where: { nameEn: { contains: 'u' } }, first: 1 }),
    );
    expect(page.totalCount).toBeGreaterThan(0);
  });
});

describe('bad input names the argument', () => {
  it.each([
    { name: 'first above the maximum', variables: { first: 101 }, path: 'first' },
    { name: 'negative last', variables: { last: -1 }, path: 'last' },
    { name: 'cursor that is not one', variables: { after: 'garbage' }, path: 'after' },
    {
      name: 'too many values in a list',
      variables: { where: { code: { in: Array.from({ length: 1001 }, (_, i) => String(i)) } } },
      path: 'where.code.in',
    },
  ])('$name', async ({ variables, path }) => {
    const result = await api.run(SchoolsPageDocument, variables as never);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.argumentPath).toBe(path);
  });

  it('rejects a cursor made under another order', async () => {
    const { schools: page }: SchoolsPageQuery = dataOf(
      await api.run(SchoolsPageDocument, { first: 5, orderBy: [{ field: 'NAME_ZH' }] }),
    );
    const result = await api.run(SchoolsPageDocument, {
      first: 5,
      after: page.pageInfo.endCursor,
      orderBy: [{ field: 'CODE' }],
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('different orderBy');
  });

  it('rejects an unknown enum value in a filter at validation', async () => {
    const result = await api.run(ActivitiesPageDocument, { where: { kind: { eq: 'PICNIC' } } } as never);
    expect(result.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
