import { defineListing, RECORD_FIELDS } from '../../graphql/listing/listing';
import { OrderDirection } from '../../graphql/listing/operators';
import {
  ActivityKind,
  AttendanceRole,
  CommitteeRole,
  EventFormat,
  EventKind,
  FindingMethod,
  FollowUpStatus,
  ImprovementTask,
  ParticipationRole,
  ProblemSeverity,
  ProblemStatus,
  TrackingParty,
  PartnershipStatus,
  ProgramKind,
} from './enums';

/* What assistance lists can be filtered and sorted by (see graphql/listing). */

const eventFormat = { enum: EventFormat, name: 'EventFormat' };

export const ProgramListing = defineListing({
  name: 'Program',
  plural: 'programmes',
  fields: {
    ...RECORD_FIELDS,
    code: 'string',
    nameZh: 'string',
    nameEn: 'string',
    kind: { enum: ProgramKind, name: 'ProgramKind' },
    announcedOn: 'date',
    startsOn: 'date',
  },
  toOne: { issuingAgency: 'Agency' },
  toMany: {
    partnerships: { type: 'Partnership', foreignKey: 'program' },
    activities: { type: 'Activity', foreignKey: 'program' },
  },
  orderFields: {
    CODE: 'code',
    NAME_ZH: 'nameZh',
    NAME_EN: 'nameEn',
    ANNOUNCED_ON: 'announcedOn',
    STARTS_ON: 'startsOn',
  },
  defaultOrder: [{ field: 'CODE', direction: OrderDirection.ASC }],
});

export const PartnershipListing = defineListing({
  name: 'Partnership',
  plural: 'partnerships',
  fields: {
    ...RECORD_FIELDS,
    status: { enum: PartnershipStatus, name: 'PartnershipStatus' },
    agreementSignedOn: 'date',
    startsOn: 'date',
  },
  toOne: { program: 'Program', university: 'University', county: 'County', affiliatedHighSchool: 'School' },
  toMany: { activities: { type: 'Activity', foreignKey: 'partnership' } },
  orderFields: {
    AGREEMENT_SIGNED_ON: 'agreementSignedOn',
    STARTS_ON: 'startsOn',
    UNIVERSITY_CODE: 'university.code',
    UNIVERSITY_NAME_EN: 'university.nameEn',
    COUNTY_CODE: 'county.code',
    COUNTY_NAME_ZH: 'county.nameZh',
  },
});

export const AssistancePlanListing = defineListing({
  name: 'AssistancePlan',
  plural: 'assistance plans',
  fields: { ...RECORD_FIELDS, title: 'string', startYear: 'int', endYear: 'int' },
  toOne: { school: 'School', partnership: 'Partnership' },
  orderFields: { START_YEAR: 'startYear', END_YEAR: 'endYear', TITLE: 'title', SCHOOL_CODE: 'school.code' },
});

export const ActivityListing = defineListing({
  name: 'Activity',
  plural: 'activities',
  fields: {
    ...RECORD_FIELDS,
    kind: { enum: ActivityKind, name: 'ActivityKind' },
    title: 'string',
    format: eventFormat,
    startDate: 'date',
    endDate: 'date',
    reach: 'int',
  },
  toOne: {
    program: 'Program',
    partnership: 'Partnership',
    committee: 'Committee',
    university: 'University',
    school: 'School',
    county: 'County',
  },
  toMany: { participations: { type: 'Participation', foreignKey: 'activity' } },
  orderFields: { START_DATE: 'startDate', END_DATE: 'endDate', KIND: 'kind', REACH: 'reach', TITLE: 'title' },
  defaultOrder: [{ field: 'START_DATE', direction: OrderDirection.ASC }],
});

export const ParticipationListing = defineListing({
  name: 'Participation',
  plural: 'participations',
  fields: { ...RECORD_FIELDS, role: { enum: ParticipationRole, name: 'ParticipationRole' } },
  toOne: { activity: 'Activity', person: 'Person' },
  orderFields: { ROLE: 'role', ACTIVITY_START_DATE: 'activity.startDate' },
});

export const EventListing = defineListing({
  name: 'Event',
  plural: 'events',
  fields: {
    ...RECORD_FIELDS,
    code: 'string',
    nameEn: 'string',
    nameZh: 'string',
    kind: { enum: EventKind, name: 'EventKind' },
    format: eventFormat,
    startDate: 'date',
    endDate: 'date',
    location: 'string',
    edition: 'int',
  },
  toOne: { parent: 'Event', organizer: 'Agency', program: 'Program', committee: 'Committee' },
  toMany: { attendances: { type: 'Attendance', foreignKey: 'event' } },
  orderFields: { START_DATE: 'startDate', END_DATE: 'endDate', CODE: 'code', NAME_EN: 'nameEn', KIND: 'kind' },
  defaultOrder: [{ field: 'START_DATE', direction: OrderDirection.ASC }],
});

export const AttendanceListing = defineListing({
  name: 'Attendance',
  plural: 'attendances',
  fields: { ...RECORD_FIELDS, role: { enum: AttendanceRole, name: 'AttendanceRole' }, note: 'string' },
  toOne: {
    event: 'Event',
    person: 'Person',
    school: 'School',
    university: 'University',
    educationBureau: 'EducationBureau',
    agency: 'Agency',
  },
  orderFields: { ROLE: 'role', EVENT_START_DATE: 'event.startDate' },
});

export const CommitteeListing = defineListing({
  name: 'Committee',
  plural: 'committees',
  fields: { ...RECORD_FIELDS, code: 'string', nameEn: 'string', nameZh: 'string' },
  toOne: { program: 'Program' },
  toMany: { members: { type: 'CommitteeMember', foreignKey: 'committee' } },
  orderFields: { CODE: 'code', NAME_EN: 'nameEn', NAME_ZH: 'nameZh' },
  defaultOrder: [{ field: 'CODE', direction: OrderDirection.ASC }],
});

export const CommitteeMemberListing = defineListing({
  name: 'CommitteeMember',
  plural: 'committee members',
  fields: { ...RECORD_FIELDS, role: { enum: CommitteeRole, name: 'CommitteeRole' } },
  toOne: { committee: 'Committee', person: 'Person' },
  orderFields: { ROLE: 'role' },
});

export const SchoolMetricListing = defineListing({
  name: 'SchoolMetric',
  plural: 'school metrics',
  fields: {
    ...RECORD_FIELDS,
    year: 'int',
    enrolledStudents: 'int',
    teachers: 'int',
    seniorTitleTeachers: 'int',
    graduates: 'int',
    undergraduateAdmissions: 'int',
    trainingHours: 'int',
  },
  toOne: { school: 'School' },
  orderFields: {
    YEAR: 'year',
    ENROLLED_STUDENTS: 'enrolledStudents',
    TEACHERS: 'teachers',
    GRADUATES: 'graduates',
    UNDERGRADUATE_ADMISSIONS: 'undergraduateAdmissions',
    SCHOOL_CODE: 'school.code',
  },
  defaultOrder: [{ field: 'YEAR', direction: OrderDirection.ASC }],
});

export const PartnershipSchoolListing = defineListing({
  name: 'PartnershipSchool',
  plural: 'partnership schools',
  fields: { ...RECORD_FIELDS },
  toOne: { partnership: 'Partnership', school: 'School' },
  orderFields: {
    SCHOOL_CODE: 'school.code',
    SCHOOL_NAME_ZH: 'school.nameZh',
    PARTNERSHIP_STARTS_ON: 'partnership.startsOn',
  },
  defaultOrder: [{ field: 'SCHOOL_CODE', direction: OrderDirection.ASC }],
});

export const CommitteeTargetSchoolListing = defineListing({
  name: 'CommitteeTargetSchool',
  plural: 'committee target schools',
  fields: { ...RECORD_FIELDS },
  toOne: { committee: 'Committee', school: 'School' },
  orderFields: { SCHOOL_CODE: 'school.code', SCHOOL_NAME_ZH: 'school.nameZh', COMMITTEE_CODE: 'committee.code' },
  defaultOrder: [{ field: 'SCHOOL_CODE', direction: OrderDirection.ASC }],
});

/* The tracking and guidance records (guidance/). */

const task = { enum: ImprovementTask, name: 'ImprovementTask' };
const party = { enum: TrackingParty, name: 'TrackingParty' };
const problemStatus = { enum: ProblemStatus, name: 'ProblemStatus' };

export const ProblemListing = defineListing({
  name: 'Problem',
  plural: 'problems',
  fields: {
    ...RECORD_FIELDS,
    task,
    title: 'string',
    foundBy: party,
    method: { enum: FindingMethod, name: 'FindingMethod' },
    foundOn: 'date',
    severity: { enum: ProblemSeverity, name: 'ProblemSeverity' },
    status: problemStatus,
    statusOn: 'date',
  },
  toOne: {
    school: 'School',
    county: 'County',
    partnership: 'Partnership',
    committee: 'Committee',
    university: 'University',
  },
  toMany: { guidance: { type: 'Guidance', foreignKey: 'problem' } },
  orderFields: {
    FOUND_ON: 'foundOn',
    STATUS_ON: 'statusOn',
    SEVERITY: 'severity',
    STATUS: 'status',
    TASK: 'task',
    TITLE: 'title',
    SCHOOL_CODE: 'school.code',
    COUNTY_CODE: 'county.code',
  },
  defaultOrder: [{ field: 'FOUND_ON', direction: OrderDirection.ASC }],
});

export const ProblemStatusChangeListing = defineListing({
  name: 'ProblemStatusChange',
  plural: 'status changes',
  fields: { ...RECORD_FIELDS, status: problemStatus, changedOn: 'date' },
  toOne: { problem: 'Problem' },
  orderFields: { CHANGED_ON: 'changedOn', STATUS: 'status' },
  defaultOrder: [{ field: 'CHANGED_ON', direction: OrderDirection.ASC }],
});

export const GuidanceListing = defineListing({
  name: 'Guidance',
  plural: 'guidance',
  fields: {
    ...RECORD_FIELDS,
    givenBy: party,
    givenOn: 'date',
    followUpStatus: { enum: FollowUpStatus, name: 'FollowUpStatus' },
    followUpOn: 'date',
  },
  toOne: { problem: 'Problem', committee: 'Committee', university: 'University', person: 'Person' },
  orderFields: { GIVEN_ON: 'givenOn', FOLLOW_UP_ON: 'followUpOn', FOLLOW_UP_STATUS: 'followUpStatus' },
  defaultOrder: [{ field: 'GIVEN_ON', direction: OrderDirection.ASC }],
});

export const PracticeListing = defineListing({
  name: 'Practice',
  plural: 'practices',
  fields: { ...RECORD_FIELDS, nameZh: 'string', nameEn: 'string', task, promotedOn: 'date' },
  toOne: { school: 'School', county: 'County', university: 'University', partnership: 'Partnership' },
  toMany: { evidence: { type: 'PracticeEvidence', foreignKey: 'practice' } },
  orderFields: {
    NAME_ZH: 'nameZh',
    NAME_EN: 'nameEn',
    TASK: 'task',
    PROMOTED_ON: 'promotedOn',
    COUNTY_CODE: 'county.code',
  },
  defaultOrder: [{ field: 'NAME_EN', direction: OrderDirection.ASC }],
});

export const PracticeEvidenceListing = defineListing({
  name: 'PracticeEvidence',
  plural: 'pieces of evidence',
  fields: { ...RECORD_FIELDS },
  toOne: { practice: 'Practice', activity: 'Activity', metric: 'SchoolMetric' },
  orderFields: { ACTIVITY_START_DATE: 'activity.startDate', METRIC_YEAR: 'metric.year' },
});
