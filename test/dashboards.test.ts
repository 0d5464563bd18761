import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CountySchoolsDocument } from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/* The county dashboard of schema/operations, checked against plain SQL. */

let api: TestApi;
let county: { code: string; id: string };
beforeAll(async () => {
  api = await startTestApi();
  // A county assisted by the trusteeship programme that also has committee target schools, if any.
  [county] = await api.sql<{ code: string; id: string }>(
    `select c.code, c.id from directory.county c
       join assistance.partnership p on p.county_id = c.id
       join directory.school s on s.county_id = c.id
      group by c.code, c.id order by count(distinct s.id) desc, c.code limit 1`,
  );
});
afterAll(() => api?.close());

describe('a county’s schools with principal and plan', () => {
  it('lists the schools by name with their principal, plan goals and figures, in a bounded number of statements', async () => {
    const { result, statements } = await api.measure(CountySchoolsDocument, { code: county.code });
    const data = dataOf(result).county!;
    const expected = await api.sql<{ code: string; principal: string | null; staff: number }>(
      `select s.code,
              (select pe.name_zh from people.appointment a join people.person pe on pe.id = a.person_id
                where a.school_id = s.id and a.role = 'PRINCIPAL' order by a.id limit 1) as principal,
              (select count(*)::int from people.appointment a where a.school_id = s.id) as staff
         from directory.school s where s.county_id = $1 order by s.name_zh, s.id`,
      [county.id],
    );
    expect(data.schools.totalCount).toBe(expected.length);
    expect(data.schools.nodes.map((school) => school.code)).toEqual(expected.map((row) => row.code));
    expect(data.schools.nodes.map((school) => school.principal?.person.nameZh ?? null)).toEqual(
      expected.map((row) => row.principal),
    );
    expect(data.schools.nodes.map((school) => school.staffCount)).toEqual(expected.map((row) => row.staff));
    for (const school of data.schools.nodes) {
      for (const plan of school.assistancePlans) expect(plan.goals).toHaveLength(4);
      expect(school.metrics.map((metric) => metric.year)).toEqual([2021, 2022, 2023, 2024]);
    }
    expect(data.partnerships.nodes.length).toBeGreaterThan(0);
    // county, province, partnerships (+ universities, programmes), schools (+ count), staff counts,
    // principals, persons, plans, goals, metrics
    expect(statements.length).toBeLessThanOrEqual(13);
  });
});
