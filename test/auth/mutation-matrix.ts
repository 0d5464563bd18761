/*
 * The authorization matrix of writes, kept as data: who writes (columns) × each mutation (rows) → the
 * outcome. test/mutation-matrix.test.ts runs every cell through the gateway over HTTP with a real
 * token, in both run modes, and checks the outcome AND the database: a refused write changes nothing
 * (row counts and row versions of every table and of the audit trail), an allowed one changes it.
 *   allowed  the payload is there, no error, the database changed;
 *   denied   FORBIDDEN, the field is null, the database is as it was.
 * The organisation roles act for the fixtures' university and county (`own`: the partnership's
 * university, the county of its school) or for another one (`other`); a committee acts for one that
 * targets the fixtures' school (`own`) or for one that targets none (`other`).
 */

export type WriteOutcome = 'allowed' | 'denied';

export interface WritePrincipal {
  name: string;
  role: 'anonymous' | 'analyst' | 'university' | 'county' | 'committee' | 'ministry_admin';
  org?: 'own' | 'other';
}

export const WRITE_PRINCIPALS: WritePrincipal[] = [
  { name: 'anonymous', role: 'anonymous' },
  { name: 'analyst', role: 'analyst' },
  { name: 'university(own)', role: 'university', org: 'own' },
  { name: 'university(other)', role: 'university', org: 'other' },
  { name: 'county(own)', role: 'county', org: 'own' },
  { name: 'county(other)', role: 'county', org: 'other' },
  { name: 'committee(own)', role: 'committee', org: 'own' },
  { name: 'committee(other)', role: 'committee', org: 'other' },
  { name: 'ministry_admin', role: 'ministry_admin' },
];

/** What a probe may use to prepare its cell: the fixtures, fresh records made by the ministry, SQL. */
export interface ProbeKit {
  f: {
    programId: string;
    partnershipId: string;
    universityId: string;
    countyId: string;
    schoolId: string;
    personIds: string[];
    eventId: string;
  };
  /** A value no other cell uses (codes, titles). */
  unique(): string;
  /** A counter for values with a small range (metric years, principals' first days). */
  next(): number;
  /** Runs a create mutation as the ministry and returns the id of `payloadField`. */
  make(field: string, inputType: string, payloadField: string, input: Record<string, unknown>): Promise<string>;
  sql(text: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
}

export interface WriteProbe {
  field: string;
  /** The mutation document: `$input` of `inputType` (and nothing else). */
  inputType: string;
  /** How the field takes `$input`, when not as its `input` argument. */
  call?: string;
  /** The payload's selection (empty for a field that returns a scalar). */
  selection: string;
  /** The cell's input (may make the record it changes or removes): an input object, or an id. */
  input(k: ProbeKit): Promise<unknown>;
  outcomes: Record<string, WriteOutcome>;
}

function allowing(...names: string[]): Record<string, WriteOutcome> {
  return Object.fromEntries(WRITE_PRINCIPALS.map((p) => [p.name, names.includes(p.name) ? 'allowed' : 'denied']));
}

const MINISTRY = allowing('ministry_admin');
const PARTNERSHIP = allowing('ministry_admin', 'university(own)');
const SCHOOL_FIGURES = allowing('ministry_admin', 'county(own)');
const SCHOOL_STAFF = allowing('ministry_admin', 'university(own)', 'county(own)');
const ANY_WRITER = allowing(
  'ministry_admin',
  'university(own)',
  'university(other)',
  'county(own)',
  'county(other)',
  'committee(own)',
  'committee(other)',
);
/** Tracking at the fixtures' school: its covering university, its county, a committee targeting it. */
const TRACKING = allowing('ministry_admin', 'university(own)', 'county(own)', 'committee(own)');
/** Guidance: as tracking, but not the county it is for. */
const ADVISERS = allowing('ministry_admin', 'university(own)', 'committee(own)');

/** Fresh records the cells change or remove, made by the ministry. */
const fresh = {
  /** An endpoint of the fixtures' university (made in SQL: the university's own, as it registers them). */
  webhook: async (k: ProbeKit) => {
    const rows = await k.sql(
      `insert into audit.webhook_endpoint (id, url, owner_role, owner_org, owner_subject, secret, filter)
       select gen_random_uuid(), 'https://93.184.215.14/matrix', 'university', u.code, 'matrix', 'whsec_matrix',
              '{"types": ["Nothing"]}'
         from directory.university u where u.id = $1 returning id`,
      [k.f.universityId],
    );
    return String(rows[0]!.id);
  },
  /** A parked delivery to such an endpoint. */
  delivery: async (k: ProbeKit) => {
    const endpoint = await fresh.webhook(k);
    const rows = await k.sql(
      `insert into audit.webhook_delivery (id, endpoint_id, change_id, position, payload, status, attempts)
       select gen_random_uuid(), $1, c.id, 'matrix', '{}', 'PARKED', 3 from audit.change c limit 1 returning id`,
      [endpoint],
    );
    return String(rows[0]!.id);
  },
  program: (k: ProbeKit) =>
    k.make('createProgram', 'CreateProgramInput', 'program', {
      code: `MATRIX-${k.unique()}`,
      nameZh: '矩阵',
      nameEn: 'Matrix',
      kind: 'TRAINING_PROGRAMME',
      description: 'A programme of the matrix.',
    }),
  partnership: async (k: ProbeKit, schools: { schoolId: string }[] = []) =>
    k.make('createPartnership', 'CreatePartnershipInput', 'partnership', {
      programId: await fresh.program(k),
      universityId: k.f.universityId,
      countyId: k.f.countyId,
      schools,
    }),
  activity: (k: ProbeKit) =>
    k.make('createActivity', 'CreateActivityInput', 'activity', {
      programId: k.f.programId,
      partnershipId: k.f.partnershipId,
      kind: 'TEACHER_VISIT',
      title: `Matrix ${k.unique()}`,
      startDate: '2024-05-01',
    }),
  plan: (k: ProbeKit) =>
    k.make('createAssistancePlan', 'CreateAssistancePlanInput', 'assistancePlan', {
      schoolId: k.f.schoolId,
      partnershipId: k.f.partnershipId,
      title: `Matrix ${k.unique()}`,
      startYear: 2024,
      endYear: 2025,
    }),
  committee: (k: ProbeKit) =>
    k.make('createCommittee', 'CreateCommitteeInput', 'committee', {
      programId: k.f.programId,
      code: `MATRIX-${k.unique()}`,
      nameEn: 'Matrix committee',
      nameZh: '矩阵委员会',
      description: 'A committee of the matrix.',
    }),
  /** A person appointed at the fixtures' school: in the reach of the own university and county. */
  teacher: async (k: ProbeKit) => {
    const personId = await k.make('createPerson', 'CreatePersonInput', 'person', { nameZh: '张老师', nameEn: 'Zhang' });
    const appointmentId = await k.make('createAppointment', 'CreateAppointmentInput', 'appointment', {
      personId,
      schoolId: k.f.schoolId,
      role: 'TEACHER',
    });
    return { personId, appointmentId };
  },
  metric: (k: ProbeKit) => k.make('createSchoolMetric', 'CreateSchoolMetricInput', 'schoolMetric', metricOf(k)),
  problem: (k: ProbeKit) => k.make('createProblem', 'CreateProblemInput', 'problem', problemOf(k)),
  guidance: async (k: ProbeKit) =>
    k.make('addGuidance', 'AddGuidanceInput', 'guidance', {
      problemId: await fresh.problem(k),
      givenBy: 'MINISTRY',
      suggestion: 'Pair every new teacher with a mentor.',
      givenOn: '2024-04-10',
    }),
  practice: async (k: ProbeKit) => k.make('createPractice', 'CreatePracticeInput', 'practice', await practiceOf(k)),
  attendance: (k: ProbeKit) =>
    k.make('createAttendance', 'CreateAttendanceInput', 'attendance', {
      eventId: k.f.eventId,
      universityId: k.f.universityId,
      role: 'ATTENDEE',
    }),
};

function metricOf(k: ProbeKit) {
  return {
    schoolId: k.f.schoolId,
    // After the seeded years (2021–2024); the counter stays under 76 cells, so within 2100.
    year: 2025 + k.next(),
    enrolledStudents: 1000,
    teachers: 80,
    seniorTitleTeachers: 20,
    graduates: 300,
    undergraduateAdmissions: 200,
    trainingHours: 900,
  };
}

/** A problem found at the fixtures' school by its county, on a visit. */
function problemOf(k: ProbeKit) {
  return {
    schoolId: k.f.schoolId,
    countyId: k.f.countyId,
    partnershipId: k.f.partnershipId,
    foundBy: 'COUNTY',
    method: 'VISIT',
    foundOn: '2024-04-01',
    task: 'TEACHING_FORCE_CAPACITY',
    severity: 'HIGH',
    title: `Matrix problem ${k.unique()}`,
    description: 'Too few senior-title teachers.',
  };
}

/** A practice of the fixtures' partnership at its school, resting on a fresh activity. */
async function practiceOf(k: ProbeKit) {
  return {
    nameZh: `矩阵做法${k.unique()}`,
    nameEn: `Matrix practice ${k.unique()}`,
    description: 'Weekly joint lesson planning.',
    task: 'EDUCATIONAL_QUALITY',
    schoolId: k.f.schoolId,
    countyId: k.f.countyId,
    universityId: k.f.universityId,
    partnershipId: k.f.partnershipId,
    evidence: [{ activityId: await fresh.activity(k), note: 'The visits it grew from.' }],
  };
}

const id = (name: string) => `${name} { id }`;
const v1 = (recordId: string) => ({ id: recordId, version: 1 });
const firstId = async (k: ProbeKit, sql: string, values: unknown[]) => String((await k.sql(sql, values))[0]!.id);

export const WRITE_PROBES: WriteProbe[] = [
  // The ministry's: programmes, partnerships and their schools, committees with members and target schools.
  {
    field: 'createProgram',
    inputType: 'CreateProgramInput',
    selection: id('program'),
    input: async (k) => ({
      code: `MATRIX-${k.unique()}`,
      nameZh: '项目',
      nameEn: 'Programme',
      kind: 'TRAINING_PROGRAMME',
      description: 'New.',
    }),
    outcomes: MINISTRY,
  },
  {
    field: 'updateProgram',
    inputType: 'UpdateProgramInput',
    selection: id('program'),
    input: async (k) => ({ ...v1(await fresh.program(k)), nameEn: 'Renamed' }),
    outcomes: MINISTRY,
  },
  {
    field: 'createPartnership',
    inputType: 'CreatePartnershipInput',
    selection: id('partnership'),
    input: async (k) => ({
      programId: await fresh.program(k),
      universityId: k.f.universityId,
      countyId: k.f.countyId,
      schools: [{ schoolId: k.f.schoolId }],
    }),
    outcomes: MINISTRY,
  },
  {
    field: 'updatePartnership',
    inputType: 'UpdatePartnershipInput',
    selection: id('partnership'),
    input: async (k) => ({ ...v1(await fresh.partnership(k)), status: 'COMPLETED' }),
    outcomes: MINISTRY,
  },
  {
    field: 'addPartnershipSchool',
    inputType: 'AddPartnershipSchoolInput',
    selection: id('partnershipSchool'),
    input: async (k) => ({ partnershipId: await fresh.partnership(k), schoolId: k.f.schoolId }),
    outcomes: MINISTRY,
  },
  {
    field: 'removePartnershipSchool',
    inputType: 'RecordVersionInput',
    selection: 'id',
    input: async (k) => {
      const partnership = await fresh.partnership(k, [{ schoolId: k.f.schoolId }]);
      return v1(
        await firstId(k, 'select id from assistance.partnership_school where partnership_id = $1', [partnership]),
      );
    },
    outcomes: MINISTRY,
  },
  {
    field: 'createCommittee',
    inputType: 'CreateCommitteeInput',
    selection: id('committee'),
    input: async (k) => ({
      programId: k.f.programId,
      code: `MATRIX-${k.unique()}`,
      nameEn: 'Committee',
      nameZh: '委员会',
      description: 'New.',
      members: [{ personId: k.f.personIds[0], role: 'CHAIR' }],
      targetSchools: [{ schoolId: k.f.schoolId }],
    }),
    outcomes: MINISTRY,
  },
  {
    field: 'updateCommittee',
    inputType: 'UpdateCommitteeInput',
    selection: id('committee'),
    input: async (k) => ({ ...v1(await fresh.committee(k)), description: 'Changed.' }),
    outcomes: MINISTRY,
  },
  {
    field: 'addCommitteeMember',
    inputType: 'AddCommitteeMemberInput',
    selection: id('committeeMember'),
    input: async (k) => ({ committeeId: await fresh.committee(k), personId: k.f.personIds[1], role: 'MEMBER' }),
    outcomes: MINISTRY,
  },
  {
    field: 'updateCommitteeMember',
    inputType: 'UpdateCommitteeMemberInput',
    selection: id('committeeMember'),
    input: async (k) => {
      const committeeId = await fresh.committee(k);
      const member = await k.make('addCommitteeMember', 'AddCommitteeMemberInput', 'committeeMember', {
        committeeId,
        personId: k.f.personIds[1],
        role: 'MEMBER',
      });
      return { ...v1(member), role: 'SECRETARY' };
    },
    outcomes: MINISTRY,
  },
  {
    field: 'removeCommitteeMember',
    inputType: 'RecordVersionInput',
    selection: 'id',
    input: async (k) =>
      v1(
        await k.make('addCommitteeMember', 'AddCommitteeMemberInput', 'committeeMember', {
          committeeId: await fresh.committee(k),
          personId: k.f.personIds[1],
          role: 'MEMBER',
        }),
      ),
    outcomes: MINISTRY,
  },
  {
    field: 'addCommitteeTargetSchool',
    inputType: 'AddCommitteeTargetSchoolInput',
    selection: id('committeeTargetSchool'),
    input: async (k) => ({ committeeId: await fresh.committee(k), schoolId: k.f.schoolId }),
    outcomes: MINISTRY,
  },
  {
    field: 'removeCommitteeTargetSchool',
    inputType: 'RecordVersionInput',
    selection: 'id',
    input: async (k) =>
      v1(
        await k.make('addCommitteeTargetSchool', 'AddCommitteeTargetSchoolInput', 'committeeTargetSchool', {
          committeeId: await fresh.committee(k),
          schoolId: k.f.schoolId,
        }),
      ),
    outcomes: MINISTRY,
  },
  // What hangs off a partnership: its university's (and the ministry's).
  {
    field: 'createActivity',
    inputType: 'CreateActivityInput',
    selection: id('activity'),
    input: async (k) => ({
      programId: k.f.programId,
      partnershipId: k.f.partnershipId,
      schoolId: k.f.schoolId,
      kind: 'STUDENT_CAMP',
      title: `Camp ${k.unique()}`,
      startDate: '2024-07-10',
      endDate: '2024-07-20',
      participants: [{ personId: k.f.personIds[0], role: 'ORGANIZER' }],
    }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'updateActivity',
    inputType: 'UpdateActivityInput',
    selection: id('activity'),
    input: async (k) => ({ ...v1(await fresh.activity(k)), reach: 40 }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'cancelActivity',
    inputType: 'RecordVersionInput',
    selection: 'id',
    input: async (k) => v1(await fresh.activity(k)),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'addParticipation',
    inputType: 'AddParticipationInput',
    selection: id('participation'),
    input: async (k) => ({ activityId: await fresh.activity(k), personId: k.f.personIds[2], role: 'TRAINEE' }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'updateParticipation',
    inputType: 'UpdateParticipationInput',
    selection: id('participation'),
    input: async (k) => {
      const participation = await k.make('addParticipation', 'AddParticipationInput', 'participation', {
        activityId: await fresh.activity(k),
        personId: k.f.personIds[2],
        role: 'TRAINEE',
      });
      return { ...v1(participation), role: 'TRAINER' };
    },
    outcomes: PARTNERSHIP,
  },
  {
    field: 'removeParticipation',
    inputType: 'RecordVersionInput',
    selection: 'id',
    input: async (k) =>
      v1(
        await k.make('addParticipation', 'AddParticipationInput', 'participation', {
          activityId: await fresh.activity(k),
          personId: k.f.personIds[2],
          role: 'TRAINEE',
        }),
      ),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'createAssistancePlan',
    inputType: 'CreateAssistancePlanInput',
    selection: id('assistancePlan'),
    input: async (k) => ({
      schoolId: k.f.schoolId,
      partnershipId: k.f.partnershipId,
      title: `Plan ${k.unique()}`,
      startYear: 2025,
      endYear: 2027,
      goals: [{ task: 'TEACHING_FORCE_CAPACITY', description: 'Train every teacher.' }],
    }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'updateAssistancePlan',
    inputType: 'UpdateAssistancePlanInput',
    selection: id('assistancePlan'),
    input: async (k) => ({ ...v1(await fresh.plan(k)), endYear: 2028 }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'addPlanGoal',
    inputType: 'AddPlanGoalInput',
    selection: id('planGoal'),
    input: async (k) => ({ planId: await fresh.plan(k), task: 'STUDENT_WELL_ROUNDEDNESS', description: 'Sports.' }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'updatePlanGoal',
    inputType: 'UpdatePlanGoalInput',
    selection: id('planGoal'),
    input: async (k) => {
      const goal = await k.make('addPlanGoal', 'AddPlanGoalInput', 'planGoal', {
        planId: await fresh.plan(k),
        task: 'SCHOOL_MANAGEMENT',
        description: 'Rules.',
      });
      return { ...v1(goal), description: 'Better rules.' };
    },
    outcomes: PARTNERSHIP,
  },
  {
    field: 'removePlanGoal',
    inputType: 'RecordVersionInput',
    selection: 'id',
    input: async (k) =>
      v1(
        await k.make('addPlanGoal', 'AddPlanGoalInput', 'planGoal', {
          planId: await fresh.plan(k),
          task: 'SCHOOL_MANAGEMENT',
          description: 'Rules.',
        }),
      ),
    outcomes: PARTNERSHIP,
  },
  // A school's figures: its county's.
  {
    field: 'createSchoolMetric',
    inputType: 'CreateSchoolMetricInput',
    selection: id('schoolMetric'),
    input: async (k) => metricOf(k),
    outcomes: SCHOOL_FIGURES,
  },
  {
    field: 'updateSchoolMetric',
    inputType: 'UpdateSchoolMetricInput',
    selection: id('schoolMetric'),
    input: async (k) => ({ ...v1(await fresh.metric(k)), trainingHours: 1200 }),
    outcomes: SCHOOL_FIGURES,
  },
  // An import: as its rows' single mutations (here a school's figures: its county's).
  {
    field: 'importRecords',
    inputType: 'JSONObject',
    call: 'importRecords(kind: METRICS, rows: [$input])',
    selection: 'created',
    input: async (k) => metricOf(k),
    outcomes: SCHOOL_FIGURES,
  },
  // Attendance of a university at an event: the university's.
  {
    field: 'createAttendance',
    inputType: 'CreateAttendanceInput',
    selection: id('attendance'),
    input: async (k) => ({ eventId: k.f.eventId, universityId: k.f.universityId, role: 'REPORTER' }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'updateAttendance',
    inputType: 'UpdateAttendanceInput',
    selection: id('attendance'),
    input: async (k) => ({ ...v1(await fresh.attendance(k)), note: 'Reported.' }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'removeAttendance',
    inputType: 'RecordVersionInput',
    selection: 'id',
    input: async (k) => v1(await fresh.attendance(k)),
    outcomes: PARTNERSHIP,
  },
  // People: anyone who writes records a person; a person on record, and the staff of a school, are
  // the school's county's and the covering university's.
  {
    field: 'createPerson',
    inputType: 'CreatePersonInput',
    selection: id('person'),
    input: async () => ({ nameZh: '王新', nameEn: 'Wang Xin' }),
    outcomes: ANY_WRITER,
  },
  {
    field: 'updatePerson',
    inputType: 'UpdatePersonInput',
    selection: id('person'),
    input: async (k) => ({ ...v1((await fresh.teacher(k)).personId), subject: 'Chemistry' }),
    outcomes: SCHOOL_STAFF,
  },
  {
    field: 'createAppointment',
    inputType: 'CreateAppointmentInput',
    selection: id('appointment'),
    input: async (k) => ({
      // A person in the writer's reach (a teacher of the school): no write links a person outside it.
      personId: (await fresh.teacher(k)).personId,
      schoolId: k.f.schoolId,
      role: 'STAFF',
      startDate: '2024-09-01',
    }),
    outcomes: SCHOOL_STAFF,
  },
  {
    field: 'updateAppointment',
    inputType: 'UpdateAppointmentInput',
    selection: id('appointment'),
    input: async (k) => ({ ...v1((await fresh.teacher(k)).appointmentId), endDate: '2099-12-31' }),
    outcomes: SCHOOL_STAFF,
  },
  {
    field: 'appointPrincipal',
    inputType: 'AppointPrincipalInput',
    selection: id('appointment'),
    input: async (k) => {
      const day = new Date(Date.UTC(2030, 0, 1 + k.next())).toISOString().slice(0, 10);
      const { personId } = await fresh.teacher(k);
      return { schoolId: k.f.schoolId, personId, startDate: day };
    },
    outcomes: SCHOOL_STAFF,
  },
  // Tracking and guidance: problems and their status where the organisation tracks the school;
  // guidance by advisers; practices of a partnership; promotion by the ministry.
  {
    field: 'createProblem',
    inputType: 'CreateProblemInput',
    selection: id('problem'),
    input: async (k) => problemOf(k),
    outcomes: TRACKING,
  },
  {
    field: 'updateProblem',
    inputType: 'UpdateProblemInput',
    selection: id('problem'),
    input: async (k) => ({ ...v1(await fresh.problem(k)), severity: 'MEDIUM' }),
    outcomes: TRACKING,
  },
  {
    field: 'changeProblemStatus',
    inputType: 'ChangeProblemStatusInput',
    selection: id('problem'),
    input: async (k) => ({
      ...v1(await fresh.problem(k)),
      status: 'IN_PROGRESS',
      statusOn: '2024-05-01',
      note: 'Mentors.',
    }),
    outcomes: TRACKING,
  },
  {
    field: 'addGuidance',
    inputType: 'AddGuidanceInput',
    selection: id('guidance'),
    input: async (k) => ({
      problemId: await fresh.problem(k),
      givenBy: 'MINISTRY',
      suggestion: 'Train the teachers at the affiliated high school.',
      givenOn: '2024-04-20',
    }),
    outcomes: ADVISERS,
  },
  {
    field: 'updateGuidance',
    inputType: 'UpdateGuidanceInput',
    selection: id('guidance'),
    input: async (k) => ({
      ...v1(await fresh.guidance(k)),
      followUpStatus: 'DONE',
      followUp: 'Mentors assigned.',
      followUpOn: '2024-06-01',
    }),
    outcomes: ADVISERS,
  },
  {
    field: 'createPractice',
    inputType: 'CreatePracticeInput',
    selection: id('practice'),
    input: async (k) => practiceOf(k),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'updatePractice',
    inputType: 'UpdatePracticeInput',
    selection: id('practice'),
    input: async (k) => ({ ...v1(await fresh.practice(k)), description: 'Joint lesson planning, twice a week.' }),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'promotePractice',
    inputType: 'RecordVersionInput',
    selection: 'practice { id promotedOn }',
    input: async (k) => v1(await fresh.practice(k)),
    outcomes: MINISTRY,
  },
  // Webhook endpoints: any organisation registers its own (at a public address; the filter matches
  // nothing, so no delivery is made); the owner (and the ministry) deletes an endpoint and redelivers.
  {
    field: 'registerWebhook',
    inputType: 'RegisterWebhookInput',
    selection: 'endpoint { id }',
    input: async (k) => ({ url: `https://93.184.215.14/matrix/${k.unique()}`, where: { types: ['Nothing'] } }),
    outcomes: ANY_WRITER,
  },
  {
    field: 'deleteWebhook',
    inputType: 'ID',
    call: 'deleteWebhook(id: $input)',
    selection: '',
    input: async (k) => fresh.webhook(k),
    outcomes: PARTNERSHIP,
  },
  {
    field: 'redeliverWebhook',
    inputType: 'ID',
    call: 'redeliverWebhook(id: $input)',
    selection: 'id status',
    input: async (k) => fresh.delivery(k),
    outcomes: PARTNERSHIP,
  },
];
