import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string };
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown> };
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string };
};

/** What was done in an assistance activity (the measures the documents list). */
export type ActivityKind =
  /** Outstanding college students sent to support teaching. */
  | 'COLLEGE_STUDENT_TEACHING_PRACTICE'
  /** Field research at target schools. */
  | 'FIELD_RESEARCH'
  /** Key laboratory open activity for county students. */
  | 'LAB_OPEN_DAY'
  /** An online meeting with target schools. */
  | 'ONLINE_MEETING'
  /** A team of principal and teachers sent to run the county school. */
  | 'PRINCIPAL_TEAM_DISPATCH'
  /** Training for county middle-school principals. */
  | 'PRINCIPAL_TRAINING'
  /** Summer or winter camp for county students at the university. */
  | 'STUDENT_CAMP'
  /** An online survey of target schools. */
  | 'SURVEY'
  /** County teachers sent to university-affiliated high schools for post-job training. */
  | 'TEACHER_PLACEMENT_TRAINING'
  /** Key-discipline teachers visiting the school regularly. */
  | 'TEACHER_VISIT';

/** Conditions on a ActivityKind field. */
export type ActivityKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<ActivityKind>;
  /** One of these values. */
  in?: InputMaybe<Array<ActivityKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ActivityKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ActivityKind>>;
};

/** Conditions on a list of activities. */
export type ActivityListFilter = {
  /** Every one of the activities matches (true when there are none). */
  every?: InputMaybe<ActivityWhere>;
  /** None of the activities matches. */
  none?: InputMaybe<ActivityWhere>;
  /** At least one of the activities matches. */
  some?: InputMaybe<ActivityWhere>;
};

/** One sort key for activities. */
export type ActivityOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: ActivityOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What activities can be sorted by. */
export type ActivityOrderField =
  /** By end date. */
  | 'END_DATE'
  /** By kind. */
  | 'KIND'
  /** By reach. */
  | 'REACH'
  /** By start date. */
  | 'START_DATE'
  /** By title. */
  | 'TITLE';

/** Conditions on activities; all given conditions must hold. Combine with AND, OR and NOT. */
export type ActivityWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<ActivityWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<ActivityWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<ActivityWhere>>;
  /** Conditions on the committee (a Committee). */
  committee?: InputMaybe<CommitteeWhere>;
  /** Conditions on the county (a County). */
  county?: InputMaybe<CountyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on end date. */
  endDate?: InputMaybe<DateFilter>;
  /** Conditions on format. */
  format?: InputMaybe<EventFormatFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on kind. */
  kind?: InputMaybe<ActivityKindFilter>;
  /** Conditions on the participations (Participation records): some, every or none of them. */
  participations?: InputMaybe<ParticipationListFilter>;
  /** Conditions on the partnership (a Partnership). */
  partnership?: InputMaybe<PartnershipWhere>;
  /** Conditions on the program (a Program). */
  program?: InputMaybe<ProgramWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on reach. */
  reach?: InputMaybe<IntFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on start date. */
  startDate?: InputMaybe<DateFilter>;
  /** Conditions on title. */
  title?: InputMaybe<StringFilter>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A member to add to a committee. */
export type AddCommitteeMemberInput = {
  /** The committee. */
  committeeId: Scalars['ID']['input'];
  /** The person. */
  personId: Scalars['ID']['input'];
  /** Chair, vice chair, member or secretary. */
  role: CommitteeRole;
};

/** A target school to add to a committee. */
export type AddCommitteeTargetSchoolInput = {
  /** The committee. */
  committeeId: Scalars['ID']['input'];
  /** The school. */
  schoolId: Scalars['ID']['input'];
};

/** Guidance given for a problem. */
export type AddGuidanceInput = {
  /** The committee whose member gave it (with givenBy COMMITTEE only). */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Who gave it. COMMITTEE needs committeeId, UNIVERSITY needs universityId; not COUNTY. */
  givenBy: TrackingParty;
  /** The day it was given. */
  givenOn: Scalars['LocalDate']['input'];
  /** The person who gave it, if recorded (a team lead; with a committee, one of its members). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The problem. */
  problemId: Scalars['ID']['input'];
  /** What was suggested (1–4000 characters) */
  suggestion: Scalars['String']['input'];
  /** The university whose team gave it (with givenBy UNIVERSITY only). */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** A person to add to an activity. */
export type AddParticipationInput = {
  /** The activity. */
  activityId: Scalars['ID']['input'];
  /** The person (see `people`); must exist. */
  personId: Scalars['ID']['input'];
  /** How the person took part. */
  role: ParticipationRole;
};

/** A school to add to a partnership. */
export type AddPartnershipSchoolInput = {
  /** The partnership. */
  partnershipId: Scalars['ID']['input'];
  /** The school, in the partnership's county. */
  schoolId: Scalars['ID']['input'];
};

/** A goal to add to a plan. */
export type AddPlanGoalInput = {
  /** The value of the measure when the plan was drawn up (0–100000) */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** The school year of the baseline (2000–2100) */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  /** What the plan aims to achieve on this task (1–4000 characters) */
  description: Scalars['String']['input'];
  /** The school figure that measures the goal; with it baseline, baselineYear, target and targetYear (null: none) */
  measure?: InputMaybe<GoalMeasure>;
  /** The plan. */
  planId: Scalars['ID']['input'];
  /** The value the plan aims for (0–100000) */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The school year the target is due, not before the baseline year (2000–2100) */
  targetYear?: InputMaybe<Scalars['Int']['input']>;
  /** The improvement task (one goal per task and plan). */
  task: ImprovementTask;
};

/** The kind of a national education agency. */
export type AgencyKind =
  /** An institution under the ministry, such as NAEA. */
  | 'ACADEMY'
  /** A department or bureau of the ministry. */
  | 'DEPARTMENT'
  /** The Ministry of Education itself. */
  | 'MINISTRY'
  /** An office of the ministry (General Office, inspection office…). */
  | 'OFFICE';

/** Conditions on a AgencyKind field. */
export type AgencyKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<AgencyKind>;
  /** One of these values. */
  in?: InputMaybe<Array<AgencyKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<AgencyKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<AgencyKind>>;
};

/** One sort key for agencies. */
export type AgencyOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: AgencyOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What agencies can be sorted by. */
export type AgencyOrderField =
  /** By code. */
  | 'CODE'
  /** By kind. */
  | 'KIND'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH';

/** Conditions on agencies; all given conditions must hold. Combine with AND, OR and NOT. */
export type AgencyWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<AgencyWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<AgencyWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<AgencyWhere>>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on kind. */
  kind?: InputMaybe<AgencyKindFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the parent (a Agency). */
  parent?: InputMaybe<AgencyWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A school's new principal, from a day on. */
export type AppointPrincipalInput = {
  /** The new principal (see createPerson). */
  personId: Scalars['ID']['input'];
  /** The school. */
  schoolId: Scalars['ID']['input'];
  /** First day in office; the current principal's appointment ends the day before. */
  startDate: Scalars['LocalDate']['input'];
  /** The full title as published (1–1000 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on a list of appointments. */
export type AppointmentListFilter = {
  /** Every one of the appointments matches (true when there are none). */
  every?: InputMaybe<AppointmentWhere>;
  /** None of the appointments matches. */
  none?: InputMaybe<AppointmentWhere>;
  /** At least one of the appointments matches. */
  some?: InputMaybe<AppointmentWhere>;
};

/** One sort key for appointments. */
export type AppointmentOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: AppointmentOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What appointments can be sorted by. */
export type AppointmentOrderField =
  /** By end date. */
  | 'END_DATE'
  /** By person → the English (or pinyin) name. */
  | 'PERSON_NAME_EN'
  /** By role. */
  | 'ROLE'
  /** By start date. */
  | 'START_DATE';

/** The role a person holds at an organization. */
export type AppointmentRole =
  /** Head of a department, bureau or office. */
  | 'DIRECTOR'
  /** Faculty member of a university (experts, trainers). */
  | 'FACULTY'
  /** Minister of Education. */
  | 'MINISTER'
  /** Other official of an agency or bureau. */
  | 'OFFICIAL'
  /** Party secretary of an organization. */
  | 'PARTY_SECRETARY'
  /** President or vice president of a university or academy. */
  | 'PRESIDENT'
  /** Principal of a school. */
  | 'PRINCIPAL'
  /** Non-teaching staff at a school. */
  | 'STAFF'
  /** Teacher at a school. */
  | 'TEACHER'
  /** Vice minister of education. */
  | 'VICE_MINISTER'
  /** Vice principal of a school. */
  | 'VICE_PRINCIPAL';

/** Conditions on a AppointmentRole field. */
export type AppointmentRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<AppointmentRole>;
  /** One of these values. */
  in?: InputMaybe<Array<AppointmentRole>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<AppointmentRole>;
  /** None of these values. */
  notIn?: InputMaybe<Array<AppointmentRole>>;
};

/** Conditions on appointments; all given conditions must hold. Combine with AND, OR and NOT. */
export type AppointmentWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<AppointmentWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<AppointmentWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<AppointmentWhere>>;
  /** Conditions on the agency (a Agency). */
  agency?: InputMaybe<AgencyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the education bureau (a EducationBureau). */
  educationBureau?: InputMaybe<EducationBureauWhere>;
  /** Conditions on end date. */
  endDate?: InputMaybe<DateFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on organization kind. */
  organizationKind?: InputMaybe<OrganizationKindFilter>;
  /** Conditions on the person (a Person). */
  person?: InputMaybe<PersonWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on role. */
  role?: InputMaybe<AppointmentRoleFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on start date. */
  startDate?: InputMaybe<DateFilter>;
  /** Conditions on title. */
  title?: InputMaybe<StringFilter>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for assistance plans. */
export type AssistancePlanOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: AssistancePlanOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What assistance plans can be sorted by. */
export type AssistancePlanOrderField =
  /** By end year. */
  | 'END_YEAR'
  /** By school → code. */
  | 'SCHOOL_CODE'
  /** By start year. */
  | 'START_YEAR'
  /** By title. */
  | 'TITLE';

/** Conditions on assistance plans; all given conditions must hold. Combine with AND, OR and NOT. */
export type AssistancePlanWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<AssistancePlanWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<AssistancePlanWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<AssistancePlanWhere>>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on end year. */
  endYear?: InputMaybe<IntFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the partnership (a Partnership). */
  partnership?: InputMaybe<PartnershipWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on start year. */
  startYear?: InputMaybe<IntFilter>;
  /** Conditions on title. */
  title?: InputMaybe<StringFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on a list of attendances. */
export type AttendanceListFilter = {
  /** Every one of the attendances matches (true when there are none). */
  every?: InputMaybe<AttendanceWhere>;
  /** None of the attendances matches. */
  none?: InputMaybe<AttendanceWhere>;
  /** At least one of the attendances matches. */
  some?: InputMaybe<AttendanceWhere>;
};

/** One sort key for attendances. */
export type AttendanceOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: AttendanceOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What attendances can be sorted by. */
export type AttendanceOrderField =
  /** By event → start date. */
  | 'EVENT_START_DATE'
  /** By role. */
  | 'ROLE';

/** The part a person or organization played at an event. */
export type AttendanceRole =
  /** Attended. */
  | 'ATTENDEE'
  /** Chaired the event. */
  | 'CHAIR'
  /** Hosted the event. */
  | 'HOST'
  /** Made a report (e.g. a work report or a local report). */
  | 'REPORTER'
  /** Gave a speech or remarks. */
  | 'SPEAKER';

/** Conditions on a AttendanceRole field. */
export type AttendanceRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<AttendanceRole>;
  /** One of these values. */
  in?: InputMaybe<Array<AttendanceRole>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<AttendanceRole>;
  /** None of these values. */
  notIn?: InputMaybe<Array<AttendanceRole>>;
};

/** Conditions on attendances; all given conditions must hold. Combine with AND, OR and NOT. */
export type AttendanceWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<AttendanceWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<AttendanceWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<AttendanceWhere>>;
  /** Conditions on the agency (a Agency). */
  agency?: InputMaybe<AgencyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the education bureau (a EducationBureau). */
  educationBureau?: InputMaybe<EducationBureauWhere>;
  /** Conditions on the event (a Event). */
  event?: InputMaybe<EventWhere>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on note. */
  note?: InputMaybe<StringFilter>;
  /** Conditions on the person (a Person). */
  person?: InputMaybe<PersonWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on role. */
  role?: InputMaybe<AttendanceRoleFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on a yes/no field. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The administrative level of a local education authority. */
export type BureauLevel =
  /** A county or district education bureau. */
  | 'COUNTY'
  /** A prefecture or city education bureau. */
  | 'PREFECTURAL'
  /** A provincial department or commission of education. */
  | 'PROVINCIAL';

/** Conditions on a BureauLevel field. */
export type BureauLevelFilter = {
  /** Equal to. */
  eq?: InputMaybe<BureauLevel>;
  /** One of these values. */
  in?: InputMaybe<Array<BureauLevel>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<BureauLevel>;
  /** None of these values. */
  notIn?: InputMaybe<Array<BureauLevel>>;
};

/** What a change did to its record. */
export type ChangeAction =
  /** The record was created. */
  | 'CREATE'
  /** The record was removed. */
  | 'DELETE'
  /** The record was changed. */
  | 'UPDATE';

/** Conditions on a ChangeAction field. */
export type ChangeActionFilter = {
  /** Equal to. */
  eq?: InputMaybe<ChangeAction>;
  /** One of these values. */
  in?: InputMaybe<Array<ChangeAction>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ChangeAction>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ChangeAction>>;
};

/** One sort key for changes. */
export type ChangeOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: ChangeOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What changes can be sorted by. */
export type ChangeOrderField =
  /** By at. */
  | 'AT'
  /** By entity. */
  | 'ENTITY'
  /** By org. */
  | 'ORG'
  /** By role. */
  | 'ROLE'
  /** By subject. */
  | 'SUBJECT';

/** A problem's new status, the day it took it and why (recorded in its status history). */
export type ChangeProblemStatusInput = {
  /** The record. */
  id: Scalars['ID']['input'];
  /** Why, or what was done (1–4000 characters) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: ProblemStatus;
  /** The day it took the status, not before the problem was found. */
  statusOn: Scalars['LocalDate']['input'];
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Which changes a subscription (or a webhook) gets: for each list given, the change must touch one of its records (a change touches the records it belongs to: an activity its partnership, university, county, province, programme and school). Lists combine with AND. */
export type ChangeStreamFilter = {
  /** Counties (ids). */
  countyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Programmes (ids). */
  programIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Provinces (ids). */
  provinceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Schools (ids). */
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Record types, e.g. ["Activity", "Participation"] (the `type` of the events). */
  types?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Universities (ids). */
  universityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on changes; all given conditions must hold. Combine with AND, OR and NOT. */
export type ChangeWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<ChangeWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<ChangeWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<ChangeWhere>>;
  /** Conditions on action. */
  action?: InputMaybe<ChangeActionFilter>;
  /** Conditions on at. */
  at?: InputMaybe<DateTimeFilter>;
  /** Conditions on entity. */
  entity?: InputMaybe<StringFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on mutation. */
  mutation?: InputMaybe<StringFilter>;
  /** Conditions on operation name. */
  operationName?: InputMaybe<StringFilter>;
  /** Conditions on org. */
  org?: InputMaybe<StringFilter>;
  /** Conditions on record id. */
  recordId?: InputMaybe<IdFilter>;
  /** Conditions on request id. */
  requestId?: InputMaybe<StringFilter>;
  /** Conditions on role. */
  role?: InputMaybe<StringFilter>;
  /** Conditions on subject. */
  subject?: InputMaybe<StringFilter>;
};

/** A person serving on a committee. */
export type CommitteeMemberInput = {
  /** The person. */
  personId: Scalars['ID']['input'];
  /** Chair, vice chair, member or secretary. */
  role: CommitteeRole;
};

/** Conditions on a list of committee members. */
export type CommitteeMemberListFilter = {
  /** Every one of the committee members matches (true when there are none). */
  every?: InputMaybe<CommitteeMemberWhere>;
  /** None of the committee members matches. */
  none?: InputMaybe<CommitteeMemberWhere>;
  /** At least one of the committee members matches. */
  some?: InputMaybe<CommitteeMemberWhere>;
};

/** One sort key for committee members. */
export type CommitteeMemberOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: CommitteeMemberOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What committee members can be sorted by. */
export type CommitteeMemberOrderField =
  /** By role. */
  'ROLE';

/** Conditions on committee members; all given conditions must hold. Combine with AND, OR and NOT. */
export type CommitteeMemberWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<CommitteeMemberWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<CommitteeMemberWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<CommitteeMemberWhere>>;
  /** Conditions on the committee (a Committee). */
  committee?: InputMaybe<CommitteeWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the person (a Person). */
  person?: InputMaybe<PersonWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on role. */
  role?: InputMaybe<CommitteeRoleFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for committees. */
export type CommitteeOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: CommitteeOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What committees can be sorted by. */
export type CommitteeOrderField =
  /** By code. */
  | 'CODE'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH';

/** The role of a member in a committee. */
export type CommitteeRole =
  /** Chair. */
  | 'CHAIR'
  /** Member. */
  | 'MEMBER'
  /** Secretary. */
  | 'SECRETARY'
  /** Vice chair. */
  | 'VICE_CHAIR';

/** Conditions on a CommitteeRole field. */
export type CommitteeRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<CommitteeRole>;
  /** One of these values. */
  in?: InputMaybe<Array<CommitteeRole>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<CommitteeRole>;
  /** None of these values. */
  notIn?: InputMaybe<Array<CommitteeRole>>;
};

/** One sort key for committee target schools. */
export type CommitteeTargetSchoolOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: CommitteeTargetSchoolOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What committee target schools can be sorted by. */
export type CommitteeTargetSchoolOrderField =
  /** By committee → code. */
  | 'COMMITTEE_CODE'
  /** By school → code. */
  | 'SCHOOL_CODE'
  /** By school → the Chinese name. */
  | 'SCHOOL_NAME_ZH';

/** Conditions on committee target schools; all given conditions must hold. Combine with AND, OR and NOT. */
export type CommitteeTargetSchoolWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<CommitteeTargetSchoolWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<CommitteeTargetSchoolWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<CommitteeTargetSchoolWhere>>;
  /** Conditions on the committee (a Committee). */
  committee?: InputMaybe<CommitteeWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on committees; all given conditions must hold. Combine with AND, OR and NOT. */
export type CommitteeWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<CommitteeWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<CommitteeWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<CommitteeWhere>>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the members (CommitteeMember records): some, every or none of them. */
  members?: InputMaybe<CommitteeMemberListFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the program (a Program). */
  program?: InputMaybe<ProgramWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** The kind of a county-level division. */
export type CountyKind =
  /** An autonomous banner (自治旗), Inner Mongolia. */
  | 'AUTONOMOUS_BANNER'
  /** An autonomous county (自治县). */
  | 'AUTONOMOUS_COUNTY'
  /** A banner (旗), Inner Mongolia. */
  | 'BANNER'
  /** A county (县). */
  | 'COUNTY'
  /** A county-level city (县级市). */
  | 'COUNTY_LEVEL_CITY'
  /** A city district (区). */
  | 'DISTRICT'
  /** A forestry district (林区). */
  | 'FORESTRY_DISTRICT'
  /** A special district (特区). */
  | 'SPECIAL_DISTRICT';

/** Conditions on a CountyKind field. */
export type CountyKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<CountyKind>;
  /** One of these values. */
  in?: InputMaybe<Array<CountyKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<CountyKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<CountyKind>>;
};

/** Conditions on a list of counties. */
export type CountyListFilter = {
  /** Every one of the counties matches (true when there are none). */
  every?: InputMaybe<CountyWhere>;
  /** None of the counties matches. */
  none?: InputMaybe<CountyWhere>;
  /** At least one of the counties matches. */
  some?: InputMaybe<CountyWhere>;
};

/** One sort key for counties. */
export type CountyOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: CountyOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What counties can be sorted by. */
export type CountyOrderField =
  /** By code. */
  | 'CODE'
  /** By kind. */
  | 'KIND'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH'
  /** By prefecture → code. */
  | 'PREFECTURE_CODE'
  /** By province → code. */
  | 'PROVINCE_CODE';

/** Conditions on counties; all given conditions must hold. Combine with AND, OR and NOT. */
export type CountyWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<CountyWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<CountyWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<CountyWhere>>;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: InputMaybe<ActivityListFilter>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on key revitalization county. */
  keyRevitalizationCounty?: InputMaybe<BooleanFilter>;
  /** Conditions on kind. */
  kind?: InputMaybe<CountyKindFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the partnerships (Partnership records): some, every or none of them. */
  partnerships?: InputMaybe<PartnershipListFilter>;
  /** Conditions on the prefecture (a Prefecture). */
  prefecture?: InputMaybe<PrefectureWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the province (a Province). */
  province?: InputMaybe<ProvinceWhere>;
  /** Conditions on the schools (School records): some, every or none of them. */
  schools?: InputMaybe<SchoolListFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A school a partnership covers (a school of the partnership's county). */
export type CoveredSchoolInput = {
  /** The school, in the partnership's county. */
  schoolId: Scalars['ID']['input'];
};

/** An activity to record, with the people who took part. */
export type CreateActivityInput = {
  /** The expert committee that did it, if one did (ministry only). */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The county it was for, if one. */
  countyId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day, not before the first; null for one day. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** In person (the default), hybrid or online. */
  format?: InputMaybe<EventFormat>;
  /** What was done. */
  kind: ActivityKind;
  /** The people who took part (at most 500). */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** The partnership that did it. A university records activities of its own partnerships only. */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** The programme it was done under. */
  programId: Scalars['ID']['input'];
  /** How many people it reached, recorded or not (default 0) (0–10000000) */
  reach?: InputMaybe<Scalars['Int']['input']>;
  /** The school it was for or at; with a partnership, a school of the partnership's county. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** First day. */
  startDate: Scalars['LocalDate']['input'];
  /** Short title (1–255 characters) */
  title: Scalars['String']['input'];
  /** The university that ran it, if any. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** A person's role at one organization: exactly one of a school, a university, an education bureau or an agency. */
export type CreateAppointmentInput = {
  /** The agency (ministry only). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** The education bureau (ministry only). */
  educationBureauId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day in the role, not before the first; null while current. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The person appointed. */
  personId: Scalars['ID']['input'];
  /** The role held (a new principal: appointPrincipal). */
  role: AppointmentRole;
  /** The school (a teacher placed, staff, a vice principal). */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** First day in the role. */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The full title as published (1–1000 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The university. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** A "one school, one policy" assistance plan, with its goals. */
export type CreateAssistancePlanInput = {
  /** Last school year covered, not before the first (2000–2100) */
  endYear: Scalars['Int']['input'];
  /** Its goals, one per improvement task (at most 4). */
  goals?: InputMaybe<Array<PlanGoalInput>>;
  /** The partnership that drew it up (none: a plan of the committee programme, ministry only). */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** The school the plan is for; with a partnership, a school of the partnership's county. */
  schoolId: Scalars['ID']['input'];
  /** First school year covered (2000–2100) */
  startYear: Scalars['Int']['input'];
  /** Title (1–255 characters) */
  title: Scalars['String']['input'];
};

/** Who took part in an event, in a role: exactly one of a person, a school, a university, an education bureau or an agency. */
export type CreateAttendanceInput = {
  /** An agency that took part (ministry only). */
  agencyId?: InputMaybe<Scalars['ID']['input']>;
  /** An education bureau that took part (ministry only). */
  educationBureauId?: InputMaybe<Scalars['ID']['input']>;
  /** The event. */
  eventId: Scalars['ID']['input'];
  /** What the participant did, as reported (1–4000 characters) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** A person who took part. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Chair, host, speaker, reporter or attendee. */
  role: AttendanceRole;
  /** A school that took part. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** A university that took part. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** An expert committee to create, with its members and target schools. */
export type CreateCommitteeInput = {
  /** Stable short code, unique (1–255 characters) */
  code: Scalars['String']['input'];
  /** What the committee does (1–4000 characters) */
  description: Scalars['String']['input'];
  /** Its members (at most 500). */
  members?: InputMaybe<Array<CommitteeMemberInput>>;
  /** English name (1–255 characters) */
  nameEn: Scalars['String']['input'];
  /** Chinese name (1–255 characters) */
  nameZh: Scalars['String']['input'];
  /** The programme it supports. */
  programId: Scalars['ID']['input'];
  /** The schools it targets (at most 500). */
  targetSchools?: InputMaybe<Array<TargetSchoolInput>>;
};

/** A partnership to create: a university assisting a county within a programme. */
export type CreatePartnershipInput = {
  /** The university's affiliated high school, where one takes part. */
  affiliatedHighSchoolId?: InputMaybe<Scalars['ID']['input']>;
  /** When the agreement was signed. */
  agreementSignedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The assisted county (one partnership per programme, university and county). */
  countyId: Scalars['ID']['input'];
  /** The programme. */
  programId: Scalars['ID']['input'];
  /** The county's schools it covers (at most 200). */
  schools?: InputMaybe<Array<CoveredSchoolInput>>;
  /** When implementation started. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Under way (the default) or completed. */
  status?: InputMaybe<PartnershipStatus>;
  /** The assisting university. */
  universityId: Scalars['ID']['input'];
};

/** A person to record (a principal, a teacher, a trainee, an expert). */
export type CreatePersonInput = {
  /** Year of birth, where recorded (1900–2100) */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Gender, where recorded. */
  gender?: InputMaybe<Gender>;
  /** Name in pinyin, family name first (1–255 characters) */
  nameEn: Scalars['String']['input'];
  /** Name in Chinese characters (1–255 characters) */
  nameZh: Scalars['String']['input'];
  /** Teaching subject, for teachers (1–255 characters) */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Good practice to record, with the evidence it rests on. */
export type CreatePracticeInput = {
  /** The county: the school's, or where it was done. */
  countyId: Scalars['ID']['input'];
  /** What was done, and how (1–4000 characters) */
  description: Scalars['String']['input'];
  /** The activities and metric records it rests on (at most 100). */
  evidence?: InputMaybe<Array<PracticeEvidenceInput>>;
  /** English name (1–255 characters) */
  nameEn: Scalars['String']['input'];
  /** Chinese name (1–255 characters) */
  nameZh: Scalars['String']['input'];
  /** The partnership it was done under, if one (of the county, and of the university). */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** The school where it was done; leave out for a practice of the county as a whole. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** The improvement task it served. */
  task: ImprovementTask;
  /** The university that did it, if one. */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** A problem found at a school or a county. */
export type CreateProblemInput = {
  /** The committee that found it (with foundBy COMMITTEE only). */
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The county: the school's, or the county the problem is about. */
  countyId: Scalars['ID']['input'];
  /** What was found (1–4000 characters) */
  description: Scalars['String']['input'];
  /** Who found it. COMMITTEE needs committeeId, UNIVERSITY needs universityId. */
  foundBy: TrackingParty;
  /** The day it was found. */
  foundOn: Scalars['LocalDate']['input'];
  /** How it was found. */
  method: FindingMethod;
  /** The partnership it concerns, if one (of the problem's county). */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** The school it was found at; leave out for a problem of the county as a whole. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** How much it holds implementation back. */
  severity: ProblemSeverity;
  /** The improvement task it stands in the way of. */
  task: ImprovementTask;
  /** Short title (1–255 characters) */
  title: Scalars['String']['input'];
  /** The university that found it (with foundBy UNIVERSITY only). */
  universityId?: InputMaybe<Scalars['ID']['input']>;
};

/** A ministry programme to create. */
export type CreateProgramInput = {
  /** When the notice was issued. */
  announcedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Stable short code, unique, e.g. "COUNTY-HIGH-SCHOOL-TRUSTEESHIP" (1–255 characters) */
  code: Scalars['String']['input'];
  /** What the programme does (1–4000 characters) */
  description: Scalars['String']['input'];
  /** The agency that issued the notice. */
  issuingAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Trusteeship assistance, group assistance or training programme. */
  kind: ProgramKind;
  /** English name (1–255 characters) */
  nameEn: Scalars['String']['input'];
  /** Chinese name (1–255 characters) */
  nameZh: Scalars['String']['input'];
  /** Title of the notice that launched it (1–4000 characters) */
  noticeTitle?: InputMaybe<Scalars['String']['input']>;
  /** When implementation started. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** One school's figures for one school year. */
export type CreateSchoolMetricInput = {
  /** Students enrolled (0–1000000) */
  enrolledStudents: Scalars['Int']['input'];
  /** Students graduating that year (0–1000000) */
  graduates: Scalars['Int']['input'];
  /** The school. */
  schoolId: Scalars['ID']['input'];
  /** Teachers with a senior professional title (no more than the teachers) (0–1000000) */
  seniorTitleTeachers: Scalars['Int']['input'];
  /** Full-time teachers (0–1000000) */
  teachers: Scalars['Int']['input'];
  /** Teacher-training hours delivered to the staff that year (0–1000000) */
  trainingHours: Scalars['Int']['input'];
  /** Graduates admitted to undergraduate programmes (no more than the graduates) (0–1000000) */
  undergraduateAdmissions: Scalars['Int']['input'];
  /** School year (the calendar year it starts in) (2000–2100) */
  year: Scalars['Int']['input'];
};

/** Conditions on a calendar date (YYYY-MM-DD). */
export type DateFilter = {
  /** On this day. */
  eq?: InputMaybe<Scalars['LocalDate']['input']>;
  /** After this day. */
  gt?: InputMaybe<Scalars['LocalDate']['input']>;
  /** On or after this day. */
  gte?: InputMaybe<Scalars['LocalDate']['input']>;
  /** On one of these days (at most 1000). */
  in?: InputMaybe<Array<Scalars['LocalDate']['input']>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Before this day. */
  lt?: InputMaybe<Scalars['LocalDate']['input']>;
  /** On or before this day. */
  lte?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Not on this day. */
  ne?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Conditions on a point in time. */
export type DateTimeFilter = {
  /** After this instant. */
  gt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** At or after this instant. */
  gte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Before this instant. */
  lt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** At or before this instant. */
  lte?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** One sort key for education bureaus. */
export type EducationBureauOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: EducationBureauOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What education bureaus can be sorted by. */
export type EducationBureauOrderField =
  /** By code. */
  | 'CODE'
  /** By level. */
  | 'LEVEL'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH';

/** Conditions on education bureaus; all given conditions must hold. Combine with AND, OR and NOT. */
export type EducationBureauWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<EducationBureauWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<EducationBureauWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<EducationBureauWhere>>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on the county (a County). */
  county?: InputMaybe<CountyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on level. */
  level?: InputMaybe<BureauLevelFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the prefecture (a Prefecture). */
  prefecture?: InputMaybe<PrefectureWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the province (a Province). */
  province?: InputMaybe<ProvinceWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** How an event or activity was held. */
export type EventFormat =
  /** In person and online. */
  | 'HYBRID'
  /** In person. */
  | 'IN_PERSON'
  /** Online only. */
  | 'ONLINE';

/** Conditions on a EventFormat field. */
export type EventFormatFilter = {
  /** Equal to. */
  eq?: InputMaybe<EventFormat>;
  /** One of these values. */
  in?: InputMaybe<Array<EventFormat>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<EventFormat>;
  /** None of these values. */
  notIn?: InputMaybe<Array<EventFormat>>;
};

/** The kind of an event. */
export type EventKind =
  /** A national conference. */
  | 'CONFERENCE'
  /** A seminar (often a multi-day course). */
  | 'SEMINAR'
  /** A symposium. */
  | 'SYMPOSIUM'
  /** A special training session. */
  | 'TRAINING'
  /** A work conference of a committee or programme. */
  | 'WORK_CONFERENCE';

/** Conditions on a EventKind field. */
export type EventKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<EventKind>;
  /** One of these values. */
  in?: InputMaybe<Array<EventKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<EventKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<EventKind>>;
};

/** One sort key for events. */
export type EventOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: EventOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What events can be sorted by. */
export type EventOrderField =
  /** By code. */
  | 'CODE'
  /** By end date. */
  | 'END_DATE'
  /** By kind. */
  | 'KIND'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By start date. */
  | 'START_DATE';

/** Conditions on events; all given conditions must hold. Combine with AND, OR and NOT. */
export type EventWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<EventWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<EventWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<EventWhere>>;
  /** Conditions on the attendances (Attendance records): some, every or none of them. */
  attendances?: InputMaybe<AttendanceListFilter>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on the committee (a Committee). */
  committee?: InputMaybe<CommitteeWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on edition. */
  edition?: InputMaybe<IntFilter>;
  /** Conditions on end date. */
  endDate?: InputMaybe<DateFilter>;
  /** Conditions on format. */
  format?: InputMaybe<EventFormatFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on kind. */
  kind?: InputMaybe<EventKindFilter>;
  /** Conditions on location. */
  location?: InputMaybe<StringFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the organizer (a Agency). */
  organizer?: InputMaybe<AgencyWhere>;
  /** Conditions on the parent (a Event). */
  parent?: InputMaybe<EventWhere>;
  /** Conditions on the program (a Program). */
  program?: InputMaybe<ProgramWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on start date. */
  startDate?: InputMaybe<DateFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** How a problem was found. */
export type FindingMethod =
  /** Field research at the school or county. */
  | 'FIELD_RESEARCH'
  /** An online meeting with the school. */
  | 'ONLINE_MEETING'
  /** The school's or county's own report. */
  | 'REPORT'
  /** A (usually online) survey of principals and staff. */
  | 'SURVEY'
  /** A visit (a team dispatched, a teacher visit). */
  | 'VISIT';

/** Conditions on a FindingMethod field. */
export type FindingMethodFilter = {
  /** Equal to. */
  eq?: InputMaybe<FindingMethod>;
  /** One of these values. */
  in?: InputMaybe<Array<FindingMethod>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<FindingMethod>;
  /** None of these values. */
  notIn?: InputMaybe<Array<FindingMethod>>;
};

/** What became of a piece of guidance. */
export type FollowUpStatus =
  /** Acted on. */
  | 'DONE'
  /** Being acted on. */
  | 'IN_PROGRESS'
  /** Followed up and found not acted on. */
  | 'NOT_DONE'
  /** Given, not yet followed up. */
  | 'PENDING';

/** Conditions on a FollowUpStatus field. */
export type FollowUpStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<FollowUpStatus>;
  /** One of these values. */
  in?: InputMaybe<Array<FollowUpStatus>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<FollowUpStatus>;
  /** None of these values. */
  notIn?: InputMaybe<Array<FollowUpStatus>>;
};

/** Gender as recorded by the employing organization. */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** Conditions on a Gender field. */
export type GenderFilter = {
  /** Equal to. */
  eq?: InputMaybe<Gender>;
  /** One of these values. */
  in?: InputMaybe<Array<Gender>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Gender>;
  /** None of these values. */
  notIn?: InputMaybe<Array<Gender>>;
};

/** A school figure a plan goal is measured by, computed from the school's yearly SchoolMetric. Higher is better unless said otherwise. */
export type GoalMeasure =
  /** Percent of full-time teachers with a senior professional title (teaching force capacity). */
  | 'SENIOR_TITLE_TEACHER_SHARE'
  /** Enrolled students per full-time teacher; LOWER is better (room for clubs, camps and attention: student well-roundedness). */
  | 'STUDENTS_PER_TEACHER'
  /** Teacher-training hours a year per full-time teacher (school management of its staff). */
  | 'TRAINING_HOURS_PER_TEACHER'
  /** Percent of graduates admitted to undergraduate programmes (educational quality). */
  | 'UNDERGRADUATE_ADMISSION_RATE';

/** Conditions on a list of guidance. */
export type GuidanceListFilter = {
  /** Every one of the guidance matches (true when there are none). */
  every?: InputMaybe<GuidanceWhere>;
  /** None of the guidance matches. */
  none?: InputMaybe<GuidanceWhere>;
  /** At least one of the guidance matches. */
  some?: InputMaybe<GuidanceWhere>;
};

/** One sort key for guidance. */
export type GuidanceOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: GuidanceOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What guidance can be sorted by. */
export type GuidanceOrderField =
  /** By follow up on. */
  | 'FOLLOW_UP_ON'
  /** By follow up status. */
  | 'FOLLOW_UP_STATUS'
  /** By given on. */
  | 'GIVEN_ON';

/** Conditions on guidance; all given conditions must hold. Combine with AND, OR and NOT. */
export type GuidanceWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<GuidanceWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<GuidanceWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<GuidanceWhere>>;
  /** Conditions on the committee (a Committee). */
  committee?: InputMaybe<CommitteeWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on follow up on. */
  followUpOn?: InputMaybe<DateFilter>;
  /** Conditions on follow up status. */
  followUpStatus?: InputMaybe<FollowUpStatusFilter>;
  /** Conditions on given by. */
  givenBy?: InputMaybe<TrackingPartyFilter>;
  /** Conditions on given on. */
  givenOn?: InputMaybe<DateFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the person (a Person). */
  person?: InputMaybe<PersonWhere>;
  /** Conditions on the problem (a Problem). */
  problem?: InputMaybe<ProblemWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on an identifier. */
export type IdFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** One of these ids (at most 1000). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['ID']['input']>;
  /** None of these ids (at most 1000). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What an import did, or in a dry run would do, with a row. */
export type ImportAction =
  /** The row creates a record (it has no `id`). */
  | 'CREATE'
  /** The row changes the record it names (`id`, at `version`). */
  | 'UPDATE';

/** What an import creates or changes; a row is the input of the kind’s single mutation. */
export type ImportKind =
  /** Activities with their participants (createActivity; with `id` and `version`: updateActivity). */
  | 'ACTIVITIES'
  /** Who took part in events (createAttendance; with `id` and `version`: updateAttendance). */
  | 'ATTENDANCE'
  /** Schools' yearly figures (createSchoolMetric; with `id` and `version`: updateSchoolMetric). */
  | 'METRICS'
  /** People taking part in activities (addParticipation; with `id` and `version`: updateParticipation). */
  | 'PARTICIPATIONS'
  /** Partnerships with the schools they cover (createPartnership; with `id` and `version`: updatePartnership). */
  | 'PARTNERSHIPS';

/** The four improvement tasks the expert advisory committee set for target schools. */
export type ImprovementTask =
  /** Improving educational quality. */
  | 'EDUCATIONAL_QUALITY'
  /** Improving school management. */
  | 'SCHOOL_MANAGEMENT'
  /** Improving student well-roundedness. */
  | 'STUDENT_WELL_ROUNDEDNESS'
  /** Improving the capacity of the teaching force. */
  | 'TEACHING_FORCE_CAPACITY';

/** Conditions on a ImprovementTask field. */
export type ImprovementTaskFilter = {
  /** Equal to. */
  eq?: InputMaybe<ImprovementTask>;
  /** One of these values. */
  in?: InputMaybe<Array<ImprovementTask>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ImprovementTask>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ImprovementTask>>;
};

/** Conditions on a whole number. */
export type IntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** One of these values (at most 1000). */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['Int']['input']>;
  /** None of these values (at most 1000). */
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Where rows with no value go. */
export type NullsOrder =
  /** Before every value. */
  | 'FIRST'
  /** After every value (the default for ASC; FIRST is the default for DESC). */
  | 'LAST';

/** Sort direction. */
export type OrderDirection =
  /** Smallest first (A→Z, oldest first). */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Which kind of organization an appointment is at. */
export type OrganizationKind =
  /** A national agency (see `Appointment.agency`). */
  | 'AGENCY'
  /** A local education bureau (see `Appointment.educationBureau`). */
  | 'EDUCATION_BUREAU'
  /** A school (see `Appointment.school`). */
  | 'SCHOOL'
  /** A university (see `Appointment.university`). */
  | 'UNIVERSITY';

/** Conditions on a OrganizationKind field. */
export type OrganizationKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<OrganizationKind>;
  /** One of these values. */
  in?: InputMaybe<Array<OrganizationKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<OrganizationKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<OrganizationKind>>;
};

/** A person taking part in an activity, as it is recorded. */
export type ParticipantInput = {
  /** The person (see `people`); must exist. */
  personId: Scalars['ID']['input'];
  /** How the person took part. */
  role: ParticipationRole;
};

/** Conditions on a list of participations. */
export type ParticipationListFilter = {
  /** Every one of the participations matches (true when there are none). */
  every?: InputMaybe<ParticipationWhere>;
  /** None of the participations matches. */
  none?: InputMaybe<ParticipationWhere>;
  /** At least one of the participations matches. */
  some?: InputMaybe<ParticipationWhere>;
};

/** One sort key for participations. */
export type ParticipationOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: ParticipationOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What participations can be sorted by. */
export type ParticipationOrderField =
  /** By activity → start date. */
  | 'ACTIVITY_START_DATE'
  /** By role. */
  | 'ROLE';

/** How a person took part in an activity. */
export type ParticipationRole =
  /** Was sent to work at the county school. */
  | 'DISPATCHED'
  /** Organized the activity. */
  | 'ORGANIZER'
  /** Took part otherwise. */
  | 'PARTICIPANT'
  /** Was trained. */
  | 'TRAINEE'
  /** Trained others. */
  | 'TRAINER';

/** Conditions on a ParticipationRole field. */
export type ParticipationRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<ParticipationRole>;
  /** One of these values. */
  in?: InputMaybe<Array<ParticipationRole>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ParticipationRole>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ParticipationRole>>;
};

/** Conditions on participations; all given conditions must hold. Combine with AND, OR and NOT. */
export type ParticipationWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<ParticipationWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<ParticipationWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<ParticipationWhere>>;
  /** Conditions on the activity (a Activity). */
  activity?: InputMaybe<ActivityWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the person (a Person). */
  person?: InputMaybe<PersonWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on role. */
  role?: InputMaybe<ParticipationRoleFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on a list of partnerships. */
export type PartnershipListFilter = {
  /** Every one of the partnerships matches (true when there are none). */
  every?: InputMaybe<PartnershipWhere>;
  /** None of the partnerships matches. */
  none?: InputMaybe<PartnershipWhere>;
  /** At least one of the partnerships matches. */
  some?: InputMaybe<PartnershipWhere>;
};

/** One sort key for partnerships. */
export type PartnershipOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: PartnershipOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What partnerships can be sorted by. */
export type PartnershipOrderField =
  /** By agreement signed on. */
  | 'AGREEMENT_SIGNED_ON'
  /** By county → code. */
  | 'COUNTY_CODE'
  /** By county → the Chinese name. */
  | 'COUNTY_NAME_ZH'
  /** By starts on. */
  | 'STARTS_ON'
  /** By university → code. */
  | 'UNIVERSITY_CODE'
  /** By university → the English (or pinyin) name. */
  | 'UNIVERSITY_NAME_EN';

/** One sort key for partnership schools. */
export type PartnershipSchoolOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: PartnershipSchoolOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What partnership schools can be sorted by. */
export type PartnershipSchoolOrderField =
  /** By partnership → starts on. */
  | 'PARTNERSHIP_STARTS_ON'
  /** By school → code. */
  | 'SCHOOL_CODE'
  /** By school → the Chinese name. */
  | 'SCHOOL_NAME_ZH';

/** Conditions on partnership schools; all given conditions must hold. Combine with AND, OR and NOT. */
export type PartnershipSchoolWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<PartnershipSchoolWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<PartnershipSchoolWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<PartnershipSchoolWhere>>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the partnership (a Partnership). */
  partnership?: InputMaybe<PartnershipWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Whether a partnership is under way. */
export type PartnershipStatus =
  /** Agreement signed and implementation under way. */
  | 'ACTIVE'
  /** The assistance period has ended. */
  | 'COMPLETED';

/** Conditions on a PartnershipStatus field. */
export type PartnershipStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<PartnershipStatus>;
  /** One of these values. */
  in?: InputMaybe<Array<PartnershipStatus>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<PartnershipStatus>;
  /** None of these values. */
  notIn?: InputMaybe<Array<PartnershipStatus>>;
};

/** Conditions on partnerships; all given conditions must hold. Combine with AND, OR and NOT. */
export type PartnershipWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<PartnershipWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<PartnershipWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<PartnershipWhere>>;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: InputMaybe<ActivityListFilter>;
  /** Conditions on the affiliated high school (a School). */
  affiliatedHighSchool?: InputMaybe<SchoolWhere>;
  /** Conditions on agreement signed on. */
  agreementSignedOn?: InputMaybe<DateFilter>;
  /** Conditions on the county (a County). */
  county?: InputMaybe<CountyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the program (a Program). */
  program?: InputMaybe<ProgramWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on starts on. */
  startsOn?: InputMaybe<DateFilter>;
  /** Conditions on status. */
  status?: InputMaybe<PartnershipStatusFilter>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for people. */
export type PersonOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: PersonOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What people can be sorted by. */
export type PersonOrderField =
  /** By birth year. */
  | 'BIRTH_YEAR'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH';

/** Conditions on people; all given conditions must hold. Combine with AND, OR and NOT. */
export type PersonWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<PersonWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<PersonWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<PersonWhere>>;
  /** Conditions on the appointments (Appointment records): some, every or none of them. */
  appointments?: InputMaybe<AppointmentListFilter>;
  /** Conditions on birth year. */
  birthYear?: InputMaybe<IntFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on gender. */
  gender?: InputMaybe<GenderFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the participations (Participation records): some, every or none of them. */
  participations?: InputMaybe<ParticipationListFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on subject. */
  subject?: InputMaybe<StringFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A goal of a plan on one of the four improvement tasks. */
export type PlanGoalInput = {
  /** The value of the measure when the plan was drawn up (0–100000) */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** The school year of the baseline (2000–2100) */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  /** What the plan aims to achieve on this task (1–4000 characters) */
  description: Scalars['String']['input'];
  /** The school figure that measures the goal; with it baseline, baselineYear, target and targetYear (null: none) */
  measure?: InputMaybe<GoalMeasure>;
  /** The value the plan aims for (0–100000) */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The school year the target is due, not before the baseline year (2000–2100) */
  targetYear?: InputMaybe<Scalars['Int']['input']>;
  /** The improvement task (one goal per task and plan). */
  task: ImprovementTask;
};

/** What a practice rests on: exactly one of an activity and a metric record. */
export type PracticeEvidenceInput = {
  /** An activity the practice rests on. */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** A school figures record (metric) the practice rests on. */
  metricId?: InputMaybe<Scalars['ID']['input']>;
  /** What it shows (1–4000 characters) */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Conditions on a list of pieces of evidence. */
export type PracticeEvidenceListFilter = {
  /** Every one of the pieces of evidence matches (true when there are none). */
  every?: InputMaybe<PracticeEvidenceWhere>;
  /** None of the pieces of evidence matches. */
  none?: InputMaybe<PracticeEvidenceWhere>;
  /** At least one of the pieces of evidence matches. */
  some?: InputMaybe<PracticeEvidenceWhere>;
};

/** One sort key for pieces of evidence. */
export type PracticeEvidenceOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: PracticeEvidenceOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What pieces of evidence can be sorted by. */
export type PracticeEvidenceOrderField =
  /** By activity → start date. */
  | 'ACTIVITY_START_DATE'
  /** By metric → year. */
  | 'METRIC_YEAR';

/** Conditions on pieces of evidence; all given conditions must hold. Combine with AND, OR and NOT. */
export type PracticeEvidenceWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<PracticeEvidenceWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<PracticeEvidenceWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<PracticeEvidenceWhere>>;
  /** Conditions on the activity (a Activity). */
  activity?: InputMaybe<ActivityWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the metric (a SchoolMetric). */
  metric?: InputMaybe<SchoolMetricWhere>;
  /** Conditions on the practice (a Practice). */
  practice?: InputMaybe<PracticeWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for practices. */
export type PracticeOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: PracticeOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What practices can be sorted by. */
export type PracticeOrderField =
  /** By county → code. */
  | 'COUNTY_CODE'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH'
  /** By promoted on. */
  | 'PROMOTED_ON'
  /** By task. */
  | 'TASK';

/** Conditions on practices; all given conditions must hold. Combine with AND, OR and NOT. */
export type PracticeWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<PracticeWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<PracticeWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<PracticeWhere>>;
  /** Conditions on the county (a County). */
  county?: InputMaybe<CountyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the evidence (PracticeEvidence records): some, every or none of them. */
  evidence?: InputMaybe<PracticeEvidenceListFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the partnership (a Partnership). */
  partnership?: InputMaybe<PartnershipWhere>;
  /** Conditions on promoted on. */
  promotedOn?: InputMaybe<DateFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on task. */
  task?: InputMaybe<ImprovementTaskFilter>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for prefectures. */
export type PrefectureOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: PrefectureOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What prefectures can be sorted by. */
export type PrefectureOrderField =
  /** By code. */
  | 'CODE'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH'
  /** By province → code. */
  | 'PROVINCE_CODE';

/** Conditions on prefectures; all given conditions must hold. Combine with AND, OR and NOT. */
export type PrefectureWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<PrefectureWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<PrefectureWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<PrefectureWhere>>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on the counties (County records): some, every or none of them. */
  counties?: InputMaybe<CountyListFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the province (a Province). */
  province?: InputMaybe<ProvinceWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for problems. */
export type ProblemOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: ProblemOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What problems can be sorted by. */
export type ProblemOrderField =
  /** By county → code. */
  | 'COUNTY_CODE'
  /** By found on. */
  | 'FOUND_ON'
  /** By school → code. */
  | 'SCHOOL_CODE'
  /** By severity. */
  | 'SEVERITY'
  /** By status. */
  | 'STATUS'
  /** By status on. */
  | 'STATUS_ON'
  /** By task. */
  | 'TASK'
  /** By title. */
  | 'TITLE';

/** How much a problem holds implementation back, least first. */
export type ProblemSeverity =
  /** Puts the assistance itself at risk. */
  | 'CRITICAL'
  /** Holds an improvement task back. */
  | 'HIGH'
  /** A minor hindrance. */
  | 'LOW'
  /** Slows one improvement task. */
  | 'MEDIUM';

/** Conditions on a ProblemSeverity field. */
export type ProblemSeverityFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProblemSeverity>;
  /** One of these values. */
  in?: InputMaybe<Array<ProblemSeverity>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ProblemSeverity>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ProblemSeverity>>;
};

/** Where a problem stands. OPEN and IN_PROGRESS count as open (`openProblems`). */
export type ProblemStatus =
  /** Being worked on (guidance given, measures under way). */
  | 'IN_PROGRESS'
  /** Found, nothing done yet. */
  | 'OPEN'
  /** Solved. */
  | 'RESOLVED'
  /** Recorded in error or no longer relevant. */
  | 'WITHDRAWN';

/** One sort key for status changes. */
export type ProblemStatusChangeOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: ProblemStatusChangeOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What status changes can be sorted by. */
export type ProblemStatusChangeOrderField =
  /** By changed on. */
  | 'CHANGED_ON'
  /** By status. */
  | 'STATUS';

/** Conditions on status changes; all given conditions must hold. Combine with AND, OR and NOT. */
export type ProblemStatusChangeWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<ProblemStatusChangeWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<ProblemStatusChangeWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<ProblemStatusChangeWhere>>;
  /** Conditions on changed on. */
  changedOn?: InputMaybe<DateFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the problem (a Problem). */
  problem?: InputMaybe<ProblemWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on status. */
  status?: InputMaybe<ProblemStatusFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** Conditions on a ProblemStatus field. */
export type ProblemStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProblemStatus>;
  /** One of these values. */
  in?: InputMaybe<Array<ProblemStatus>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ProblemStatus>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ProblemStatus>>;
};

/** Conditions on problems; all given conditions must hold. Combine with AND, OR and NOT. */
export type ProblemWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<ProblemWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<ProblemWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<ProblemWhere>>;
  /** Conditions on the committee (a Committee). */
  committee?: InputMaybe<CommitteeWhere>;
  /** Conditions on the county (a County). */
  county?: InputMaybe<CountyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on found by. */
  foundBy?: InputMaybe<TrackingPartyFilter>;
  /** Conditions on found on. */
  foundOn?: InputMaybe<DateFilter>;
  /** Conditions on the guidance (Guidance records): some, every or none of them. */
  guidance?: InputMaybe<GuidanceListFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on method. */
  method?: InputMaybe<FindingMethodFilter>;
  /** Conditions on the partnership (a Partnership). */
  partnership?: InputMaybe<PartnershipWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on severity. */
  severity?: InputMaybe<ProblemSeverityFilter>;
  /** Conditions on status. */
  status?: InputMaybe<ProblemStatusFilter>;
  /** Conditions on status on. */
  statusOn?: InputMaybe<DateFilter>;
  /** Conditions on task. */
  task?: InputMaybe<ImprovementTaskFilter>;
  /** Conditions on title. */
  title?: InputMaybe<StringFilter>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** The kind of a ministry programme. */
export type ProgramKind =
  /** Expert groups assist target schools (rural talent cultivation). */
  | 'GROUP_ASSISTANCE'
  /** A national training programme for teachers or officials. */
  | 'TRAINING_PROGRAMME'
  /** Universities take on ("trusteeship") the senior middle schools of assisted counties. */
  | 'TRUSTEESHIP_ASSISTANCE';

/** Conditions on a ProgramKind field. */
export type ProgramKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProgramKind>;
  /** One of these values. */
  in?: InputMaybe<Array<ProgramKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ProgramKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ProgramKind>>;
};

/** One sort key for programmes. */
export type ProgramOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: ProgramOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What programmes can be sorted by. */
export type ProgramOrderField =
  /** By announced on. */
  | 'ANNOUNCED_ON'
  /** By code. */
  | 'CODE'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH'
  /** By starts on. */
  | 'STARTS_ON';

/** Conditions on programmes; all given conditions must hold. Combine with AND, OR and NOT. */
export type ProgramWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<ProgramWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<ProgramWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<ProgramWhere>>;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: InputMaybe<ActivityListFilter>;
  /** Conditions on announced on. */
  announcedOn?: InputMaybe<DateFilter>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on the issuing agency (a Agency). */
  issuingAgency?: InputMaybe<AgencyWhere>;
  /** Conditions on kind. */
  kind?: InputMaybe<ProgramKindFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on the partnerships (Partnership records): some, every or none of them. */
  partnerships?: InputMaybe<PartnershipListFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on starts on. */
  startsOn?: InputMaybe<DateFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** How to sort progress rows. */
export type ProgressOrderBy = {
  /** The direction. */
  direction?: OrderDirection;
  /** The sort key. */
  field: ProgressOrderField;
};

/** What progress rows can be sorted by (ties by id). */
export type ProgressOrderField =
  /** The last activity date; none sorts as the earliest. */
  | 'LAST_ACTIVITY_ON'
  /** Average share of the way of the educational-quality goals (ascending: furthest behind first; unmeasured last). */
  | 'SHARE_EDUCATIONAL_QUALITY'
  /** Likewise for school management. */
  | 'SHARE_SCHOOL_MANAGEMENT'
  /** Likewise for student well-roundedness. */
  | 'SHARE_STUDENT_WELL_ROUNDEDNESS'
  /** Likewise for teaching-force capacity (teaching quality). */
  | 'SHARE_TEACHING_FORCE_CAPACITY'
  /** QUIET, BEHIND, ON_TRACK (ascending). */
  | 'STATUS';

/** What partnerships are rolled up by. */
export type ProgressRollupDimension =
  /** The assisted county. */
  | 'COUNTY'
  /** Their programme. */
  | 'PROGRAM'
  /** The assisted county's province-level unit. */
  | 'PROVINCE'
  /** The assisting university. */
  | 'UNIVERSITY';

/** Which progress rows to list (all conditions must hold; a list matches any of its values). */
export type ProgressWhere = {
  /** Behind on a goal of one of these tasks. */
  behindOn?: InputMaybe<Array<ImprovementTask>>;
  /** In one of these counties (by GB/T 2260 code). */
  countyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In one of these counties (by id). */
  countyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** In one of these programmes (by code). */
  programCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In one of these programmes (by id). */
  programIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** In one of these province-level units (by GB/T 2260 code). */
  provinceCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** In one of these province-level units (by id). */
  provinceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Quiet since this date: no activity started on or after it (by `asOf`). */
  quietSince?: InputMaybe<Scalars['LocalDate']['input']>;
  /** With one of these statuses. */
  status?: InputMaybe<Array<TrackingStatus>>;
  /** Of one of these universities (by ministry code). */
  universityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Of one of these universities, by id (schools: covered by a partnership of theirs). */
  universityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Where the facts of a record come from. */
export type Provenance =
  /** A real public fact taken from a maintained registry (GB/T 2260 division codes, the ministry list of institutions); `sourceDocument` names the registry. */
  | 'PUBLIC_REGISTRY'
  /** Recorded through the API (a mutation) by a partner system or the ministry; the audit trail (`history`) says who and when. */
  | 'RECORDED'
  /** Stated in one of the seed documents (press releases); `sourceDocument` names it. */
  | 'SOURCE_DOCUMENT'
  /** Generated deterministically by the seed generator where the documents give no detail (individual teachers, activity dates, metrics). */
  | 'SYNTHETIC';

/** Conditions on a Provenance field. */
export type ProvenanceFilter = {
  /** Equal to. */
  eq?: InputMaybe<Provenance>;
  /** One of these values. */
  in?: InputMaybe<Array<Provenance>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Provenance>;
  /** None of these values. */
  notIn?: InputMaybe<Array<Provenance>>;
};

/** The kind of a province-level unit. */
export type ProvinceKind =
  /** An autonomous region (自治区). */
  | 'AUTONOMOUS_REGION'
  /** A municipality directly under the central government (直辖市). */
  | 'MUNICIPALITY'
  /** The Xinjiang Production and Construction Corps, listed beside the provinces in ministry programmes. */
  | 'PRODUCTION_AND_CONSTRUCTION_CORPS'
  /** A province (省). */
  | 'PROVINCE'
  /** A special administrative region (特别行政区). */
  | 'SPECIAL_ADMINISTRATIVE_REGION';

/** Conditions on a ProvinceKind field. */
export type ProvinceKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProvinceKind>;
  /** One of these values. */
  in?: InputMaybe<Array<ProvinceKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<ProvinceKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<ProvinceKind>>;
};

/** One sort key for provinces. */
export type ProvinceOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: ProvinceOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What provinces can be sorted by. */
export type ProvinceOrderField =
  /** By code. */
  | 'CODE'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH'
  /** By region. */
  | 'REGION';

/** Conditions on provinces; all given conditions must hold. Combine with AND, OR and NOT. */
export type ProvinceWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<ProvinceWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<ProvinceWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<ProvinceWhere>>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on the counties (County records): some, every or none of them. */
  counties?: InputMaybe<CountyListFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on kind. */
  kind?: InputMaybe<ProvinceKindFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on region. */
  region?: InputMaybe<RegionFilter>;
  /** Conditions on the schools (School records): some, every or none of them. */
  schools?: InputMaybe<SchoolListFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A record to remove, at the version the client read. */
export type RecordVersionInput = {
  /** The record. */
  id: Scalars['ID']['input'];
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The National Bureau of Statistics' four economic regions of mainland China. */
export type Region =
  /** Central region (Shanxi, Anhui, Jiangxi, Henan, Hubei, Hunan). */
  | 'CENTRAL'
  /** Eastern region (Beijing, Hebei, Shanghai, Guangdong, Hainan…). */
  | 'EAST'
  /** Northeastern region (Liaoning, Jilin, Heilongjiang). */
  | 'NORTHEAST'
  /** Western region (the twelve western provinces and autonomous regions). */
  | 'WEST';

/** Conditions on a Region field. */
export type RegionFilter = {
  /** Equal to. */
  eq?: InputMaybe<Region>;
  /** One of these values. */
  in?: InputMaybe<Array<Region>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Region>;
  /** None of these values. */
  notIn?: InputMaybe<Array<Region>>;
};

/** An endpoint to register. */
export type RegisterWebhookInput = {
  /** What it is for (at most 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) URL that accepts POSTs (at most 2,048 characters). */
  url: Scalars['String']['input'];
  /** Which changes (all in reach when absent). */
  where?: InputMaybe<ChangeStreamFilter>;
};

/** What kind of school this is. */
export type SchoolKind =
  /** A high school affiliated to a university, which takes part in its assistance. */
  | 'AFFILIATED_HIGH_SCHOOL'
  /** A senior middle school of a county (县中), the usual recipient of assistance. */
  | 'COUNTY_SENIOR_MIDDLE_SCHOOL';

/** Conditions on a SchoolKind field. */
export type SchoolKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<SchoolKind>;
  /** One of these values. */
  in?: InputMaybe<Array<SchoolKind>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<SchoolKind>;
  /** None of these values. */
  notIn?: InputMaybe<Array<SchoolKind>>;
};

/** Conditions on a list of schools. */
export type SchoolListFilter = {
  /** Every one of the schools matches (true when there are none). */
  every?: InputMaybe<SchoolWhere>;
  /** None of the schools matches. */
  none?: InputMaybe<SchoolWhere>;
  /** At least one of the schools matches. */
  some?: InputMaybe<SchoolWhere>;
};

/** Conditions on a list of school metrics. */
export type SchoolMetricListFilter = {
  /** Every one of the school metrics matches (true when there are none). */
  every?: InputMaybe<SchoolMetricWhere>;
  /** None of the school metrics matches. */
  none?: InputMaybe<SchoolMetricWhere>;
  /** At least one of the school metrics matches. */
  some?: InputMaybe<SchoolMetricWhere>;
};

/** One sort key for school metrics. */
export type SchoolMetricOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: SchoolMetricOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What school metrics can be sorted by. */
export type SchoolMetricOrderField =
  /** By enrolled students. */
  | 'ENROLLED_STUDENTS'
  /** By graduates. */
  | 'GRADUATES'
  /** By school → code. */
  | 'SCHOOL_CODE'
  /** By teachers. */
  | 'TEACHERS'
  /** By undergraduate admissions. */
  | 'UNDERGRADUATE_ADMISSIONS'
  /** By year. */
  | 'YEAR';

/** Conditions on school metrics; all given conditions must hold. Combine with AND, OR and NOT. */
export type SchoolMetricWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<SchoolMetricWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<SchoolMetricWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<SchoolMetricWhere>>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on enrolled students. */
  enrolledStudents?: InputMaybe<IntFilter>;
  /** Conditions on graduates. */
  graduates?: InputMaybe<IntFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the school (a School). */
  school?: InputMaybe<SchoolWhere>;
  /** Conditions on senior title teachers. */
  seniorTitleTeachers?: InputMaybe<IntFilter>;
  /** Conditions on teachers. */
  teachers?: InputMaybe<IntFilter>;
  /** Conditions on training hours. */
  trainingHours?: InputMaybe<IntFilter>;
  /** Conditions on undergraduate admissions. */
  undergraduateAdmissions?: InputMaybe<IntFilter>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on year. */
  year?: InputMaybe<IntFilter>;
};

/** One sort key for schools. */
export type SchoolOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: SchoolOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What schools can be sorted by. */
export type SchoolOrderField =
  /** By code. */
  | 'CODE'
  /** By county → code. */
  | 'COUNTY_CODE'
  /** By county → the Chinese name. */
  | 'COUNTY_NAME_ZH'
  /** By founded year. */
  | 'FOUNDED_YEAR'
  /** By kind. */
  | 'KIND'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH'
  /** By province → code. */
  | 'PROVINCE_CODE';

/** Conditions on schools; all given conditions must hold. Combine with AND, OR and NOT. */
export type SchoolWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<SchoolWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<SchoolWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<SchoolWhere>>;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: InputMaybe<ActivityListFilter>;
  /** Conditions on the appointments (Appointment records): some, every or none of them. */
  appointments?: InputMaybe<AppointmentListFilter>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on the county (a County). */
  county?: InputMaybe<CountyWhere>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on founded year. */
  foundedYear?: InputMaybe<IntFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on kind. */
  kind?: InputMaybe<SchoolKindFilter>;
  /** Conditions on the metrics (SchoolMetric records): some, every or none of them. */
  metrics?: InputMaybe<SchoolMetricListFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the province (a Province). */
  province?: InputMaybe<ProvinceWhere>;
  /** Conditions on the university (a University). */
  university?: InputMaybe<UniversityWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** A kind of named record that `search` looks through. */
export type SearchType =
  /** Ministry agencies and offices. */
  | 'AGENCY'
  /** Expert committees. */
  | 'COMMITTEE'
  /** County-level divisions. */
  | 'COUNTY'
  /** Local education bureaus. */
  | 'EDUCATION_BUREAU'
  /** Conferences, seminars, symposia and other events. */
  | 'EVENT'
  /** People. */
  | 'PERSON'
  /** Good practice (tracking and guidance), by its names. */
  | 'PRACTICE'
  /** Prefecture-level divisions. */
  | 'PREFECTURE'
  /** Ministry programmes. */
  | 'PROGRAM'
  /** Provinces, autonomous regions, municipalities and the Corps. */
  | 'PROVINCE'
  /** Schools. */
  | 'SCHOOL'
  /** Universities. */
  | 'UNIVERSITY';

/** A dimension to group statistics by. Each measure is counted in its own fact table (see `StatisticsRow`) and each dimension reaches that table its own way, described per value. A dimension that cannot reach the fact table of a selected measure is rejected (BAD_USER_INPUT, `argumentPath` "groupBy"); a fact row that lacks the value (an activity without a county, a committee-covered school without a university) falls in the null bucket. */
export type StatisticsDimension =
  /** By kind of activity; applies to the activity measures only (rejected with any other). */
  | 'ACTIVITY_KIND'
  /** By county, reached as for PROVINCE. */
  | 'COUNTY'
  /** By improvement task of plan goals: for partnerships, the goals of the plans they drew up; for schools and metrics, the goals of the school’s plans within its coverage (the covering partnership’s plans, or plans without a partnership for committee coverage); for counties and provinces, the one or the other, as the county is reached through a partnership or a covered school; no goal: null bucket. Rejected with activity measures. */
  | 'IMPROVEMENT_TASK'
  /** By calendar month of the same dates as YEAR; the key carries both `year` and `month`. Metrics are yearly: MONTH is rejected with metric measures. */
  | 'MONTH'
  /** By programme: the partnership's; for schools, counties, provinces and metrics, the programme of the partnership or committee reaching the county or covering the school; the activity's. */
  | 'PROGRAM'
  /** By province-level unit of the county: a partnership's county; a school's own county; for counties and provinces, the county reached (a partnership's, or a covered school's); an activity's county (else its school’s, else its partnership’s county); for metrics, the school’s county. */
  | 'PROVINCE'
  /** By economic region of that province (the `Region` of the directory). */
  | 'REGION'
  /** By university: a partnership's university; for schools, counties, provinces and metrics, the university of the partnership reaching the county or covering the school (committee coverage: null bucket); an activity's university, else its partnership's. */
  | 'UNIVERSITY'
  /** By calendar year of each fact’s own date: partnership start (`startsOn`); for schools, counties and provinces, the start of the partnership reaching the county or covering the school (committee coverage has no date: null bucket); activity start date; metric school year. */
  | 'YEAR';

/** Restricts the facts counted by statistics. Conditions combine with AND; a list matches any of its values (an empty list matches nothing); each condition applies to every selected measure through the same path as the dimension of the same name. A condition that cannot apply to a selected measure is rejected (BAD_USER_INPUT). */
export type StatisticsFilter = {
  /** Only activities of these kinds; applies to the activity measures only (rejected with any other). */
  activityKinds?: InputMaybe<Array<ActivityKind>>;
  /** Only these counties (six-digit GB/T 2260 codes), reached as for COUNTY. */
  countyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only facts dated on or after this day (the dates of YEAR; metrics: school years from this year on). Facts without a date are left out. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only these programmes (by programme code). */
  programCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these province-level units (two-digit GB/T 2260 codes), reached as for PROVINCE. */
  provinceCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only provinces of these economic regions. */
  regions?: InputMaybe<Array<Region>>;
  /** Only facts dated on or before this day (inclusive; metrics: school years up to this year). */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only these universities (the ministry's ten-digit institution codes), reached as for UNIVERSITY. */
  universityCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only facts whose YEAR is one of these (metrics: these school years). */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Conditions on a text field; `contains` and `startsWith` ignore case. */
export type StringFilter = {
  /** Contains this text, ignoring case (costs 8 per character). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equal to (case-sensitive). */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** One of these values (at most 1000). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (case-sensitive). */
  ne?: InputMaybe<Scalars['String']['input']>;
  /** None of these values (at most 1000). */
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starts with this text, ignoring case (costs 8 per character). */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** A school a committee targets. */
export type TargetSchoolInput = {
  /** The school. */
  schoolId: Scalars['ID']['input'];
};

/** Who found a problem or gave guidance on it (the tracking and guidance mechanism of document 004). */
export type TrackingParty =
  /** An expert committee or one of its members (`committee`, `person`). */
  | 'COMMITTEE'
  /** The county (its education bureau or school). */
  | 'COUNTY'
  /** The Ministry of Education. */
  | 'MINISTRY'
  /** A trusteeship university or its team (`university`). */
  | 'UNIVERSITY';

/** Conditions on a TrackingParty field. */
export type TrackingPartyFilter = {
  /** Equal to. */
  eq?: InputMaybe<TrackingParty>;
  /** One of these values. */
  in?: InputMaybe<Array<TrackingParty>>;
  /** true: the field is null; false: it is not. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<TrackingParty>;
  /** None of these values. */
  notIn?: InputMaybe<Array<TrackingParty>>;
};

/** Where a partnership or school stands against its plans as of a date. The rules apply in this order: QUIET, then BEHIND, else ON_TRACK. */
export type TrackingStatus =
  /** Not quiet, and behind on a goal (its share of the way below its expected share minus `goalTolerance`) or on an activity kind (done in the window fewer than `activityRatio` × planned in the window, rounded down). */
  | 'BEHIND'
  /** Neither quiet nor behind. */
  | 'ON_TRACK'
  /** No activity started within `quietAfterDays` days before `asOf`: no activity at all, or the last one more than `quietAfterDays` days before (an activity exactly `quietAfterDays` days before still counts). */
  | 'QUIET';

/** One sort key for universities. */
export type UniversityOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: InputMaybe<OrderDirection>;
  /** What to sort by. */
  field: UniversityOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: InputMaybe<NullsOrder>;
};

/** What universities can be sorted by. */
export type UniversityOrderField =
  /** By code. */
  | 'CODE'
  /** By the English (or pinyin) name. */
  | 'NAME_EN'
  /** By the Chinese name. */
  | 'NAME_ZH'
  /** By national code. */
  | 'NATIONAL_CODE'
  /** By province → code. */
  | 'PROVINCE_CODE';

/** Conditions on universities; all given conditions must hold. Combine with AND, OR and NOT. */
export type UniversityWhere = {
  /** Every one of these must hold. */
  AND?: InputMaybe<Array<UniversityWhere>>;
  /** This must not hold. */
  NOT?: InputMaybe<UniversityWhere>;
  /** At least one of these must hold. */
  OR?: InputMaybe<Array<UniversityWhere>>;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: InputMaybe<ActivityListFilter>;
  /** Conditions on code. */
  code?: InputMaybe<StringFilter>;
  /** Conditions on when the record was created. */
  createdAt?: InputMaybe<DateTimeFilter>;
  /** Conditions on the id. */
  id?: InputMaybe<IdFilter>;
  /** Conditions on ministry affiliated. */
  ministryAffiliated?: InputMaybe<BooleanFilter>;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: InputMaybe<StringFilter>;
  /** Conditions on the Chinese name. */
  nameZh?: InputMaybe<StringFilter>;
  /** Conditions on national code. */
  nationalCode?: InputMaybe<StringFilter>;
  /** Conditions on the partnerships (Partnership records): some, every or none of them. */
  partnerships?: InputMaybe<PartnershipListFilter>;
  /** Conditions on the prefecture (a Prefecture). */
  prefecture?: InputMaybe<PrefectureWhere>;
  /** Conditions on provenance. */
  provenance?: InputMaybe<ProvenanceFilter>;
  /** Conditions on the province (a Province). */
  province?: InputMaybe<ProvinceWhere>;
  /** Conditions on when the record last changed. */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** An activity to change: its id, the version read, and the fields to change. */
export type UpdateActivityInput = {
  /** Last day, not before the first (null: one day). */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** In person, hybrid or online. */
  format?: InputMaybe<EventFormat>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** What was done. */
  kind?: InputMaybe<ActivityKind>;
  /** How many people it reached (0–10000000) */
  reach?: InputMaybe<Scalars['Int']['input']>;
  /** The school it was for or at (in the partnership's county). */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** First day. */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Short title (1–255 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** An appointment to change (e.g. its last day, when it ends). */
export type UpdateAppointmentInput = {
  /** Last day in the role; null while current. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** First day in the role. */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The full title as published (1–1000 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A plan to change. */
export type UpdateAssistancePlanInput = {
  /** Last school year covered (2000–2100) */
  endYear?: InputMaybe<Scalars['Int']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** First school year covered (2000–2100) */
  startYear?: InputMaybe<Scalars['Int']['input']>;
  /** Title (1–255 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** An attendance to change: the role and the note. */
export type UpdateAttendanceInput = {
  /** The record. */
  id: Scalars['ID']['input'];
  /** What the participant did, as reported (1–4000 characters) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Chair, host, speaker, reporter or attendee. */
  role?: InputMaybe<AttendanceRole>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A committee to change. */
export type UpdateCommitteeInput = {
  /** What the committee does (1–4000 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** English name (1–255 characters) */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name (1–255 characters) */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A member's role to change. */
export type UpdateCommitteeMemberInput = {
  /** The record. */
  id: Scalars['ID']['input'];
  /** Chair, vice chair, member or secretary. */
  role?: InputMaybe<CommitteeRole>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Guidance to change: mostly its follow-up. */
export type UpdateGuidanceInput = {
  /** What the follow-up found (1–4000 characters) */
  followUp?: InputMaybe<Scalars['String']['input']>;
  /** The day of the follow-up, not before the guidance was given. */
  followUpOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** What became of it. */
  followUpStatus?: InputMaybe<FollowUpStatus>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** What was suggested (1–4000 characters) */
  suggestion?: InputMaybe<Scalars['String']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A participation to change: how the person took part. */
export type UpdateParticipationInput = {
  /** The record. */
  id: Scalars['ID']['input'];
  /** How the person took part. */
  role?: InputMaybe<ParticipationRole>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A partnership to change. */
export type UpdatePartnershipInput = {
  /** The university's affiliated high school. */
  affiliatedHighSchoolId?: InputMaybe<Scalars['ID']['input']>;
  /** When the agreement was signed. */
  agreementSignedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** When implementation started. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Under way or completed. */
  status?: InputMaybe<PartnershipStatus>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A person to change. */
export type UpdatePersonInput = {
  /** Year of birth, where recorded (1900–2100) */
  birthYear?: InputMaybe<Scalars['Int']['input']>;
  /** Gender, where recorded. */
  gender?: InputMaybe<Gender>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** Name in pinyin, family name first (1–255 characters) */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Name in Chinese characters (1–255 characters) */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Teaching subject, for teachers (1–255 characters) */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A goal to change. */
export type UpdatePlanGoalInput = {
  /** The value of the measure when the plan was drawn up (0–100000) */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** The school year of the baseline (2000–2100) */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  /** What the plan aims to achieve on this task (1–4000 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** The school figure that measures the goal; with it baseline, baselineYear, target and targetYear (null: none) */
  measure?: InputMaybe<GoalMeasure>;
  /** The value the plan aims for (0–100000) */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The school year the target is due, not before the baseline year (2000–2100) */
  targetYear?: InputMaybe<Scalars['Int']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A practice to change. */
export type UpdatePracticeInput = {
  /** What was done, and how (1–4000 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** English name (1–255 characters) */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name (1–255 characters) */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** The improvement task it served. */
  task?: InputMaybe<ImprovementTask>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A problem to change (not its status: see changeProblemStatus). */
export type UpdateProblemInput = {
  /** What was found (1–4000 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** The partnership it concerns (null: none), of the problem's county. */
  partnershipId?: InputMaybe<Scalars['ID']['input']>;
  /** How severe. */
  severity?: InputMaybe<ProblemSeverity>;
  /** The improvement task. */
  task?: InputMaybe<ImprovementTask>;
  /** Short title (1–255 characters) */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A programme to change. */
export type UpdateProgramInput = {
  /** What the programme does (1–4000 characters) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** English name (1–255 characters) */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Chinese name (1–255 characters) */
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Title of the notice that launched it (1–4000 characters) */
  noticeTitle?: InputMaybe<Scalars['String']['input']>;
  /** When implementation started. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** A school's figures to correct. */
export type UpdateSchoolMetricInput = {
  /** Students enrolled (0–1000000) */
  enrolledStudents?: InputMaybe<Scalars['Int']['input']>;
  /** Students graduating that year (0–1000000) */
  graduates?: InputMaybe<Scalars['Int']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** Teachers with a senior professional title (0–1000000) */
  seniorTitleTeachers?: InputMaybe<Scalars['Int']['input']>;
  /** Full-time teachers (0–1000000) */
  teachers?: InputMaybe<Scalars['Int']['input']>;
  /** Teacher-training hours (0–1000000) */
  trainingHours?: InputMaybe<Scalars['Int']['input']>;
  /** Graduates admitted to undergraduate programmes (0–1000000) */
  undergraduateAdmissions?: InputMaybe<Scalars['Int']['input']>;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The endpoint answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; it waits for `redeliverWebhook`. */
  | 'PARKED'
  /** Not delivered yet: due at `nextAt` (retried with exponential backoff and jitter). */
  | 'PENDING';

/** Whether deliveries to an endpoint succeed. */
export type WebhookStatus =
  /** Deliveries succeed (or none has been parked since the last success). */
  | 'ACTIVE'
  /** A delivery was parked after every retry failed; a later success makes it ACTIVE again. */
  | 'FAILING';

export type ActivitiesPerMonthQueryVariables = Exact<{
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  programCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  regions?: InputMaybe<Array<Region> | Region>;
}>;

export type ActivitiesPerMonthQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    activities: number;
    participants: number;
    key: {
      __typename?: 'StatisticsKey';
      year?: number | null;
      month?: number | null;
      university?: { __typename?: 'University'; code: string; nameZh: string; nameEn: string } | null;
    };
  }>;
};

export type CountyProblemsQueryVariables = Exact<{
  code: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type CountyProblemsQuery = {
  __typename?: 'Query';
  county?: {
    __typename?: 'County';
    code: string;
    nameEn: string;
    open: {
      __typename?: 'ProblemConnection';
      totalCount: number;
      nodes: Array<{ __typename?: 'Problem'; id: string; severity: ProblemSeverity; foundOn: string }>;
    };
    problems: {
      __typename?: 'ProblemConnection';
      totalCount: number;
      nodes: Array<{
        __typename?: 'Problem';
        id: string;
        title: string;
        task: ImprovementTask;
        severity: ProblemSeverity;
        status: ProblemStatus;
        statusOn: string;
        foundBy: TrackingParty;
        method: FindingMethod;
        foundOn: string;
        school?: { __typename?: 'School'; nameEn: string } | null;
        committee?: { __typename?: 'Committee'; code: string } | null;
        university?: { __typename?: 'University'; nameEn: string } | null;
        statusChanges: {
          __typename?: 'ProblemStatusChangeConnection';
          nodes: Array<{
            __typename?: 'ProblemStatusChange';
            status: ProblemStatus;
            changedOn: string;
            note?: string | null;
          }>;
        };
        guidance: {
          __typename?: 'GuidanceConnection';
          totalCount: number;
          nodes: Array<{
            __typename?: 'Guidance';
            givenBy: TrackingParty;
            givenOn: string;
            suggestion: string;
            followUpStatus: FollowUpStatus;
            followUp?: string | null;
            followUpOn?: string | null;
            committee?: { __typename?: 'Committee'; code: string } | null;
            university?: { __typename?: 'University'; nameEn: string } | null;
          }>;
        };
      }>;
    };
  } | null;
};

export type CountySchoolsQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type CountySchoolsQuery = {
  __typename?: 'Query';
  county?: {
    __typename?: 'County';
    code: string;
    nameZh: string;
    nameEn: string;
    province: { __typename?: 'Province'; nameEn: string };
    partnerships: {
      __typename?: 'PartnershipConnection';
      nodes: Array<{
        __typename?: 'Partnership';
        university: { __typename?: 'University'; nameEn: string };
        program: { __typename?: 'Program'; nameEn: string };
      }>;
    };
    schools: {
      __typename?: 'SchoolConnection';
      totalCount: number;
      nodes: Array<{
        __typename?: 'School';
        code: string;
        nameZh: string;
        nameEn: string;
        kind: SchoolKind;
        staffCount: number;
        principal?: {
          __typename?: 'Appointment';
          title?: string | null;
          startDate?: string | null;
          person: { __typename?: 'Person'; nameZh?: string | null; nameEn?: string | null };
        } | null;
        assistancePlans: Array<{
          __typename?: 'AssistancePlan';
          title: string;
          startYear: number;
          endYear: number;
          goals: Array<{ __typename?: 'PlanGoal'; task: ImprovementTask; description: string }>;
        }>;
        metrics: Array<{
          __typename?: 'SchoolMetric';
          year: number;
          enrolledStudents: number;
          undergraduateAdmissions: number;
        }>;
      }>;
    };
  } | null;
};

export type CoverageByProvinceQueryVariables = Exact<{
  programCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  regions?: InputMaybe<Array<Region> | Region>;
}>;

export type CoverageByProvinceQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    partnerships: number;
    counties: number;
    schools: number;
    universities: number;
    key: {
      __typename?: 'StatisticsKey';
      province?: { __typename?: 'Province'; code: string; nameZh: string; nameEn: string; region: Region } | null;
    };
  }>;
};

export type CoverageByCountyQueryVariables = Exact<{
  programCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  provinceCodes: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;

export type CoverageByCountyQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    partnerships: number;
    schools: number;
    universities: number;
    key: {
      __typename?: 'StatisticsKey';
      county?: { __typename?: 'County'; code: string; nameZh: string; nameEn: string } | null;
    };
  }>;
};

export type ProgramReachQueryVariables = Exact<{
  regions?: InputMaybe<Array<Region> | Region>;
}>;

export type ProgramReachQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    partnerships: number;
    universities: number;
    provinces: number;
    counties: number;
    schools: number;
    principals: number;
    teachersAndStaff: number;
    peopleTrained: number;
    key: {
      __typename?: 'StatisticsKey';
      program?: { __typename?: 'Program'; code: string; nameZh: string; nameEn: string } | null;
    };
  }>;
};

export type PeopleTrainedByRegionQueryVariables = Exact<{
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type PeopleTrainedByRegionQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    peopleTrained: number;
    participants: number;
    activities: number;
    key: { __typename?: 'StatisticsKey'; region?: Region | null };
  }>;
};

export type PracticesToPromoteQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type PracticesToPromoteQuery = {
  __typename?: 'Query';
  candidates: {
    __typename?: 'PracticeConnection';
    totalCount: number;
    nodes: Array<{
      __typename?: 'Practice';
      id: string;
      version: number;
      nameZh: string;
      nameEn: string;
      task: ImprovementTask;
      description: string;
      county: { __typename?: 'County'; nameEn: string };
      school?: { __typename?: 'School'; nameEn: string } | null;
      university?: { __typename?: 'University'; nameEn: string } | null;
      evidence: {
        __typename?: 'PracticeEvidenceConnection';
        nodes: Array<{
          __typename?: 'PracticeEvidence';
          note?: string | null;
          activity?: { __typename?: 'Activity'; kind: ActivityKind; title: string; startDate: string } | null;
          metric?: { __typename?: 'SchoolMetric'; year: number; teachers: number; seniorTitleTeachers: number } | null;
        }>;
      };
    }>;
  };
  promoted: {
    __typename?: 'PracticeConnection';
    nodes: Array<{ __typename?: 'Practice'; nameEn: string; promotedOn?: string | null; promotedBy?: string | null }>;
  };
};

export type DashboardSearchQueryVariables = Exact<{
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType> | SearchType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type DashboardSearchQuery = {
  __typename?: 'Query';
  search: Array<{
    __typename?: 'SearchHit';
    score: number;
    matchedName: string;
    node:
      | { __typename: 'Agency'; id: string; nameZh: string; nameEn: string }
      | { __typename: 'Committee'; id: string; code: string; nameZh: string; nameEn: string }
      | {
          __typename: 'County';
          id: string;
          code: string;
          nameZh: string;
          nameEn: string;
          province: { __typename?: 'Province'; nameEn: string };
        }
      | { __typename: 'EducationBureau'; id: string; nameZh: string; nameEn: string; level: BureauLevel }
      | {
          __typename: 'Event';
          id: string;
          code: string;
          nameEn: string;
          startDate: string;
          eventNameZh?: string | null;
        }
      | {
          __typename: 'Person';
          id: string;
          personNameZh?: string | null;
          personNameEn?: string | null;
          appointments: {
            __typename?: 'AppointmentConnection';
            nodes: Array<{ __typename?: 'Appointment'; role: AppointmentRole; title?: string | null }>;
          };
        }
      | { __typename: 'Practice'; id: string; nameZh: string; nameEn: string; task: ImprovementTask }
      | {
          __typename: 'Prefecture';
          id: string;
          code: string;
          nameZh: string;
          nameEn: string;
          province: { __typename?: 'Province'; nameEn: string };
        }
      | { __typename: 'Program'; id: string; code: string; nameZh: string; nameEn: string }
      | { __typename: 'Province'; id: string; code: string; nameZh: string; nameEn: string }
      | {
          __typename: 'School';
          id: string;
          nameZh: string;
          nameEn: string;
          county: { __typename?: 'County'; nameEn: string };
        }
      | { __typename: 'University'; id: string; code: string; nameZh: string; nameEn: string };
  }>;
};

export type SearchHitKeysQueryVariables = Exact<{
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType> | SearchType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type SearchHitKeysQuery = {
  __typename?: 'Query';
  search: Array<{
    __typename?: 'SearchHit';
    score: number;
    matchedName: string;
    node:
      | { __typename: 'Agency'; id: string }
      | { __typename: 'Committee'; id: string }
      | { __typename: 'County'; id: string }
      | { __typename: 'EducationBureau'; id: string }
      | { __typename: 'Event'; id: string }
      | { __typename: 'Person'; id: string }
      | { __typename: 'Practice'; id: string }
      | { __typename: 'Prefecture'; id: string }
      | { __typename: 'Program'; id: string }
      | { __typename: 'Province'; id: string }
      | { __typename: 'School'; id: string }
      | { __typename: 'University'; id: string };
  }>;
};

export type SearchScoresQueryVariables = Exact<{
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchType> | SearchType>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;

export type SearchScoresQuery = {
  __typename?: 'Query';
  search: Array<{ __typename?: 'SearchHit'; score: number; matchedName: string }>;
};

export type StatisticsKeyIdsFragment = {
  __typename?: 'StatisticsKey';
  region?: Region | null;
  year?: number | null;
  month?: number | null;
  activityKind?: ActivityKind | null;
  improvementTask?: ImprovementTask | null;
  province?: { __typename?: 'Province'; id: string } | null;
  county?: { __typename?: 'County'; id: string } | null;
  university?: { __typename?: 'University'; id: string } | null;
  program?: { __typename?: 'Program'; id: string; code: string } | null;
};

export type StatisticsCoverageQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsCoverageQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    partnerships: number;
    universities: number;
    counties: number;
    provinces: number;
    schools: number;
    key: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      activityKind?: ActivityKind | null;
      improvementTask?: ImprovementTask | null;
      province?: { __typename?: 'Province'; id: string } | null;
      county?: { __typename?: 'County'; id: string } | null;
      university?: { __typename?: 'University'; id: string } | null;
      program?: { __typename?: 'Program'; id: string; code: string } | null;
    };
  }>;
};

export type StatisticsReachQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsReachQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    provinces: number;
    counties: number;
    schools: number;
    peopleTrained: number;
    key: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      activityKind?: ActivityKind | null;
      improvementTask?: ImprovementTask | null;
      province?: { __typename?: 'Province'; id: string } | null;
      county?: { __typename?: 'County'; id: string } | null;
      university?: { __typename?: 'University'; id: string } | null;
      program?: { __typename?: 'Program'; id: string; code: string } | null;
    };
  }>;
};

export type StatisticsActivitiesQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsActivitiesQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    activities: number;
    participants: number;
    peopleTrained: number;
    key: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      activityKind?: ActivityKind | null;
      improvementTask?: ImprovementTask | null;
      province?: { __typename?: 'Province'; id: string } | null;
      county?: { __typename?: 'County'; id: string } | null;
      university?: { __typename?: 'University'; id: string } | null;
      program?: { __typename?: 'Program'; id: string; code: string } | null;
    };
  }>;
};

export type StatisticsMetricsQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsMetricsQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    schools: number;
    key: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      activityKind?: ActivityKind | null;
      improvementTask?: ImprovementTask | null;
      province?: { __typename?: 'Province'; id: string } | null;
      county?: { __typename?: 'County'; id: string } | null;
      university?: { __typename?: 'University'; id: string } | null;
      program?: { __typename?: 'Program'; id: string; code: string } | null;
    };
    metrics: {
      __typename?: 'SchoolMetricStatistics';
      schoolYears: number;
      enrolledStudentsSum?: number | null;
      enrolledStudentsAvg?: number | null;
      teachersSum?: number | null;
      teachersAvg?: number | null;
      seniorTitleTeachersSum?: number | null;
      seniorTitleTeachersAvg?: number | null;
      graduatesSum?: number | null;
      graduatesAvg?: number | null;
      undergraduateAdmissionsSum?: number | null;
      undergraduateAdmissionsAvg?: number | null;
      trainingHoursSum?: number | null;
      trainingHoursAvg?: number | null;
    };
  }>;
};

export type StatisticsSelectedQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
  coverage: Scalars['Boolean']['input'];
  activity: Scalars['Boolean']['input'];
  metric: Scalars['Boolean']['input'];
}>;

export type StatisticsSelectedQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    partnerships: number;
    universities: number;
    counties: number;
    schools: number;
    activities: number;
    participants: number;
    peopleTrained: number;
    key?: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      activityKind?: ActivityKind | null;
      improvementTask?: ImprovementTask | null;
      province?: { __typename?: 'Province'; id: string } | null;
      county?: { __typename?: 'County'; id: string } | null;
      university?: { __typename?: 'University'; id: string } | null;
      program?: { __typename?: 'Program'; id: string; code: string } | null;
    };
    metrics?: { __typename?: 'SchoolMetricStatistics'; schoolYears: number; enrolledStudentsSum?: number | null };
  }>;
};

export type StatisticsActivityMeasuresFragment = {
  __typename?: 'StatisticsRow';
  activities: number;
  participants: number;
  peopleTrained: number;
};

export type StatisticsBucketsQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsBucketsQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    key: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      activityKind?: ActivityKind | null;
      improvementTask?: ImprovementTask | null;
      province?: { __typename?: 'Province'; id: string } | null;
      county?: { __typename?: 'County'; id: string } | null;
      university?: { __typename?: 'University'; id: string } | null;
      program?: { __typename?: 'Program'; id: string; code: string } | null;
    };
  }>;
};

export type StatisticsNamedQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsNamedQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    partnerships: number;
    activities: number;
    key: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      province?: { __typename?: 'Province'; code: string; nameEn: string } | null;
      county?: { __typename?: 'County'; code: string; nameZh: string } | null;
      university?: { __typename?: 'University'; code: string; nameZh: string } | null;
      program?: { __typename?: 'Program'; code: string; nameEn: string } | null;
    };
  }>;
};

export type StatisticsPerProgramQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsPerProgramQuery = {
  __typename?: 'Query';
  programs: {
    __typename?: 'ProgramConnection';
    nodes: Array<{
      __typename?: 'Program';
      id: string;
      code: string;
      statistics: Array<{
        __typename?: 'StatisticsRow';
        partnerships: number;
        schools: number;
        activities: number;
        peopleTrained: number;
        key: {
          __typename?: 'StatisticsKey';
          region?: Region | null;
          year?: number | null;
          month?: number | null;
          activityKind?: ActivityKind | null;
          improvementTask?: ImprovementTask | null;
          province?: { __typename?: 'Province'; id: string } | null;
          county?: { __typename?: 'County'; id: string } | null;
          university?: { __typename?: 'University'; id: string } | null;
          program?: { __typename?: 'Program'; id: string; code: string } | null;
        };
      }>;
    }>;
  };
};

export type StatisticsPerProvinceQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsPerProvinceQuery = {
  __typename?: 'Query';
  provinces: {
    __typename?: 'ProvinceConnection';
    nodes: Array<{
      __typename?: 'Province';
      id: string;
      code: string;
      statistics: Array<{
        __typename?: 'StatisticsRow';
        partnerships: number;
        schools: number;
        activities: number;
        key: {
          __typename?: 'StatisticsKey';
          region?: Region | null;
          year?: number | null;
          month?: number | null;
          activityKind?: ActivityKind | null;
          improvementTask?: ImprovementTask | null;
          province?: { __typename?: 'Province'; id: string } | null;
          county?: { __typename?: 'County'; id: string } | null;
          university?: { __typename?: 'University'; id: string } | null;
          program?: { __typename?: 'Program'; id: string; code: string } | null;
        };
        metrics: { __typename?: 'SchoolMetricStatistics'; schoolYears: number; enrolledStudentsSum?: number | null };
      }>;
    }>;
  };
};

export type StatisticsOfUniversityQueryVariables = Exact<{
  code: Scalars['String']['input'];
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsOfUniversityQuery = {
  __typename?: 'Query';
  university?: {
    __typename?: 'University';
    id: string;
    code: string;
    statistics: Array<{
      __typename?: 'StatisticsRow';
      partnerships: number;
      counties: number;
      schools: number;
      activities: number;
      peopleTrained: number;
      key: {
        __typename?: 'StatisticsKey';
        region?: Region | null;
        year?: number | null;
        month?: number | null;
        activityKind?: ActivityKind | null;
        improvementTask?: ImprovementTask | null;
        province?: { __typename?: 'Province'; id: string } | null;
        county?: { __typename?: 'County'; id: string } | null;
        university?: { __typename?: 'University'; id: string } | null;
        program?: { __typename?: 'Program'; id: string; code: string } | null;
      };
    }>;
  } | null;
};

export type StatisticsPeopleTrainedQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: InputMaybe<StatisticsFilter>;
}>;

export type StatisticsPeopleTrainedQuery = {
  __typename?: 'Query';
  statistics: Array<{
    __typename?: 'StatisticsRow';
    peopleTrained: number;
    key: {
      __typename?: 'StatisticsKey';
      region?: Region | null;
      year?: number | null;
      month?: number | null;
      activityKind?: ActivityKind | null;
      improvementTask?: ImprovementTask | null;
      province?: { __typename?: 'Province'; id: string } | null;
      county?: { __typename?: 'County'; id: string } | null;
      university?: { __typename?: 'University'; id: string } | null;
      program?: { __typename?: 'Program'; id: string; code: string } | null;
    };
  }>;
};

export type TrackingBoardQueryVariables = Exact<{
  programCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  provinceCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  universityCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  status?: InputMaybe<Array<TrackingStatus> | TrackingStatus>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type TrackingBoardQuery = {
  __typename?: 'Query';
  partnershipProgress: {
    __typename?: 'PartnershipProgressConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: 'PartnershipProgress';
      status: TrackingStatus;
      lastActivityOn?: string | null;
      daysSinceLastActivity?: number | null;
      behindOn: Array<ImprovementTask>;
      behindOnActivities: Array<ActivityKind>;
      partnership: {
        __typename?: 'Partnership';
        id: string;
        university: { __typename?: 'University'; code: string; nameEn: string };
        county: {
          __typename?: 'County';
          code: string;
          nameEn: string;
          province: { __typename?: 'Province'; code: string; nameEn: string };
        };
      };
      goals: Array<{
        __typename?: 'GoalProgress';
        task: ImprovementTask;
        measure?: GoalMeasure | null;
        baseline?: number | null;
        baselineYear?: number | null;
        target?: number | null;
        targetYear?: number | null;
        latest?: number | null;
        latestYear?: number | null;
        shareOfTheWay?: number | null;
        expectedShare?: number | null;
        behind: boolean;
      }>;
      activities: Array<{
        __typename?: 'ActivityProgress';
        kind: ActivityKind;
        done: number;
        planned: number;
        behind: boolean;
      }>;
      openProblems: Array<{
        __typename?: 'Problem';
        task: ImprovementTask;
        title: string;
        severity: ProblemSeverity;
        status: ProblemStatus;
        foundBy: TrackingParty;
        method: FindingMethod;
        foundOn: string;
        guidance: {
          __typename?: 'GuidanceConnection';
          nodes: Array<{
            __typename?: 'Guidance';
            givenBy: TrackingParty;
            givenOn: string;
            suggestion: string;
            followUpStatus: FollowUpStatus;
          }>;
        };
      }>;
    }>;
  };
};

export type TrackingRollupQueryVariables = Exact<{
  by?: ProgressRollupDimension;
  programCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;

export type TrackingRollupQuery = {
  __typename?: 'Query';
  progressRollup: Array<{
    __typename?: 'ProgressRollupRow';
    key: string;
    partnerships: number;
    onTrack: number;
    behind: number;
    quiet: number;
    program?: { __typename?: 'Program'; code: string } | null;
    university?: { __typename?: 'University'; code: string; nameEn: string } | null;
    county?: { __typename?: 'County'; code: string; nameEn: string } | null;
    province?: { __typename?: 'Province'; code: string; nameEn: string } | null;
    tasks: Array<{ __typename?: 'TaskRollup'; task: ImprovementTask; averageShare?: number | null; behind: number }>;
  }>;
};

export type PartnershipTrackingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
}>;

export type PartnershipTrackingQuery = {
  __typename?: 'Query';
  partnership?: {
    __typename?: 'Partnership';
    plans: Array<{
      __typename?: 'AssistancePlan';
      title: string;
      schedule: Array<{ __typename?: 'PlanScheduledActivity'; year: number; kind: ActivityKind; plannedCount: number }>;
    }>;
    schools: {
      __typename?: 'PartnershipSchoolConnection';
      nodes: Array<{
        __typename?: 'PartnershipSchool';
        school: { __typename?: 'School'; code: string; nameEn: string };
        progress: {
          __typename?: 'SchoolProgress';
          status: TrackingStatus;
          lastActivityOn?: string | null;
          goals: Array<{
            __typename?: 'GoalProgress';
            task: ImprovementTask;
            shareOfTheWay?: number | null;
            behind: boolean;
          }>;
          activities: Array<{
            __typename?: 'ActivityProgress';
            kind: ActivityKind;
            done: number;
            planned: number;
            behind: boolean;
          }>;
        };
      }>;
    };
  } | null;
};

export type AppointPrincipalMutationVariables = Exact<{
  input: AppointPrincipalInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;

export type AppointPrincipalMutation = {
  __typename?: 'Mutation';
  appointPrincipal?: {
    __typename?: 'AppointmentPayload';
    replayed: boolean;
    appointment?: {
      __typename?: 'Appointment';
      id: string;
      role: AppointmentRole;
      startDate?: string | null;
      person: { __typename?: 'Person'; id: string; nameZh?: string | null };
    } | null;
  } | null;
};

export type CreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;

export type CreatePartnershipMutation = {
  __typename?: 'Mutation';
  createPartnership?: {
    __typename?: 'PartnershipPayload';
    replayed: boolean;
    partnership?: {
      __typename?: 'Partnership';
      id: string;
      version: number;
      status: PartnershipStatus;
      university: { __typename?: 'University'; code: string; nameEn: string };
      county: { __typename?: 'County'; code: string; nameEn: string };
      schools: {
        __typename?: 'PartnershipSchoolConnection';
        totalCount: number;
        nodes: Array<{ __typename?: 'PartnershipSchool'; school: { __typename?: 'School'; nameEn: string } }>;
      };
    } | null;
  } | null;
};

export type RecordHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type RecordHistoryQuery = {
  __typename?: 'Query';
  history: {
    __typename?: 'ChangeConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: 'Change';
      at: string;
      action: ChangeAction;
      mutation: string;
      subject?: string | null;
      role: string;
      org?: string | null;
      operationName?: string | null;
      requestId?: string | null;
      before?: Record<string, unknown> | null;
      after?: Record<string, unknown> | null;
    }>;
  };
};

export type RecordActivityMutationVariables = Exact<{
  input: CreateActivityInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;

export type RecordActivityMutation = {
  __typename?: 'Mutation';
  createActivity?: {
    __typename?: 'ActivityPayload';
    replayed: boolean;
    activity?: {
      __typename?: 'Activity';
      id: string;
      version: number;
      kind: ActivityKind;
      title: string;
      startDate: string;
      endDate?: string | null;
      participations: {
        __typename?: 'ParticipationConnection';
        totalCount: number;
        nodes: Array<{
          __typename?: 'Participation';
          role: ParticipationRole;
          person: { __typename?: 'Person'; id: string };
        }>;
      };
    } | null;
  } | null;
};

export type ChangeActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;

export type ChangeActivityMutation = {
  __typename?: 'Mutation';
  updateActivity?: {
    __typename?: 'ActivityPayload';
    activity?: {
      __typename?: 'Activity';
      id: string;
      version: number;
      title: string;
      endDate?: string | null;
      reach: number;
    } | null;
  } | null;
};

export type CancelActivityMutationVariables = Exact<{
  input: RecordVersionInput;
}>;

export type CancelActivityMutation = {
  __typename?: 'Mutation';
  cancelActivity?: { __typename?: 'RemovalPayload'; id: string } | null;
};

export type RecordSchoolMetricMutationVariables = Exact<{
  input: CreateSchoolMetricInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;

export type RecordSchoolMetricMutation = {
  __typename?: 'Mutation';
  createSchoolMetric?: {
    __typename?: 'SchoolMetricPayload';
    replayed: boolean;
    schoolMetric?: {
      __typename?: 'SchoolMetric';
      id: string;
      version: number;
      year: number;
      enrolledStudents: number;
      graduates: number;
      undergraduateAdmissions: number;
    } | null;
  } | null;
};

export type TrusteeshipProgramQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type TrusteeshipProgramQuery = {
  __typename?: 'Query';
  program?: {
    __typename?: 'Program';
    code: string;
    kind: ProgramKind;
    nameEn: string;
    provenance: Provenance;
    sourceDocument?: string | null;
    noticeTitle?: string | null;
    announcedOn?: string | null;
    startsOn?: string | null;
    issuingAgency?: { __typename?: 'Agency'; code: string; nameEn: string } | null;
    partnerships: { __typename?: 'PartnershipConnection'; totalCount: number };
  } | null;
};

export type TrusteeshipPartnershipsQueryVariables = Exact<{
  code: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type TrusteeshipPartnershipsQuery = {
  __typename?: 'Query';
  partnerships: {
    __typename?: 'PartnershipConnection';
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: 'Partnership';
      agreementSignedOn?: string | null;
      startsOn?: string | null;
      university: { __typename?: 'University'; code: string; ministryAffiliated: boolean };
      county: {
        __typename?: 'County';
        code: string;
        province: { __typename?: 'Province'; code: string; kind: ProvinceKind; region: Region };
      };
      schools: {
        __typename?: 'PartnershipSchoolConnection';
        nodes: Array<{
          __typename?: 'PartnershipSchool';
          school: {
            __typename?: 'School';
            id: string;
            principal?: { __typename?: 'Appointment'; person: { __typename?: 'Person'; id: string } } | null;
          };
        }>;
      };
    }>;
  };
};

export type SpecialTrainingQueryVariables = Exact<{
  code: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type SpecialTrainingQuery = {
  __typename?: 'Query';
  activities: {
    __typename?: 'ActivityConnection';
    nodes: Array<{
      __typename?: 'Activity';
      kind: ActivityKind;
      provenance: Provenance;
      sourceDocument?: string | null;
      reach: number;
      participations: {
        __typename?: 'ParticipationConnection';
        totalCount: number;
        pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
        nodes: Array<{
          __typename?: 'Participation';
          role: ParticipationRole;
          person: { __typename?: 'Person'; id: string };
        }>;
      };
    }>;
  };
};

export type MeasuresRecordedQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type MeasuresRecordedQuery = {
  __typename?: 'Query';
  dispatch: { __typename?: 'ActivityConnection'; totalCount: number };
  visits: { __typename?: 'ActivityConnection'; totalCount: number };
  teachingPractice: { __typename?: 'ActivityConnection'; totalCount: number };
  principalTraining: { __typename?: 'ActivityConnection'; totalCount: number };
  placementTraining: { __typename?: 'ActivityConnection'; totalCount: number };
  camps: { __typename?: 'ActivityConnection'; totalCount: number };
  labOpenDays: { __typename?: 'ActivityConnection'; totalCount: number };
};

export type CommitteeFiguresQueryVariables = Exact<{
  code: Scalars['String']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type CommitteeFiguresQuery = {
  __typename?: 'Query';
  committee?: {
    __typename?: 'Committee';
    nameEn: string;
    provenance: Provenance;
    sourceDocument?: string | null;
    program: { __typename?: 'Program'; code: string; kind: ProgramKind };
    members: {
      __typename?: 'CommitteeMemberConnection';
      nodes: Array<{ __typename?: 'CommitteeMember'; role: CommitteeRole }>;
    };
    targetSchools: {
      __typename?: 'CommitteeTargetSchoolConnection';
      totalCount: number;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
      nodes: Array<{
        __typename?: 'CommitteeTargetSchool';
        school: {
          __typename?: 'School';
          id: string;
          kind: SchoolKind;
          county: {
            __typename?: 'County';
            code: string;
            keyRevitalizationCounty: boolean;
            province: { __typename?: 'Province'; code: string; region: Region };
          };
          principals: { __typename?: 'AppointmentConnection'; totalCount: number };
          teachersAndStaff: { __typename?: 'AppointmentConnection'; totalCount: number };
          assistancePlans: Array<{
            __typename?: 'AssistancePlan';
            goals: Array<{ __typename?: 'PlanGoal'; task: ImprovementTask }>;
          }>;
        };
      }>;
    };
    events: {
      __typename?: 'EventConnection';
      nodes: Array<{
        __typename?: 'Event';
        code: string;
        kind: EventKind;
        format: EventFormat;
        startDate: string;
        endDate: string;
        provenance: Provenance;
        sourceDocument?: string | null;
      }>;
    };
  } | null;
};

export type CountyPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type CountyPageQuery = {
  __typename?: 'Query';
  counties: {
    __typename?: 'CountyConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{
      __typename?: 'County';
      code: string;
      keyRevitalizationCounty: boolean;
      province: { __typename?: 'Province'; code: string };
    }>;
  };
};

export type EventAttendanceFragment = {
  __typename?: 'Attendance';
  role: AttendanceRole;
  note?: string | null;
  person?: {
    __typename?: 'Person';
    nameZh?: string | null;
    nameEn?: string | null;
    appointments: {
      __typename?: 'AppointmentConnection';
      nodes: Array<{
        __typename?: 'Appointment';
        role: AppointmentRole;
        title?: string | null;
        agency?: { __typename?: 'Agency'; code: string; nameEn: string } | null;
      }>;
    };
  } | null;
  agency?: { __typename?: 'Agency'; code: string; kind: AgencyKind; nameEn: string } | null;
  educationBureau?: { __typename?: 'EducationBureau'; code: string; level: BureauLevel; nameEn: string } | null;
  university?: { __typename?: 'University'; code: string } | null;
};

export type EventFiguresQueryVariables = Exact<{
  code: Scalars['String']['input'];
  attendances?: InputMaybe<AttendanceWhere>;
}>;

export type EventFiguresQuery = {
  __typename?: 'Query';
  event?: {
    __typename?: 'Event';
    code: string;
    nameEn: string;
    kind: EventKind;
    format: EventFormat;
    location?: string | null;
    edition?: number | null;
    startDate: string;
    endDate: string;
    summary?: string | null;
    provenance: Provenance;
    sourceDocument?: string | null;
    organizer?: { __typename?: 'Agency'; code: string } | null;
    program?: { __typename?: 'Program'; code: string } | null;
    parent?: { __typename?: 'Event'; code: string; kind: EventKind; edition?: number | null; nameEn: string } | null;
    attendances: {
      __typename?: 'AttendanceConnection';
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean };
      nodes: Array<{
        __typename?: 'Attendance';
        role: AttendanceRole;
        note?: string | null;
        person?: {
          __typename?: 'Person';
          nameZh?: string | null;
          nameEn?: string | null;
          appointments: {
            __typename?: 'AppointmentConnection';
            nodes: Array<{
              __typename?: 'Appointment';
              role: AppointmentRole;
              title?: string | null;
              agency?: { __typename?: 'Agency'; code: string; nameEn: string } | null;
            }>;
          };
        } | null;
        agency?: { __typename?: 'Agency'; code: string; kind: AgencyKind; nameEn: string } | null;
        educationBureau?: { __typename?: 'EducationBureau'; code: string; level: BureauLevel; nameEn: string } | null;
        university?: { __typename?: 'University'; code: string } | null;
      }>;
    };
  } | null;
};

export type DirectoryFactsQueryVariables = Exact<{
  province: Scalars['String']['input'];
  university: Scalars['String']['input'];
}>;

export type DirectoryFactsQuery = {
  __typename?: 'Query';
  provinces: {
    __typename?: 'ProvinceConnection';
    totalCount: number;
    nodes: Array<{
      __typename?: 'Province';
      code: string;
      nameZh: string;
      kind: ProvinceKind;
      region: Region;
      provenance: Provenance;
      sourceDocument?: string | null;
    }>;
  };
  province?: { __typename?: 'Province'; nameZh: string; nameEn: string; region: Region } | null;
  university?: {
    __typename?: 'University';
    nameZh: string;
    nameEn: string;
    nationalCode: string;
    ministryAffiliated: boolean;
    provenance: Provenance;
  } | null;
  universities: { __typename?: 'UniversityConnection'; totalCount: number };
};

export type SchoolsPageQueryVariables = Exact<{
  where?: InputMaybe<SchoolWhere>;
  orderBy?: InputMaybe<Array<SchoolOrderBy> | SchoolOrderBy>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
}>;

export type SchoolsPageQuery = {
  __typename?: 'Query';
  schools: {
    __typename?: 'SchoolConnection';
    totalCount: number;
    pageInfo: {
      __typename?: 'PageInfo';
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor?: string | null;
      endCursor?: string | null;
    };
    edges: Array<{ __typename?: 'SchoolEdge'; cursor: string; node: { __typename?: 'School'; id: string } }>;
    nodes: Array<{ __typename?: 'School'; id: string }>;
  };
};

export type CountiesPageQueryVariables = Exact<{
  where?: InputMaybe<CountyWhere>;
  orderBy?: InputMaybe<Array<CountyOrderBy> | CountyOrderBy>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type CountiesPageQuery = {
  __typename?: 'Query';
  counties: {
    __typename?: 'CountyConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{ __typename?: 'County'; id: string }>;
  };
};

export type PeoplePageQueryVariables = Exact<{
  where?: InputMaybe<PersonWhere>;
  orderBy?: InputMaybe<Array<PersonOrderBy> | PersonOrderBy>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type PeoplePageQuery = {
  __typename?: 'Query';
  people: {
    __typename?: 'PersonConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{ __typename?: 'Person'; id: string }>;
  };
};

export type ActivitiesPageQueryVariables = Exact<{
  where?: InputMaybe<ActivityWhere>;
  orderBy?: InputMaybe<Array<ActivityOrderBy> | ActivityOrderBy>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type ActivitiesPageQuery = {
  __typename?: 'Query';
  activities: {
    __typename?: 'ActivityConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{ __typename?: 'Activity'; id: string }>;
  };
};

export type PartnershipsPageQueryVariables = Exact<{
  where?: InputMaybe<PartnershipWhere>;
  orderBy?: InputMaybe<Array<PartnershipOrderBy> | PartnershipOrderBy>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type PartnershipsPageQuery = {
  __typename?: 'Query';
  partnerships: {
    __typename?: 'PartnershipConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{ __typename?: 'Partnership'; id: string }>;
  };
};

export type SchoolMetricsPageQueryVariables = Exact<{
  where?: InputMaybe<SchoolMetricWhere>;
  orderBy?: InputMaybe<Array<SchoolMetricOrderBy> | SchoolMetricOrderBy>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type SchoolMetricsPageQuery = {
  __typename?: 'Query';
  schoolMetrics: {
    __typename?: 'SchoolMetricConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor?: string | null };
    nodes: Array<{ __typename?: 'SchoolMetric'; id: string }>;
  };
};

export type ProvincesCountyPagesQueryVariables = Exact<{
  codes: Array<Scalars['String']['input']> | Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<CountyWhere>;
  orderBy?: InputMaybe<Array<CountyOrderBy> | CountyOrderBy>;
}>;

export type ProvincesCountyPagesQuery = {
  __typename?: 'Query';
  provinces: {
    __typename?: 'ProvinceConnection';
    nodes: Array<{
      __typename?: 'Province';
      code: string;
      counties: {
        __typename?: 'CountyConnection';
        totalCount: number;
        pageInfo: {
          __typename?: 'PageInfo';
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor?: string | null;
          endCursor?: string | null;
        };
        nodes: Array<{ __typename?: 'County'; id: string; code: string }>;
      };
    }>;
  };
};

export type ProgramDeepFetchQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type ProgramDeepFetchQuery = {
  __typename?: 'Query';
  program?: {
    __typename?: 'Program';
    nameEn: string;
    partnerships: {
      __typename?: 'PartnershipConnection';
      nodes: Array<{
        __typename?: 'Partnership';
        university: { __typename?: 'University'; nameEn: string };
        county: { __typename?: 'County'; nameEn: string; province: { __typename?: 'Province'; nameEn: string } };
        schools: {
          __typename?: 'PartnershipSchoolConnection';
          nodes: Array<{
            __typename?: 'PartnershipSchool';
            school: {
              __typename?: 'School';
              nameZh: string;
              principal?: {
                __typename?: 'Appointment';
                role: AppointmentRole;
                person: {
                  __typename?: 'Person';
                  nameEn?: string | null;
                  appointments: {
                    __typename?: 'AppointmentConnection';
                    nodes: Array<{
                      __typename?: 'Appointment';
                      role: AppointmentRole;
                      school?: { __typename?: 'School'; nameZh: string } | null;
                    }>;
                  };
                };
              } | null;
            };
          }>;
        };
      }>;
    };
  } | null;
};

export type CommitteeSchoolsStaffQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type CommitteeSchoolsStaffQuery = {
  __typename?: 'Query';
  committee?: {
    __typename?: 'Committee';
    nameEn: string;
    targetSchools: {
      __typename?: 'CommitteeTargetSchoolConnection';
      nodes: Array<{
        __typename?: 'CommitteeTargetSchool';
        school: {
          __typename?: 'School';
          nameZh: string;
          staffCount: number;
          county: { __typename?: 'County'; nameEn: string; province: { __typename?: 'Province'; code: string } };
          staff: {
            __typename?: 'AppointmentConnection';
            nodes: Array<{
              __typename?: 'Appointment';
              person: {
                __typename?: 'Person';
                nameEn?: string | null;
                participations: {
                  __typename?: 'ParticipationConnection';
                  nodes: Array<{
                    __typename?: 'Participation';
                    role: ParticipationRole;
                    activity: { __typename?: 'Activity'; kind: ActivityKind; startDate: string };
                  }>;
                };
              };
            }>;
          };
        };
      }>;
    };
  } | null;
};

export type UniversityPartnerFetchQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type UniversityPartnerFetchQuery = {
  __typename?: 'Query';
  university?: {
    __typename?: 'University';
    nameEn: string;
    partnerships: {
      __typename?: 'PartnershipConnection';
      totalCount: number;
      nodes: Array<{
        __typename?: 'Partnership';
        county: {
          __typename?: 'County';
          nameZh: string;
          schools: {
            __typename?: 'SchoolConnection';
            nodes: Array<{
              __typename?: 'School';
              nameZh: string;
              staffCount: number;
              assistancePlans: Array<{
                __typename?: 'AssistancePlan';
                title: string;
                goals: Array<{ __typename?: 'PlanGoal'; task: ImprovementTask }>;
              }>;
              metrics: Array<{ __typename?: 'SchoolMetric'; year: number; enrolledStudents: number }>;
            }>;
          };
        };
        activities: {
          __typename?: 'ActivityConnection';
          nodes: Array<{
            __typename?: 'Activity';
            kind: ActivityKind;
            participations: {
              __typename?: 'ParticipationConnection';
              nodes: Array<{ __typename?: 'Participation'; person: { __typename?: 'Person'; nameEn?: string | null } }>;
            };
          }>;
        };
      }>;
    };
  } | null;
};

export const StatisticsKeyIdsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsKeyIdsFragment, unknown>;
export const StatisticsActivityMeasuresFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsActivityMeasures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsActivityMeasuresFragment, unknown>;
export const EventAttendanceFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventAttendance' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attendance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointments' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '10' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'agency' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'educationBureau' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventAttendanceFragment, unknown>;
export const ActivitiesPerMonthDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActivitiesPerMonth' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regions' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    { kind: 'EnumValue', value: 'UNIVERSITY' },
                    { kind: 'EnumValue', value: 'MONTH' },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'to' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'programCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'regions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'regions' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'university' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivitiesPerMonthQuery, ActivitiesPerMonthQueryVariables>;
export const CountyProblemsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CountyProblems' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  alias: { kind: 'Name', value: 'open' },
                  name: { kind: 'Name', value: 'problems' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'where' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'status' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'in' },
                                  value: {
                                    kind: 'ListValue',
                                    values: [
                                      { kind: 'EnumValue', value: 'OPEN' },
                                      { kind: 'EnumValue', value: 'IN_PROGRESS' },
                                    ],
                                  },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orderBy' },
                      value: {
                        kind: 'ListValue',
                        values: [
                          {
                            kind: 'ObjectValue',
                            fields: [
                              {
                                kind: 'ObjectField',
                                name: { kind: 'Name', value: 'field' },
                                value: { kind: 'EnumValue', value: 'SEVERITY' },
                              },
                            ],
                          },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'foundOn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'problems' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orderBy' },
                      value: {
                        kind: 'ListValue',
                        values: [
                          {
                            kind: 'ObjectValue',
                            fields: [
                              {
                                kind: 'ObjectField',
                                name: { kind: 'Name', value: 'field' },
                                value: { kind: 'EnumValue', value: 'FOUND_ON' },
                              },
                              {
                                kind: 'ObjectField',
                                name: { kind: 'Name', value: 'direction' },
                                value: { kind: 'EnumValue', value: 'DESC' },
                              },
                            ],
                          },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'statusOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'foundBy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'foundOn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'school' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'committee' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'university' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'statusChanges' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'changedOn' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'guidance' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'givenOn' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'suggestion' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'followUpStatus' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'followUp' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'followUpOn' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'committee' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'university' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyProblemsQuery, CountyProblemsQueryVariables>;
export const CountySchoolsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CountySchools' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'province' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerships' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '10' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'university' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'program' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'schools' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'orderBy' },
                      value: {
                        kind: 'ListValue',
                        values: [
                          {
                            kind: 'ObjectValue',
                            fields: [
                              {
                                kind: 'ObjectField',
                                name: { kind: 'Name', value: 'field' },
                                value: { kind: 'EnumValue', value: 'NAME_ZH' },
                              },
                            ],
                          },
                        ],
                      },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'staffCount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'principal' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'person' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'assistancePlans' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startYear' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endYear' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'goals' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'metrics' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'enrolledStudents' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'undergraduateAdmissions' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountySchoolsQuery, CountySchoolsQueryVariables>;
export const CoverageByProvinceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoverageByProvince' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
          defaultValue: {
            kind: 'ListValue',
            values: [{ kind: 'StringValue', value: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP', block: false }],
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regions' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'PROVINCE' }] },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'programCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'regions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'regions' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'province' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counties' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                { kind: 'Field', name: { kind: 'Name', value: 'universities' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoverageByProvinceQuery, CoverageByProvinceQueryVariables>;
export const CoverageByCountyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CoverageByCounty' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'provinceCodes' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'COUNTY' }] },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'programCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'provinceCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'provinceCodes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'county' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                { kind: 'Field', name: { kind: 'Name', value: 'universities' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CoverageByCountyQuery, CoverageByCountyQueryVariables>;
export const ProgramReachDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgramReach' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'regions' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Region' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'PROGRAM' }] },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'regions' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'regions' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'program' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'universities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provinces' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counties' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                { kind: 'Field', name: { kind: 'Name', value: 'principals' } },
                { kind: 'Field', name: { kind: 'Name', value: 'teachersAndStaff' } },
                { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgramReachQuery, ProgramReachQueryVariables>;
export const PeopleTrainedByRegionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeopleTrainedByRegion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'REGION' }] },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'region' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeopleTrainedByRegionQuery, PeopleTrainedByRegionQueryVariables>;
export const PracticesToPromoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PracticesToPromote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'candidates' },
            name: { kind: 'Name', value: 'practices' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'promotedOn' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'isNull' },
                            value: { kind: 'BooleanValue', value: true },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'field' },
                          value: { kind: 'EnumValue', value: 'COUNTY_CODE' },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'county' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'school' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'university' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'evidence' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'activity' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'metric' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'teachers' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'seniorTitleTeachers' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'promoted' },
            name: { kind: 'Name', value: 'practices' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '5' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'promotedOn' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'isNull' },
                            value: { kind: 'BooleanValue', value: false },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ListValue',
                  values: [
                    {
                      kind: 'ObjectValue',
                      fields: [
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'field' },
                          value: { kind: 'EnumValue', value: 'PROMOTED_ON' },
                        },
                        {
                          kind: 'ObjectField',
                          name: { kind: 'Name', value: 'direction' },
                          value: { kind: 'EnumValue', value: 'DESC' },
                        },
                      ],
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'promotedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'promotedBy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PracticesToPromoteQuery, PracticesToPromoteQueryVariables>;
export const DashboardSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DashboardSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchType' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matchedName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Province' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Prefecture' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'province' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'County' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'province' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'School' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'county' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'University' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EducationBureau' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              alias: { kind: 'Name', value: 'personNameZh' },
                              name: { kind: 'Name', value: 'nameZh' },
                            },
                            {
                              kind: 'Field',
                              alias: { kind: 'Name', value: 'personNameEn' },
                              name: { kind: 'Name', value: 'nameEn' },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'appointments' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'first' },
                                  value: { kind: 'IntValue', value: '5' },
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Program' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            {
                              kind: 'Field',
                              alias: { kind: 'Name', value: 'eventNameZh' },
                              name: { kind: 'Name', value: 'nameZh' },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Committee' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Practice' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DashboardSearchQuery, DashboardSearchQueryVariables>;
export const SearchHitKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchHitKeys' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchType' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matchedName' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'node' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Province' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Prefecture' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'County' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'School' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'University' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'EducationBureau' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Agency' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Person' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Program' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Event' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Committee' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'InlineFragment',
                        typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Practice' } },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchHitKeysQuery, SearchHitKeysQueryVariables>;
export const SearchScoresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SearchScores' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SearchType' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'search' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'text' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'text' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'types' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'types' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'matchedName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SearchScoresQuery, SearchScoresQueryVariables>;
export const StatisticsCoverageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsCoverage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'universities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counties' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provinces' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsCoverageQuery, StatisticsCoverageQueryVariables>;
export const StatisticsReachDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsReach' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'provinces' } },
                { kind: 'Field', name: { kind: 'Name', value: 'counties' } },
                { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsReachQuery, StatisticsReachQueryVariables>;
export const StatisticsActivitiesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsActivities' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
                { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsActivitiesQuery, StatisticsActivitiesQueryVariables>;
export const StatisticsMetricsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsMetrics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'metrics' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'schoolYears' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enrolledStudentsSum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enrolledStudentsAvg' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teachersSum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'teachersAvg' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seniorTitleTeachersSum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'seniorTitleTeachersAvg' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'graduatesSum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'graduatesAvg' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undergraduateAdmissionsSum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undergraduateAdmissionsAvg' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trainingHoursSum' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'trainingHoursAvg' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsMetricsQuery, StatisticsMetricsQueryVariables>;
export const StatisticsSelectedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsSelected' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'coverage' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'activity' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'metric' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                  },
                },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsRow' } },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'coverage' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'universities' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'counties' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                    ],
                  },
                },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'StatisticsActivityMeasures' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'activity' } },
                        },
                      ],
                    },
                  ],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'metrics' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'metric' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'schoolYears' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enrolledStudentsSum' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsActivityMeasures' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsRow' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
          { kind: 'Field', name: { kind: 'Name', value: 'participants' } },
          { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsSelectedQuery, StatisticsSelectedQueryVariables>;
export const StatisticsBucketsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsBuckets' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsBucketsQuery, StatisticsBucketsQueryVariables>;
export const StatisticsNamedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsNamed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'province' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'county' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'university' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'program' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsNamedQuery, StatisticsNamedQueryVariables>;
export const StatisticsPerProgramDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsPerProgram' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programs' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'statistics' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'groupBy' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'filter' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'key' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsPerProgramQuery, StatisticsPerProgramQueryVariables>;
export const StatisticsPerProvinceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsPerProvince' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provinces' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'statistics' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'groupBy' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'filter' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'key' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } },
                                ],
                              },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'metrics' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'schoolYears' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'enrolledStudentsSum' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsPerProvinceQuery, StatisticsPerProvinceQueryVariables>;
export const StatisticsOfUniversityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsOfUniversity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'statistics' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'groupBy' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'filter' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'key' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'counties' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'schools' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'activities' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsOfUniversityQuery, StatisticsOfUniversityQueryVariables>;
export const StatisticsPeopleTrainedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatisticsPeopleTrained' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: {
                kind: 'NonNullType',
                type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsDimension' } },
              },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statistics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'key' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'StatisticsKeyIds' } }],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'peopleTrained' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StatisticsKeyIds' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StatisticsKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'region' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'county' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'year' } },
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activityKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'improvementTask' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatisticsPeopleTrainedQuery, StatisticsPeopleTrainedQueryVariables>;
export const TrackingBoardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrackingBoard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
          defaultValue: {
            kind: 'ListValue',
            values: [{ kind: 'StringValue', value: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP', block: false }],
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'provinceCodes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'universityCodes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'TrackingStatus' } } },
          },
          defaultValue: {
            kind: 'ListValue',
            values: [
              { kind: 'EnumValue', value: 'BEHIND' },
              { kind: 'EnumValue', value: 'QUIET' },
            ],
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnershipProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'programCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'provinceCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'provinceCodes' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'universityCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'universityCodes' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'SHARE_TEACHING_FORCE_CAPACITY' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'lastActivityOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'daysSinceLastActivity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'behindOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'behindOnActivities' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'partnership' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'university' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'county' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'province' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'goals' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'measure' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'baseline' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'baselineYear' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetYear' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'latest' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'latestYear' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'shareOfTheWay' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'expectedShare' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'activities' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'planned' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'openProblems' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'severity' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'foundBy' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'foundOn' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'guidance' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'first' },
                                  value: { kind: 'IntValue', value: '3' },
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'givenBy' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'givenOn' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'suggestion' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'followUpStatus' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrackingBoardQuery, TrackingBoardQueryVariables>;
export const TrackingRollupDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrackingRollup' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgressRollupDimension' } },
          },
          defaultValue: { kind: 'EnumValue', value: 'PROVINCE' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
          },
          defaultValue: {
            kind: 'ListValue',
            values: [{ kind: 'StringValue', value: 'COUNTY-HIGH-SCHOOL-TRUSTEESHIP', block: false }],
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'progressRollup' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'by' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'by' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'asOf' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'programCodes' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'programCodes' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'program' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'university' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'county' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'province' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'partnerships' } },
                { kind: 'Field', name: { kind: 'Name', value: 'onTrack' } },
                { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quiet' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'averageShare' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrackingRollupQuery, TrackingRollupQueryVariables>;
export const PartnershipTrackingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnershipTracking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'LocalDate' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plans' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'schedule' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'plannedCount' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'schools' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'school' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'progress' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'asOf' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'asOf' } },
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'lastActivityOn' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'goals' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'shareOfTheWay' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'activities' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'done' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'planned' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'behind' } },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnershipTrackingQuery, PartnershipTrackingQueryVariables>;
export const AppointPrincipalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AppointPrincipal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AppointPrincipalInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'appointPrincipal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointment' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'person' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppointPrincipalMutation, AppointPrincipalMutationVariables>;
export const CreatePartnershipDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePartnership' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePartnershipInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPartnership' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnership' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'university' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'county' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'schools' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '50' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'school' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePartnershipMutation, CreatePartnershipMutationVariables>;
export const RecordHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RecordHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          defaultValue: { kind: 'IntValue', value: '20' },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mutation' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'org' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'operationName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'before' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'after' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const RecordActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateActivityInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activity' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participations' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '100' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'person' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordActivityMutation, RecordActivityMutationVariables>;
export const ChangeActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangeActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateActivityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activity' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangeActivityMutation, ChangeActivityMutationVariables>;
export const CancelActivityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelActivity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordVersionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelActivity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelActivityMutation, CancelActivityMutationVariables>;
export const RecordSchoolMetricDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordSchoolMetric' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSchoolMetricInput' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSchoolMetric' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'idempotencyKey' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'idempotencyKey' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'replayed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'schoolMetric' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'enrolledStudents' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'graduates' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'undergraduateAdmissions' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordSchoolMetricMutation, RecordSchoolMetricMutationVariables>;
export const TrusteeshipProgramDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrusteeshipProgram' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceDocument' } },
                { kind: 'Field', name: { kind: 'Name', value: 'noticeTitle' } },
                { kind: 'Field', name: { kind: 'Name', value: 'announcedOn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'issuingAgency' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerships' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '1' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrusteeshipProgramQuery, TrusteeshipProgramQueryVariables>;
export const TrusteeshipPartnershipsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrusteeshipPartnerships' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerships' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'agreementSignedOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'university' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ministryAffiliated' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'county' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'province' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'schools' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '10' },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'school' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'principal' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'person' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TrusteeshipPartnershipsQuery, TrusteeshipPartnershipsQueryVariables>;
export const SpecialTrainingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SpecialTraining' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'PRINCIPAL_TRAINING' },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'provenance' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'SOURCE_DOCUMENT' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '10' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceDocument' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reach' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participations' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'IntValue', value: '100' },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'after' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pageInfo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'person' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SpecialTrainingQuery, SpecialTrainingQueryVariables>;
export const MeasuresRecordedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MeasuresRecorded' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'dispatch' },
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'PRINCIPAL_TEAM_DISPATCH' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '0' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'visits' },
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'TEACHER_VISIT' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '0' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'teachingPractice' },
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'COLLEGE_STUDENT_TEACHING_PRACTICE' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '0' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'principalTraining' },
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'PRINCIPAL_TRAINING' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '0' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'placementTraining' },
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'TEACHER_PLACEMENT_TRAINING' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '0' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'camps' },
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'STUDENT_CAMP' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '0' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'labOpenDays' },
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'program' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'code' },
                            value: {
                              kind: 'ObjectValue',
                              fields: [
                                {
                                  kind: 'ObjectField',
                                  name: { kind: 'Name', value: 'eq' },
                                  value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
                                },
                              ],
                            },
                          },
                        ],
                      },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'kind' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'eq' },
                            value: { kind: 'EnumValue', value: 'LAB_OPEN_DAY' },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '0' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeasuresRecordedQuery, MeasuresRecordedQueryVariables>;
export const CommitteeFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommitteeFigures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'committee' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceDocument' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'program' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'members' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'role' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targetSchools' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'school' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'county' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'keyRevitalizationCounty' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'province' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    alias: { kind: 'Name', value: 'principals' },
                                    name: { kind: 'Name', value: 'staff' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'where' },
                                        value: {
                                          kind: 'ObjectValue',
                                          fields: [
                                            {
                                              kind: 'ObjectField',
                                              name: { kind: 'Name', value: 'role' },
                                              value: {
                                                kind: 'ObjectValue',
                                                fields: [
                                                  {
                                                    kind: 'ObjectField',
                                                    name: { kind: 'Name', value: 'eq' },
                                                    value: { kind: 'EnumValue', value: 'PRINCIPAL' },
                                                  },
                                                ],
                                              },
                                            },
                                          ],
                                        },
                                      },
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'first' },
                                        value: { kind: 'IntValue', value: '0' },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    alias: { kind: 'Name', value: 'teachersAndStaff' },
                                    name: { kind: 'Name', value: 'staff' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'where' },
                                        value: {
                                          kind: 'ObjectValue',
                                          fields: [
                                            {
                                              kind: 'ObjectField',
                                              name: { kind: 'Name', value: 'role' },
                                              value: {
                                                kind: 'ObjectValue',
                                                fields: [
                                                  {
                                                    kind: 'ObjectField',
                                                    name: { kind: 'Name', value: 'in' },
                                                    value: {
                                                      kind: 'ListValue',
                                                      values: [
                                                        { kind: 'EnumValue', value: 'TEACHER' },
                                                        { kind: 'EnumValue', value: 'STAFF' },
                                                      ],
                                                    },
                                                  },
                                                ],
                                              },
                                            },
                                          ],
                                        },
                                      },
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'first' },
                                        value: { kind: 'IntValue', value: '0' },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
                                    },
                                  },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'assistancePlans' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'goals' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'task' } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '10' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sourceDocument' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommitteeFiguresQuery, CommitteeFiguresQueryVariables>;
export const CountyPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CountyPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counties' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'keyRevitalizationCounty' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'province' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountyPageQuery, CountyPageQueryVariables>;
export const EventFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'EventFigures' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'attendances' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AttendanceWhere' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'event' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'format' } },
                { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sourceDocument' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organizer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'program' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parent' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'edition' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attendances' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'where' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'attendances' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'EventAttendance' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EventAttendance' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Attendance' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'person' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'appointments' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '10' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'agency' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'agency' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'educationBureau' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EventFiguresQuery, EventFiguresQueryVariables>;
export const DirectoryFactsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'DirectoryFacts' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'province' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'university' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provinces' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'region' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'sourceDocument' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'province' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'province' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'region' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'university' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nationalCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ministryAffiliated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provenance' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'universities' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DirectoryFactsQuery, DirectoryFactsQueryVariables>;
export const SchoolsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchoolsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolOrderBy' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schools' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'last' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'before' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchoolsPageQuery, SchoolsPageQueryVariables>;
export const CountiesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CountiesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyOrderBy' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counties' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CountiesPageQuery, CountiesPageQueryVariables>;
export const PeoplePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PeoplePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersonWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'PersonOrderBy' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'people' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const ActivitiesPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ActivitiesPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActivityWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ActivityOrderBy' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'activities' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ActivitiesPageQuery, ActivitiesPageQueryVariables>;
export const PartnershipsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PartnershipsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnershipWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'PartnershipOrderBy' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'partnerships' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PartnershipsPageQuery, PartnershipsPageQueryVariables>;
export const SchoolMetricsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SchoolMetricsPage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolMetricWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolMetricOrderBy' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schoolMetrics' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchoolMetricsPageQuery, SchoolMetricsPageQueryVariables>;
export const ProvincesCountyPagesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProvincesCountyPages' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'codes' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'ListType',
              type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyWhere' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CountyOrderBy' } } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provinces' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'where' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'code' },
                      value: {
                        kind: 'ObjectValue',
                        fields: [
                          {
                            kind: 'ObjectField',
                            name: { kind: 'Name', value: 'in' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'codes' } },
                          },
                        ],
                      },
                    },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'counties' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'first' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'after' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'last' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'last' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'before' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'before' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'where' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'where' } },
                          },
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'orderBy' },
                            value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'pageInfo' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'hasPreviousPage' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'startCursor' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'nodes' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProvincesCountyPagesQuery, ProvincesCountyPagesQueryVariables>;
export const ProgramDeepFetchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProgramDeepFetch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerships' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'university' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'county' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'province' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [{ kind: 'Field', name: { kind: 'Name', value: 'nameEn' } }],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'schools' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'first' },
                                  value: { kind: 'IntValue', value: '10' },
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'school' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'principal' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'person' },
                                                      selectionSet: {
                                                        kind: 'SelectionSet',
                                                        selections: [
                                                          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                                          {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'appointments' },
                                                            arguments: [
                                                              {
                                                                kind: 'Argument',
                                                                name: { kind: 'Name', value: 'first' },
                                                                value: { kind: 'IntValue', value: '10' },
                                                              },
                                                            ],
                                                            selectionSet: {
                                                              kind: 'SelectionSet',
                                                              selections: [
                                                                {
                                                                  kind: 'Field',
                                                                  name: { kind: 'Name', value: 'nodes' },
                                                                  selectionSet: {
                                                                    kind: 'SelectionSet',
                                                                    selections: [
                                                                      {
                                                                        kind: 'Field',
                                                                        name: { kind: 'Name', value: 'role' },
                                                                      },
                                                                      {
                                                                        kind: 'Field',
                                                                        name: { kind: 'Name', value: 'school' },
                                                                        selectionSet: {
                                                                          kind: 'SelectionSet',
                                                                          selections: [
                                                                            {
                                                                              kind: 'Field',
                                                                              name: { kind: 'Name', value: 'nameZh' },
                                                                            },
                                                                          ],
                                                                        },
                                                                      },
                                                                    ],
                                                                  },
                                                                },
                                                              ],
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgramDeepFetchQuery, ProgramDeepFetchQueryVariables>;
export const CommitteeSchoolsStaffDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CommitteeSchoolsStaff' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'committee' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targetSchools' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '100' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'school' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'county' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'province' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'code' } }],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'Field', name: { kind: 'Name', value: 'staffCount' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'staff' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'where' },
                                        value: {
                                          kind: 'ObjectValue',
                                          fields: [
                                            {
                                              kind: 'ObjectField',
                                              name: { kind: 'Name', value: 'role' },
                                              value: {
                                                kind: 'ObjectValue',
                                                fields: [
                                                  {
                                                    kind: 'ObjectField',
                                                    name: { kind: 'Name', value: 'eq' },
                                                    value: { kind: 'EnumValue', value: 'PRINCIPAL' },
                                                  },
                                                ],
                                              },
                                            },
                                          ],
                                        },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'nodes' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'person' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'participations' },
                                                      arguments: [
                                                        {
                                                          kind: 'Argument',
                                                          name: { kind: 'Name', value: 'first' },
                                                          value: { kind: 'IntValue', value: '20' },
                                                        },
                                                      ],
                                                      selectionSet: {
                                                        kind: 'SelectionSet',
                                                        selections: [
                                                          {
                                                            kind: 'Field',
                                                            name: { kind: 'Name', value: 'nodes' },
                                                            selectionSet: {
                                                              kind: 'SelectionSet',
                                                              selections: [
                                                                {
                                                                  kind: 'Field',
                                                                  name: { kind: 'Name', value: 'role' },
                                                                },
                                                                {
                                                                  kind: 'Field',
                                                                  name: { kind: 'Name', value: 'activity' },
                                                                  selectionSet: {
                                                                    kind: 'SelectionSet',
                                                                    selections: [
                                                                      {
                                                                        kind: 'Field',
                                                                        name: { kind: 'Name', value: 'kind' },
                                                                      },
                                                                      {
                                                                        kind: 'Field',
                                                                        name: { kind: 'Name', value: 'startDate' },
                                                                      },
                                                                    ],
                                                                  },
                                                                },
                                                              ],
                                                            },
                                                          },
                                                        ],
                                                      },
                                                    },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CommitteeSchoolsStaffQuery, CommitteeSchoolsStaffQueryVariables>;
export const UniversityPartnerFetchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UniversityPartnerFetch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'university' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'code' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'code' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'partnerships' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'IntValue', value: '50' },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'nodes' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'county' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'schools' },
                                    arguments: [
                                      {
                                        kind: 'Argument',
                                        name: { kind: 'Name', value: 'first' },
                                        value: { kind: 'IntValue', value: '20' },
                                      },
                                    ],
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'nodes' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'nameZh' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'staffCount' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'assistancePlans' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'goals' },
                                                      selectionSet: {
                                                        kind: 'SelectionSet',
                                                        selections: [
                                                          { kind: 'Field', name: { kind: 'Name', value: 'task' } },
                                                        ],
                                                      },
                                                    },
                                                  ],
                                                },
                                              },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'metrics' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'enrolledStudents' },
                                                    },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'activities' },
                              arguments: [
                                {
                                  kind: 'Argument',
                                  name: { kind: 'Name', value: 'first' },
                                  value: { kind: 'IntValue', value: '20' },
                                },
                              ],
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'nodes' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'participations' },
                                          arguments: [
                                            {
                                              kind: 'Argument',
                                              name: { kind: 'Name', value: 'first' },
                                              value: { kind: 'IntValue', value: '10' },
                                            },
                                          ],
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'nodes' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    {
                                                      kind: 'Field',
                                                      name: { kind: 'Name', value: 'person' },
                                                      selectionSet: {
                                                        kind: 'SelectionSet',
                                                        selections: [
                                                          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
                                                        ],
                                                      },
                                                    },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UniversityPartnerFetchQuery, UniversityPartnerFetchQueryVariables>;
