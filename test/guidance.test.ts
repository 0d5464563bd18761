// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/graphql/auth/viewer';
import { CountyProblemsDocument } from './generated/operations';
import { dataOf, FULL_VIEWER, startTestApi, type GraphQLResult, type TestApi } from './support/api';
import { databaseState, pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';

/*
 * Tracking and guidance (issue 14): problems with their status history, guidance with its follow-up,
 * good practice with its evidence and the ministry's promotion; each write audited, refused input
 * named by field and leaving nothing; nested reads bounded in statements; practices searchable.
 * Rights per role × mutation are the write matrix's (test/auth/mutation-matrix.ts).
 */

let api: TestApi;
let f: WriteFixtures;
/** A committee of the seed, one of its target schools (and that school's county) and a member. */
let target: { committeeId: string; code: string; schoolId: string; countyId: string; personId: string };

const as = (role: Viewer['role'], org: string | null = null): Viewer => ({
  role,
  org,
  subject: `guidance:${role}:${org ?? ''}`,
  scopes: new Set(),
});

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  const [row] = await api.sql<typeof target>(
    `select c.id as "committeeId", c.code, t.school_id as "schoolId", s.county_id as "countyId",
            (select m.person_id from assistance.committee_member m where m.committee_id = c.id order by m.id limit 1) as "personId"
       from assistance.committee_target_school t
       join assistance.committee c on c.id = t.committee_id
       join directory.school s on s.id = t.school_id
      order by c.code, t.id limit 1`,
  );
  target = row!;
});
afterAll(() => api?.close());

const PROBLEM = `id version status statusOn
  statusChanges { nodes { status changedOn note } }
  guidance { nodes { id version givenBy followUpStatus followUpOn person { id } } }`;

async function write<T = Record<string, unknown>>(
  query: string,
  input: Record<string, unknown>,
  viewer: Viewer = FULL_VIEWER,
): Promise<GraphQLResult<T>> {
  return api.run<T>(query, { input }, { viewer });
}

const createProblem = (input: Record<string, unknown>, viewer?: Viewer) =>
  write<{ createProblem: { problem: Record<string, unknown> } | null }>(
    `mutation ($input: CreateProblemInput!) { createProblem(input: $input) { problem { ${PROBLEM} } } }`,
    input,
    viewer,
  );

function committeeProblem(overrides: Record<string, unknown> = {}) {
  return {
    schoolId: target.schoolId,
    countyId: target.countyId,
    foundBy: 'COMMITTEE',
    committeeId: target.committeeId,
    method: 'FIELD_RESEARCH',
    foundOn: '2024-03-12',
    task: 'TEACHING_FORCE_CAPACITY',
    severity: 'HIGH',
    title: 'Young teachers without mentors',
    description: 'Half the teachers are in their first three years, with no mentoring scheme.',
    ...overrides,
  };
}

const codes = (result: GraphQLResult<unknown>) => result.errors?.map((error) => error.extensions?.code);
const fields = (result: GraphQLResult<unknown>) => result.errors?.map((error) => error.extensions?.field);

describe('problems and guidance', () => {
  it('a committee records a problem at its target school; status changes make its history; guidance is followed up; every row is audited', async () => {
    const committee = as('committee', target.code);
    const created = dataOf(await createProblem(committeeProblem(), committee)).createProblem!.problem;
    expect(created).toMatchObject({ status: 'OPEN', statusOn: '2024-03-12', version: 1 });
    const id = created.id as string;
    const open = async () =>
      dataOf(
        await api.run<{ school: { openProblems: { id: string }[] } }>(
          `query ($id: ID!) { school(id: $id) { openProblems { id } } }`,
          { id: target.schoolId },
        ),
      ).school.openProblems.map((problem) => problem.id);
    expect(await open()).toContain(id);

    const change = `mutation ($input: ChangeProblemStatusInput!) { changeProblemStatus(input: $input) { problem { ${PROBLEM} } } }`;
    await write(
      change,
      { id, version: 1, status: 'IN_PROGRESS', statusOn: '2024-04-01', note: 'Mentors named.' },
      committee,
    );
    const guidance = dataOf(
      await write<{ addGuidance: { guidance: { id: string; version: number } } }>(
        `mutation ($input: AddGuidanceInput!) { addGuidance(input: $input) { guidance { id version } } }`,
        {
          problemId: id,
          givenBy: 'COMMITTEE',
          committeeId: target.committeeId,
          personId: target.personId,
          suggestion: 'Pair each young teacher with a senior-title teacher for a school year.',
          givenOn: '2024-03-20',
        },
        committee,
      ),
    ).addGuidance.guidance;
    await write(
      `mutation ($input: UpdateGuidanceInput!) { updateGuidance(input: $input) { guidance { id } } }`,
      {
        id: guidance.id,
        version: 1,
        followUpStatus: 'DONE',
        followUp: 'Twelve pairs formed.',
        followUpOn: '2024-06-30',
      },
      committee,
    );
    const resolved = dataOf(
      await write<{ changeProblemStatus: { problem: Record<string, unknown> } }>(
        change,
        { id, version: 2, status: 'RESOLVED', statusOn: '2024-07-05' },
        committee,
      ),
    ).changeProblemStatus.problem;
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      statusOn: '2024-07-05',
      version: 3,
      statusChanges: {
        nodes: [
          { status: 'OPEN', changedOn: '2024-03-12', note: null },
          { status: 'IN_PROGRESS', changedOn: '2024-04-01', note: 'Mentors named.' },
          { status: 'RESOLVED', changedOn: '2024-07-05', note: null },
        ],
      },
      guidance: {
        nodes: [
          { givenBy: 'COMMITTEE', followUpStatus: 'DONE', followUpOn: '2024-06-30', person: { id: target.personId } },
        ],
      },
    });
    expect(await open()).not.toContain(id);

    const trail = await api.sql<{ entity: string; action: string; mutation: string; role: string; org: string }>(
      `select entity, action, mutation, role, org from audit.change
        where record_id = any($1::uuid[]) or (entity = 'ProblemStatusChange' and after->>'problem_id' = $2)
        order by id`,
      [[id, guidance.id], id],
    );
    expect(trail.map((row) => `${row.mutation}:${row.entity}:${row.action}`)).toEqual([
      'createProblem:Problem:CREATE',
      'createProblem:ProblemStatusChange:CREATE',
      'changeProblemStatus:Problem:UPDATE',
      'changeProblemStatus:ProblemStatusChange:CREATE',
      'addGuidance:Guidance:CREATE',
      'updateGuidance:Guidance:UPDATE',
      'changeProblemStatus:Problem:UPDATE',
      'changeProblemStatus:ProblemStatusChange:CREATE',
    ]);
    expect(new Set(trail.map((row) => `${row.role}:${row.org}`))).toEqual(new Set([`committee:${target.code}`]));
  });

  it('refuses bad input at its field, a stale version with CONFLICT, and a refused write changes nothing', async () => {
    const before = await databaseState(api);
    const refusals: [GraphQLResult<unknown>, string, string][] = [
      [await createProblem(committeeProblem({ title: '   ' })), 'BAD_USER_INPUT', 'input.title'],
      [await createProblem(committeeProblem({ committeeId: null })), 'BAD_USER_INPUT', 'input.committeeId'],
      [await createProblem(committeeProblem({ countyId: f.countyId })), 'BAD_USER_INPUT', 'input.schoolId'],
      [
        await createProblem(committeeProblem({ foundBy: 'COUNTY', committeeId: null, partnershipId: f.partnershipId })),
        'BAD_USER_INPUT',
        'input.schoolId',
      ],
    ];
    for (const [result, code, field] of refusals) {
      expect(codes(result), JSON.stringify(result.errors)).toEqual([code]);
      expect(fields(result)).toEqual([field]);
    }
    // A committee writes only where it tracks: not at a school it does not target.
    const [elsewhere] = await api.sql<{ county: string }>(
      `select county_id as county from directory.school where id = $1`,
      [f.otherCountySchoolId],
    );
    const untargeted = await createProblem(
      committeeProblem({ schoolId: f.otherCountySchoolId, countyId: elsewhere!.county }),
      as('committee', target.code),
    );
    expect(codes(untargeted)).toEqual(['FORBIDDEN']);
    expect(await databaseState(api)).toEqual(before);

    const id = dataOf(await createProblem(committeeProblem())).createProblem!.problem.id as string;
    const change = `mutation ($input: ChangeProblemStatusInput!) { changeProblemStatus(input: $input) { problem { id } } }`;
    const guidance = `mutation ($input: AddGuidanceInput!) { addGuidance(input: $input) { guidance { id } } }`;
    const after = await databaseState(api);
    const early = await write(change, { id, version: 1, status: 'IN_PROGRESS', statusOn: '2024-01-01' });
    expect([codes(early), fields(early)]).toEqual([['BAD_USER_INPUT'], ['input.statusOn']]);
    const stale = await write(change, { id, version: 7, status: 'IN_PROGRESS', statusOn: '2024-05-01' });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const byCounty = await write(guidance, {
      problemId: id,
      givenBy: 'COUNTY',
      suggestion: 'Hire.',
      givenOn: '2024-05-01',
    });
    expect([codes(byCounty), fields(byCounty)]).toEqual([['BAD_USER_INPUT'], ['input.givenBy']]);
    const [outsider] = await api.sql<{ id: string }>(
      `select p.id from people.person p where not exists
         (select 1 from assistance.committee_member m where m.person_id = p.id and m.committee_id = $1) order by p.id limit 1`,
      [target.committeeId],
    );
    const notMember = await write(guidance, {
      problemId: id,
      givenBy: 'COMMITTEE',
      committeeId: target.committeeId,
      personId: outsider!.id,
      suggestion: 'Hire.',
      givenOn: '2024-05-01',
    });
    expect([codes(notMember), fields(notMember)]).toEqual([['BAD_USER_INPUT'], ['input.personId']]);
    // The county a problem is at may not advise on it.
    const advisedByCounty = await write(
      guidance,
      { problemId: id, givenBy: 'MINISTRY', suggestion: 'Hire.', givenOn: '2024-05-01' },
      as('county', await countyCode(target.countyId)),
    );
    expect(codes(advisedByCounty)).toEqual(['FORBIDDEN']);
    expect(await databaseState(api)).toEqual(after);
  });

  it('the database refuses a problem whose school is not in its county, or whose finder is not named', async () => {
    const insert = (county: string, foundBy: string) =>
      api.sql(
        `insert into assistance.problem (id, county_id, school_id, task, title, description, found_by, method, found_on, severity, status_on)
         values (gen_random_uuid(), $1, $2, 'SCHOOL_MANAGEMENT', 'Bypass', 'Bypass', $3, 'VISIT', '2024-01-01', 'LOW', '2024-01-01')`,
        [county, target.schoolId, foundBy],
      );
    await expect(insert(f.countyId, 'COUNTY')).rejects.toThrow(/problem_school_in_county|is not in county/);
    await expect(insert(target.countyId, 'COMMITTEE')).rejects.toThrow(/problem_finder_named/);
  });
});

describe('good practice', () => {
  it('a university records practice on its evidence; the ministry promotes it, and then it is the ministry’s; search finds it', async () => {
    const [activity] = await api.sql<{ id: string }>(
      `select id from assistance.activity where partnership_id = $1 order by id limit 1`,
      [f.partnershipId],
    );
    const university = as('university', f.universityCode);
    const nameEn = `Zyxwv twinned lesson studios ${process.pid}`;
    const created = dataOf(
      await write<{ createPractice: { practice: { id: string; version: number } } }>(
        `mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { practice { id version } } }`,
        {
          nameZh: '结对课堂工作室',
          nameEn,
          description: 'Each county teacher twinned with a university-school teacher.',
          task: 'EDUCATIONAL_QUALITY',
          schoolId: f.schoolId,
          countyId: f.countyId,
          universityId: f.universityId,
          partnershipId: f.partnershipId,
          evidence: [{ activityId: activity!.id, note: 'The visits it grew from.' }],
        },
        university,
      ),
    ).createPractice.practice;

    const promote = `mutation ($input: RecordVersionInput!) { promotePractice(input: $input) { practice { id version promotedOn promotedBy evidence { nodes { activity { id } } } } } }`;
    expect(codes(await write(promote, { id: created.id, version: 1 }, university))).toEqual(['FORBIDDEN']);
    const promoted = dataOf(
      await write<{ promotePractice: { practice: Record<string, unknown> } }>(promote, { id: created.id, version: 1 }),
    ).promotePractice.practice;
    expect(promoted).toMatchObject({
      version: 2,
      promotedOn: new Date().toISOString().slice(0, 10),
      promotedBy: FULL_VIEWER.subject,
      evidence: { nodes: [{ activity: { id: activity!.id } }] },
    });
    const update = `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { id } } }`;
    expect(codes(await write(update, { id: created.id, version: 2, description: 'Changed.' }, university))).toEqual([
      'FORBIDDEN',
    ]);

    const hits = dataOf(
      await api.run<{ search: { node: { __typename: string; id?: string } }[] }>(
        `query ($text: String!) { search(text: $text, types: [PRACTICE]) { node { __typename ... on Practice { id } } } }`,
        { text: 'zyxwv twinned' },
      ),
    ).search;
    expect(hits.map((hit) => hit.node)).toEqual([{ __typename: 'Practice', id: created.id }]);
    const seeded = dataOf(
      await api.run<{ search: { node: { __typename: string } }[] }>(
        `query { search(text: "mentoring", types: [PRACTICE], first: 5) { node { __typename } } }`,
      ),
    ).search;
    expect(seeded.length).toBeGreaterThan(0);
  });
});

describe('statements', () => {
  it("a county's problems → status changes, guidance → committee: one compiled statement; bounded through the resolvers", async () => {
    const [county] = await api.sql<{ code: string; problems: number }>(
      `select c.code, count(*)::int as problems from directory.county c join assistance.problem p on p.county_id = c.id
        group by c.code order by count(*) desc, c.code limit 1`,
    );
    expect(county!.problems).toBeGreaterThan(1);
    const variables = { code: county!.code, first: 20 };
    const selects = (list: string[]) => list.filter((statement) => /\bselect\b/i.test(statement));
    const compiled = await api.measure(CountyProblemsDocument, variables);
    const { result, statements } = await api.measure(CountyProblemsDocument, variables, { compile: false });
    const data = dataOf(result);
    expect(dataOf(compiled.result)).toEqual(data);
    expect(data.county!.problems.nodes.length).toBe(Math.min(20, county!.problems));
    expect(selects(compiled.statements)).toHaveLength(1);
    // county; open problems and problems, each with its totalCount; status changes; guidance with its
    // totalCount; the committees of problems; those of guidance (schools and universities are
    // references the directory resolves: one _entities statement each)
    expect(selects(statements).length).toBeLessThanOrEqual(12);
    const unbatched = await api.measure(CountyProblemsDocument, variables, { batch: false });
    expect(dataOf(unbatched.result)).toEqual(data);
    expect(selects(unbatched.statements).length).toBeGreaterThan(selects(statements).length);
  });

  it('open problems of every school of a page: one statement for the level, however many schools', async () => {
    const [county] = await api.sql<{ code: string }>(
      `select c.code from directory.county c join directory.school s on s.county_id = c.id
        group by c.code order by count(*) desc, c.code limit 1`,
    );
    const query = `query ($code: String!) { county(code: $code) { schools(first: 50) { nodes { id openProblems { id status } } } } }`;
    type Data = { county: { schools: { nodes: { id: string; openProblems: { status: string }[] }[] } } };
    const variables = { code: county!.code };
    const { result, statements } = await api.measure<Data>(query, variables, { compile: false });
    const schools = dataOf(result).county.schools.nodes;
    expect(schools.length).toBeGreaterThan(3);
    for (const school of schools) {
      for (const problem of school.openProblems) expect(['OPEN', 'IN_PROGRESS']).toContain(problem.status);
    }
    const selects = (list: string[]) => list.filter((statement) => /\bselect\b/i.test(statement));
    // the county, its schools, their open problems
    expect(selects(statements).length).toBeLessThanOrEqual(3);
    const unbatched = await api.measure<Data>(query, variables, { batch: false });
    expect(dataOf(unbatched.result)).toEqual(dataOf(result));
    expect(selects(unbatched.statements).length).toBeGreaterThan(schools.length);
  });
});

async function countyCode(countyId: string): Promise<string> {
  const [county] = await api.sql<{ code: string }>(`select code from directory.county where id = $1`, [countyId]);
  return county!.code;
}
