import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommitteeSchoolsStaffDocument,
  ProgramDeepFetchDocument,
  UniversityPartnerFetchDocument,
} from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * No N+1: a nested operation costs a bounded number of SQL statements however many rows each level
 * holds. In process, an operation the compiler can express is ONE statement; through the resolvers
 * (distributed mode, and any operation the compiler leaves to them), each bound is the number of levels
 * that read the database (a list level, or a to-one hop into a type whose rows are not yet loaded). The
 * control runs the same operation with DataLoader batching off and must cost many more, which proves
 * the count can fail.
 */

let api: TestApi;
let universityCode: string;
beforeAll(async () => {
  api = await startTestApi();
  const [row] = await api.sql<{ code: string }>(
    `select u.code from directory.university u join assistance.partnership p on p.university_id = u.id
      group by u.code order by count(*) desc, u.code limit 1`,
  );
  universityCode = row!.code;
});
afterAll(() => api?.close());

const selects = (statements: string[]) => statements.filter((statement) => /\bselect\b/i.test(statement));

describe('SQL statements per nested operation', () => {
  it('program → partnerships → university, county → province; schools → principal → person → appointments → school', async () => {
    const variables = { code: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP' };
    const compiled = await api.measure(ProgramDeepFetchDocument, variables);
    expect(selects(compiled.statements)).toHaveLength(1);
    const { result, statements } = await api.measure(ProgramDeepFetchDocument, variables, { compile: false });
    const data = dataOf(result);
    expect(dataOf(compiled.result)).toEqual(data);
    expect(data.program!.partnerships.nodes).toHaveLength(100); // the first page of 115
    // program, partnerships, universities, counties, provinces, partnership schools (join), schools,
    // principal appointments, persons, their appointments, the appointments' schools
    expect(selects(statements).length).toBeLessThanOrEqual(11);
    const unbatched = await api.measure(
      ProgramDeepFetchDocument,
      { code: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP' },
      { batch: false },
    );
    expect(dataOf(unbatched.result)).toEqual(data);
    expect(selects(unbatched.statements).length).toBeGreaterThan(100 * 3);
  });

  it('committee → target schools (first 100 of 247) → county → province, staff count, principal → participations → activity', async () => {
    const variables = { code: 'RURAL-TALENT-EXPERT-COMMITTEE' };
    const compiled = await api.measure(CommitteeSchoolsStaffDocument, variables);
    expect(selects(compiled.statements)).toHaveLength(1);
    const { result, statements } = await api.measure(CommitteeSchoolsStaffDocument, variables, { compile: false });
    const data = dataOf(result);
    expect(dataOf(compiled.result)).toEqual(data);
    expect(data.committee!.targetSchools.nodes).toHaveLength(100); // the first page of 247
    // committee, target-school join rows, schools, counties, provinces, staff counts, staff,
    // persons, participations, activities
    expect(selects(statements).length).toBeLessThanOrEqual(10);
    const unbatched = await api.measure(
      CommitteeSchoolsStaffDocument,
      { code: 'RURAL-TALENT-EXPERT-COMMITTEE' },
      { batch: false },
    );
    expect(selects(unbatched.statements).length).toBeGreaterThan(100 * 3);
  });

  it('university → partnerships → county → schools → staff count, plans → goals, metrics; activities → participations → person', async () => {
    const { result, statements } = await api.measure(UniversityPartnerFetchDocument, { code: universityCode });
    const data = dataOf(result);
    expect(data.university!.partnerships.nodes.length).toBeGreaterThan(1);
    // university, partnerships (+ their totalCount), counties, schools, staff counts, plans, goals,
    // metrics, activities, participations, persons
    expect(selects(statements).length).toBeLessThanOrEqual(12);
    const unbatched = await api.measure(UniversityPartnerFetchDocument, { code: universityCode }, { batch: false });
    expect(selects(unbatched.statements).length).toBeGreaterThan(selects(statements).length * 3);
  });
});
