/**
 * The expert advisory committee on group assistance in rural talent cultivation (document 000):
 * 247 target senior middle schools in the 160 key rural revitalization counties of 10 western
 * provinces, with 247 principals and 2,145 teachers and staff; its field research, surveys and
 * online meetings; and its work conference of February 25–26. Counts and the conference are the
 * document's; members, schools, people and activities are synthetic.
 */
import {
  ActivityKind,
  AttendanceRole,
  CommitteeRole,
  EventFormat,
  EventKind,
  ParticipationRole,
} from '../subgraphs/assistance/enums';
import { Committee, CommitteeMember, CommitteeTargetSchool } from '../subgraphs/assistance/committee/committee.entity';
import { fromDocument, synthetic, type Origin, type SeedContext } from './context';
import { addEvent, attend } from './events';
import { DOCUMENTS, FACTS } from './facts';
import { addFaculty, staffSchool, type SchoolStaff } from './people';
import {
  COMMITTEE_CODE,
  COMMITTEE_DESCRIPTION,
  replicaCode,
  replicaEn,
  replicaZh,
  WORK_CONFERENCE_CODE,
} from './programs';
import { addDays, splitTotal, weekdayBetween } from './random';
import { addCountySchool, addMetrics, addPlan, type CountySchool } from './schools';
import { addActivities, type PlannedActivity } from './trusteeship';

/** Members: one chair, two vice chairs, a secretary and eleven members. */
const MEMBER_ROLES: readonly CommitteeRole[] = [
  CommitteeRole.CHAIR,
  CommitteeRole.VICE_CHAIR,
  CommitteeRole.VICE_CHAIR,
  CommitteeRole.SECRETARY,
  ...Array<CommitteeRole>(11).fill(CommitteeRole.MEMBER),
];

/**
 * "Chiefs of relevant MOE departments attended": which departments is our reading (synthetic) —
 * those responsible for teachers, basic education and planning.
 */
const CONFERENCE_DEPARTMENTS = [
  'MOE-DEPT-TEACHER-EDUCATION',
  'MOE-DEPT-BASIC-EDUCATION',
  'MOE-DEPT-DEVELOPMENT-PLANNING',
];

interface TargetSchool {
  school: CountySchool;
  staff: SchoolStaff;
}

export function seedCommittee(ctx: SeedContext, replica: number, program: string): void {
  const rng = ctx.rng.fork(`committee/${replica}`);
  const documentOrigin: Origin = replica === 1 ? fromDocument(DOCUMENTS.committee) : synthetic;
  const facts = FACTS.committee;

  const committee = ctx.ids.next();
  ctx.sink.add(Committee, {
    id: committee,
    ...documentOrigin,
    code: replicaCode(COMMITTEE_CODE, replica),
    nameEn: replicaEn(
      'MOE expert advisory committee on group assistance in the field of rural talent cultivation',
      replica,
    ),
    nameZh: replicaZh('教育部乡村人才振兴组团帮扶专家咨询委员会', replica),
    description: COMMITTEE_DESCRIPTION,
    program,
  });

  // Members: synthetic experts, each a faculty member of a ministry-affiliated university.
  const members: Array<{ person: string; role: CommitteeRole }> = [];
  for (const role of MEMBER_ROLES) {
    const person = addFaculty(ctx, rng, rng.pick(ctx.dir.universities).id, 1)[0]!;
    members.push({ person, role });
    ctx.sink.add(CommitteeMember, { id: ctx.ids.next(), ...synthetic, committee, person, role });
  }

  // 247 schools over the 160 key counties: every county one, 87 of them a second.
  const counties = ctx.dir.keyCounties;
  const doubled = new Set(rng.sample(counties, facts.schools - facts.counties).map((c) => c.code));
  const staffCounts = splitTotal(rng, facts.teachersAndStaff, facts.schools, 7, 11);
  const targets: TargetSchool[] = [];
  for (const county of counties) {
    for (let k = 0; k < (doubled.has(county.code) ? 2 : 1); k++) {
      const school = addCountySchool(ctx, rng, county);
      ctx.sink.add(CommitteeTargetSchool, { id: ctx.ids.next(), ...synthetic, committee, school: school.id });
      const staff = staffSchool(ctx, rng, school.id, staffCounts[targets.length]!);
      targets.push({ school, staff });
      const metrics = addMetrics(ctx, rng, school.id, {
        recordedTeachers: staff.teachers.length,
        assistedFrom: 2022,
        strength: rng.float(0.5, 0.9),
      });
      addPlan(ctx, rng, {
        school,
        partnership: null,
        title: `Group assistance plan for ${school.nameEn} (2023–2025)`,
        startYear: 2023,
        endYear: 2025,
        metrics,
      });
    }
  }

  const base = { ...synthetic, program, committee, partnership: null, university: null };
  const memberSample = (min: number, max: number, role: ParticipationRole): PlannedActivity['people'] =>
    rng.sample(members, rng.int(min, max)).map((m) => [m.person, role]);
  const planned: PlannedActivity[] = [];

  // Field research at target schools: before the conference (2022) and in the next stage.
  for (const [from, to, count] of [
    ['2022-03-01', '2023-01-15', 40],
    ['2023-03-15', '2024-12-15', 40],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const t = rng.pick(targets);
      const start = weekdayBetween(rng, from, to);
      planned.push({
        row: {
          ...base,
          kind: ActivityKind.FIELD_RESEARCH,
          title: `Field research at ${t.school.nameEn}`,
          format: EventFormat.IN_PERSON,
          startDate: start,
          endDate: addDays(start, rng.int(1, 3)),
          reach: 1 + t.staff.teachers.length + t.staff.staff.length,
          school: t.school.id,
          county: t.school.countyId,
        },
        people: memberSample(2, 3, ParticipationRole.PARTICIPANT),
      });
    }
  }

  // Online surveys of all principals, teachers and staff of the target schools.
  const everyone = facts.principals + facts.teachersAndStaff;
  for (const [start, reach] of [
    ['2022-05-09', everyone],
    ['2022-11-14', everyone - rng.int(40, 160)],
    ['2023-11-13', everyone - rng.int(40, 160)],
  ] as const) {
    planned.push({
      row: {
        ...base,
        kind: ActivityKind.SURVEY,
        title: `Online survey of principals, teachers and staff of the ${facts.schools} target schools`,
        format: EventFormat.ONLINE,
        startDate: start,
        endDate: addDays(start, 13),
        reach,
        school: null,
        county: null,
      },
      people: memberSample(2, 2, ParticipationRole.ORGANIZER),
    });
  }

  // Online meetings with the schools of one county at a time.
  for (let i = 0; i < 16; i++) {
    const t = rng.pick(targets);
    const start = weekdayBetween(rng, i < 8 ? '2022-04-01' : '2023-03-20', i < 8 ? '2023-01-20' : '2024-12-20');
    planned.push({
      row: {
        ...base,
        kind: ActivityKind.ONLINE_MEETING,
        title: `Online meeting with target schools of ${t.school.county.nameEn}`,
        format: EventFormat.ONLINE,
        startDate: start,
        endDate: null,
        reach: rng.int(15, 60),
        school: null,
        county: t.school.countyId,
      },
      people: memberSample(3, 6, ParticipationRole.PARTICIPANT),
    });
  }
  addActivities(ctx, planned);

  // The work conference. The document gives "February 25–26" without a year; the seed reads 2023.
  const conference = addEvent(ctx, {
    ...documentOrigin,
    code: replicaCode(WORK_CONFERENCE_CODE, replica),
    nameEn: replicaEn(
      'Work conference of the MOE expert advisory committee on group assistance in rural talent cultivation',
      replica,
    ),
    kind: EventKind.WORK_CONFERENCE,
    format: EventFormat.HYBRID,
    startDate: facts.conferenceStart,
    endDate: facts.conferenceEnd,
    summary:
      'Held in a hybrid format on February 25–26 (the document gives no year; read as 2023). Committee members discussed their experience and the ' +
      'effectiveness of their past work, existing problems and plans for the coming years; all members of the committee and chiefs of relevant MOE ' +
      'departments attended. The conference stressed four improvement tasks for the next stage: educational quality, the capacity of the teaching ' +
      'force, student well-roundedness and school management.',
    program,
    committee,
  });
  for (const m of members) {
    const chair = m.role === CommitteeRole.CHAIR;
    attend(
      ctx,
      conference,
      { person: m.person },
      chair ? AttendanceRole.CHAIR : AttendanceRole.ATTENDEE,
      synthetic,
      chair ? 'Chaired the conference' : undefined,
    );
  }
  for (const code of CONFERENCE_DEPARTMENTS) {
    attend(
      ctx,
      conference,
      { agency: ctx.dir.agencies.get(code)! },
      AttendanceRole.ATTENDEE,
      synthetic,
      'Chief of the department attended',
    );
  }
}
