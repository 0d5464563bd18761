/**
 * The trusteeship project (document 004): 48 ministry-affiliated universities assisting the
 * county senior middle schools of 115 counties in 23 provinces and the Corps. The counts, the
 * special training of the 115 principals and the kinds of measures are the document's; which
 * university assists which county, the people, plans, activities and their dates are synthetic.
 */
import { Activity, Participation } from '../subgraphs/assistance/activity/activity.entity';
import { ActivityKind, EventFormat, ParticipationRole, PartnershipStatus } from '../subgraphs/assistance/enums';
import { Partnership, PartnershipSchool } from '../subgraphs/assistance/partnership/partnership.entity';
import {
  fromDocument,
  synthetic,
  type DirectoryIndex,
  type Origin,
  type SeedContext,
  type UniversityEntry,
} from './context';
import { RURAL_COUNTY_KINDS } from './directory';
import { CORPS_CODE, DOCUMENTS, FACTS, TRUSTEESHIP_PROVINCES } from './facts';
import { addFaculty, staffSchool, SUBJECTS, type SchoolStaff } from './people';
import type { CountyRef } from './reference/divisions';
import { addDays, weekdayBetween, type Rng } from './random';
import { addCountySchool, addMetrics, addPlan, type CountySchool } from './schools';
import type { Row } from './writer';

/** Counties the Corps contributes (the document names the Corps beside the 23 provinces). */
const CORPS_COUNTIES = 2;
/** Every one of the 23 provinces gets at least this many counties. */
const MIN_PER_PROVINCE = 2;
/** The project runs from the fall semester of 2022; the seed's activities stop at mid-2025. */
const ACTIVITIES_UNTIL = '2025-06-30';

/**
 * 115 counties: 2 county-level cities of the Corps and 113 rural counties (counties, autonomous
 * counties, banners) spread over the 23 provinces, at least two each, the rest by weight of each
 * province's remaining rural counties. Returned in code order.
 */
export function pickTrusteeshipCounties(rng: Rng, dir: DirectoryIndex): CountyRef[] {
  const pools = new Map<string, CountyRef[]>();
  for (const code of TRUSTEESHIP_PROVINCES) {
    pools.set(
      code,
      (dir.countiesByProvince.get(code) ?? []).filter((c) => RURAL_COUNTY_KINDS.has(c.kind)),
    );
  }
  const counts = new Map<string, number>(TRUSTEESHIP_PROVINCES.map((c) => [c, MIN_PER_PROVINCE]));
  let remaining = FACTS.trusteeship.counties - CORPS_COUNTIES - MIN_PER_PROVINCE * TRUSTEESHIP_PROVINCES.length;
  while (remaining > 0) {
    const weights = TRUSTEESHIP_PROVINCES.map((c) => Math.sqrt(Math.max(0, pools.get(c)!.length - counts.get(c)!)));
    const code = rng.weighted(TRUSTEESHIP_PROVINCES, weights);
    counts.set(code, counts.get(code)! + 1);
    remaining -= 1;
  }
  const picked: CountyRef[] = [];
  for (const code of TRUSTEESHIP_PROVINCES) picked.push(...rng.sample(pools.get(code)!, counts.get(code)!));
  picked.push(...rng.sample(dir.countiesByProvince.get(CORPS_CODE) ?? [], CORPS_COUNTIES));
  return picked.sort((a, b) => (a.code < b.code ? -1 : 1));
}

interface PartnershipPlan {
  university: UniversityEntry;
  county: CountyRef;
}

/**
 * Deals the counties to the universities: 2 or 3 each (19 × 3 + 29 × 2 = 115), in contiguous runs
 * of the code-sorted county list, so that a university's counties mostly share a province.
 */
function assign(rng: Rng, universities: UniversityEntry[], counties: CountyRef[]): PartnershipPlan[] {
  const base = Math.floor(counties.length / universities.length);
  const extra = counties.length - base * universities.length;
  const sizes = rng.shuffle(universities.map((_, i) => base + (i < extra ? 1 : 0)));
  const order = rng.shuffle(universities);
  const plans: PartnershipPlan[] = [];
  let next = 0;
  order.forEach((university, i) => {
    for (let k = 0; k < sizes[i]!; k++) plans.push({ university, county: counties[next++]! });
  });
  return plans;
}

type ActivityRow = Omit<Row<Activity>, 'id'> & {
  kind: ActivityKind;
  title: string;
  startDate: string;
};

interface PlannedActivity {
  row: ActivityRow;
  people: Array<[person: string, role: ParticipationRole]>;
}

function addActivities(ctx: SeedContext, planned: PlannedActivity[]): void {
  planned.sort((a, b) => (a.row.startDate < b.row.startDate ? -1 : a.row.startDate > b.row.startDate ? 1 : 0));
  for (const a of planned) {
    const id = ctx.ids.next();
    ctx.sink.add(Activity, { id, ...a.row });
    for (const [person, role] of a.people) {
      ctx.sink.add(Participation, { id: ctx.ids.next(), ...synthetic, activity: id, person, role });
    }
  }
}

/** School years of the project: 2022 (2022-09 to 2023-07), 2023 and 2024. */
const SCHOOL_YEARS = [2022, 2023, 2024] as const;

const within = (date: string): boolean => date <= ACTIVITIES_UNTIL;

/** One partnership's measures from fall 2022 to mid-2025 (the kinds document 004 lists). */
function partnershipActivities(
  rng: Rng,
  p: {
    base: Omit<ActivityRow, 'kind' | 'title' | 'startDate'>;
    university: UniversityEntry;
    school: CountySchool;
    staff: SchoolStaff;
    faculty: string[];
    team: string[];
  },
): PlannedActivity[] {
  const out: PlannedActivity[] = [];
  const uni = p.university.ref.nameEn;
  const school = p.school.nameEn;
  const add = (
    kind: ActivityKind,
    title: string,
    startDate: string,
    endDate: string | null,
    reach: number,
    people: PlannedActivity['people'],
    format: EventFormat = EventFormat.IN_PERSON,
  ): void => {
    if (!within(startDate)) return;
    out.push({ row: { ...p.base, kind, title, startDate, endDate, reach, format }, people });
  };
  const trainers = (min: number, max: number): string[] =>
    rng.sample(p.faculty, Math.min(p.faculty.length, rng.int(min, max)));
  const countyTeachers = (min: number, max: number): string[] =>
    rng.sample(p.staff.teachers, Math.min(p.staff.teachers.length, rng.int(min, max)));

  // A team of principal and teachers sent at the start, serving through the project period.
  add(
    ActivityKind.PRINCIPAL_TEAM_DISPATCH,
    `${uni} sends a team of principal and teachers to ${school}`,
    weekdayBetween(rng, '2022-08-22', '2022-08-31'),
    '2025-07-11',
    p.team.length,
    p.team.map((person) => [person, ParticipationRole.DISPATCHED]),
  );

  for (const year of SCHOOL_YEARS) {
    const fall = (from: string, to: string): string => weekdayBetween(rng, `${year}-${from}`, `${year}-${to}`);
    const spring = (from: string, to: string): string =>
      weekdayBetween(rng, `${year + 1}-${from}`, `${year + 1}-${to}`);

    // Key-discipline teachers visit regularly: three visits a school year.
    for (const start of [
      fall('09-15', '12-15'),
      spring('03-01', '06-10'),
      rng.chance(0.5) ? fall('10-08', '12-20') : spring('03-10', '06-15'),
    ]) {
      const subject = rng.pick(SUBJECTS.slice(0, 9));
      const online = year === 2022 && start < '2023-01-01' && rng.chance(0.3);
      add(
        ActivityKind.TEACHER_VISIT,
        `${subject} teachers of ${uni} visit ${school}`,
        start,
        addDays(start, rng.int(1, 4)),
        rng.int(12, 45),
        [
          ...trainers(1, 2).map((x): [string, ParticipationRole] => [x, ParticipationRole.TRAINER]),
          ...countyTeachers(2, 4).map((x): [string, ParticipationRole] => [x, ParticipationRole.PARTICIPANT]),
        ],
        online ? EventFormat.ONLINE : EventFormat.IN_PERSON,
      );
    }

    // Outstanding college students support teaching, one group per term from spring 2023.
    const terms = year === 2022 ? [spring('02-20', '03-06')] : [fall('09-01', '09-12'), spring('02-20', '03-06')];
    for (const start of terms) {
      add(
        ActivityKind.COLLEGE_STUDENT_TEACHING_PRACTICE,
        `${uni} student teachers support teaching at ${school}`,
        start,
        addDays(start, 7 * rng.int(8, 15) - 3),
        rng.int(4, 16),
        trainers(1, 1).map((x) => [x, ParticipationRole.ORGANIZER]),
      );
    }

    // Training for the county's principals and school managers, once a school year.
    const training = rng.chance(0.5) ? fall('10-10', '11-25') : spring('04-01', '05-20');
    add(
      ActivityKind.PRINCIPAL_TRAINING,
      `${uni} training course for principals and managers of ${p.school.county.nameEn} schools`,
      training,
      addDays(training, rng.int(2, 6)),
      rng.int(8, 30),
      [
        [p.staff.principal, ParticipationRole.TRAINEE],
        ...trainers(1, 2).map((x): [string, ParticipationRole] => [x, ParticipationRole.TRAINER]),
      ],
      year === 2022 && training < '2023-01-01' ? EventFormat.ONLINE : EventFormat.IN_PERSON,
    );

    // County teachers placed for post-job training at the affiliated high school.
    const placements = rng.int(1, 2);
    const where = p.university.highSchool ? p.university.highSchool.nameEn : `schools partnered with ${uni}`;
    for (let i = 0; i < placements; i++) {
      const start = i === 0 ? fall('09-15', '11-01') : spring('03-01', '04-20');
      const trainees = countyTeachers(2, 5);
      add(
        ActivityKind.TEACHER_PLACEMENT_TRAINING,
        `Post-job training of ${school} teachers at ${where}`,
        start,
        addDays(start, 7 * rng.int(2, 8) - 3),
        trainees.length,
        trainees.map((x) => [x, ParticipationRole.TRAINEE]),
      );
    }

    // Winter camp in January, summer camp in July.
    const winter = weekdayBetween(rng, `${year + 1}-01-08`, `${year + 1}-01-25`);
    const summer = weekdayBetween(rng, `${year + 1}-07-06`, `${year + 1}-08-05`);
    for (const [season, start] of [
      ['Winter', winter],
      ['Summer', summer],
    ] as const) {
      add(
        ActivityKind.STUDENT_CAMP,
        `${season} camp at ${uni} for students of ${school}`,
        start,
        addDays(start, rng.int(4, 9)),
        rng.int(20, 60),
        trainers(1, 1).map((x) => [x, ParticipationRole.ORGANIZER]),
      );
    }

    // A key laboratory open day each school year.
    const open = rng.chance(0.5) ? fall('10-10', '11-30') : spring('04-01', '05-31');
    add(
      ActivityKind.LAB_OPEN_DAY,
      `Key laboratory open day at ${uni} for students of ${school}`,
      open,
      null,
      rng.int(30, 120),
      trainers(1, 1).map((x) => [x, ParticipationRole.ORGANIZER]),
    );
  }
  return out;
}

/**
 * One trusteeship programme: replica 1 is the document's (its special training is a source fact),
 * replicas 2… are synthetic copies of the same shape with new schools and people.
 */
export function seedTrusteeship(ctx: SeedContext, replica: number, program: string): void {
  const rng = ctx.rng.fork(`trusteeship/${replica}`);
  const documentOrigin: Origin = replica === 1 ? fromDocument(DOCUMENTS.trusteeship) : synthetic;

  const universities = rng
    .sample(ctx.dir.universities, FACTS.trusteeship.universities)
    .sort((a, b) => (a.ref.code < b.ref.code ? -1 : 1));
  const counties = pickTrusteeshipCounties(rng.fork('counties'), ctx.dir);
  const plans = assign(rng, universities, counties).sort((a, b) => (a.county.code < b.county.code ? -1 : 1));

  // The ministry's special training of the 115 principals, "recently" before 31 August 2022
  // (the dates are synthetic). The Activity table has no organizing agency: the title says MOE.
  const specialTraining = ctx.ids.next();
  ctx.sink.add(Activity, {
    id: specialTraining,
    ...documentOrigin,
    kind: ActivityKind.PRINCIPAL_TRAINING,
    title: 'Special training for principals of county middle schools in assisted counties',
    format: EventFormat.IN_PERSON,
    startDate: '2022-08-15',
    endDate: '2022-08-17',
    reach: FACTS.trusteeship.principalsTrained,
    program,
    partnership: null,
    committee: null,
    university: null,
    school: null,
    county: null,
  });

  // A few faculty per university: four per partnership (the dispatched team comes from them) plus two.
  const partnershipsPer = new Map<string, number>();
  for (const p of plans) partnershipsPer.set(p.university.id, (partnershipsPer.get(p.university.id) ?? 0) + 1);
  const faculty = new Map<string, string[]>();
  for (const u of universities) {
    faculty.set(u.id, addFaculty(ctx, rng, u.id, 4 * partnershipsPer.get(u.id)! + 2));
  }
  const dealt = new Map<string, number>();

  for (const plan of plans) {
    const u = plan.university;
    const partnership = ctx.ids.next();
    ctx.sink.add(Partnership, {
      id: partnership,
      ...synthetic,
      program,
      university: u.id,
      county: ctx.dir.counties.get(plan.county.code)!.id,
      affiliatedHighSchool: u.highSchool?.id ?? null,
      status: PartnershipStatus.ACTIVE,
      agreementSignedOn: weekdayBetween(rng, '2022-06-20', '2022-08-26'),
      startsOn: FACTS.trusteeship.startsOn,
    });

    const school = addCountySchool(ctx, rng, plan.county);
    ctx.sink.add(PartnershipSchool, { id: ctx.ids.next(), ...synthetic, partnership, school: school.id });
    const staff = staffSchool(ctx, rng, school.id, rng.int(8, 14));
    ctx.sink.add(Participation, {
      id: ctx.ids.next(),
      ...synthetic,
      activity: specialTraining,
      person: staff.principal,
      role: ParticipationRole.TRAINEE,
    });

    const metrics = addMetrics(ctx, rng, school.id, {
      recordedTeachers: staff.teachers.length,
      assistedFrom: 2022,
      strength: rng.float(0.8, 1.3),
    });
    addPlan(ctx, rng, {
      school,
      partnership,
      title: `"One school, one policy" trusteeship assistance plan for ${school.nameEn} (2022–2025)`,
      startYear: 2022,
      endYear: 2025,
      metrics,
      partnerName: u.highSchool ? `${u.ref.nameEn} and ${u.highSchool.nameEn}` : u.ref.nameEn,
    });

    const pool = faculty.get(u.id)!;
    const k = dealt.get(u.id) ?? 0;
    dealt.set(u.id, k + 1);
    const team = pool.slice(4 * k, 4 * k + rng.int(2, 4));
    addActivities(
      ctx,
      partnershipActivities(rng, {
        base: {
          ...synthetic,
          program,
          partnership,
          committee: null,
          university: u.id,
          school: school.id,
          county: school.countyId,
        },
        university: u,
        school,
        staff,
        faculty: pool,
        team,
      }),
    );
  }
}

export { addActivities, type PlannedActivity, type ActivityRow };
