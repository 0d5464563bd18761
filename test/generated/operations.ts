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

/** The administrative level of a local education authority. */
export type BureauLevel =
  /** A county or district education bureau. */
  | 'COUNTY'
  /** A prefecture or city education bureau. */
  | 'PREFECTURAL'
  /** A provincial department or commission of education. */
  | 'PROVINCIAL';

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

/** How an event or activity was held. */
export type EventFormat =
  /** In person and online. */
  | 'HYBRID'
  /** In person. */
  | 'IN_PERSON'
  /** Online only. */
  | 'ONLINE';

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

/** Gender as recorded by the employing organization. */
export type Gender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

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

/** Whether a partnership is under way. */
export type PartnershipStatus =
  /** Agreement signed and implementation under way. */
  | 'ACTIVE'
  /** The assistance period has ended. */
  | 'COMPLETED';

/** The kind of a ministry programme. */
export type ProgramKind =
  /** Expert groups assist target schools (rural talent cultivation). */
  | 'GROUP_ASSISTANCE'
  /** A national training programme for teachers or officials. */
  | 'TRAINING_PROGRAMME'
  /** Universities take on ("trusteeship") the senior middle schools of assisted counties. */
  | 'TRUSTEESHIP_ASSISTANCE';

/** Where the facts of a record come from. */
export type Provenance =
  /** A real public fact taken from a maintained registry (GB/T 2260 division codes, the ministry list of institutions); `sourceDocument` names the registry. */
  | 'PUBLIC_REGISTRY'
  /** Stated in one of the seed documents (press releases); `sourceDocument` names it. */
  | 'SOURCE_DOCUMENT'
  /** Generated deterministically by the seed generator where the documents give no detail (individual teachers, activity dates, metrics). */
  | 'SYNTHETIC';

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

/** What kind of school this is. */
export type SchoolKind =
  /** A high school affiliated to a university, which takes part in its assistance. */
  | 'AFFILIATED_HIGH_SCHOOL'
  /** A senior middle school of a county (县中), the usual recipient of assistance. */
  | 'COUNTY_SENIOR_MIDDLE_SCHOOL';

export type TrusteeshipFiguresQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type TrusteeshipFiguresQuery = {
  __typename?: 'Query';
  program: {
    __typename?: 'Program';
    code: string;
    kind: ProgramKind;
    nameEn: string;
    provenance: Provenance;
    sourceDocument: string | null;
    noticeTitle: string | null;
    announcedOn: string | null;
    startsOn: string | null;
    issuingAgency: { __typename?: 'Agency'; code: string; nameEn: string } | null;
    partnerships: Array<{
      __typename?: 'Partnership';
      agreementSignedOn: string | null;
      startsOn: string | null;
      university: { __typename?: 'University'; code: string; ministryAffiliated: boolean };
      county: {
        __typename?: 'County';
        code: string;
        province: { __typename?: 'Province'; code: string; kind: ProvinceKind; region: Region };
      };
      schools: Array<{
        __typename?: 'School';
        id: string;
        principal: { __typename?: 'Appointment'; person: { __typename?: 'Person'; id: string } } | null;
      }>;
    }>;
    activities: Array<{
      __typename?: 'Activity';
      kind: ActivityKind;
      provenance: Provenance;
      sourceDocument: string | null;
      reach: number;
      participations: Array<{
        __typename?: 'Participation';
        role: ParticipationRole;
        person: { __typename?: 'Person'; id: string };
      }>;
    }>;
  } | null;
};

export type CommitteeFiguresQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type CommitteeFiguresQuery = {
  __typename?: 'Query';
  committee: {
    __typename?: 'Committee';
    nameEn: string;
    provenance: Provenance;
    sourceDocument: string | null;
    program: { __typename?: 'Program'; code: string; kind: ProgramKind };
    members: Array<{ __typename?: 'CommitteeMember'; role: CommitteeRole }>;
    targetSchools: Array<{
      __typename?: 'School';
      id: string;
      kind: SchoolKind;
      county: {
        __typename?: 'County';
        code: string;
        keyRevitalizationCounty: boolean;
        province: { __typename?: 'Province'; code: string; region: Region };
      };
      principals: Array<{ __typename?: 'Appointment'; id: string }>;
      teachersAndStaff: Array<{ __typename?: 'Appointment'; id: string }>;
      assistancePlans: Array<{
        __typename?: 'AssistancePlan';
        goals: Array<{ __typename?: 'PlanGoal'; task: ImprovementTask }>;
      }>;
    }>;
    events: Array<{
      __typename?: 'Event';
      code: string;
      kind: EventKind;
      format: EventFormat;
      startDate: string;
      endDate: string;
      provenance: Provenance;
      sourceDocument: string | null;
    }>;
  } | null;
};

export type CountyPageQueryVariables = Exact<{
  after: InputMaybe<Scalars['String']['input']>;
}>;

export type CountyPageQuery = {
  __typename?: 'Query';
  counties: {
    __typename?: 'CountyConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
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
  note: string | null;
  person: {
    __typename?: 'Person';
    nameZh: string;
    nameEn: string;
    appointments: Array<{
      __typename?: 'Appointment';
      role: AppointmentRole;
      title: string | null;
      agency: { __typename?: 'Agency'; code: string; nameEn: string } | null;
    }>;
  } | null;
  agency: { __typename?: 'Agency'; code: string; kind: AgencyKind; nameEn: string } | null;
  educationBureau: { __typename?: 'EducationBureau'; code: string; level: BureauLevel; nameEn: string } | null;
  university: { __typename?: 'University'; code: string } | null;
};

export type EventFiguresQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type EventFiguresQuery = {
  __typename?: 'Query';
  event: {
    __typename?: 'Event';
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
    organizer: { __typename?: 'Agency'; code: string } | null;
    program: { __typename?: 'Program'; code: string } | null;
    parent: { __typename?: 'Event'; code: string; kind: EventKind; edition: number | null; nameEn: string } | null;
    attendances: Array<{
      __typename?: 'Attendance';
      role: AttendanceRole;
      note: string | null;
      person: {
        __typename?: 'Person';
        nameZh: string;
        nameEn: string;
        appointments: Array<{
          __typename?: 'Appointment';
          role: AppointmentRole;
          title: string | null;
          agency: { __typename?: 'Agency'; code: string; nameEn: string } | null;
        }>;
      } | null;
      agency: { __typename?: 'Agency'; code: string; kind: AgencyKind; nameEn: string } | null;
      educationBureau: { __typename?: 'EducationBureau'; code: string; level: BureauLevel; nameEn: string } | null;
      university: { __typename?: 'University'; code: string } | null;
    }>;
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
      sourceDocument: string | null;
    }>;
  };
  province: { __typename?: 'Province'; nameZh: string; nameEn: string; region: Region } | null;
  university: {
    __typename?: 'University';
    nameZh: string;
    nameEn: string;
    nationalCode: string;
    ministryAffiliated: boolean;
    provenance: Provenance;
  } | null;
  universities: { __typename?: 'UniversityConnection'; totalCount: number };
};

export type ProgramDeepFetchQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type ProgramDeepFetchQuery = {
  __typename?: 'Query';
  program: {
    __typename?: 'Program';
    nameEn: string;
    partnerships: Array<{
      __typename?: 'Partnership';
      university: { __typename?: 'University'; nameEn: string };
      county: { __typename?: 'County'; nameEn: string; province: { __typename?: 'Province'; nameEn: string } };
      schools: Array<{
        __typename?: 'School';
        nameZh: string;
        principal: {
          __typename?: 'Appointment';
          role: AppointmentRole;
          person: {
            __typename?: 'Person';
            nameEn: string;
            appointments: Array<{
              __typename?: 'Appointment';
              role: AppointmentRole;
              school: { __typename?: 'School'; nameZh: string } | null;
            }>;
          };
        } | null;
      }>;
    }>;
  } | null;
};

export type CommitteeSchoolsStaffQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type CommitteeSchoolsStaffQuery = {
  __typename?: 'Query';
  committee: {
    __typename?: 'Committee';
    nameEn: string;
    targetSchools: Array<{
      __typename?: 'School';
      nameZh: string;
      staffCount: number;
      county: { __typename?: 'County'; nameEn: string; province: { __typename?: 'Province'; code: string } };
      staff: Array<{
        __typename?: 'Appointment';
        person: {
          __typename?: 'Person';
          nameEn: string;
          participations: Array<{
            __typename?: 'Participation';
            role: ParticipationRole;
            activity: { __typename?: 'Activity'; kind: ActivityKind; startDate: string };
          }>;
        };
      }>;
    }>;
  } | null;
};

export type UniversityPartnerFetchQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;

export type UniversityPartnerFetchQuery = {
  __typename?: 'Query';
  university: {
    __typename?: 'University';
    nameEn: string;
    partnerships: Array<{
      __typename?: 'Partnership';
      county: {
        __typename?: 'County';
        nameZh: string;
        schools: Array<{
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
      activities: Array<{
        __typename?: 'Activity';
        kind: ActivityKind;
        participations: Array<{ __typename?: 'Participation'; person: { __typename?: 'Person'; nameEn: string } }>;
      }>;
    }>;
  } | null;
};

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
export const TrusteeshipFiguresDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TrusteeshipFigures' },
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'activities' },
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
} as unknown as DocumentNode<TrusteeshipFiguresQuery, TrusteeshipFiguresQueryVariables>;
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
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'role' } }],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'targetSchools' },
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
                            name: { kind: 'Name', value: 'roles' },
                            value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'PRINCIPAL' }] },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                      {
                        kind: 'Field',
                        alias: { kind: 'Name', value: 'teachersAndStaff' },
                        name: { kind: 'Name', value: 'staff' },
                        arguments: [
                          {
                            kind: 'Argument',
                            name: { kind: 'Name', value: 'roles' },
                            value: {
                              kind: 'ListValue',
                              values: [
                                { kind: 'EnumValue', value: 'TEACHER' },
                                { kind: 'EnumValue', value: 'STAFF' },
                              ],
                            },
                          },
                        ],
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
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
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'events' },
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
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'school' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
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
                            name: { kind: 'Name', value: 'roles' },
                            value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'PRINCIPAL' }] },
                          },
                        ],
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
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'activity' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
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
                                            selections: [{ kind: 'Field', name: { kind: 'Name', value: 'task' } }],
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
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'participations' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'person' },
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
} as unknown as DocumentNode<UniversityPartnerFetchQuery, UniversityPartnerFetchQueryVariables>;
