/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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
  eq?: ActivityKind | null | undefined;
  /** One of these values. */
  in?: Array<ActivityKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: ActivityKind | null | undefined;
  /** None of these values. */
  notIn?: Array<ActivityKind> | null | undefined;
};

/** Conditions on a list of activities. */
export type ActivityListFilter = {
  /** Every one of the activities matches (true when there are none). */
  every?: ActivityWhere | null | undefined;
  /** None of the activities matches. */
  none?: ActivityWhere | null | undefined;
  /** At least one of the activities matches. */
  some?: ActivityWhere | null | undefined;
};

/** One sort key for activities. */
export type ActivityOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: ActivityOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: NullsOrder | null | undefined;
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
  AND?: Array<ActivityWhere> | null | undefined;
  /** This must not hold. */
  NOT?: ActivityWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<ActivityWhere> | null | undefined;
  /** Conditions on the committee (a Committee). */
  committee?: CommitteeWhere | null | undefined;
  /** Conditions on the county (a County). */
  county?: CountyWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on end date. */
  endDate?: DateFilter | null | undefined;
  /** Conditions on format. */
  format?: EventFormatFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on kind. */
  kind?: ActivityKindFilter | null | undefined;
  /** Conditions on the participations (Participation records): some, every or none of them. */
  participations?: ParticipationListFilter | null | undefined;
  /** Conditions on the partnership (a Partnership). */
  partnership?: PartnershipWhere | null | undefined;
  /** Conditions on the program (a Program). */
  program?: ProgramWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on reach. */
  reach?: IntFilter | null | undefined;
  /** Conditions on the school (a School). */
  school?: SchoolWhere | null | undefined;
  /** Conditions on start date. */
  startDate?: DateFilter | null | undefined;
  /** Conditions on title. */
  title?: StringFilter | null | undefined;
  /** Conditions on the university (a University). */
  university?: UniversityWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
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
  eq?: AgencyKind | null | undefined;
  /** One of these values. */
  in?: Array<AgencyKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: AgencyKind | null | undefined;
  /** None of these values. */
  notIn?: Array<AgencyKind> | null | undefined;
};

/** Conditions on agencies; all given conditions must hold. Combine with AND, OR and NOT. */
export type AgencyWhere = {
  /** Every one of these must hold. */
  AND?: Array<AgencyWhere> | null | undefined;
  /** This must not hold. */
  NOT?: AgencyWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<AgencyWhere> | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on kind. */
  kind?: AgencyKindFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on the parent (a Agency). */
  parent?: AgencyWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** A school's new principal, from a day on. */
export type AppointPrincipalInput = {
  /** The new principal (see createPerson). */
  personId: string | number;
  /** The school. */
  schoolId: string | number;
  /** First day in office; the current principal's appointment ends the day before. */
  startDate: string;
  /** The full title as published (1–1000 characters) */
  title?: string | null | undefined;
};

/** Conditions on a list of appointments. */
export type AppointmentListFilter = {
  /** Every one of the appointments matches (true when there are none). */
  every?: AppointmentWhere | null | undefined;
  /** None of the appointments matches. */
  none?: AppointmentWhere | null | undefined;
  /** At least one of the appointments matches. */
  some?: AppointmentWhere | null | undefined;
};

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
  eq?: AppointmentRole | null | undefined;
  /** One of these values. */
  in?: Array<AppointmentRole> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: AppointmentRole | null | undefined;
  /** None of these values. */
  notIn?: Array<AppointmentRole> | null | undefined;
};

/** Conditions on appointments; all given conditions must hold. Combine with AND, OR and NOT. */
export type AppointmentWhere = {
  /** Every one of these must hold. */
  AND?: Array<AppointmentWhere> | null | undefined;
  /** This must not hold. */
  NOT?: AppointmentWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<AppointmentWhere> | null | undefined;
  /** Conditions on the agency (a Agency). */
  agency?: AgencyWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the education bureau (a EducationBureau). */
  educationBureau?: EducationBureauWhere | null | undefined;
  /** Conditions on end date. */
  endDate?: DateFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on organization kind. */
  organizationKind?: OrganizationKindFilter | null | undefined;
  /** Conditions on the person (a Person). */
  person?: PersonWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on role. */
  role?: AppointmentRoleFilter | null | undefined;
  /** Conditions on the school (a School). */
  school?: SchoolWhere | null | undefined;
  /** Conditions on start date. */
  startDate?: DateFilter | null | undefined;
  /** Conditions on title. */
  title?: StringFilter | null | undefined;
  /** Conditions on the university (a University). */
  university?: UniversityWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a list of attendances. */
export type AttendanceListFilter = {
  /** Every one of the attendances matches (true when there are none). */
  every?: AttendanceWhere | null | undefined;
  /** None of the attendances matches. */
  none?: AttendanceWhere | null | undefined;
  /** At least one of the attendances matches. */
  some?: AttendanceWhere | null | undefined;
};

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
  eq?: AttendanceRole | null | undefined;
  /** One of these values. */
  in?: Array<AttendanceRole> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: AttendanceRole | null | undefined;
  /** None of these values. */
  notIn?: Array<AttendanceRole> | null | undefined;
};

/** Conditions on attendances; all given conditions must hold. Combine with AND, OR and NOT. */
export type AttendanceWhere = {
  /** Every one of these must hold. */
  AND?: Array<AttendanceWhere> | null | undefined;
  /** This must not hold. */
  NOT?: AttendanceWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<AttendanceWhere> | null | undefined;
  /** Conditions on the agency (a Agency). */
  agency?: AgencyWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the education bureau (a EducationBureau). */
  educationBureau?: EducationBureauWhere | null | undefined;
  /** Conditions on the event (a Event). */
  event?: EventWhere | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on note. */
  note?: StringFilter | null | undefined;
  /** Conditions on the person (a Person). */
  person?: PersonWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on role. */
  role?: AttendanceRoleFilter | null | undefined;
  /** Conditions on the school (a School). */
  school?: SchoolWhere | null | undefined;
  /** Conditions on the university (a University). */
  university?: UniversityWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a yes/no field. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: boolean | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
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
  eq?: BureauLevel | null | undefined;
  /** One of these values. */
  in?: Array<BureauLevel> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: BureauLevel | null | undefined;
  /** None of these values. */
  notIn?: Array<BureauLevel> | null | undefined;
};

/** What a change did to its record. */
export type ChangeAction =
  /** The record was created. */
  | 'CREATE'
  /** The record was removed. */
  | 'DELETE'
  /** The record was changed. */
  | 'UPDATE';

/** Conditions on a list of committee members. */
export type CommitteeMemberListFilter = {
  /** Every one of the committee members matches (true when there are none). */
  every?: CommitteeMemberWhere | null | undefined;
  /** None of the committee members matches. */
  none?: CommitteeMemberWhere | null | undefined;
  /** At least one of the committee members matches. */
  some?: CommitteeMemberWhere | null | undefined;
};

/** Conditions on committee members; all given conditions must hold. Combine with AND, OR and NOT. */
export type CommitteeMemberWhere = {
  /** Every one of these must hold. */
  AND?: Array<CommitteeMemberWhere> | null | undefined;
  /** This must not hold. */
  NOT?: CommitteeMemberWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<CommitteeMemberWhere> | null | undefined;
  /** Conditions on the committee (a Committee). */
  committee?: CommitteeWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on the person (a Person). */
  person?: PersonWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on role. */
  role?: CommitteeRoleFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

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
  eq?: CommitteeRole | null | undefined;
  /** One of these values. */
  in?: Array<CommitteeRole> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: CommitteeRole | null | undefined;
  /** None of these values. */
  notIn?: Array<CommitteeRole> | null | undefined;
};

/** Conditions on committees; all given conditions must hold. Combine with AND, OR and NOT. */
export type CommitteeWhere = {
  /** Every one of these must hold. */
  AND?: Array<CommitteeWhere> | null | undefined;
  /** This must not hold. */
  NOT?: CommitteeWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<CommitteeWhere> | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on the members (CommitteeMember records): some, every or none of them. */
  members?: CommitteeMemberListFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on the program (a Program). */
  program?: ProgramWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
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
  eq?: CountyKind | null | undefined;
  /** One of these values. */
  in?: Array<CountyKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: CountyKind | null | undefined;
  /** None of these values. */
  notIn?: Array<CountyKind> | null | undefined;
};

/** Conditions on a list of counties. */
export type CountyListFilter = {
  /** Every one of the counties matches (true when there are none). */
  every?: CountyWhere | null | undefined;
  /** None of the counties matches. */
  none?: CountyWhere | null | undefined;
  /** At least one of the counties matches. */
  some?: CountyWhere | null | undefined;
};

/** One sort key for counties. */
export type CountyOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: CountyOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: NullsOrder | null | undefined;
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
  AND?: Array<CountyWhere> | null | undefined;
  /** This must not hold. */
  NOT?: CountyWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<CountyWhere> | null | undefined;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: ActivityListFilter | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on key revitalization county. */
  keyRevitalizationCounty?: BooleanFilter | null | undefined;
  /** Conditions on kind. */
  kind?: CountyKindFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on the partnerships (Partnership records): some, every or none of them. */
  partnerships?: PartnershipListFilter | null | undefined;
  /** Conditions on the prefecture (a Prefecture). */
  prefecture?: PrefectureWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on the province (a Province). */
  province?: ProvinceWhere | null | undefined;
  /** Conditions on the schools (School records): some, every or none of them. */
  schools?: SchoolListFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** A school a partnership covers (a school of the partnership's county). */
export type CoveredSchoolInput = {
  /** The school, in the partnership's county. */
  schoolId: string | number;
};

/** An activity to record, with the people who took part. */
export type CreateActivityInput = {
  /** The expert committee that did it, if one did (ministry only). */
  committeeId?: string | number | null | undefined;
  /** The county it was for, if one. */
  countyId?: string | number | null | undefined;
  /** Last day, not before the first; null for one day. */
  endDate?: string | null | undefined;
  /** In person (the default), hybrid or online. */
  format?: EventFormat | null | undefined;
  /** What was done. */
  kind: ActivityKind;
  /** The people who took part (at most 500). */
  participants?: Array<ParticipantInput> | null | undefined;
  /** The partnership that did it. A university records activities of its own partnerships only. */
  partnershipId?: string | number | null | undefined;
  /** The programme it was done under. */
  programId: string | number;
  /** How many people it reached, recorded or not (default 0) (0–10000000) */
  reach?: number | null | undefined;
  /** The school it was for or at; with a partnership, a school of the partnership's county. */
  schoolId?: string | number | null | undefined;
  /** First day. */
  startDate: string;
  /** Short title (1–255 characters) */
  title: string;
  /** The university that ran it, if any. */
  universityId?: string | number | null | undefined;
};

/** A partnership to create: a university assisting a county within a programme. */
export type CreatePartnershipInput = {
  /** The university's affiliated high school, where one takes part. */
  affiliatedHighSchoolId?: string | number | null | undefined;
  /** When the agreement was signed. */
  agreementSignedOn?: string | null | undefined;
  /** The assisted county (one partnership per programme, university and county). */
  countyId: string | number;
  /** The programme. */
  programId: string | number;
  /** The county's schools it covers (at most 200). */
  schools?: Array<CoveredSchoolInput> | null | undefined;
  /** When implementation started. */
  startsOn?: string | null | undefined;
  /** Under way (the default) or completed. */
  status?: PartnershipStatus | null | undefined;
  /** The assisting university. */
  universityId: string | number;
};

/** One school's figures for one school year. */
export type CreateSchoolMetricInput = {
  /** Students enrolled (0–1000000) */
  enrolledStudents: number;
  /** Students graduating that year (0–1000000) */
  graduates: number;
  /** The school. */
  schoolId: string | number;
  /** Teachers with a senior professional title (no more than the teachers) (0–1000000) */
  seniorTitleTeachers: number;
  /** Full-time teachers (0–1000000) */
  teachers: number;
  /** Teacher-training hours delivered to the staff that year (0–1000000) */
  trainingHours: number;
  /** Graduates admitted to undergraduate programmes (no more than the graduates) (0–1000000) */
  undergraduateAdmissions: number;
  /** School year (the calendar year it starts in) (2000–2100) */
  year: number;
};

/** Conditions on a calendar date (YYYY-MM-DD). */
export type DateFilter = {
  /** On this day. */
  eq?: string | null | undefined;
  /** After this day. */
  gt?: string | null | undefined;
  /** On or after this day. */
  gte?: string | null | undefined;
  /** On one of these days (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Before this day. */
  lt?: string | null | undefined;
  /** On or before this day. */
  lte?: string | null | undefined;
  /** Not on this day. */
  ne?: string | null | undefined;
};

/** Conditions on a point in time. */
export type DateTimeFilter = {
  /** After this instant. */
  gt?: string | null | undefined;
  /** At or after this instant. */
  gte?: string | null | undefined;
  /** Before this instant. */
  lt?: string | null | undefined;
  /** At or before this instant. */
  lte?: string | null | undefined;
};

/** Conditions on education bureaus; all given conditions must hold. Combine with AND, OR and NOT. */
export type EducationBureauWhere = {
  /** Every one of these must hold. */
  AND?: Array<EducationBureauWhere> | null | undefined;
  /** This must not hold. */
  NOT?: EducationBureauWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<EducationBureauWhere> | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the county (a County). */
  county?: CountyWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on level. */
  level?: BureauLevelFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on the prefecture (a Prefecture). */
  prefecture?: PrefectureWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on the province (a Province). */
  province?: ProvinceWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
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
  eq?: EventFormat | null | undefined;
  /** One of these values. */
  in?: Array<EventFormat> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: EventFormat | null | undefined;
  /** None of these values. */
  notIn?: Array<EventFormat> | null | undefined;
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
  eq?: EventKind | null | undefined;
  /** One of these values. */
  in?: Array<EventKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: EventKind | null | undefined;
  /** None of these values. */
  notIn?: Array<EventKind> | null | undefined;
};

/** Conditions on events; all given conditions must hold. Combine with AND, OR and NOT. */
export type EventWhere = {
  /** Every one of these must hold. */
  AND?: Array<EventWhere> | null | undefined;
  /** This must not hold. */
  NOT?: EventWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<EventWhere> | null | undefined;
  /** Conditions on the attendances (Attendance records): some, every or none of them. */
  attendances?: AttendanceListFilter | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the committee (a Committee). */
  committee?: CommitteeWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on edition. */
  edition?: IntFilter | null | undefined;
  /** Conditions on end date. */
  endDate?: DateFilter | null | undefined;
  /** Conditions on format. */
  format?: EventFormatFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on kind. */
  kind?: EventKindFilter | null | undefined;
  /** Conditions on location. */
  location?: StringFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on the organizer (a Agency). */
  organizer?: AgencyWhere | null | undefined;
  /** Conditions on the parent (a Event). */
  parent?: EventWhere | null | undefined;
  /** Conditions on the program (a Program). */
  program?: ProgramWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on start date. */
  startDate?: DateFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
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

/** Gender as recorded by the employing organization. */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** Conditions on a Gender field. */
export type GenderFilter = {
  /** Equal to. */
  eq?: Gender | null | undefined;
  /** One of these values. */
  in?: Array<Gender> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: Gender | null | undefined;
  /** None of these values. */
  notIn?: Array<Gender> | null | undefined;
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

/** Conditions on an identifier. */
export type IdFilter = {
  /** Equal to. */
  eq?: string | number | null | undefined;
  /** One of these ids (at most 1000). */
  in?: Array<string | number> | null | undefined;
  /** Not equal to. */
  ne?: string | number | null | undefined;
  /** None of these ids (at most 1000). */
  notIn?: Array<string | number> | null | undefined;
};

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

/** Conditions on a whole number. */
export type IntFilter = {
  /** Equal to. */
  eq?: number | null | undefined;
  /** Greater than. */
  gt?: number | null | undefined;
  /** Greater than or equal to. */
  gte?: number | null | undefined;
  /** One of these values (at most 1000). */
  in?: Array<number> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than. */
  lt?: number | null | undefined;
  /** Less than or equal to. */
  lte?: number | null | undefined;
  /** Not equal to. */
  ne?: number | null | undefined;
  /** None of these values (at most 1000). */
  notIn?: Array<number> | null | undefined;
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
  eq?: OrganizationKind | null | undefined;
  /** One of these values. */
  in?: Array<OrganizationKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: OrganizationKind | null | undefined;
  /** None of these values. */
  notIn?: Array<OrganizationKind> | null | undefined;
};

/** A person taking part in an activity, as it is recorded. */
export type ParticipantInput = {
  /** The person (see `people`); must exist. */
  personId: string | number;
  /** How the person took part. */
  role: ParticipationRole;
};

/** Conditions on a list of participations. */
export type ParticipationListFilter = {
  /** Every one of the participations matches (true when there are none). */
  every?: ParticipationWhere | null | undefined;
  /** None of the participations matches. */
  none?: ParticipationWhere | null | undefined;
  /** At least one of the participations matches. */
  some?: ParticipationWhere | null | undefined;
};

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
  eq?: ParticipationRole | null | undefined;
  /** One of these values. */
  in?: Array<ParticipationRole> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: ParticipationRole | null | undefined;
  /** None of these values. */
  notIn?: Array<ParticipationRole> | null | undefined;
};

/** Conditions on participations; all given conditions must hold. Combine with AND, OR and NOT. */
export type ParticipationWhere = {
  /** Every one of these must hold. */
  AND?: Array<ParticipationWhere> | null | undefined;
  /** This must not hold. */
  NOT?: ParticipationWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<ParticipationWhere> | null | undefined;
  /** Conditions on the activity (a Activity). */
  activity?: ActivityWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on the person (a Person). */
  person?: PersonWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on role. */
  role?: ParticipationRoleFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on a list of partnerships. */
export type PartnershipListFilter = {
  /** Every one of the partnerships matches (true when there are none). */
  every?: PartnershipWhere | null | undefined;
  /** None of the partnerships matches. */
  none?: PartnershipWhere | null | undefined;
  /** At least one of the partnerships matches. */
  some?: PartnershipWhere | null | undefined;
};

/** One sort key for partnerships. */
export type PartnershipOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: PartnershipOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: NullsOrder | null | undefined;
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

/** Whether a partnership is under way. */
export type PartnershipStatus =
  /** Agreement signed and implementation under way. */
  | 'ACTIVE'
  /** The assistance period has ended. */
  | 'COMPLETED';

/** Conditions on a PartnershipStatus field. */
export type PartnershipStatusFilter = {
  /** Equal to. */
  eq?: PartnershipStatus | null | undefined;
  /** One of these values. */
  in?: Array<PartnershipStatus> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: PartnershipStatus | null | undefined;
  /** None of these values. */
  notIn?: Array<PartnershipStatus> | null | undefined;
};

/** Conditions on partnerships; all given conditions must hold. Combine with AND, OR and NOT. */
export type PartnershipWhere = {
  /** Every one of these must hold. */
  AND?: Array<PartnershipWhere> | null | undefined;
  /** This must not hold. */
  NOT?: PartnershipWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<PartnershipWhere> | null | undefined;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: ActivityListFilter | null | undefined;
  /** Conditions on the affiliated high school (a School). */
  affiliatedHighSchool?: SchoolWhere | null | undefined;
  /** Conditions on agreement signed on. */
  agreementSignedOn?: DateFilter | null | undefined;
  /** Conditions on the county (a County). */
  county?: CountyWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on the program (a Program). */
  program?: ProgramWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on starts on. */
  startsOn?: DateFilter | null | undefined;
  /** Conditions on status. */
  status?: PartnershipStatusFilter | null | undefined;
  /** Conditions on the university (a University). */
  university?: UniversityWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** One sort key for people. */
export type PersonOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: PersonOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: NullsOrder | null | undefined;
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
  AND?: Array<PersonWhere> | null | undefined;
  /** This must not hold. */
  NOT?: PersonWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<PersonWhere> | null | undefined;
  /** Conditions on the appointments (Appointment records): some, every or none of them. */
  appointments?: AppointmentListFilter | null | undefined;
  /** Conditions on birth year. */
  birthYear?: IntFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on gender. */
  gender?: GenderFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on the participations (Participation records): some, every or none of them. */
  participations?: ParticipationListFilter | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on subject. */
  subject?: StringFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Conditions on prefectures; all given conditions must hold. Combine with AND, OR and NOT. */
export type PrefectureWhere = {
  /** Every one of these must hold. */
  AND?: Array<PrefectureWhere> | null | undefined;
  /** This must not hold. */
  NOT?: PrefectureWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<PrefectureWhere> | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the counties (County records): some, every or none of them. */
  counties?: CountyListFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on the province (a Province). */
  province?: ProvinceWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

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
  eq?: ProgramKind | null | undefined;
  /** One of these values. */
  in?: Array<ProgramKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: ProgramKind | null | undefined;
  /** None of these values. */
  notIn?: Array<ProgramKind> | null | undefined;
};

/** Conditions on programmes; all given conditions must hold. Combine with AND, OR and NOT. */
export type ProgramWhere = {
  /** Every one of these must hold. */
  AND?: Array<ProgramWhere> | null | undefined;
  /** This must not hold. */
  NOT?: ProgramWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<ProgramWhere> | null | undefined;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: ActivityListFilter | null | undefined;
  /** Conditions on announced on. */
  announcedOn?: DateFilter | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on the issuing agency (a Agency). */
  issuingAgency?: AgencyWhere | null | undefined;
  /** Conditions on kind. */
  kind?: ProgramKindFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on the partnerships (Partnership records): some, every or none of them. */
  partnerships?: PartnershipListFilter | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on starts on. */
  startsOn?: DateFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

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
  eq?: Provenance | null | undefined;
  /** One of these values. */
  in?: Array<Provenance> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: Provenance | null | undefined;
  /** None of these values. */
  notIn?: Array<Provenance> | null | undefined;
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
  eq?: ProvinceKind | null | undefined;
  /** One of these values. */
  in?: Array<ProvinceKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: ProvinceKind | null | undefined;
  /** None of these values. */
  notIn?: Array<ProvinceKind> | null | undefined;
};

/** Conditions on provinces; all given conditions must hold. Combine with AND, OR and NOT. */
export type ProvinceWhere = {
  /** Every one of these must hold. */
  AND?: Array<ProvinceWhere> | null | undefined;
  /** This must not hold. */
  NOT?: ProvinceWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<ProvinceWhere> | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the counties (County records): some, every or none of them. */
  counties?: CountyListFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on kind. */
  kind?: ProvinceKindFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on region. */
  region?: RegionFilter | null | undefined;
  /** Conditions on the schools (School records): some, every or none of them. */
  schools?: SchoolListFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** A record to remove, at the version the client read. */
export type RecordVersionInput = {
  /** The record. */
  id: string | number;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: number;
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
  eq?: Region | null | undefined;
  /** One of these values. */
  in?: Array<Region> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: Region | null | undefined;
  /** None of these values. */
  notIn?: Array<Region> | null | undefined;
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
  eq?: SchoolKind | null | undefined;
  /** One of these values. */
  in?: Array<SchoolKind> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to. */
  ne?: SchoolKind | null | undefined;
  /** None of these values. */
  notIn?: Array<SchoolKind> | null | undefined;
};

/** Conditions on a list of schools. */
export type SchoolListFilter = {
  /** Every one of the schools matches (true when there are none). */
  every?: SchoolWhere | null | undefined;
  /** None of the schools matches. */
  none?: SchoolWhere | null | undefined;
  /** At least one of the schools matches. */
  some?: SchoolWhere | null | undefined;
};

/** Conditions on a list of school metrics. */
export type SchoolMetricListFilter = {
  /** Every one of the school metrics matches (true when there are none). */
  every?: SchoolMetricWhere | null | undefined;
  /** None of the school metrics matches. */
  none?: SchoolMetricWhere | null | undefined;
  /** At least one of the school metrics matches. */
  some?: SchoolMetricWhere | null | undefined;
};

/** One sort key for school metrics. */
export type SchoolMetricOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: SchoolMetricOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: NullsOrder | null | undefined;
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
  AND?: Array<SchoolMetricWhere> | null | undefined;
  /** This must not hold. */
  NOT?: SchoolMetricWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<SchoolMetricWhere> | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on enrolled students. */
  enrolledStudents?: IntFilter | null | undefined;
  /** Conditions on graduates. */
  graduates?: IntFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on the school (a School). */
  school?: SchoolWhere | null | undefined;
  /** Conditions on senior title teachers. */
  seniorTitleTeachers?: IntFilter | null | undefined;
  /** Conditions on teachers. */
  teachers?: IntFilter | null | undefined;
  /** Conditions on training hours. */
  trainingHours?: IntFilter | null | undefined;
  /** Conditions on undergraduate admissions. */
  undergraduateAdmissions?: IntFilter | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
  /** Conditions on year. */
  year?: IntFilter | null | undefined;
};

/** One sort key for schools. */
export type SchoolOrderBy = {
  /** Sort direction (ASC by default). */
  direction?: OrderDirection | null | undefined;
  /** What to sort by. */
  field: SchoolOrderField;
  /** Where rows without a value go (LAST for ASC, FIRST for DESC by default). */
  nulls?: NullsOrder | null | undefined;
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
  AND?: Array<SchoolWhere> | null | undefined;
  /** This must not hold. */
  NOT?: SchoolWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<SchoolWhere> | null | undefined;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: ActivityListFilter | null | undefined;
  /** Conditions on the appointments (Appointment records): some, every or none of them. */
  appointments?: AppointmentListFilter | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on the county (a County). */
  county?: CountyWhere | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on founded year. */
  foundedYear?: IntFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on kind. */
  kind?: SchoolKindFilter | null | undefined;
  /** Conditions on the metrics (SchoolMetric records): some, every or none of them. */
  metrics?: SchoolMetricListFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on the province (a Province). */
  province?: ProvinceWhere | null | undefined;
  /** Conditions on the university (a University). */
  university?: UniversityWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
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
  activityKinds?: Array<ActivityKind> | null | undefined;
  /** Only these counties (six-digit GB/T 2260 codes), reached as for COUNTY. */
  countyCodes?: Array<string> | null | undefined;
  /** Only facts dated on or after this day (the dates of YEAR; metrics: school years from this year on). Facts without a date are left out. */
  from?: string | null | undefined;
  /** Only these programmes (by programme code). */
  programCodes?: Array<string> | null | undefined;
  /** Only these province-level units (two-digit GB/T 2260 codes), reached as for PROVINCE. */
  provinceCodes?: Array<string> | null | undefined;
  /** Only provinces of these economic regions. */
  regions?: Array<Region> | null | undefined;
  /** Only facts dated on or before this day (inclusive; metrics: school years up to this year). */
  to?: string | null | undefined;
  /** Only these universities (the ministry's ten-digit institution codes), reached as for UNIVERSITY. */
  universityCodes?: Array<string> | null | undefined;
  /** Only facts whose YEAR is one of these (metrics: these school years). */
  years?: Array<number> | null | undefined;
};

/** Conditions on a text field; `contains` and `startsWith` ignore case. */
export type StringFilter = {
  /** Contains this text, ignoring case (costs 8 per character). */
  contains?: string | null | undefined;
  /** Equal to (case-sensitive). */
  eq?: string | null | undefined;
  /** One of these values (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: the field is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to (case-sensitive). */
  ne?: string | null | undefined;
  /** None of these values (at most 1000). */
  notIn?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case (costs 8 per character). */
  startsWith?: string | null | undefined;
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

/** Where a partnership or school stands against its plans as of a date. The rules apply in this order: QUIET, then BEHIND, else ON_TRACK. */
export type TrackingStatus =
  /** Not quiet, and behind on a goal (its share of the way below its expected share minus `goalTolerance`) or on an activity kind (done in the window fewer than `activityRatio` × planned in the window, rounded down). */
  | 'BEHIND'
  /** Neither quiet nor behind. */
  | 'ON_TRACK'
  /** No activity started within `quietAfterDays` days before `asOf`: no activity at all, or the last one more than `quietAfterDays` days before (an activity exactly `quietAfterDays` days before still counts). */
  | 'QUIET';

/** Conditions on universities; all given conditions must hold. Combine with AND, OR and NOT. */
export type UniversityWhere = {
  /** Every one of these must hold. */
  AND?: Array<UniversityWhere> | null | undefined;
  /** This must not hold. */
  NOT?: UniversityWhere | null | undefined;
  /** At least one of these must hold. */
  OR?: Array<UniversityWhere> | null | undefined;
  /** Conditions on the activities (Activity records): some, every or none of them. */
  activities?: ActivityListFilter | null | undefined;
  /** Conditions on code. */
  code?: StringFilter | null | undefined;
  /** Conditions on when the record was created. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Conditions on the id. */
  id?: IdFilter | null | undefined;
  /** Conditions on ministry affiliated. */
  ministryAffiliated?: BooleanFilter | null | undefined;
  /** Conditions on the English (or pinyin) name. */
  nameEn?: StringFilter | null | undefined;
  /** Conditions on the Chinese name. */
  nameZh?: StringFilter | null | undefined;
  /** Conditions on national code. */
  nationalCode?: StringFilter | null | undefined;
  /** Conditions on the partnerships (Partnership records): some, every or none of them. */
  partnerships?: PartnershipListFilter | null | undefined;
  /** Conditions on the prefecture (a Prefecture). */
  prefecture?: PrefectureWhere | null | undefined;
  /** Conditions on provenance. */
  provenance?: ProvenanceFilter | null | undefined;
  /** Conditions on the province (a Province). */
  province?: ProvinceWhere | null | undefined;
  /** Conditions on when the record last changed. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** An activity to change: its id, the version read, and the fields to change. */
export type UpdateActivityInput = {
  /** Last day, not before the first (null: one day). */
  endDate?: string | null | undefined;
  /** In person, hybrid or online. */
  format?: EventFormat | null | undefined;
  /** The record. */
  id: string | number;
  /** What was done. */
  kind?: ActivityKind | null | undefined;
  /** How many people it reached (0–10000000) */
  reach?: number | null | undefined;
  /** The school it was for or at (in the partnership's county). */
  schoolId?: string | number | null | undefined;
  /** First day. */
  startDate?: string | null | undefined;
  /** Short title (1–255 characters) */
  title?: string | null | undefined;
  /** Its `version` as read; a newer one in the database is a CONFLICT. */
  version: number;
};

export type ActivitiesPerMonthQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  programCodes?: Array<string> | string | null | undefined;
  regions?: Array<Region> | Region | null | undefined;
}>;

export type ActivitiesPerMonthQuery = {
  statistics: Array<{
    activities: number;
    participants: number;
    key: {
      year: number | null;
      month: number | null;
      university: { code: string; nameZh: string; nameEn: string } | null;
    };
  }>;
};

export type CountyProblemsQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
}>;

export type CountyProblemsQuery = {
  county: {
    code: string;
    nameEn: string;
    open: { totalCount: number; nodes: Array<{ id: string; severity: ProblemSeverity; foundOn: string }> };
    problems: {
      totalCount: number;
      nodes: Array<{
        id: string;
        title: string;
        task: ImprovementTask;
        severity: ProblemSeverity;
        status: ProblemStatus;
        statusOn: string;
        foundBy: TrackingParty;
        method: FindingMethod;
        foundOn: string;
        school: { nameEn: string } | null;
        committee: { code: string } | null;
        university: { nameEn: string } | null;
        statusChanges: { nodes: Array<{ status: ProblemStatus; changedOn: string; note: string | null }> };
        guidance: {
          totalCount: number;
          nodes: Array<{
            givenBy: TrackingParty;
            givenOn: string;
            suggestion: string;
            followUpStatus: FollowUpStatus;
            followUp: string | null;
            followUpOn: string | null;
            committee: { code: string } | null;
            university: { nameEn: string } | null;
          }>;
        };
      }>;
    };
  } | null;
};

export type CountySchoolsQueryVariables = Exact<{
  code: string;
}>;

export type CountySchoolsQuery = {
  county: {
    code: string;
    nameZh: string;
    nameEn: string;
    province: { nameEn: string };
    partnerships: { nodes: Array<{ university: { nameEn: string }; program: { nameEn: string } }> };
    schools: {
      totalCount: number;
      nodes: Array<{
        code: string;
        nameZh: string;
        nameEn: string;
        kind: SchoolKind;
        staffCount: number;
        principal: {
          title: string | null;
          startDate: string | null;
          person: { nameZh: string | null; nameEn: string | null };
        } | null;
        assistancePlans: Array<{
          title: string;
          startYear: number;
          endYear: number;
          goals: Array<{ task: ImprovementTask; description: string }>;
        }>;
        metrics: Array<{ year: number; enrolledStudents: number; undergraduateAdmissions: number }>;
      }>;
    };
  } | null;
};

export type CoverageByProvinceQueryVariables = Exact<{
  programCodes?: Array<string> | string | null | undefined;
  regions?: Array<Region> | Region | null | undefined;
}>;

export type CoverageByProvinceQuery = {
  statistics: Array<{
    partnerships: number;
    counties: number;
    schools: number;
    universities: number;
    key: { province: { code: string; nameZh: string; nameEn: string; region: Region } | null };
  }>;
};

export type CoverageByCountyQueryVariables = Exact<{
  programCodes?: Array<string> | string | null | undefined;
  provinceCodes: Array<string> | string;
}>;

export type CoverageByCountyQuery = {
  statistics: Array<{
    partnerships: number;
    schools: number;
    universities: number;
    key: { county: { code: string; nameZh: string; nameEn: string } | null };
  }>;
};

export type ProgramReachQueryVariables = Exact<{
  regions?: Array<Region> | Region | null | undefined;
}>;

export type ProgramReachQuery = {
  statistics: Array<{
    partnerships: number;
    universities: number;
    provinces: number;
    counties: number;
    schools: number;
    principals: number;
    teachersAndStaff: number;
    peopleTrained: number;
    key: { program: { code: string; nameZh: string; nameEn: string } | null };
  }>;
};

export type PeopleTrainedByRegionQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;

export type PeopleTrainedByRegionQuery = {
  statistics: Array<{
    peopleTrained: number;
    participants: number;
    activities: number;
    key: { region: Region | null };
  }>;
};

export type PracticesToPromoteQueryVariables = Exact<{
  first?: number | null | undefined;
}>;

export type PracticesToPromoteQuery = {
  candidates: {
    totalCount: number;
    nodes: Array<{
      id: string;
      version: number;
      nameZh: string;
      nameEn: string;
      task: ImprovementTask;
      description: string;
      county: { nameEn: string };
      school: { nameEn: string } | null;
      university: { nameEn: string } | null;
      evidence: {
        nodes: Array<{
          note: string | null;
          activity: { kind: ActivityKind; title: string; startDate: string } | null;
          metric: { year: number; teachers: number; seniorTitleTeachers: number } | null;
        }>;
      };
    }>;
  };
  promoted: { nodes: Array<{ nameEn: string; promotedOn: string | null; promotedBy: string | null }> };
};

export type DashboardSearchQueryVariables = Exact<{
  text: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;

export type DashboardSearchQuery = {
  search: Array<{
    score: number;
    matchedName: string;
    node:
      | { __typename: 'Agency'; id: string; nameZh: string; nameEn: string }
      | { __typename: 'Committee'; id: string; code: string; nameZh: string; nameEn: string }
      | { __typename: 'County'; id: string; code: string; nameZh: string; nameEn: string; province: { nameEn: string } }
      | { __typename: 'EducationBureau'; id: string; nameZh: string; nameEn: string; level: BureauLevel }
      | { __typename: 'Event'; id: string; code: string; nameEn: string; startDate: string; eventNameZh: string | null }
      | {
          __typename: 'Person';
          id: string;
          personNameZh: string | null;
          personNameEn: string | null;
          appointments: { nodes: Array<{ role: AppointmentRole; title: string | null }> };
        }
      | { __typename: 'Practice'; id: string; nameZh: string; nameEn: string; task: ImprovementTask }
      | {
          __typename: 'Prefecture';
          id: string;
          code: string;
          nameZh: string;
          nameEn: string;
          province: { nameEn: string };
        }
      | { __typename: 'Program'; id: string; code: string; nameZh: string; nameEn: string }
      | { __typename: 'Province'; id: string; code: string; nameZh: string; nameEn: string }
      | { __typename: 'School'; id: string; nameZh: string; nameEn: string; county: { nameEn: string } }
      | { __typename: 'University'; id: string; code: string; nameZh: string; nameEn: string };
  }>;
};

export type SearchHitKeysQueryVariables = Exact<{
  text: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;

export type SearchHitKeysQuery = {
  search: Array<{
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
  text: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;

export type SearchScoresQuery = { search: Array<{ score: number; matchedName: string }> };

export type StatisticsKeyIdsFragment = {
  region: Region | null;
  year: number | null;
  month: number | null;
  activityKind: ActivityKind | null;
  improvementTask: ImprovementTask | null;
  province: { id: string } | null;
  county: { id: string } | null;
  university: { id: string } | null;
  program: { id: string; code: string } | null;
};

export type StatisticsCoverageQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsCoverageQuery = {
  statistics: Array<{
    partnerships: number;
    universities: number;
    counties: number;
    provinces: number;
    schools: number;
    key: {
      region: Region | null;
      year: number | null;
      month: number | null;
      activityKind: ActivityKind | null;
      improvementTask: ImprovementTask | null;
      province: { id: string } | null;
      county: { id: string } | null;
      university: { id: string } | null;
      program: { id: string; code: string } | null;
    };
  }>;
};

export type StatisticsReachQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsReachQuery = {
  statistics: Array<{
    provinces: number;
    counties: number;
    schools: number;
    peopleTrained: number;
    key: {
      region: Region | null;
      year: number | null;
      month: number | null;
      activityKind: ActivityKind | null;
      improvementTask: ImprovementTask | null;
      province: { id: string } | null;
      county: { id: string } | null;
      university: { id: string } | null;
      program: { id: string; code: string } | null;
    };
  }>;
};

export type StatisticsActivitiesQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsActivitiesQuery = {
  statistics: Array<{
    activities: number;
    participants: number;
    peopleTrained: number;
    key: {
      region: Region | null;
      year: number | null;
      month: number | null;
      activityKind: ActivityKind | null;
      improvementTask: ImprovementTask | null;
      province: { id: string } | null;
      county: { id: string } | null;
      university: { id: string } | null;
      program: { id: string; code: string } | null;
    };
  }>;
};

export type StatisticsMetricsQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsMetricsQuery = {
  statistics: Array<{
    schools: number;
    key: {
      region: Region | null;
      year: number | null;
      month: number | null;
      activityKind: ActivityKind | null;
      improvementTask: ImprovementTask | null;
      province: { id: string } | null;
      county: { id: string } | null;
      university: { id: string } | null;
      program: { id: string; code: string } | null;
    };
    metrics: {
      schoolYears: number;
      enrolledStudentsSum: number | null;
      enrolledStudentsAvg: number | null;
      teachersSum: number | null;
      teachersAvg: number | null;
      seniorTitleTeachersSum: number | null;
      seniorTitleTeachersAvg: number | null;
      graduatesSum: number | null;
      graduatesAvg: number | null;
      undergraduateAdmissionsSum: number | null;
      undergraduateAdmissionsAvg: number | null;
      trainingHoursSum: number | null;
      trainingHoursAvg: number | null;
    };
  }>;
};

export type StatisticsSelectedQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
  coverage: boolean;
  activity: boolean;
  metric: boolean;
}>;

export type StatisticsSelectedQuery = {
  statistics: Array<
    {
      key: {
        region: Region | null;
        year: number | null;
        month: number | null;
        activityKind: ActivityKind | null;
        improvementTask: ImprovementTask | null;
        province: { id: string } | null;
        county: { id: string } | null;
        university: { id: string } | null;
        program: { id: string; code: string } | null;
      };
      metrics?: { schoolYears: number; enrolledStudentsSum: number | null };
    } & { partnerships?: number; universities?: number; counties?: number; schools?: number } & {
      activities?: number;
      participants?: number;
      peopleTrained?: number;
    }
  >;
};

export type StatisticsActivityMeasuresFragment = { activities: number; participants: number; peopleTrained: number };

export type StatisticsBucketsQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsBucketsQuery = {
  statistics: Array<{
    key: {
      region: Region | null;
      year: number | null;
      month: number | null;
      activityKind: ActivityKind | null;
      improvementTask: ImprovementTask | null;
      province: { id: string } | null;
      county: { id: string } | null;
      university: { id: string } | null;
      program: { id: string; code: string } | null;
    };
  }>;
};

export type StatisticsNamedQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsNamedQuery = {
  statistics: Array<{
    partnerships: number;
    activities: number;
    key: {
      region: Region | null;
      year: number | null;
      month: number | null;
      province: { code: string; nameEn: string } | null;
      county: { code: string; nameZh: string } | null;
      university: { code: string; nameZh: string } | null;
      program: { code: string; nameEn: string } | null;
    };
  }>;
};

export type StatisticsPerProgramQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsPerProgramQuery = {
  programs: {
    nodes: Array<{
      id: string;
      code: string;
      statistics: Array<{
        partnerships: number;
        schools: number;
        activities: number;
        peopleTrained: number;
        key: {
          region: Region | null;
          year: number | null;
          month: number | null;
          activityKind: ActivityKind | null;
          improvementTask: ImprovementTask | null;
          province: { id: string } | null;
          county: { id: string } | null;
          university: { id: string } | null;
          program: { id: string; code: string } | null;
        };
      }>;
    }>;
  };
};

export type StatisticsPerProvinceQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsPerProvinceQuery = {
  provinces: {
    nodes: Array<{
      id: string;
      code: string;
      statistics: Array<{
        partnerships: number;
        schools: number;
        activities: number;
        key: {
          region: Region | null;
          year: number | null;
          month: number | null;
          activityKind: ActivityKind | null;
          improvementTask: ImprovementTask | null;
          province: { id: string } | null;
          county: { id: string } | null;
          university: { id: string } | null;
          program: { id: string; code: string } | null;
        };
        metrics: { schoolYears: number; enrolledStudentsSum: number | null };
      }>;
    }>;
  };
};

export type StatisticsOfUniversityQueryVariables = Exact<{
  code: string;
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsOfUniversityQuery = {
  university: {
    id: string;
    code: string;
    statistics: Array<{
      partnerships: number;
      counties: number;
      schools: number;
      activities: number;
      peopleTrained: number;
      key: {
        region: Region | null;
        year: number | null;
        month: number | null;
        activityKind: ActivityKind | null;
        improvementTask: ImprovementTask | null;
        province: { id: string } | null;
        county: { id: string } | null;
        university: { id: string } | null;
        program: { id: string; code: string } | null;
      };
    }>;
  } | null;
};

export type StatisticsPeopleTrainedQueryVariables = Exact<{
  groupBy: Array<StatisticsDimension> | StatisticsDimension;
  filter?: StatisticsFilter | null | undefined;
}>;

export type StatisticsPeopleTrainedQuery = {
  statistics: Array<{
    peopleTrained: number;
    key: {
      region: Region | null;
      year: number | null;
      month: number | null;
      activityKind: ActivityKind | null;
      improvementTask: ImprovementTask | null;
      province: { id: string } | null;
      county: { id: string } | null;
      university: { id: string } | null;
      program: { id: string; code: string } | null;
    };
  }>;
};

export type TrackingBoardQueryVariables = Exact<{
  programCodes?: Array<string> | string | null | undefined;
  provinceCodes?: Array<string> | string | null | undefined;
  universityCodes?: Array<string> | string | null | undefined;
  status?: Array<TrackingStatus> | TrackingStatus | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type TrackingBoardQuery = {
  partnershipProgress: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      status: TrackingStatus;
      lastActivityOn: string | null;
      daysSinceLastActivity: number | null;
      behindOn: Array<ImprovementTask>;
      behindOnActivities: Array<ActivityKind>;
      partnership: {
        id: string;
        university: { code: string; nameEn: string };
        county: { code: string; nameEn: string; province: { code: string; nameEn: string } };
      };
      goals: Array<{
        task: ImprovementTask;
        measure: GoalMeasure | null;
        baseline: number | null;
        baselineYear: number | null;
        target: number | null;
        targetYear: number | null;
        latest: number | null;
        latestYear: number | null;
        shareOfTheWay: number | null;
        expectedShare: number | null;
        behind: boolean;
      }>;
      activities: Array<{ kind: ActivityKind; done: number; planned: number; behind: boolean }>;
      openProblems: Array<{
        task: ImprovementTask;
        title: string;
        severity: ProblemSeverity;
        status: ProblemStatus;
        foundBy: TrackingParty;
        method: FindingMethod;
        foundOn: string;
        guidance: {
          nodes: Array<{ givenBy: TrackingParty; givenOn: string; suggestion: string; followUpStatus: FollowUpStatus }>;
        };
      }>;
    }>;
  };
};

export type TrackingRollupQueryVariables = Exact<{
  by?: ProgressRollupDimension;
  programCodes?: Array<string> | string | null | undefined;
  asOf?: string | null | undefined;
}>;

export type TrackingRollupQuery = {
  progressRollup: Array<{
    key: string;
    partnerships: number;
    onTrack: number;
    behind: number;
    quiet: number;
    program: { code: string } | null;
    university: { code: string; nameEn: string } | null;
    county: { code: string; nameEn: string } | null;
    province: { code: string; nameEn: string } | null;
    tasks: Array<{ task: ImprovementTask; averageShare: number | null; behind: number }>;
  }>;
};

export type PartnershipTrackingQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;

export type PartnershipTrackingQuery = {
  partnership: {
    plans: Array<{ title: string; schedule: Array<{ year: number; kind: ActivityKind; plannedCount: number }> }>;
    schools: {
      nodes: Array<{
        school: { code: string; nameEn: string };
        progress: {
          status: TrackingStatus;
          lastActivityOn: string | null;
          goals: Array<{ task: ImprovementTask; shareOfTheWay: number | null; behind: boolean }>;
          activities: Array<{ kind: ActivityKind; done: number; planned: number; behind: boolean }>;
        };
      }>;
    };
  } | null;
};

export type AppointPrincipalMutationVariables = Exact<{
  input: AppointPrincipalInput;
  idempotencyKey?: string | null | undefined;
}>;

export type AppointPrincipalMutation = {
  appointPrincipal: {
    replayed: boolean;
    appointment: {
      id: string;
      role: AppointmentRole;
      startDate: string | null;
      person: { id: string; nameZh: string | null };
    } | null;
  } | null;
};

export type CreatePartnershipMutationVariables = Exact<{
  input: CreatePartnershipInput;
  idempotencyKey?: string | null | undefined;
}>;

export type CreatePartnershipMutation = {
  createPartnership: {
    replayed: boolean;
    partnership: {
      id: string;
      version: number;
      status: PartnershipStatus;
      university: { code: string; nameEn: string };
      county: { code: string; nameEn: string };
      schools: { totalCount: number; nodes: Array<{ school: { nameEn: string } }> };
    } | null;
  } | null;
};

export type RecordHistoryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type RecordHistoryQuery = {
  history: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      at: string;
      action: ChangeAction;
      mutation: string;
      subject: string | null;
      role: string;
      org: string | null;
      operationName: string | null;
      requestId: string | null;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }>;
  };
};

export type RecordActivityMutationVariables = Exact<{
  input: CreateActivityInput;
  idempotencyKey?: string | null | undefined;
}>;

export type RecordActivityMutation = {
  createActivity: {
    replayed: boolean;
    activity: {
      id: string;
      version: number;
      kind: ActivityKind;
      title: string;
      startDate: string;
      endDate: string | null;
      participations: { totalCount: number; nodes: Array<{ role: ParticipationRole; person: { id: string } }> };
    } | null;
  } | null;
};

export type ChangeActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;

export type ChangeActivityMutation = {
  updateActivity: {
    activity: { id: string; version: number; title: string; endDate: string | null; reach: number } | null;
  } | null;
};

export type CancelActivityMutationVariables = Exact<{
  input: RecordVersionInput;
}>;

export type CancelActivityMutation = { cancelActivity: { id: string } | null };

export type RecordSchoolMetricMutationVariables = Exact<{
  input: CreateSchoolMetricInput;
  idempotencyKey?: string | null | undefined;
}>;

export type RecordSchoolMetricMutation = {
  createSchoolMetric: {
    replayed: boolean;
    schoolMetric: {
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
  code: string;
}>;

export type TrusteeshipProgramQuery = {
  program: {
    code: string;
    kind: ProgramKind;
    nameEn: string;
    provenance: Provenance;
    sourceDocument: string | null;
    noticeTitle: string | null;
    announcedOn: string | null;
    startsOn: string | null;
    issuingAgency: { code: string; nameEn: string } | null;
    partnerships: { totalCount: number };
  } | null;
};

export type TrusteeshipPartnershipsQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;

export type TrusteeshipPartnershipsQuery = {
  partnerships: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{
      agreementSignedOn: string | null;
      startsOn: string | null;
      university: { code: string; ministryAffiliated: boolean };
      county: { code: string; province: { code: string; kind: ProvinceKind; region: Region } };
      schools: { nodes: Array<{ school: { id: string; principal: { person: { id: string } } | null } }> };
    }>;
  };
};

export type SpecialTrainingQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;

export type SpecialTrainingQuery = {
  activities: {
    nodes: Array<{
      kind: ActivityKind;
      provenance: Provenance;
      sourceDocument: string | null;
      reach: number;
      participations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ role: ParticipationRole; person: { id: string } }>;
      };
    }>;
  };
};

export type MeasuresRecordedQueryVariables = Exact<{
  code: string;
}>;

export type MeasuresRecordedQuery = {
  dispatch: { totalCount: number };
  visits: { totalCount: number };
  teachingPractice: { totalCount: number };
  principalTraining: { totalCount: number };
  placementTraining: { totalCount: number };
  camps: { totalCount: number };
  labOpenDays: { totalCount: number };
};

export type CommitteeFiguresQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;

export type CommitteeFiguresQuery = {
  committee: {
    nameEn: string;
    provenance: Provenance;
    sourceDocument: string | null;
    program: { code: string; kind: ProgramKind };
    members: { nodes: Array<{ role: CommitteeRole }> };
    targetSchools: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        school: {
          id: string;
          kind: SchoolKind;
          county: { code: string; keyRevitalizationCounty: boolean; province: { code: string; region: Region } };
          principals: { totalCount: number };
          teachersAndStaff: { totalCount: number };
          assistancePlans: Array<{ goals: Array<{ task: ImprovementTask }> }>;
        };
      }>;
    };
    events: {
      nodes: Array<{
        code: string;
        kind: EventKind;
        format: EventFormat;
        startDate: string;
        endDate: string;
        provenance: Provenance;
        sourceDocument: string | null;
      }>;
    };
  } | null;
};

export type CountyPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;

export type CountyPageQuery = {
  counties: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ code: string; keyRevitalizationCounty: boolean; province: { code: string } }>;
  };
};

export type EventAttendanceFragment = {
  role: AttendanceRole;
  note: string | null;
  person: {
    nameZh: string | null;
    nameEn: string | null;
    appointments: {
      nodes: Array<{ role: AppointmentRole; title: string | null; agency: { code: string; nameEn: string } | null }>;
    };
  } | null;
  agency: { code: string; kind: AgencyKind; nameEn: string } | null;
  educationBureau: { code: string; level: BureauLevel; nameEn: string } | null;
  university: { code: string } | null;
};

export type EventFiguresQueryVariables = Exact<{
  code: string;
  attendances?: AttendanceWhere | null | undefined;
}>;

export type EventFiguresQuery = {
  event: {
    code: string;
    nameEn: string;
    kind: EventKind;
    format: EventFormat;
    location: string | null;
    edition: number | null;
    startDate: string;
    endDate: string;
    summary: string | null;
    provenance: Provenance;
    sourceDocument: string | null;
    organizer: { code: string } | null;
    program: { code: string } | null;
    parent: { code: string; kind: EventKind; edition: number | null; nameEn: string } | null;
    attendances: {
      pageInfo: { hasNextPage: boolean };
      nodes: Array<{
        role: AttendanceRole;
        note: string | null;
        person: {
          nameZh: string | null;
          nameEn: string | null;
          appointments: {
            nodes: Array<{
              role: AppointmentRole;
              title: string | null;
              agency: { code: string; nameEn: string } | null;
            }>;
          };
        } | null;
        agency: { code: string; kind: AgencyKind; nameEn: string } | null;
        educationBureau: { code: string; level: BureauLevel; nameEn: string } | null;
        university: { code: string } | null;
      }>;
    };
  } | null;
};

export type DirectoryFactsQueryVariables = Exact<{
  province: string;
  university: string;
}>;

export type DirectoryFactsQuery = {
  provinces: {
    totalCount: number;
    nodes: Array<{
      code: string;
      nameZh: string;
      kind: ProvinceKind;
      region: Region;
      provenance: Provenance;
      sourceDocument: string | null;
    }>;
  };
  province: { nameZh: string; nameEn: string; region: Region } | null;
  university: {
    nameZh: string;
    nameEn: string;
    nationalCode: string;
    ministryAffiliated: boolean;
    provenance: Provenance;
  } | null;
  universities: { totalCount: number };
};

export type SchoolsPageQueryVariables = Exact<{
  where?: SchoolWhere | null | undefined;
  orderBy?: Array<SchoolOrderBy> | SchoolOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type SchoolsPageQuery = {
  schools: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string } }>;
    nodes: Array<{ id: string }>;
  };
};

export type CountiesPageQueryVariables = Exact<{
  where?: CountyWhere | null | undefined;
  orderBy?: Array<CountyOrderBy> | CountyOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type CountiesPageQuery = {
  counties: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string }>;
  };
};

export type PeoplePageQueryVariables = Exact<{
  where?: PersonWhere | null | undefined;
  orderBy?: Array<PersonOrderBy> | PersonOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PeoplePageQuery = {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string }>;
  };
};

export type ActivitiesPageQueryVariables = Exact<{
  where?: ActivityWhere | null | undefined;
  orderBy?: Array<ActivityOrderBy> | ActivityOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ActivitiesPageQuery = {
  activities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string }>;
  };
};

export type PartnershipsPageQueryVariables = Exact<{
  where?: PartnershipWhere | null | undefined;
  orderBy?: Array<PartnershipOrderBy> | PartnershipOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type PartnershipsPageQuery = {
  partnerships: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string }>;
  };
};

export type SchoolMetricsPageQueryVariables = Exact<{
  where?: SchoolMetricWhere | null | undefined;
  orderBy?: Array<SchoolMetricOrderBy> | SchoolMetricOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SchoolMetricsPageQuery = {
  schoolMetrics: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Array<{ id: string }>;
  };
};

export type ProvincesCountyPagesQueryVariables = Exact<{
  codes: Array<string> | string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  where?: CountyWhere | null | undefined;
  orderBy?: Array<CountyOrderBy> | CountyOrderBy | null | undefined;
}>;

export type ProvincesCountyPagesQuery = {
  provinces: {
    nodes: Array<{
      code: string;
      counties: {
        totalCount: number;
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
        nodes: Array<{ id: string; code: string }>;
      };
    }>;
  };
};

export type ProgramDeepFetchQueryVariables = Exact<{
  code: string;
}>;

export type ProgramDeepFetchQuery = {
  program: {
    nameEn: string;
    partnerships: {
      nodes: Array<{
        university: { nameEn: string };
        county: { nameEn: string; province: { nameEn: string } };
        schools: {
          nodes: Array<{
            school: {
              nameZh: string;
              principal: {
                role: AppointmentRole;
                person: {
                  nameEn: string | null;
                  appointments: { nodes: Array<{ role: AppointmentRole; school: { nameZh: string } | null }> };
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
  code: string;
}>;

export type CommitteeSchoolsStaffQuery = {
  committee: {
    nameEn: string;
    targetSchools: {
      nodes: Array<{
        school: {
          nameZh: string;
          staffCount: number;
          county: { nameEn: string; province: { code: string } };
          staff: {
            nodes: Array<{
              person: {
                nameEn: string | null;
                participations: {
                  nodes: Array<{ role: ParticipationRole; activity: { kind: ActivityKind; startDate: string } }>;
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
  code: string;
}>;

export type UniversityPartnerFetchQuery = {
  university: {
    nameEn: string;
    partnerships: {
      totalCount: number;
      nodes: Array<{
        county: {
          nameZh: string;
          schools: {
            nodes: Array<{
              nameZh: string;
              staffCount: number;
              assistancePlans: Array<{ title: string; goals: Array<{ task: ImprovementTask }> }>;
              metrics: Array<{ year: number; enrolledStudents: number }>;
            }>;
          };
        };
        activities: {
          nodes: Array<{ kind: ActivityKind; participations: { nodes: Array<{ person: { nameEn: string | null } }> } }>;
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
  __meta__: { hash: 'sha256:460446bf54e9dc5190c5a9bf0d17fd3c162ba5837ee2bcfe596633d9ce684b0c' },
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
  __meta__: { hash: 'sha256:35395508c256809b16088643dbb08c8d637fd188ab9d5d44ad364059ac28aba8' },
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
  __meta__: { hash: 'sha256:918cdbebfa7fcfde49f8b17df6c9e10c9f4851a744304200dc41c5049fe866b5' },
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
  __meta__: { hash: 'sha256:028758b4de4192972e0b720b3dde5018401eb56420ef241828e7542f0d20d863' },
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
  __meta__: { hash: 'sha256:d1b31801a9d2ecfea967ea2b05f1d386e9f86dd90feaff735e6091a9d271cdbf' },
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
  __meta__: { hash: 'sha256:4c6874f104568444628725ed2c404a4c6f1a97cc1ca3dcae7511782fa172a1a7' },
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
  __meta__: { hash: 'sha256:2a0ab88ce36af8bfff1111282a72cd90b91bc74bb310d6eed226591a92f98a2d' },
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
  __meta__: { hash: 'sha256:c0559eb7952be30e89c174d4455d7c1b3401b737eaf2546f7abcb288dff799bb' },
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
  __meta__: { hash: 'sha256:b375dc55b854013bd6786deeab562471fcbc5ed38b8b17c66c7701de0452e972' },
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
  __meta__: { hash: 'sha256:6dfcc12605351b8f38211c421c6384cfbd649c8f48fac9fbc799bcba8543e167' },
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
  __meta__: { hash: 'sha256:41b61a58ae22584c4e91050157a262fc87a3a3acee105d3183a03edad0b77948' },
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
  __meta__: { hash: 'sha256:ea7c812b1d917bb22efaf35641042cf75eb140586fea9d498da0e0bdd7ee4689' },
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
  __meta__: { hash: 'sha256:bee084d98fb7e9ba9ba5d9c39af95546bb71b6c5198b4469661f129a03e653da' },
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
  __meta__: { hash: 'sha256:0f64a62bf9a2a426822174eb83e04d5c482c0249c70b11598e5757ff82949fc3' },
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
  __meta__: { hash: 'sha256:ff4e940c86049cabb3a3b85b26fc9ad2041a5af678d3ff4e424fc3426370b7fc' },
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
  __meta__: { hash: 'sha256:17b2ed49ab34b00ac9489e70ceafbbb2ee4df83876f475d3790fe48c88d2a51a' },
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
  __meta__: { hash: 'sha256:a0c910d3dfdb0a7f9d367c2d5624f12dc5cf941c18c9f72ed3bbb92d37ae7c33' },
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
  __meta__: { hash: 'sha256:b343b58acd869c513b4a79859badf1fc71986ca54e3a3b66b19079302858ad87' },
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
  __meta__: { hash: 'sha256:3e59eb676d47a2846d1b704d326d159699d0f8e8f84db363e1f4d34899bbb040' },
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
  __meta__: { hash: 'sha256:2a82aefa9d224b5f9d1f6e645233387cd6e87e2abf45a076b72cedd8fceea53f' },
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
  __meta__: { hash: 'sha256:b001cc80873b693394e74c28a50b3e7bfd6dcbc76f238fc231a6611cfcca6abe' },
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
  __meta__: { hash: 'sha256:513563dd2a15d588d2732d0a53232cd6123dea3933b391166f7d574305c393fb' },
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
  __meta__: { hash: 'sha256:dc287c4a56af1c18eb791348cc64f0e6c4bb4a51800af2c9b498388dc9f2be34' },
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
  __meta__: { hash: 'sha256:6a0023f7514627fd9b62df93f8d4572e4f698833ccf843c00791b34823939605' },
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
  __meta__: { hash: 'sha256:bc8b8a1fc9f9ebd82944b682831f8c607a713ed065281ec26300f88d09d2ec05' },
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
  __meta__: { hash: 'sha256:cf9ab59a237644baa1e3d0e3d28fc9ed99dd655dd8901067aa95fa83e6f5256b' },
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
  __meta__: { hash: 'sha256:26dd1caad29617655bf625e3d9cde004eae2f71a34915eae1d96deb6dceec5a2' },
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
  __meta__: { hash: 'sha256:f9e0c15924b0b45aca84c3479917a39919ac2ad9e793b795e2b6a231f40e771c' },
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
  __meta__: { hash: 'sha256:231474a20ffb90ee8e6951f5c6d5aa5e247e8a0bfa7eba367b8acd095118e52f' },
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
  __meta__: { hash: 'sha256:724206cde71bf1348f8986df237f456033bf0267817ad86b72f0003b2458412e' },
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
  __meta__: { hash: 'sha256:64c6a9a69b65f014058c05973befa34b0378031bad1e64df6354b77786412902' },
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
  __meta__: { hash: 'sha256:9b4a1f2a4f1d1631ce52e873fe982db6f3fc73110f8653d1763ab54f2e41a140' },
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
  __meta__: { hash: 'sha256:0fd0fae62f47def3c124a71f4a7730dc99ae1008b4562590005741a91f5c3cb9' },
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
  __meta__: { hash: 'sha256:c37469593035d24b6dabf659b42829ecacd58895718c1eb35e5efea6c1516ba6' },
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
  __meta__: { hash: 'sha256:27db9fdb868dea285d92274c5b594d4b406d1a6fae83d7255d1e275eb5bccd72' },
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
  __meta__: { hash: 'sha256:e97701b68ed7c8a202a839c83d85e2f8bf3f9cf28791f123b7baec6c47acaa1f' },
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
  __meta__: { hash: 'sha256:9fe41cb2a28c2ba5e3df0918d680b28ee98e2992e316a1e55fa960b84ac7bb86' },
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
  __meta__: { hash: 'sha256:dac63f35b0c0ca2caf6d8c092070b86beab9a437eb127b658f5b93aaca69807f' },
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
  __meta__: { hash: 'sha256:9399b09073af7b57f774bb47ec04b5e54a95293b8f5041cdc201c0fa505ccd65' },
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
  __meta__: { hash: 'sha256:430729ccea237b95b0014ce8f9b7e44bb34bd318cee9eb5c9872684589d45194' },
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
  __meta__: { hash: 'sha256:451981ba74783d6a963613e60bef89153fbc0a44c9c3542472b06135fd00016a' },
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
  __meta__: { hash: 'sha256:4779472246657c979403bd74b04acefb37364e6cd794750171b63f0b7b9722f5' },
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
  __meta__: { hash: 'sha256:f55c9c949ec0299feb92074df112c4fe2241c398093d7d04572f802fc655cb08' },
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
  __meta__: { hash: 'sha256:205450f69263248525a5fce04645b321fd4b7c889abc26ac4f647b2b73c42d1e' },
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
  __meta__: { hash: 'sha256:5040f3f2921bc7131ed80a9130daf1266b5a90fb6849d074829b1bef846c306c' },
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
  __meta__: { hash: 'sha256:6011f9cb2fdec5175c46ae1387850e86eea30d9b5b76b2004c4d364994cd2e6b' },
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
  __meta__: { hash: 'sha256:bca5e6cf24a34f4c19fdc4d86815317e491746b6b0f0739e0659859b29a22513' },
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
  __meta__: { hash: 'sha256:44993d56940251d9b17acdc817ae8da3ff42e6a0c3454cc09c1cc4ef762f92a5' },
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
  __meta__: { hash: 'sha256:3b5f4d66ac9ae4a9490b79d3d3c2f90ebfe81162e563ccb9a7f7e60eb0ee979d' },
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
  __meta__: { hash: 'sha256:06b42a1466e23c0e994ff1d60988ac221b02a630ea6925a64a1f052d94799f09' },
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
