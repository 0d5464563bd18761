import type { WriteFixtures } from './write-fixtures';

/*
 * A write of every kind, in the order a partner system and the ministry would make them: each step a
 * mutation, who sends it, its variables (from the fixtures and what earlier steps returned), and the
 * field of the payload whose id later steps use. Shared by the gateway tests (both run modes).
 */

export type Writer = 'ministry' | 'university' | 'county';

export interface Step {
  /** The mutation field. */
  field: string;
  as: Writer;
  query: string;
  variables: (f: WriteFixtures, ids: Record<string, string>, tag: string) => Record<string, unknown>;
  /** Saves the written record's id under this name for later steps. */
  saves?: string;
}

const record = (type: string, fields = 'id version') => `${type} { ${fields} }`;

/** A mutation document for one field: `input` (and `idempotencyKey` for creates) as variables. */
function doc(field: string, inputType: string, selection: string): string {
  return `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`;
}

const payload = (type: string, fields?: string) => `replayed ${record(type, fields)}`;

/** Version 1 of a record saved earlier (every record starts at version 1). */
const v1 = (ids: Record<string, string>, name: string) => ({ id: ids[name], version: 1 });

export const SCENARIO: Step[] = [
  {
    field: 'createProgram',
    as: 'ministry',
    query: doc('createProgram', 'CreateProgramInput', payload('program')),
    variables: (_f, _ids, tag) => ({
      input: {
        code: `PILOT-${tag}`,
        nameZh: '试点项目',
        nameEn: 'Pilot programme',
        kind: 'TRUSTEESHIP_ASSISTANCE',
        description: 'A pilot.',
        announcedOn: '2024-01-01',
        startsOn: '2024-02-01',
      },
    }),
    saves: 'program',
  },
  {
    field: 'updateProgram',
    as: 'ministry',
    query: doc('updateProgram', 'UpdateProgramInput', payload('program', 'id version nameEn')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'program'), nameEn: 'Pilot programme (renamed)' } }),
  },
  {
    field: 'createPartnership',
    as: 'ministry',
    query: doc('createPartnership', 'CreatePartnershipInput', payload('partnership', 'id schools { totalCount }')),
    variables: (f, ids) => ({
      input: {
        programId: ids.program,
        universityId: f.universityId,
        countyId: f.countyId,
        agreementSignedOn: '2024-02-15',
        schools: [{ schoolId: f.schoolId }],
      },
    }),
    saves: 'partnership',
  },
  {
    field: 'updatePartnership',
    as: 'ministry',
    query: doc('updatePartnership', 'UpdatePartnershipInput', payload('partnership', 'id status')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'partnership'), startsOn: '2024-03-01' } }),
  },
  {
    field: 'addPartnershipSchool',
    as: 'ministry',
    query: doc('addPartnershipSchool', 'AddPartnershipSchoolInput', payload('partnershipSchool')),
    variables: (f) => ({ input: { partnershipId: f.partnershipId, schoolId: f.secondSchoolId } }),
    saves: 'partnershipSchool',
  },
  {
    field: 'removePartnershipSchool',
    as: 'ministry',
    query: doc('removePartnershipSchool', 'RecordVersionInput', 'id'),
    variables: (_f, ids) => ({ input: v1(ids, 'partnershipSchool') }),
  },
  {
    field: 'createActivity',
    as: 'university',
    query: doc('createActivity', 'CreateActivityInput', payload('activity', 'id participations { totalCount }')),
    variables: (f, ids) => ({
      input: {
        programId: ids.program,
        partnershipId: ids.partnership,
        schoolId: f.schoolId,
        kind: 'TEACHER_VISIT',
        title: 'Teachers visit',
        startDate: '2024-04-01',
        participants: [{ personId: f.personIds[0], role: 'TRAINER' }],
      },
    }),
    saves: 'activity',
  },
  {
    field: 'updateActivity',
    as: 'university',
    query: doc('updateActivity', 'UpdateActivityInput', payload('activity', 'id version endDate')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'activity'), endDate: '2024-04-03', reach: 120 } }),
  },
  {
    field: 'addParticipation',
    as: 'university',
    query: doc('addParticipation', 'AddParticipationInput', payload('participation')),
    variables: (f, ids) => ({ input: { activityId: ids.activity, personId: f.personIds[1], role: 'TRAINEE' } }),
    saves: 'participation',
  },
  {
    field: 'updateParticipation',
    as: 'university',
    query: doc('updateParticipation', 'UpdateParticipationInput', payload('participation', 'id role')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'participation'), role: 'PARTICIPANT' } }),
  },
  {
    field: 'removeParticipation',
    as: 'university',
    query: doc('removeParticipation', 'RecordVersionInput', 'id'),
    variables: (_f, ids) => ({ input: { id: ids.participation, version: 2 } }),
  },
  {
    field: 'createAssistancePlan',
    as: 'university',
    query: doc('createAssistancePlan', 'CreateAssistancePlanInput', payload('assistancePlan', 'id goals { task }')),
    variables: (f, ids) => ({
      input: {
        schoolId: f.schoolId,
        partnershipId: ids.partnership,
        title: 'One school, one policy',
        startYear: 2024,
        endYear: 2026,
        goals: [{ task: 'EDUCATIONAL_QUALITY', description: 'Raise the pass rate.' }],
      },
    }),
    saves: 'plan',
  },
  {
    field: 'updateAssistancePlan',
    as: 'university',
    query: doc('updateAssistancePlan', 'UpdateAssistancePlanInput', payload('assistancePlan', 'id endYear')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'plan'), endYear: 2027 } }),
  },
  {
    field: 'addPlanGoal',
    as: 'university',
    query: doc('addPlanGoal', 'AddPlanGoalInput', payload('planGoal')),
    variables: (_f, ids) => ({
      input: { planId: ids.plan, task: 'SCHOOL_MANAGEMENT', description: 'A management system.' },
    }),
    saves: 'goal',
  },
  {
    field: 'updatePlanGoal',
    as: 'university',
    query: doc('updatePlanGoal', 'UpdatePlanGoalInput', payload('planGoal', 'id description')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'goal'), description: 'A modern management system.' } }),
  },
  {
    field: 'removePlanGoal',
    as: 'university',
    query: doc('removePlanGoal', 'RecordVersionInput', 'id'),
    variables: (_f, ids) => ({ input: { id: ids.goal, version: 2 } }),
  },
  {
    field: 'createSchoolMetric',
    as: 'county',
    query: doc('createSchoolMetric', 'CreateSchoolMetricInput', payload('schoolMetric', 'id year')),
    variables: (f, _ids, tag) => ({
      input: {
        schoolId: f.schoolId,
        year: tag === 'in-process' ? 2030 : 2031,
        enrolledStudents: 2400,
        teachers: 160,
        seniorTitleTeachers: 40,
        graduates: 780,
        undergraduateAdmissions: 510,
        trainingHours: 3200,
      },
    }),
    saves: 'metric',
  },
  {
    field: 'updateSchoolMetric',
    as: 'county',
    query: doc('updateSchoolMetric', 'UpdateSchoolMetricInput', payload('schoolMetric', 'id graduates')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'metric'), graduates: 790 } }),
  },
  {
    field: 'createPerson',
    as: 'county',
    query: doc('createPerson', 'CreatePersonInput', payload('person')),
    variables: () => ({
      input: { nameZh: '李新', nameEn: 'Li Xin', gender: 'FEMALE', birthYear: 1990, subject: 'Maths' },
    }),
    saves: 'teacher',
  },
  {
    field: 'createAppointment',
    as: 'county',
    query: doc('createAppointment', 'CreateAppointmentInput', payload('appointment', 'id organizationKind role')),
    variables: (f, ids) => ({
      input: { personId: ids.teacher, schoolId: f.schoolId, role: 'TEACHER', startDate: '2024-09-01' },
    }),
    saves: 'placement',
  },
  {
    field: 'updatePerson',
    as: 'county',
    query: doc('updatePerson', 'UpdatePersonInput', payload('person', 'id subject')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'teacher'), subject: 'Physics' } }),
  },
  {
    field: 'updateAppointment',
    as: 'county',
    query: doc('updateAppointment', 'UpdateAppointmentInput', payload('appointment', 'id endDate')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'placement'), endDate: '2025-07-31' } }),
  },
  {
    field: 'appointPrincipal',
    as: 'county',
    query: doc('appointPrincipal', 'AppointPrincipalInput', payload('appointment', 'id role startDate')),
    variables: (f, ids, tag) => ({
      input: {
        schoolId: f.schoolId,
        personId: ids.teacher,
        startDate: tag === 'in-process' ? '2025-08-01' : '2025-09-01',
      },
    }),
  },
  {
    field: 'createCommittee',
    as: 'ministry',
    query: doc('createCommittee', 'CreateCommitteeInput', payload('committee', 'id members { totalCount }')),
    variables: (f, ids, tag) => ({
      input: {
        programId: ids.program,
        code: `PILOT-COMMITTEE-${tag}`,
        nameEn: 'Pilot committee',
        nameZh: '试点委员会',
        description: 'Advises the pilot.',
        members: [{ personId: f.personIds[2], role: 'CHAIR' }],
        targetSchools: [{ schoolId: f.schoolId }],
      },
    }),
    saves: 'committee',
  },
  {
    field: 'updateCommittee',
    as: 'ministry',
    query: doc('updateCommittee', 'UpdateCommitteeInput', payload('committee', 'id description')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'committee'), description: 'Advises the pilot schools.' } }),
  },
  {
    field: 'addCommitteeMember',
    as: 'ministry',
    query: doc('addCommitteeMember', 'AddCommitteeMemberInput', payload('committeeMember')),
    variables: (f, ids) => ({ input: { committeeId: ids.committee, personId: f.personIds[3], role: 'MEMBER' } }),
    saves: 'member',
  },
  {
    field: 'updateCommitteeMember',
    as: 'ministry',
    query: doc('updateCommitteeMember', 'UpdateCommitteeMemberInput', payload('committeeMember', 'id role')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'member'), role: 'SECRETARY' } }),
  },
  {
    field: 'removeCommitteeMember',
    as: 'ministry',
    query: doc('removeCommitteeMember', 'RecordVersionInput', 'id'),
    variables: (_f, ids) => ({ input: { id: ids.member, version: 2 } }),
  },
  {
    field: 'addCommitteeTargetSchool',
    as: 'ministry',
    query: doc('addCommitteeTargetSchool', 'AddCommitteeTargetSchoolInput', payload('committeeTargetSchool')),
    variables: (f, ids) => ({ input: { committeeId: ids.committee, schoolId: f.secondSchoolId } }),
    saves: 'target',
  },
  {
    field: 'removeCommitteeTargetSchool',
    as: 'ministry',
    query: doc('removeCommitteeTargetSchool', 'RecordVersionInput', 'id'),
    variables: (_f, ids) => ({ input: v1(ids, 'target') }),
  },
  {
    field: 'createAttendance',
    as: 'university',
    query: doc('createAttendance', 'CreateAttendanceInput', payload('attendance', 'id role')),
    variables: (f) => ({ input: { eventId: f.eventId, universityId: f.universityId, role: 'ATTENDEE' } }),
    saves: 'attendance',
  },
  {
    field: 'updateAttendance',
    as: 'university',
    query: doc('updateAttendance', 'UpdateAttendanceInput', payload('attendance', 'id note')),
    variables: (_f, ids) => ({
      input: { ...v1(ids, 'attendance'), role: 'SPEAKER', note: 'Spoke on teacher training.' },
    }),
  },
  {
    field: 'removeAttendance',
    as: 'university',
    query: doc('removeAttendance', 'RecordVersionInput', 'id'),
    variables: (_f, ids) => ({ input: { id: ids.attendance, version: 2 } }),
  },
  // Tracking and guidance: the county records a problem at its school, the university advises and
  // records good practice resting on its activity and the school's figures, the ministry promotes it.
  {
    field: 'createProblem',
    as: 'county',
    query: doc('createProblem', 'CreateProblemInput', payload('problem', 'id status statusChanges { totalCount }')),
    variables: (f) => ({
      input: {
        schoolId: f.schoolId,
        countyId: f.countyId,
        partnershipId: f.partnershipId,
        foundBy: 'COUNTY',
        method: 'REPORT',
        foundOn: '2024-04-02',
        task: 'SCHOOL_MANAGEMENT',
        severity: 'MEDIUM',
        title: 'No multi-year development plan',
        description: 'The school plans one term at a time.',
      },
    }),
    saves: 'problem',
  },
  {
    field: 'updateProblem',
    as: 'county',
    query: doc('updateProblem', 'UpdateProblemInput', payload('problem', 'id severity')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'problem'), severity: 'HIGH' } }),
  },
  {
    field: 'changeProblemStatus',
    as: 'county',
    query: doc(
      'changeProblemStatus',
      'ChangeProblemStatusInput',
      payload('problem', 'id status statusChanges { totalCount }'),
    ),
    variables: (_f, ids) => ({
      input: { id: ids.problem, version: 2, status: 'IN_PROGRESS', statusOn: '2024-05-06', note: 'Plan drafted.' },
    }),
  },
  {
    field: 'addGuidance',
    as: 'university',
    query: doc('addGuidance', 'AddGuidanceInput', payload('guidance', 'id followUpStatus')),
    variables: (f, ids) => ({
      input: {
        problemId: ids.problem,
        givenBy: 'UNIVERSITY',
        universityId: f.universityId,
        suggestion: 'Draft a three-year plan with the affiliated high school.',
        givenOn: '2024-04-15',
      },
    }),
    saves: 'guidance',
  },
  {
    field: 'updateGuidance',
    as: 'university',
    query: doc('updateGuidance', 'UpdateGuidanceInput', payload('guidance', 'id followUpStatus')),
    variables: (_f, ids) => ({
      input: { ...v1(ids, 'guidance'), followUpStatus: 'DONE', followUp: 'Plan adopted.', followUpOn: '2024-07-01' },
    }),
  },
  {
    field: 'createPractice',
    as: 'university',
    query: doc('createPractice', 'CreatePracticeInput', payload('practice', 'id evidence { totalCount }')),
    variables: (f, ids) => ({
      input: {
        nameZh: '三年发展规划共建',
        nameEn: 'Three-year plans drafted together',
        description: 'The university and the school draft the plan together.',
        task: 'SCHOOL_MANAGEMENT',
        schoolId: f.schoolId,
        countyId: f.countyId,
        universityId: f.universityId,
        partnershipId: f.partnershipId,
        evidence: [{ activityId: ids.activity }, { metricId: ids.metric, note: 'Figures since.' }],
      },
    }),
    saves: 'practice',
  },
  {
    field: 'updatePractice',
    as: 'university',
    query: doc('updatePractice', 'UpdatePracticeInput', payload('practice', 'id description')),
    variables: (_f, ids) => ({ input: { ...v1(ids, 'practice'), description: 'Drafted together, every year.' } }),
  },
  {
    field: 'promotePractice',
    as: 'ministry',
    query: doc('promotePractice', 'RecordVersionInput', payload('practice', 'id promotedOn')),
    variables: (_f, ids) => ({ input: { id: ids.practice, version: 2 } }),
  },
  {
    field: 'cancelActivity',
    as: 'university',
    query: doc('cancelActivity', 'RecordVersionInput', 'id'),
    variables: (_f, ids) => ({ input: { id: ids.activity, version: 2 } }),
  },
];
