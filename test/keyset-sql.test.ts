import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * What the list statements give PostgreSQL to plan (src/graphql/listing/keyset.ts, where-sql.ts). A
 * prepared statement is planned once for any values (its generic plan), so the text must carry what
 * that plan needs: a keyset page past a cursor compares (name_zh, id) as one row, which the index on
 * (name_zh, id) seeks to; an enum's value is a literal, whose frequency the planner's statistics know.
 * Both paths (one compiled statement, and the resolvers' page statements) build pages the same way.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // Planner statistics, as a served database has them (the test template has none).
  await api.sql('analyze directory.school, directory.county, directory.province');
});
afterAll(() => api?.close());

const WEST_SCHOOLS = `
  query WestSchools($after: String, $name: String) {
    schools(
      where: {
        county: { province: { region: { eq: WEST } } }
        kind: { eq: COUNTY_SENIOR_MIDDLE_SCHOOL }
        nameEn: { ne: $name }
      }
      orderBy: [{ field: NAME_ZH }]
      first: 20
      after: $after
    ) {
      nodes { id nameZh county { nameZh } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

interface WestSchools {
  schools: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
}

/** The statement that reads the schools (the compiled one, or the resolvers' page), as sent. */
const schoolsStatement = (statements: string[]) =>
  statements
    .find((text) => text.includes('from "directory"."school" "e"'))!
    .replace(/^\[query\] /, '')
    .replace(/ \[took [^\]]*\]$/, '');

describe('keyset pages in SQL', () => {
  for (const compile of [true, false]) {
    it(`binds the cursor once, as a row comparison the (name_zh, id) index seeks to (${compile ? 'compiled' : 'resolvers'})`, async () => {
      const name = "O'Hara; drop table x";
      const first = await api.run<WestSchools>(WEST_SCHOOLS, { name }, { compile });
      const after = dataOf(first).schools.pageInfo.endCursor;
      const { result, statements } = await api.measure<WestSchools>(WEST_SCHOOLS, { after, name }, { compile });
      expect(dataOf(result).schools.nodes).toHaveLength(20);
      const text = schoolsStatement(statements);
      expect(text).toMatch(/\("e"\."name_zh", "e"\."id"\) > \(\$\d+, \$\d+\)/);
      expect(text).not.toMatch(/"e"\."name_zh" >= \$/);
      // The enum values are literals; the client's text is a parameter, never in the text.
      expect(text).toContain(`"e"."kind" = 'COUNTY_SENIOR_MIDDLE_SCHOOL'`);
      expect(text).toContain(`"region" = 'WEST'`);
      expect(text).not.toContain('Hara');

      // The generic plan (any cursor) reads from the (name_zh, id) index by the whole row comparison.
      const placeholders = Math.max(0, ...[...text.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
      expect(placeholders).toBeGreaterThan(0);
      const plan = (await api.sql<{ 'QUERY PLAN': string }>(`explain (generic_plan) ${text}`))
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/school_name_zh_id_idx/);
      expect(plan).toMatch(/Index Cond: \(ROW\(\(?name_zh\)?(::text)?, id\) > ROW\(\$\d+, \$\d+\)\)/);
    });
  }

  it("writes a pick's constant condition (a school's principal) as a literal, which the generic plan seeks by", async () => {
    await api.sql('analyze people.appointment');
    const document = '{ schools(first: 5) { nodes { code principal { role person { nameZh } } } } }';
    const { result, statements } = await api.measure(document);
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(1);
    const text = schoolsStatement(statements);
    expect(text).toContain(`"role" = 'PRINCIPAL'`);
    const plan = (await api.sql<{ 'QUERY PLAN': string }>(`explain (generic_plan) ${text}`))
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    // As a parameter, the generic plan read every appointment of the school and filtered them.
    expect(plan).not.toMatch(/role = \$/);
    expect(plan).toMatch(/Index Cond: \(\(school_id = \w+\.id\) AND \(role = 'PRINCIPAL'::text\)\)/);
  });

  it('orders a compiled page by its own sort columns, not copies of them, and writes a date in JSON as it is', async () => {
    // A root list (plain rows) and a nested list (a JSON array) sorted by own columns; dates in JSON.
    const document = `{
      schools(orderBy: [{ field: NAME_ZH }], first: 3) { nodes { code nameZh } }
      partnerships(first: 3) { nodes { startsOn county { schools(first: 2) { nodes { code } } } } }
    }`;
    const compiled = await api.measure(document, {}, { compile: true });
    const resolved = await api.run(document, {}, { compile: false });
    expect(compiled.result.errors).toBeUndefined();
    expect(JSON.stringify(compiled.result.data)).toBe(JSON.stringify(resolved.data));
    const texts = compiled.statements.join('\n');
    expect(compiled.statements.length).toBeGreaterThan(0);
    // Every node of the plan carried each key twice (`"e"."name_zh" as "__key0"`), to no end.
    expect(texts).not.toContain('__key');
    expect(texts).toMatch(/order by "_q\d+"\."name_zh" asc nulls last, "_q\d+"\."id" asc nulls last/);
    // In JSON, PostgreSQL writes a date as YYYY-MM-DD itself: no to_char per value.
    expect(texts).toContain('"starts_on"');
    expect(texts).not.toMatch(/to_char\("_q\d+"\."starts_on"/);
  });

  it('walks every school once, forward by name descending (id ascending) and backward by name ascending', async () => {
    // name_zh desc, id asc go two ways: the expanded condition; backward over ascending keys: `(…) < (…)`.
    type Page = {
      schools: {
        nodes: { id: string }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      };
    };
    const walk = async (backward: boolean) => {
      const document = backward
        ? `query Schools($cursor: String) {
            schools(orderBy: [{ field: NAME_ZH }], last: 100, before: $cursor) {
              nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`
        : `query Schools($cursor: String) {
            schools(orderBy: [{ field: NAME_ZH, direction: DESC }], first: 100, after: $cursor) {
              nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const { schools } = dataOf(await api.run<Page>(document, { cursor }));
        const ids = schools.nodes.map((node) => node.id);
        if (backward) seen.unshift(...ids);
        else seen.push(...ids);
        if (!(backward ? schools.pageInfo.hasPreviousPage : schools.pageInfo.hasNextPage)) return seen;
        cursor = backward ? schools.pageInfo.startCursor : schools.pageInfo.endCursor;
      }
    };
    const descending = await api.sql<{ id: string }>(
      `select id::text as id from directory.school order by name_zh desc, id asc`,
    );
    expect(await walk(false)).toEqual(descending.map((row) => row.id));
    const ascending = await api.sql<{ id: string }>(`select id::text as id from directory.school order by name_zh, id`);
    expect(await walk(true)).toEqual(ascending.map((row) => row.id));
  });
});

/*
 * A to-one relation's equality on a unique column (`province: { code: { eq: $code } }`) is the foreign
 * key compared to a scalar subquery (where-sql.ts), which PostgreSQL evaluates once: a province's page by
 * name is then read from the (province_id, name_zh, id) index in order, with no sort. Under a NOT
 * (`every` is one) the join stays: where no target matches, the subquery's null would make NOT's null.
 */
describe('a to-one equality on a unique column', () => {
  const PROVINCE_SCHOOLS = `
    query ProvinceSchools($code: String!) {
      schools(where: { province: { code: { eq: $code } } }, orderBy: [{ field: NAME_ZH }], first: 50) {
        nodes { id code nameZh county { nameZh } }
      }
    }`;
  const SUBQUERY =
    /"e"\."province_id" = \(select "(t\d+)"\."id" from "directory"\."province" "\1" where "\1"\."code" = \$\d+\)/;
  const count = async (text: string, values: unknown[] = []) =>
    Number((await api.sql<{ count: string }>(`select count(*)::text as count from ${text}`, values))[0]!.count);
  type Total = Record<string, { totalCount: number }>;

  it('is the foreign key against a subquery, read in the index order of a province’s schools by name', async () => {
    const [{ code }] = await api.sql<{ code: string }>(
      `select p.code from directory.province p join directory.school s on s.province_id = p.id
       group by p.code order by count(*) desc, p.code limit 1`,
    );
    const answers: string[] = [];
    for (const compile of [true, false]) {
      const { result, statements } = await api.measure(PROVINCE_SCHOOLS, { code }, { compile });
      expect(result.errors).toBeUndefined();
      answers.push(JSON.stringify(result.data));
      const text = schoolsStatement(statements);
      expect(text).toMatch(SUBQUERY);
      expect(text).not.toMatch(/join "directory"\."province"/);
      if (!compile) continue;
      const plan = (await api.sql<{ 'QUERY PLAN': string }>(`explain (generic_plan) ${text}`))
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      expect(plan).toMatch(/school_province_id_name_zh_id_idx/);
      expect(plan).not.toMatch(/Sort/);
    }
    expect(answers[0]).toBe(answers[1]);
    const expected = await api.sql<{ id: string }>(
      `select s.id::text as id from directory.school s join directory.province p on p.id = s.province_id
       where p.code = $1 order by s.name_zh, s.id limit 50`,
      [code],
    );
    const nodes = (JSON.parse(answers[0]!) as { schools: { nodes: { id: string }[] } }).schools.nodes;
    expect(nodes.map((node) => node.id)).toEqual(expected.map((row) => row.id));
  });

  it('keeps the join under a NOT and in `every`, where no target matching must be true, not null', async () => {
    const schools = await count('directory.school');
    const countiesWithoutSchools = await count(
      'directory.county c where not exists (select 1 from directory.school s where s.county_id = c.id)',
    );
    for (const compile of [true, false]) {
      const { result, statements } = await api.measure<Total>(
        `{ schools(where: { NOT: { province: { code: { eq: "zz" } } } }) { totalCount } }`,
        {},
        { compile },
      );
      expect(dataOf(result).schools.totalCount).toBe(schools);
      expect(statements.join('\n')).not.toMatch(/"province_id" = \(select/);
      const every = await api.run<Total>(
        `{ counties(where: { schools: { every: { province: { code: { eq: "zz" } } } } }) { totalCount } }`,
        {},
        { compile },
      );
      expect(dataOf(every).counties.totalCount).toBe(countiesWithoutSchools);
    }
  });

  it('answers `some` and `none` over a to-many as the join did (the subquery form inside their own WHERE)', async () => {
    const [{ code }] = await api.sql<{ code: string }>(`select code from directory.province order by code limit 1`);
    const within = await count(
      `directory.county c where exists (select 1 from directory.school s join directory.province p
       on p.id = s.province_id where s.county_id = c.id and p.code = $1)`,
      [code],
    );
    const counties = await count('directory.county');
    expect(within).toBeGreaterThan(0);
    for (const compile of [true, false]) {
      const { result, statements } = await api.measure<{ some: { totalCount: number }; none: { totalCount: number } }>(
        `query Q($code: String!) {
          some: counties(where: { schools: { some: { province: { code: { eq: $code } } } } }) { totalCount }
          none: counties(where: { schools: { none: { province: { code: { eq: $code } } } } }) { totalCount }
        }`,
        { code },
        { compile },
      );
      const data = dataOf(result);
      expect(data.some.totalCount).toBe(within);
      expect(data.none.totalCount).toBe(counties - within);
      expect(statements.join('\n')).toMatch(/"province_id" = \(select/);
    }
  });

  it('compares a nullable relation as the join did, and only by a column the metadata declares unique', async () => {
    await api.sql('analyze directory.university');
    const [{ code }] = await api.sql<{ code: string }>(
      `select u.code from directory.university u join directory.school s on s.university_id = u.id
       group by u.code order by count(*) desc, u.code limit 1`,
    );
    const affiliated = await count(
      'directory.school s join directory.university u on u.id = s.university_id where u.code = $1',
      [code],
    );
    const county = await count(`directory.school where kind = 'COUNTY_SENIOR_MIDDLE_SCHOOL'`);
    const overlap = await count(
      `directory.school s join directory.university u on u.id = s.university_id
       where u.code = $1 and s.kind = 'COUNTY_SENIOR_MIDDLE_SCHOOL'`,
      [code],
    );
    const notCounty = await count(`directory.school where kind <> 'COUNTY_SENIOR_MIDDLE_SCHOOL'`);
    expect(affiliated).toBeGreaterThan(0);
    for (const compile of [true, false]) {
      // Schools with no university (a null foreign key) are not this university's, in an OR too.
      const { result, statements } = await api.measure<Total>(
        `query Q($code: String!) {
          mine: schools(where: { university: { code: { eq: $code } } }) { totalCount }
          either: schools(where: { OR: [{ university: { code: { eq: $code } } }, { kind: { eq: COUNTY_SENIOR_MIDDLE_SCHOOL } }] }) { totalCount }
          noMatch: schools(where: { OR: [{ university: { code: { eq: "zz" } } }, { kind: { ne: COUNTY_SENIOR_MIDDLE_SCHOOL } }] }) { totalCount }
        }`,
        { code },
        { compile },
      );
      const data = dataOf(result);
      expect(data.mine.totalCount).toBe(affiliated);
      expect(data.either.totalCount).toBe(affiliated + county - overlap);
      expect(data.noMatch.totalCount).toBe(notCounty);
      expect(statements.join('\n')).toMatch(/"university_id" = \(select/);
      // A name is not unique: joined as before.
      const byName = await api.measure<Total>(
        `{ schools(where: { province: { nameEn: { eq: "zz" } } }) { totalCount } }`,
        {},
        { compile },
      );
      expect(dataOf(byName.result).schools.totalCount).toBe(0);
      expect(byName.statements.join('\n')).toMatch(/join "directory"\."province"/);
      expect(byName.statements.join('\n')).not.toMatch(/"province_id" = \(select/);
    }
  });
});
