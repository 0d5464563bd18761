import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActivitiesPerMonthDocument,
  CoverageByProvinceDocument,
  PeopleTrainedByRegionDocument,
  ProgramReachDocument,
  StatisticsActivitiesDocument,
  StatisticsBucketsDocument,
  StatisticsCoverageDocument,
  StatisticsMetricsDocument,
  StatisticsNamedDocument,
  StatisticsOfUniversityDocument,
  StatisticsPerProgramDocument,
  StatisticsPeopleTrainedDocument,
  StatisticsPerProvinceDocument,
  StatisticsReachDocument,
  StatisticsSelectedDocument,
  type StatisticsDimension,
  type StatisticsFilter,
  type StatisticsKeyIdsFragment,
} from './generated/operations';
import { FACTS } from '../src/seed/facts';
import { dataOf, startTestApi, type GraphQLResult, type TestApi } from './support/api';

/*
 * Grouped statistics against counts computed independently here, in plain SQL written for the test
 * (correlated subqueries and EXISTS where the API groups a UNION of fact tables), for several
 * dimension combinations and filters; the entity keys resolved through the gateway; exactly one
 * SQL statement per statistics field, also on a list of parents; and the BAD_USER_INPUT rules.
 */

const TRUSTEESHIP = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP';
const COMMITTEE_PROGRAM = 'RURAL-TALENT-GROUP-ASSISTANCE';

let api: TestApi;
/** Codes of the directory rows and programmes by id, to read the keys (which carry ids). */
const codeOf = new Map<string, string>();
let busiestUniversity: string;

beforeAll(async () => {
  api = await startTestApi();
  const rows = await api.sql<{ id: string; code: string }>(
    `select id, code from directory.province union all select id, code from directory.county
     union all select id, code from directory.university union all select id, code from assistance.program`,
  );
  for (const row of rows) codeOf.set(row.id, row.code);
  const [row] = await api.sql<{ code: string }>(
    `select u.code from directory.university u join assistance.partnership p on p.university_id = u.id
      group by u.code order by count(*) desc, u.code limit 1`,
  );
  busiestUniversity = row!.code;
});
afterAll(() => api?.close());

const statisticsStatements = (statements: string[]) => statements.filter((s) => s.includes('/* statistics */'));

/** A readable bucket label from a key of ids: `PROVINCE=64|YEAR=2023`, for the dimensions grouped by. */
function label(key: StatisticsKeyIdsFragment, groupBy: StatisticsDimension[]): string {
  const value: Record<StatisticsDimension, unknown> = {
    PROVINCE: key.province && codeOf.get(key.province.id),
    REGION: key.region,
    COUNTY: key.county && codeOf.get(key.county.id),
    UNIVERSITY: key.university && codeOf.get(key.university.id),
    PROGRAM: key.program?.code,
    YEAR: key.year,
    MONTH: key.month,
    ACTIVITY_KIND: key.activityKind,
    IMPROVEMENT_TASK: key.improvementTask,
  };
  return groupBy.map((dimension) => `${dimension}=${value[dimension] ?? 'null'}`).join('|');
}

/** Plain-SQL rows as a map from the same labels (columns named after the dimensions, lower case). */
function bySqlLabel<R extends Record<string, unknown>>(rows: R[], groupBy: StatisticsDimension[], measures: string[]) {
  return new Map(
    rows.map((row) => [
      groupBy.map((dimension) => `${dimension}=${row[dimension.toLowerCase()] ?? 'null'}`).join('|'),
      Object.fromEntries(measures.map((measure) => [measure, row[measure]])),
    ]),
  );
}

function byApiLabel<R extends { key: StatisticsKeyIdsFragment }>(
  rows: R[],
  groupBy: StatisticsDimension[],
  measures: string[],
) {
  return new Map(
    rows.map((row) => [
      label(row.key, groupBy),
      Object.fromEntries(measures.map((measure) => [measure, (row as Record<string, unknown>)[measure]])),
    ]),
  );
}

/**
 * The schools each programme covers, as the API documents it: listed by one of its partnerships, in a
 * plan one of its partnerships drew up, or targeted by one of its committees (program_id, school_id).
 */
const COVERED = `
  select p.program_id, ps.school_id from assistance.partnership_school ps
    join assistance.partnership p on p.id = ps.partnership_id
  union select p.program_id, ap.school_id from assistance.assistance_plan ap
    join assistance.partnership p on p.id = ap.partnership_id
  union select c.program_id, t.school_id from assistance.committee_target_school t
    join assistance.committee c on c.id = t.committee_id`;

/** The counties each programme reaches: its partnerships' counties and its covered schools' (program_id, county_id). */
const REACHED = `
  select program_id, county_id from assistance.partnership
  union select covered.program_id, s.county_id from (${COVERED}) covered join directory.school s on s.id = covered.school_id`;

/** Activity county as the API documents it: the activity's, else its school's, else its partnership's. */
const ACTIVITY_GEOGRAPHY = `
  from assistance.activity a
  left join directory.school s on s.id = a.school_id
  left join assistance.partnership p on p.id = a.partnership_id
  left join directory.county c on c.id = coalesce(a.county_id, s.county_id, p.county_id)
  left join directory.province pv on pv.id = c.province_id`;

describe('dashboard operations', () => {
  it('coverage by province: partnerships, counties, schools, universities per province for the trusteeship programme', async () => {
    const { result, statements } = await api.measure(CoverageByProvinceDocument, {});
    const rows = dataOf(result).statistics;
    const expected = await api.sql<{
      code: string;
      name_en: string;
      partnerships: number;
      counties: number;
      universities: number;
      schools: number;
    }>(
      `select * from (
         select pv.code, pv.name_en,
           (select count(*) from assistance.partnership p join directory.county c on c.id = p.county_id
             where c.province_id = pv.id and p.program_id = pr.id)::int as partnerships,
           (select count(distinct p.county_id) from assistance.partnership p join directory.county c on c.id = p.county_id
             where c.province_id = pv.id and p.program_id = pr.id)::int as counties,
           (select count(distinct p.university_id) from assistance.partnership p join directory.county c on c.id = p.county_id
             where c.province_id = pv.id and p.program_id = pr.id)::int as universities,
           (select count(*) from directory.school s where s.province_id = pv.id and (
              exists (select 1 from assistance.partnership_school ps join assistance.partnership p on p.id = ps.partnership_id
                       where ps.school_id = s.id and p.program_id = pr.id)
              or exists (select 1 from assistance.assistance_plan ap join assistance.partnership p on p.id = ap.partnership_id
                       where ap.school_id = s.id and p.program_id = pr.id)
              or exists (select 1 from assistance.committee_target_school t join assistance.committee cm on cm.id = t.committee_id
                       where t.school_id = s.id and cm.program_id = pr.id)))::int as schools
         from directory.province pv, assistance.program pr where pr.code = $1) x
       where partnerships + schools > 0 order by code`,
      [TRUSTEESHIP],
    );
    expect(
      rows.map((row) => ({
        code: row.key.province?.code,
        name_en: row.key.province?.nameEn,
        partnerships: row.partnerships,
        counties: row.counties,
        universities: row.universities,
        schools: row.schools,
      })),
    ).toEqual(expected);
    // The document's figures: 115 counties in 23 provinces and the Corps.
    expect(rows).toHaveLength(24);
    expect(rows.reduce((sum, row) => sum + row.counties, 0)).toBe(115);
    expect(statisticsStatements(statements)).toHaveLength(1);
  });

  it('activities per month per university, in a period, with the null university last', async () => {
    for (const programCodes of [[TRUSTEESHIP], null]) {
      const variables = { from: '2023-01-01', to: '2023-06-30', programCodes };
      const rows = dataOf(await api.run(ActivitiesPerMonthDocument, variables)).statistics;
      const expected = await api.sql(
        `select u.code, u.name_zh, extract(year from a.start_date)::int as year, extract(month from a.start_date)::int as month,
                count(*)::int as activities,
                sum((select count(*) from assistance.participation pt where pt.activity_id = a.id))::int as participants
           from assistance.activity a
           left join assistance.partnership p on p.id = a.partnership_id
           left join directory.university u on u.id = coalesce(a.university_id, p.university_id)
          where a.start_date between $1 and $2
            and ($3::text[] is null or a.program_id in (select id from assistance.program where code = any($3)))
          group by 1, 2, 3, 4 order by u.code nulls last, 3, 4`,
        [variables.from, variables.to, programCodes],
      );
      expect(
        rows.map((row) => ({
          code: row.key.university?.code ?? null,
          name_zh: row.key.university?.nameZh ?? null,
          year: row.key.year,
          month: row.key.month,
          activities: row.activities,
          participants: row.participants,
        })),
      ).toEqual(expected);
      expect(rows.length).toBeGreaterThan(48);
      // Committee activities have no university: they are the null bucket when not filtered out.
      expect(rows.some((row) => row.key.university === null)).toBe(programCodes === null);
    }
  });

  it('people trained by region: distinct trainees, participations and activities per region of the activity county', async () => {
    const cases: { filter: StatisticsFilter | null; where: string; values: unknown[] }[] = [
      { filter: null, where: 'true', values: [] },
      {
        filter: { regions: ['WEST', 'CENTRAL'], years: [2023, 2024] },
        where: `pv.region in ('WEST', 'CENTRAL') and extract(year from a.start_date) in (2023, 2024)`,
        values: [],
      },
      {
        filter: { activityKinds: ['PRINCIPAL_TRAINING'], programCodes: [TRUSTEESHIP] },
        where: `a.kind = 'PRINCIPAL_TRAINING' and a.program_id = (select id from assistance.program where code = $1)`,
        values: [TRUSTEESHIP],
      },
    ];
    for (const { filter, where, values } of cases) {
      const rows = dataOf(await api.run(PeopleTrainedByRegionDocument, { filter })).statistics;
      const expected = await api.sql(
        `select pv.region,
                count(distinct pt.person_id) filter (where pt.role = 'TRAINEE')::int as "peopleTrained",
                count(pt.id)::int as participants, count(distinct a.id)::int as activities
         ${ACTIVITY_GEOGRAPHY}
         left join assistance.participation pt on pt.activity_id = a.id
         where ${where}
         group by 1
         order by array_position(array['EAST', 'CENTRAL', 'WEST', 'NORTHEAST'], pv.region) nulls last`,
        values,
      );
      expect(rows.map((row) => ({ region: row.key.region, ...withoutKey(row) }))).toEqual(expected);
    }
  });
});

function withoutKey<T extends { key: unknown }>(row: T): Omit<T, 'key'> {
  return Object.fromEntries(Object.entries(row).filter(([name]) => name !== 'key')) as Omit<T, 'key'>;
}

describe('dimension combinations and filters against plain SQL', () => {
  it('totals (no groupBy): one row counting every fact table', async () => {
    const coverage = dataOf(await api.run(StatisticsCoverageDocument, { groupBy: [] })).statistics;
    const activities = dataOf(await api.run(StatisticsActivitiesDocument, { groupBy: [] })).statistics;
    const [expected] = await api.sql(
      `select (select count(*) from assistance.partnership)::int as partnerships,
              (select count(distinct university_id) from assistance.partnership)::int as universities,
              (select count(distinct county_id) from (${REACHED}) r)::int as counties,
              (select count(distinct c.province_id) from (${REACHED}) r join directory.county c on c.id = r.county_id)::int
                 as provinces,
              (select count(*) from directory.school s where exists (select 1 from assistance.partnership_school x where x.school_id = s.id)
                 or exists (select 1 from assistance.assistance_plan x where x.school_id = s.id and x.partnership_id is not null)
                 or exists (select 1 from assistance.committee_target_school x where x.school_id = s.id))::int as schools,
              (select count(*) from assistance.activity)::int as activities,
              (select count(*) from assistance.participation)::int as participants,
              (select count(distinct person_id) from assistance.participation where role = 'TRAINEE')::int as "peopleTrained"`,
    );
    expect(coverage).toHaveLength(1);
    expect(withoutKey(coverage[0]!)).toEqual({
      partnerships: expected!.partnerships,
      universities: expected!.universities,
      counties: expected!.counties,
      provinces: expected!.provinces,
      schools: expected!.schools,
    });
    expect(withoutKey(activities[0]!)).toEqual({
      activities: expected!.activities,
      participants: expected!.participants,
      peopleTrained: expected!.peopleTrained,
    });
    expect(Object.values(coverage[0]!.key).filter((value) => value !== null && value !== 'StatisticsKey')).toEqual([]);
  });

  it('PROGRAM × YEAR: school metrics of the schools each programme covers, by school year; schools by partnership start', async () => {
    const groupBy: StatisticsDimension[] = ['PROGRAM', 'YEAR'];
    const rows = dataOf(await api.run(StatisticsMetricsDocument, { groupBy })).statistics;
    const metrics = await api.sql(
      `with covered as (
         select distinct program_id, school_id from (
           select p.program_id, ps.school_id from assistance.partnership_school ps join assistance.partnership p on p.id = ps.partnership_id
           union all select p.program_id, ap.school_id from assistance.assistance_plan ap join assistance.partnership p on p.id = ap.partnership_id
           union all select c.program_id, t.school_id from assistance.committee_target_school t join assistance.committee c on c.id = t.committee_id) x)
       select pr.code as program, m.year, count(*)::int as "schoolYears",
              sum(m.enrolled_students)::float8 as "enrolledStudentsSum", avg(m.enrolled_students)::float8 as "enrolledStudentsAvg",
              sum(m.teachers)::float8 as "teachersSum", avg(m.teachers)::float8 as "teachersAvg",
              sum(m.senior_title_teachers)::float8 as "seniorTitleTeachersSum", avg(m.senior_title_teachers)::float8 as "seniorTitleTeachersAvg",
              sum(m.graduates)::float8 as "graduatesSum", avg(m.graduates)::float8 as "graduatesAvg",
              sum(m.undergraduate_admissions)::float8 as "undergraduateAdmissionsSum", avg(m.undergraduate_admissions)::float8 as "undergraduateAdmissionsAvg",
              sum(m.training_hours)::float8 as "trainingHoursSum", avg(m.training_hours)::float8 as "trainingHoursAvg"
         from covered join assistance.school_metric m on m.school_id = covered.school_id
         join assistance.program pr on pr.id = covered.program_id
        group by 1, 2`,
    );
    const schools = await api.sql(
      `select pr.code as program, extract(year from x.starts_on)::int as year, count(distinct x.school_id)::int as schools from (
         select p.program_id, ps.school_id, p.starts_on from assistance.partnership_school ps join assistance.partnership p on p.id = ps.partnership_id
         union all select p.program_id, ap.school_id, p.starts_on from assistance.assistance_plan ap join assistance.partnership p on p.id = ap.partnership_id
         union all select c.program_id, t.school_id, null from assistance.committee_target_school t join assistance.committee c on c.id = t.committee_id) x
       join assistance.program pr on pr.id = x.program_id group by 1, 2`,
    );
    const expectedMetrics = bySqlLabel(metrics, groupBy, Object.keys(metrics[0]!).slice(2));
    const expectedSchools = bySqlLabel(schools, groupBy, ['schools']);
    const labels = [...new Set([...expectedMetrics.keys(), ...expectedSchools.keys()])];
    expect(rows.map((row) => label(row.key, groupBy)).sort()).toEqual(labels.sort());
    for (const row of rows) {
      const at = label(row.key, groupBy);
      expect(row.schools, at).toBe(expectedSchools.get(at)?.schools ?? 0);
      const want = expectedMetrics.get(at) ?? { schoolYears: 0 };
      for (const [name, value] of Object.entries(row.metrics)) {
        if (name === '__typename') continue;
        if (typeof want[name] === 'number') expect(value, `${at} ${name}`).toBeCloseTo(want[name] as number, 6);
        else expect(value, `${at} ${name}`).toBe(want[name] ?? null);
      }
    }
    // Committee coverage has no date: its schools are the null-year bucket of its programme.
    expect(rows.find((row) => row.key.program?.code === COMMITTEE_PROGRAM && row.key.year === null)?.schools).toBe(247);
  });

  it('IMPROVEMENT_TASK: partnerships through the plans they drew up, schools through their plans within coverage', async () => {
    const groupBy: StatisticsDimension[] = ['IMPROVEMENT_TASK'];
    const rows = dataOf(await api.run(StatisticsCoverageDocument, { groupBy })).statistics;
    const partnerships = await api.sql(
      `select g.task as improvement_task, count(distinct p.id)::int as partnerships,
              count(distinct p.university_id)::int as universities
         from assistance.partnership p join assistance.assistance_plan ap on ap.partnership_id = p.id
         join assistance.plan_goal g on g.plan_id = ap.id group by 1
       union all
       select null, count(*)::int, count(distinct university_id)::int
         from assistance.partnership p where not exists (
           select 1 from assistance.assistance_plan ap join assistance.plan_goal g on g.plan_id = ap.id where ap.partnership_id = p.id)
       having count(*) > 0`,
    );
    // Counties reached: a partnership's county with the goals of its plans; a covered school's county with
    // the goals of its plans within that coverage (no goal: the null bucket).
    const reach = await api.sql(
      `select x.task as improvement_task, count(distinct x.county_id)::int as counties,
              count(distinct c.province_id)::int as provinces from (
         select p.county_id, g.task from assistance.partnership p
           left join assistance.assistance_plan ap on ap.partnership_id = p.id
           left join assistance.plan_goal g on g.plan_id = ap.id
         union all
         select s.county_id, g.task from (
           select ps.school_id, ps.partnership_id from assistance.partnership_school ps
           union select ap.school_id, ap.partnership_id from assistance.assistance_plan ap where ap.partnership_id is not null
           union select t.school_id, null from assistance.committee_target_school t) cov
           join directory.school s on s.id = cov.school_id
           left join assistance.assistance_plan ap on ap.school_id = cov.school_id
            and coalesce(ap.partnership_id::text, '-') = coalesce(cov.partnership_id::text, '-')
           left join assistance.plan_goal g on g.plan_id = ap.id) x
       join directory.county c on c.id = x.county_id group by 1`,
    );
    const schools = await api.sql(
      `select g.task as improvement_task, count(distinct x.school_id)::int as schools from (
         select ps.school_id, ps.partnership_id from assistance.partnership_school ps
         union select ap.school_id, ap.partnership_id from assistance.assistance_plan ap where ap.partnership_id is not null
         union select t.school_id, null from assistance.committee_target_school t) x
       join assistance.assistance_plan ap on ap.school_id = x.school_id
        and coalesce(ap.partnership_id::text, '-') = coalesce(x.partnership_id::text, '-')
       join assistance.plan_goal g on g.plan_id = ap.id group by 1`,
    );
    expect(rows.map((row) => row.key.improvementTask)).toEqual([
      'EDUCATIONAL_QUALITY',
      'TEACHING_FORCE_CAPACITY',
      'STUDENT_WELL_ROUNDEDNESS',
      'SCHOOL_MANAGEMENT',
    ]);
    const expectedP = bySqlLabel(partnerships, groupBy, ['partnerships', 'universities']);
    const expectedR = bySqlLabel(reach, groupBy, ['counties', 'provinces']);
    const expectedS = bySqlLabel(schools, groupBy, ['schools']);
    expect(byApiLabel(rows, groupBy, ['partnerships', 'universities'])).toEqual(expectedP);
    expect(byApiLabel(rows, groupBy, ['counties', 'provinces'])).toEqual(expectedR);
    expect(byApiLabel(rows, groupBy, ['schools'])).toEqual(expectedS);
  });

  it('by university (filter) × COUNTY: partnerships and activities of one university per county', async () => {
    const groupBy: StatisticsDimension[] = ['COUNTY'];
    const filter = { universityCodes: [busiestUniversity] };
    const coverage = dataOf(await api.run(StatisticsCoverageDocument, { groupBy, filter })).statistics;
    const activities = dataOf(await api.run(StatisticsActivitiesDocument, { groupBy, filter })).statistics;
    const expectedCoverage = await api.sql(
      `select c.code as county, count(*)::int as partnerships, count(distinct p.university_id)::int as universities,
              count(distinct p.county_id)::int as counties,
              (select count(distinct x.school_id) from (
                 select ps.school_id from assistance.partnership_school ps join assistance.partnership q on q.id = ps.partnership_id
                  where q.university_id = u.id
                 union select ap.school_id from assistance.assistance_plan ap join assistance.partnership q on q.id = ap.partnership_id
                  where q.university_id = u.id) x join directory.school s on s.id = x.school_id where s.county_id = c.id)::int as schools
         from assistance.partnership p join directory.county c on c.id = p.county_id
         join directory.university u on u.id = p.university_id
        where u.code = $1 group by c.code, c.id, u.id`,
      [busiestUniversity],
    );
    const expectedActivities = await api.sql(
      `select c.code as county, count(distinct a.id)::int as activities, count(pt.id)::int as participants,
              count(distinct pt.person_id) filter (where pt.role = 'TRAINEE')::int as "peopleTrained"
         ${ACTIVITY_GEOGRAPHY}
         left join assistance.participation pt on pt.activity_id = a.id
        where coalesce(a.university_id, p.university_id) = (select id from directory.university where code = $1)
        group by 1`,
      [busiestUniversity],
    );
    expect(coverage.length).toBeGreaterThan(1);
    expect(byApiLabel(coverage, groupBy, ['partnerships', 'universities', 'counties', 'schools'])).toEqual(
      bySqlLabel(expectedCoverage, groupBy, ['partnerships', 'universities', 'counties', 'schools']),
    );
    expect(byApiLabel(activities, groupBy, ['activities', 'participants', 'peopleTrained'])).toEqual(
      bySqlLabel(expectedActivities, groupBy, ['activities', 'participants', 'peopleTrained']),
    );
    // Sorted by county code.
    const codes = coverage.map((row) => codeOf.get(row.key.county!.id)!);
    expect(codes).toEqual([...codes].sort());
  });

  it('PROVINCE × ACTIVITY_KIND × MONTH with province, county and date filters', async () => {
    const [{ code: county } = { code: '' }] = await api.sql<{ code: string }>(
      `select c.code from assistance.activity a join directory.county c on c.id = a.county_id
        where c.province_id = (select id from directory.province where code = '53')
        group by c.code order by count(*) desc, c.code limit 1`,
    );
    const groupBy: StatisticsDimension[] = ['PROVINCE', 'ACTIVITY_KIND', 'MONTH'];
    const filter = { provinceCodes: ['64', '53'], countyCodes: [county], from: '2022-09-01', to: '2023-08-31' };
    const rows = dataOf(await api.run(StatisticsActivitiesDocument, { groupBy, filter })).statistics;
    const expected = await api.sql(
      `select pv.code as province, a.kind as activity_kind, extract(month from a.start_date)::int as month,
              count(distinct a.id)::int as activities, count(pt.id)::int as participants,
              count(distinct pt.person_id) filter (where pt.role = 'TRAINEE')::int as "peopleTrained"
         ${ACTIVITY_GEOGRAPHY}
         left join assistance.participation pt on pt.activity_id = a.id
        where pv.code in ('64', '53') and c.code = $1 and a.start_date between '2022-09-01' and '2023-08-31'
        group by 1, 2, 3, extract(year from a.start_date)`,
      [county],
    );
    // Both province codes and the county (in Yunnan, 53) must hold.
    expect(rows.length).toBeGreaterThan(0);
    const measures = ['activities', 'participants', 'peopleTrained'];
    expect(byApiLabel(rows, groupBy, measures)).toEqual(bySqlLabel(expected, groupBy, measures));
    // MONTH brings the year along, and rows are in key order.
    expect(rows.every((row) => row.key.year !== null && row.key.month !== null)).toBe(true);

    const wide = dataOf(
      await api.run(StatisticsActivitiesDocument, {
        groupBy,
        filter: { provinceCodes: ['64'], from: '2022-09-01', to: '2023-08-31' },
      }),
    ).statistics;
    const expectedWide = await api.sql(
      `select pv.code as province, a.kind as activity_kind, extract(month from a.start_date)::int as month,
              extract(year from a.start_date)::int as year, count(distinct a.id)::int as activities,
              count(pt.id)::int as participants,
              count(distinct pt.person_id) filter (where pt.role = 'TRAINEE')::int as "peopleTrained"
         ${ACTIVITY_GEOGRAPHY}
         left join assistance.participation pt on pt.activity_id = a.id
        where pv.code = '64' and a.start_date between '2022-09-01' and '2023-08-31'
        group by 1, 2, 3, 4
        order by array_position(array['PRINCIPAL_TEAM_DISPATCH', 'TEACHER_VISIT', 'COLLEGE_STUDENT_TEACHING_PRACTICE',
                 'PRINCIPAL_TRAINING', 'TEACHER_PLACEMENT_TRAINING', 'STUDENT_CAMP', 'LAB_OPEN_DAY', 'FIELD_RESEARCH',
                 'SURVEY', 'ONLINE_MEETING'], a.kind), 4, 3`,
    );
    expect(wide.length).toBeGreaterThan(10);
    expect(
      wide.map((row) => ({
        province: codeOf.get(row.key.province!.id),
        activity_kind: row.key.activityKind,
        month: row.key.month,
        year: row.key.year,
        ...withoutKey(row),
      })),
    ).toEqual(expectedWide);
  });

  it('REGION × YEAR metrics with region and period filters: school years from the year of `from` to the year of `to`', async () => {
    const groupBy: StatisticsDimension[] = ['REGION', 'YEAR'];
    const filter = {
      regions: ['WEST' as const],
      from: '2022-03-01',
      to: '2023-12-31',
      programCodes: [COMMITTEE_PROGRAM],
    };
    const rows = dataOf(await api.run(StatisticsMetricsDocument, { groupBy, filter })).statistics;
    const expected = await api.sql(
      `select pv.region, m.year, count(*)::int as "schoolYears", sum(m.enrolled_students)::float8 as "enrolledStudentsSum"
         from directory.school s join directory.province pv on pv.id = s.province_id
         join assistance.school_metric m on m.school_id = s.id
        where pv.region = 'WEST' and m.year between 2022 and 2023 and exists (
          select 1 from assistance.committee_target_school t join assistance.committee c on c.id = t.committee_id
            join assistance.program pr on pr.id = c.program_id where t.school_id = s.id and pr.code = $1)
        group by 1, 2 order by 2`,
      [COMMITTEE_PROGRAM],
    );
    expect(
      rows.map((row) => ({
        region: row.key.region,
        year: row.key.year,
        schoolYears: row.metrics.schoolYears,
        enrolledStudentsSum: row.metrics.enrolledStudentsSum,
      })),
    ).toEqual(expected);
    // Schools of the committee have no coverage date, so the period leaves no school counted.
    expect(rows.every((row) => row.schools === 0)).toBe(true);
    expect(rows.map((row) => row.key.year)).toEqual([2022, 2023]);
  });
});

describe('measures mean the same for every programme', () => {
  /*
   * The trusteeship programme works through university–county partnerships; the committee programme
   * through an expert committee's target schools, with no partnership. Schools, counties, provinces
   * reached and people trained are counted by one rule for both, checked against plain SQL.
   */
  const reachSql = (groupBy: 'none' | 'province' | 'region') => {
    const key = { none: `''`, province: 'pv.code', region: 'pv.region' }[groupBy];
    const label = groupBy === 'none' ? '' : `, ${key} as ${groupBy}`;
    return `
      with program as (select id from assistance.program where code = $1),
      schools as (
        select ${key} as k, count(distinct cov.school_id)::int as schools
          from (${COVERED}) cov join directory.school s on s.id = cov.school_id
          join directory.province pv on pv.id = s.province_id
         where cov.program_id = (select id from program) group by 1),
      counties as (
        select ${key} as k, count(distinct r.county_id)::int as counties, count(distinct c.province_id)::int as provinces
          from (${REACHED}) r join directory.county c on c.id = r.county_id
          join directory.province pv on pv.id = c.province_id
         where r.program_id = (select id from program) group by 1),
      trained as (
        select ${key} as k, count(distinct pt.person_id)::int as "peopleTrained"
          ${ACTIVITY_GEOGRAPHY}
          join assistance.participation pt on pt.activity_id = a.id and pt.role = 'TRAINEE'
         where a.program_id = (select id from program) group by 1)
      select coalesce(schools.schools, 0) as schools, coalesce(counties.counties, 0) as counties,
             coalesce(counties.provinces, 0) as provinces, coalesce(trained."peopleTrained", 0) as "peopleTrained"
             ${label.replace(key, 'k')}
        from schools full join counties using (k) full join trained using (k)`;
  };
  const measures = ['schools', 'counties', 'provinces', 'peopleTrained'];

  it.each([TRUSTEESHIP, COMMITTEE_PROGRAM])('%s: totals, by PROVINCE and by REGION equal plain SQL', async (code) => {
    const filter: StatisticsFilter = { programCodes: [code] };
    for (const dimension of ['none', 'province', 'region'] as const) {
      const groupBy: StatisticsDimension[] =
        dimension === 'none' ? [] : [dimension === 'province' ? 'PROVINCE' : 'REGION'];
      const { result, statements } = await api.measure(StatisticsReachDocument, { groupBy, filter });
      const rows = dataOf(result).statistics;
      const expected = await api.sql(reachSql(dimension), [code]);
      expect(byApiLabel(rows, groupBy, measures), `${code} ${dimension}`).toEqual(
        bySqlLabel(expected, groupBy, measures),
      );
      expect(statisticsStatements(statements)).toHaveLength(1);
    }
  });

  it('the source documents’ figures: 115 counties in 24 province-level units; 247 schools in 160 counties of 10 provinces', async () => {
    const rows = dataOf(
      await api.run(StatisticsReachDocument, {
        groupBy: ['PROGRAM'],
        filter: { programCodes: [TRUSTEESHIP, COMMITTEE_PROGRAM] },
      }),
    ).statistics;
    const byProgram = new Map(rows.map((row) => [row.key.program?.code, withoutKey(row)]));
    expect(byProgram.get(TRUSTEESHIP)).toMatchObject({ counties: 115, provinces: 24, schools: 115 });
    // The committee programme has no partnership: its counties and provinces are its target schools'.
    expect(byProgram.get(COMMITTEE_PROGRAM)).toMatchObject({ counties: 160, provinces: 10, schools: 247 });
  });
});

describe('the people of the schools covered', () => {
  it('principals and teachers and staff per programme equal plain SQL over current appointments; the documents’ figures', async () => {
    const rows = dataOf(await api.run(ProgramReachDocument, {})).statistics;
    const expected = await api.sql<{ code: string; principals: number; teachersAndStaff: number }>(
      `select pr.code,
              count(distinct a.person_id) filter (where a.role = 'PRINCIPAL')::int as principals,
              count(distinct a.person_id) filter (where a.role in ('TEACHER', 'STAFF'))::int as "teachersAndStaff"
         from (${COVERED}) cov join assistance.program pr on pr.id = cov.program_id
         left join people.appointment a on a.school_id = cov.school_id and a.end_date is null
        group by pr.code`,
    );
    const shown = rows
      .filter((row) => row.key.program)
      .map((row) => [row.key.program!.code, row.principals, row.teachersAndStaff]);
    expect(new Map(shown.map(([code, ...figures]) => [code, figures]))).toEqual(
      new Map(expected.map((row) => [row.code, [row.principals, row.teachersAndStaff]])),
    );
    const byProgram = new Map(rows.map((row) => [row.key.program?.code, row]));
    // Document 000: "the 247 school principals as well as 2,145 teachers and staff"; document 004: 48 universities, 115 counties.
    expect(byProgram.get(COMMITTEE_PROGRAM)).toMatchObject({
      principals: FACTS.committee.principals,
      teachersAndStaff: FACTS.committee.teachersAndStaff,
    });
    expect(byProgram.get(TRUSTEESHIP)).toMatchObject({
      universities: FACTS.trusteeship.universities,
      counties: FACTS.trusteeship.counties,
    });
  });
});

describe('entity keys resolve through the gateway', () => {
  it('province and university names, programme and county names, one statistics statement each', async () => {
    const { result, statements } = await api.measure(StatisticsNamedDocument, {
      groupBy: ['PROVINCE', 'UNIVERSITY'],
      filter: { programCodes: [TRUSTEESHIP] },
    });
    const rows = dataOf(result).statistics;
    const names = new Map(
      (
        await api.sql<{ code: string; name: string }>(
          `select code, name_en as name from directory.province union all select code, name_zh from directory.university`,
        )
      ).map((row) => [row.code, row.name]),
    );
    expect(rows.length).toBeGreaterThanOrEqual(48);
    // The ministry's special training has neither county nor university: the null bucket, sorted last.
    expect(rows.at(-1)!.key).toMatchObject({ province: null, university: null });
    for (const row of rows.slice(0, -1)) {
      expect(row.key.province!.nameEn).toBe(names.get(row.key.province!.code));
      expect(row.key.university!.nameZh).toBe(names.get(row.key.university!.code));
    }
    expect(rows.reduce((sum, row) => sum + row.partnerships, 0)).toBe(115);
    expect(statisticsStatements(statements)).toHaveLength(1);

    const byProgram = await api.measure(StatisticsNamedDocument, { groupBy: ['PROGRAM', 'COUNTY'] });
    const programRows = dataOf(byProgram.result).statistics;
    const programs = await api.sql<{ code: string; name_en: string }>(`select code, name_en from assistance.program`);
    const counties = new Map(
      (await api.sql<{ code: string; name_zh: string }>(`select code, name_zh from directory.county`)).map((row) => [
        row.code,
        row.name_zh,
      ]),
    );
    for (const row of programRows) {
      expect(row.key.program!.nameEn).toBe(programs.find((program) => program.code === row.key.program!.code)?.name_en);
      if (row.key.county) expect(row.key.county.nameZh).toBe(counties.get(row.key.county.code));
    }
    expect(new Set(programRows.map((row) => row.key.program!.code))).toEqual(new Set([TRUSTEESHIP, COMMITTEE_PROGRAM]));
    expect(statisticsStatements(byProgram.statements)).toHaveLength(1);
  });
});

describe('one SQL statement per statistics field', () => {
  it('on the root field, whatever the measures and dimensions (the programme key read in the same statement)', async () => {
    const cases = [
      { document: StatisticsCoverageDocument, groupBy: ['PROGRAM', 'PROVINCE', 'IMPROVEMENT_TASK'] },
      { document: StatisticsActivitiesDocument, groupBy: ['PROGRAM', 'UNIVERSITY', 'ACTIVITY_KIND', 'MONTH'] },
      { document: StatisticsMetricsDocument, groupBy: ['PROGRAM', 'REGION', 'COUNTY', 'YEAR'] },
    ] as const;
    for (const { document, groupBy } of cases) {
      const { result, statements } = await api.measure(document, { groupBy: [...groupBy] });
      expect(dataOf(result).statistics.length).toBeGreaterThan(0);
      expect(statements, groupBy.join(',')).toHaveLength(1);
      expect(statements[0]).toContain('/* statistics */');
    }
  });

  it('on a list of programmes: one statement for all of them, each equal to the root field filtered to it', async () => {
    const groupBy: StatisticsDimension[] = ['YEAR', 'PROVINCE'];
    const { result, statements } = await api.measure(StatisticsPerProgramDocument, { groupBy });
    const programs = dataOf(result).programs.nodes;
    expect(programs.length).toBe(3);
    expect(statisticsStatements(statements)).toHaveLength(1);
    expect(statements).toHaveLength(2); // the programmes page, then the statistics
    for (const program of programs) {
      const [coverage, activities] = await Promise.all([
        api.run(StatisticsCoverageDocument, { groupBy, filter: { programCodes: [program.code] } }),
        api.run(StatisticsActivitiesDocument, { groupBy, filter: { programCodes: [program.code] } }),
      ]);
      const root = new Map<string, Record<string, number>>();
      for (const row of dataOf(coverage).statistics) {
        root.set(label(row.key, groupBy), { partnerships: row.partnerships, schools: row.schools });
      }
      for (const row of dataOf(activities).statistics) {
        const at = label(row.key, groupBy);
        root.set(at, {
          partnerships: 0,
          schools: 0,
          ...root.get(at),
          activities: row.activities,
          peopleTrained: row.peopleTrained,
        });
      }
      const field = new Map(program.statistics.map((row) => [label(row.key, groupBy), withoutKey(row)]));
      expect(field, program.code).toEqual(
        new Map([...root].map(([at, value]) => [at, { activities: 0, peopleTrained: 0, ...value }])),
      );
    }
    // With nothing grouped, a programme without facts still gets its total row, of zeros.
    const totals = dataOf(await api.run(StatisticsPerProgramDocument, { groupBy: [] })).programs.nodes;
    expect(totals.find((program) => program.code === 'NATIONAL-TRAINING-PROGRAMME')?.statistics).toEqual([
      expect.objectContaining({ partnerships: 0, schools: 0, activities: 0, peopleTrained: 0 }),
    ]);
  });

  it('control: with batching off, a list of programmes costs a statistics statement per programme', async () => {
    const { statements } = await api.measure(StatisticsPerProgramDocument, { groupBy: ['YEAR'] }, { batch: false });
    expect(statisticsStatements(statements)).toHaveLength(3);
  });

  it('on every province (from the directory, extended here): one statement, equal to SQL per province', async () => {
    const { result, statements } = await api.measure(StatisticsPerProvinceDocument, { groupBy: [] });
    const provinces = dataOf(result).provinces.nodes;
    expect(provinces.length).toBeGreaterThan(30);
    expect(statisticsStatements(statements)).toHaveLength(1);
    const expected = await api.sql<{ code: string; partnerships: number; activities: number; school_years: number }>(
      `select pv.code,
              (select count(*) from assistance.partnership p join directory.county c on c.id = p.county_id
                where c.province_id = pv.id)::int as partnerships,
              (select count(*) ${ACTIVITY_GEOGRAPHY.replace(/\bpv\b/g, 'apv')} where apv.id = pv.id)::int as activities,
              (select count(*) from assistance.school_metric m join directory.school s on s.id = m.school_id
                where s.province_id = pv.id and (
                  exists (select 1 from assistance.partnership_school x where x.school_id = s.id)
                  or exists (select 1 from assistance.assistance_plan x where x.school_id = s.id and x.partnership_id is not null)
                  or exists (select 1 from assistance.committee_target_school x where x.school_id = s.id)))::int as school_years
         from directory.province pv`,
    );
    for (const province of provinces) {
      const want = expected.find((row) => row.code === province.code)!;
      expect(province.statistics, province.code).toHaveLength(1);
      const [row] = province.statistics;
      expect(
        { partnerships: row!.partnerships, activities: row!.activities, schoolYears: row!.metrics.schoolYears },
        province.code,
      ).toEqual({ partnerships: want.partnerships, activities: want.activities, schoolYears: want.school_years });
    }
  });

  it('on a university: equal to the root field filtered to it', async () => {
    const groupBy: StatisticsDimension[] = ['COUNTY', 'YEAR'];
    const { result, statements } = await api.measure(StatisticsOfUniversityDocument, {
      code: busiestUniversity,
      groupBy,
    });
    const university = dataOf(result).university!;
    expect(statisticsStatements(statements)).toHaveLength(1);
    const filter = { universityCodes: [busiestUniversity] };
    const coverage = dataOf(await api.run(StatisticsCoverageDocument, { groupBy, filter })).statistics;
    const activities = dataOf(await api.run(StatisticsActivitiesDocument, { groupBy, filter })).statistics;
    const expected = new Map<string, Record<string, number>>();
    const zero = { partnerships: 0, counties: 0, schools: 0, activities: 0, peopleTrained: 0 };
    for (const row of coverage) {
      const { partnerships, counties, schools } = row;
      expected.set(label(row.key, groupBy), { ...zero, partnerships, counties, schools });
    }
    for (const row of activities) {
      const at = label(row.key, groupBy);
      expected.set(at, { ...zero, ...expected.get(at), activities: row.activities, peopleTrained: row.peopleTrained });
    }
    expect(new Map(university.statistics.map((row) => [label(row.key, groupBy), withoutKey(row)]))).toEqual(expected);
  });
});

describe('only the selected measures are computed', () => {
  it('people trained alone: the trainees of each bucket, only buckets with trainees, from their own arm', async () => {
    const groupBy: StatisticsDimension[] = ['PROVINCE', 'YEAR'];
    const { result, statements } = await api.measure(StatisticsPeopleTrainedDocument, { groupBy });
    const rows = dataOf(result).statistics;
    const expected = await api.sql<{ province: string | null; year: number; peopleTrained: number }>(
      `select pv.code as province, extract(year from a.start_date)::int as year,
              count(distinct pt.person_id)::int as "peopleTrained"
       ${ACTIVITY_GEOGRAPHY}
       join assistance.participation pt on pt.activity_id = a.id and pt.role = 'TRAINEE'
       group by 1, 2`,
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(byApiLabel(rows, groupBy, ['peopleTrained'])).toEqual(bySqlLabel(expected, groupBy, ['peopleTrained']));
    expect(statisticsStatements(statements)).toHaveLength(1);
    expect(statements[0]).toContain('a_trainee as (');
    expect(statements[0]).not.toContain('a_activity as (');
  });

  it('fragments, inline fragments and @include decide which fact tables the statement reads', async () => {
    const groupBy: StatisticsDimension[] = ['PROVINCE'];
    const cases = [
      { coverage: true, activity: false, metric: false, arms: ['a_partnership', 'a_reach', 'a_school'] },
      // People trained are counted in the activities' pass when activities or participants are selected too.
      { coverage: false, activity: true, metric: false, arms: ['a_activity'] },
      { coverage: false, activity: false, metric: true, arms: ['a_metric'] },
    ];
    for (const flags of cases) {
      const { result, statements } = await api.measure(StatisticsSelectedDocument, { groupBy, ...flags });
      expect(dataOf(result).statistics.length).toBeGreaterThan(0);
      expect(statements).toHaveLength(1);
      const read = ['a_partnership', 'a_reach', 'a_school', 'a_activity', 'a_trainee', 'a_metric'].filter((arm) =>
        statements[0]!.includes(`${arm} as (`),
      );
      expect(read).toEqual(flags.arms);
    }
    const selected = dataOf(
      await api.run(StatisticsSelectedDocument, { groupBy, coverage: true, activity: false, metric: false }),
    ).statistics;
    const plain = dataOf(await api.run(StatisticsCoverageDocument, { groupBy })).statistics;
    expect(selected.map((row) => [row.key?.province?.id, row.partnerships, row.schools])).toEqual(
      plain.map((row) => [row.key.province?.id, row.partnerships, row.schools]),
    );
  });

  it('with only the key selected, the buckets are those of every fact table the grouping reaches', async () => {
    const { result, statements } = await api.measure(StatisticsBucketsDocument, { groupBy: ['ACTIVITY_KIND'] });
    expect(dataOf(result).statistics.map((row) => row.key.activityKind)).toEqual(
      (await api.sql<{ kind: string }>(`select distinct kind from assistance.activity`)).length === 10
        ? [
            'PRINCIPAL_TEAM_DISPATCH',
            'TEACHER_VISIT',
            'COLLEGE_STUDENT_TEACHING_PRACTICE',
            'PRINCIPAL_TRAINING',
            'TEACHER_PLACEMENT_TRAINING',
            'STUDENT_CAMP',
            'LAB_OPEN_DAY',
            'FIELD_RESEARCH',
            'SURVEY',
            'ONLINE_MEETING',
          ]
        : [],
    );
    expect(statements[0]).toContain('a_activity as (');
    expect(statements[0]).not.toContain('a_partnership as (');
  });
});

describe('bad input', () => {
  const cases: {
    name: string;
    run: () => Promise<GraphQLResult<unknown>>;
    argumentPath: string;
    message: RegExp;
  }[] = [
    {
      name: 'a dimension that does not reach a selected measure (ACTIVITY_KIND × partnerships)',
      run: () => api.run(StatisticsCoverageDocument, { groupBy: ['ACTIVITY_KIND'] }),
      argumentPath: 'groupBy',
      message: /ACTIVITY_KIND does not apply to the partnership measures/,
    },
    {
      name: 'IMPROVEMENT_TASK × activities',
      run: () => api.run(StatisticsActivitiesDocument, { groupBy: ['PROVINCE', 'IMPROVEMENT_TASK'] }),
      argumentPath: 'groupBy',
      message: /IMPROVEMENT_TASK does not apply to the activity measures/,
    },
    {
      name: 'MONTH × metrics',
      run: () => api.run(StatisticsMetricsDocument, { groupBy: ['MONTH'] }),
      argumentPath: 'groupBy',
      message: /MONTH does not apply to metrics/,
    },
    {
      name: 'a dimension twice',
      run: () => api.run(StatisticsActivitiesDocument, { groupBy: ['YEAR', 'YEAR'] }),
      argumentPath: 'groupBy',
      message: /YEAR is listed more than once/,
    },
    {
      name: 'no fact table reached by the whole grouping',
      run: () => api.run(StatisticsBucketsDocument, { groupBy: ['ACTIVITY_KIND', 'IMPROVEMENT_TASK'] }),
      argumentPath: 'groupBy',
      message: /no measure can be grouped/,
    },
    {
      name: 'activityKinds with schools',
      run: () => api.run(StatisticsCoverageDocument, { groupBy: [], filter: { activityKinds: ['SURVEY'] } }),
      argumentPath: 'filter.activityKinds',
      message: /activity measures only/,
    },
    {
      name: 'to before from',
      run: () =>
        api.run(StatisticsActivitiesDocument, { groupBy: [], filter: { from: '2024-01-01', to: '2023-01-01' } }),
      argumentPath: 'filter.to',
      message: /before filter.from/,
    },
    {
      name: 'a malformed province code',
      run: () => api.run(StatisticsActivitiesDocument, { groupBy: [], filter: { provinceCodes: ['64', 'Ningxia'] } }),
      argumentPath: 'filter.provinceCodes',
      message: /"Ningxia" is not a two-digit province code/,
    },
    {
      name: 'a year out of range',
      run: () => api.run(StatisticsMetricsDocument, { groupBy: ['YEAR'], filter: { years: [20230] } }),
      argumentPath: 'filter.years',
      message: /between 1900 and 2100/,
    },
    {
      name: 'the field on programmes',
      run: () => api.run(StatisticsPerProgramDocument, { groupBy: ['ACTIVITY_KIND'] }),
      argumentPath: 'groupBy',
      message: /ACTIVITY_KIND does not apply/,
    },
  ];
  it.each(cases)('$name → BAD_USER_INPUT naming $argumentPath', async ({ run, argumentPath, message }) => {
    const { value: result, statements } = await api.statementsDuring(run);
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.argumentPath).toBe(argumentPath);
    expect(error?.message).toMatch(message);
    expect(statisticsStatements(statements)).toEqual([]);
  });

  it('an unknown code or an empty list matches nothing, without error', async () => {
    const unknown = dataOf(
      await api.run(StatisticsCoverageDocument, { groupBy: ['PROVINCE'], filter: { provinceCodes: ['99'] } }),
    );
    expect(unknown.statistics).toEqual([]);
    const empty = dataOf(await api.run(StatisticsCoverageDocument, { groupBy: [], filter: { programCodes: [] } }));
    expect(withoutKey(empty.statistics[0]!)).toEqual({
      partnerships: 0,
      universities: 0,
      counties: 0,
      provinces: 0,
      schools: 0,
    });
  });
});
