import { registerEnumType } from 'type-graphql';

export enum ProgramKind {
  TRUSTEESHIP_ASSISTANCE = 'TRUSTEESHIP_ASSISTANCE',
  GROUP_ASSISTANCE = 'GROUP_ASSISTANCE',
  TRAINING_PROGRAMME = 'TRAINING_PROGRAMME',
}
registerEnumType(ProgramKind, {
  name: 'ProgramKind',
  description: 'The kind of a ministry programme.',
  valuesConfig: {
    TRUSTEESHIP_ASSISTANCE: {
      description: 'Universities take on ("trusteeship") the senior middle schools of assisted counties.',
    },
    GROUP_ASSISTANCE: { description: 'Expert groups assist target schools (rural talent cultivation).' },
    TRAINING_PROGRAMME: { description: 'A national training programme for teachers or officials.' },
  },
});

export enum PartnershipStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}
registerEnumType(PartnershipStatus, {
  name: 'PartnershipStatus',
  description: 'Whether a partnership is under way.',
  valuesConfig: {
    ACTIVE: { description: 'Agreement signed and implementation under way.' },
    COMPLETED: { description: 'The assistance period has ended.' },
  },
});

export enum ImprovementTask {
  EDUCATIONAL_QUALITY = 'EDUCATIONAL_QUALITY',
  TEACHING_FORCE_CAPACITY = 'TEACHING_FORCE_CAPACITY',
  STUDENT_WELL_ROUNDEDNESS = 'STUDENT_WELL_ROUNDEDNESS',
  SCHOOL_MANAGEMENT = 'SCHOOL_MANAGEMENT',
}
registerEnumType(ImprovementTask, {
  name: 'ImprovementTask',
  description: 'The four improvement tasks the expert advisory committee set for target schools.',
  valuesConfig: {
    EDUCATIONAL_QUALITY: { description: 'Improving educational quality.' },
    TEACHING_FORCE_CAPACITY: { description: 'Improving the capacity of the teaching force.' },
    STUDENT_WELL_ROUNDEDNESS: { description: 'Improving student well-roundedness.' },
    SCHOOL_MANAGEMENT: { description: 'Improving school management.' },
  },
});

export enum GoalMeasure {
  UNDERGRADUATE_ADMISSION_RATE = 'UNDERGRADUATE_ADMISSION_RATE',
  SENIOR_TITLE_TEACHER_SHARE = 'SENIOR_TITLE_TEACHER_SHARE',
  STUDENTS_PER_TEACHER = 'STUDENTS_PER_TEACHER',
  TRAINING_HOURS_PER_TEACHER = 'TRAINING_HOURS_PER_TEACHER',
}
registerEnumType(GoalMeasure, {
  name: 'GoalMeasure',
  description:
    "A school figure a plan goal is measured by, computed from the school's yearly SchoolMetric. Higher is better unless said otherwise.",
  valuesConfig: {
    UNDERGRADUATE_ADMISSION_RATE: {
      description: 'Percent of graduates admitted to undergraduate programmes (educational quality).',
    },
    SENIOR_TITLE_TEACHER_SHARE: {
      description: 'Percent of full-time teachers with a senior professional title (teaching force capacity).',
    },
    STUDENTS_PER_TEACHER: {
      description:
        'Enrolled students per full-time teacher; LOWER is better (room for clubs, camps and attention: student well-roundedness).',
    },
    TRAINING_HOURS_PER_TEACHER: {
      description: 'Teacher-training hours a year per full-time teacher (school management of its staff).',
    },
  },
});

export enum ActivityKind {
  PRINCIPAL_TEAM_DISPATCH = 'PRINCIPAL_TEAM_DISPATCH',
  TEACHER_VISIT = 'TEACHER_VISIT',
  COLLEGE_STUDENT_TEACHING_PRACTICE = 'COLLEGE_STUDENT_TEACHING_PRACTICE',
  PRINCIPAL_TRAINING = 'PRINCIPAL_TRAINING',
  TEACHER_PLACEMENT_TRAINING = 'TEACHER_PLACEMENT_TRAINING',
  STUDENT_CAMP = 'STUDENT_CAMP',
  LAB_OPEN_DAY = 'LAB_OPEN_DAY',
  FIELD_RESEARCH = 'FIELD_RESEARCH',
  SURVEY = 'SURVEY',
  ONLINE_MEETING = 'ONLINE_MEETING',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What was done in an assistance activity (the measures the documents list).',
  valuesConfig: {
    PRINCIPAL_TEAM_DISPATCH: { description: 'A team of principal and teachers sent to run the county school.' },
    TEACHER_VISIT: { description: 'Key-discipline teachers visiting the school regularly.' },
    COLLEGE_STUDENT_TEACHING_PRACTICE: { description: 'Outstanding college students sent to support teaching.' },
    PRINCIPAL_TRAINING: { description: 'Training for county middle-school principals.' },
    TEACHER_PLACEMENT_TRAINING: {
      description: 'County teachers sent to university-affiliated high schools for post-job training.',
    },
    STUDENT_CAMP: { description: 'Summer or winter camp for county students at the university.' },
    LAB_OPEN_DAY: { description: 'Key laboratory open activity for county students.' },
    FIELD_RESEARCH: { description: 'Field research at target schools.' },
    SURVEY: { description: 'An online survey of target schools.' },
    ONLINE_MEETING: { description: 'An online meeting with target schools.' },
  },
});

export enum ParticipationRole {
  TRAINEE = 'TRAINEE',
  TRAINER = 'TRAINER',
  ORGANIZER = 'ORGANIZER',
  DISPATCHED = 'DISPATCHED',
  PARTICIPANT = 'PARTICIPANT',
}
registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  description: 'How a person took part in an activity.',
  valuesConfig: {
    TRAINEE: { description: 'Was trained.' },
    TRAINER: { description: 'Trained others.' },
    ORGANIZER: { description: 'Organized the activity.' },
    DISPATCHED: { description: 'Was sent to work at the county school.' },
    PARTICIPANT: { description: 'Took part otherwise.' },
  },
});

export enum EventKind {
  CONFERENCE = 'CONFERENCE',
  SEMINAR = 'SEMINAR',
  SYMPOSIUM = 'SYMPOSIUM',
  WORK_CONFERENCE = 'WORK_CONFERENCE',
  TRAINING = 'TRAINING',
}
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'The kind of an event.',
  valuesConfig: {
    CONFERENCE: { description: 'A national conference.' },
    SEMINAR: { description: 'A seminar (often a multi-day course).' },
    SYMPOSIUM: { description: 'A symposium.' },
    WORK_CONFERENCE: { description: 'A work conference of a committee or programme.' },
    TRAINING: { description: 'A special training session.' },
  },
});

export enum EventFormat {
  IN_PERSON = 'IN_PERSON',
  HYBRID = 'HYBRID',
  ONLINE = 'ONLINE',
}
registerEnumType(EventFormat, {
  name: 'EventFormat',
  description: 'How an event or activity was held.',
  valuesConfig: {
    IN_PERSON: { description: 'In person.' },
    HYBRID: { description: 'In person and online.' },
    ONLINE: { description: 'Online only.' },
  },
});

export enum AttendanceRole {
  CHAIR = 'CHAIR',
  HOST = 'HOST',
  SPEAKER = 'SPEAKER',
  REPORTER = 'REPORTER',
  ATTENDEE = 'ATTENDEE',
}
registerEnumType(AttendanceRole, {
  name: 'AttendanceRole',
  description: 'The part a person or organization played at an event.',
  valuesConfig: {
    CHAIR: { description: 'Chaired the event.' },
    HOST: { description: 'Hosted the event.' },
    SPEAKER: { description: 'Gave a speech or remarks.' },
    REPORTER: { description: 'Made a report (e.g. a work report or a local report).' },
    ATTENDEE: { description: 'Attended.' },
  },
});

export enum CommitteeRole {
  CHAIR = 'CHAIR',
  VICE_CHAIR = 'VICE_CHAIR',
  MEMBER = 'MEMBER',
  SECRETARY = 'SECRETARY',
}
registerEnumType(CommitteeRole, {
  name: 'CommitteeRole',
  description: 'The role of a member in a committee.',
  valuesConfig: {
    CHAIR: { description: 'Chair.' },
    VICE_CHAIR: { description: 'Vice chair.' },
    MEMBER: { description: 'Member.' },
    SECRETARY: { description: 'Secretary.' },
  },
});

export enum TrackingParty {
  COMMITTEE = 'COMMITTEE',
  UNIVERSITY = 'UNIVERSITY',
  COUNTY = 'COUNTY',
  MINISTRY = 'MINISTRY',
}
registerEnumType(TrackingParty, {
  name: 'TrackingParty',
  description: 'Who found a problem or gave guidance on it (the tracking and guidance mechanism of document 004).',
  valuesConfig: {
    COMMITTEE: { description: 'An expert committee or one of its members (`committee`, `person`).' },
    UNIVERSITY: { description: 'A trusteeship university or its team (`university`).' },
    COUNTY: { description: 'The county (its education bureau or school).' },
    MINISTRY: { description: 'The Ministry of Education.' },
  },
});

export enum FindingMethod {
  FIELD_RESEARCH = 'FIELD_RESEARCH',
  SURVEY = 'SURVEY',
  ONLINE_MEETING = 'ONLINE_MEETING',
  VISIT = 'VISIT',
  REPORT = 'REPORT',
}
registerEnumType(FindingMethod, {
  name: 'FindingMethod',
  description: 'How a problem was found.',
  valuesConfig: {
    FIELD_RESEARCH: { description: 'Field research at the school or county.' },
    SURVEY: { description: 'A (usually online) survey of principals and staff.' },
    ONLINE_MEETING: { description: 'An online meeting with the school.' },
    VISIT: { description: 'A visit (a team dispatched, a teacher visit).' },
    REPORT: { description: "The school's or county's own report." },
  },
});

export enum ProblemSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(ProblemSeverity, {
  name: 'ProblemSeverity',
  description: 'How much a problem holds implementation back, least first.',
  valuesConfig: {
    LOW: { description: 'A minor hindrance.' },
    MEDIUM: { description: 'Slows one improvement task.' },
    HIGH: { description: 'Holds an improvement task back.' },
    CRITICAL: { description: 'Puts the assistance itself at risk.' },
  },
});

export enum ProblemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ProblemStatus, {
  name: 'ProblemStatus',
  description: 'Where a problem stands. OPEN and IN_PROGRESS count as open (`openProblems`).',
  valuesConfig: {
    OPEN: { description: 'Found, nothing done yet.' },
    IN_PROGRESS: { description: 'Being worked on (guidance given, measures under way).' },
    RESOLVED: { description: 'Solved.' },
    WITHDRAWN: { description: 'Recorded in error or no longer relevant.' },
  },
});

/** The statuses that count as open (the open-problems loaders and `openProblems` fields). */
export const OPEN_PROBLEM_STATUSES: readonly ProblemStatus[] = [ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS];

export enum FollowUpStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  NOT_DONE = 'NOT_DONE',
}
registerEnumType(FollowUpStatus, {
  name: 'FollowUpStatus',
  description: 'What became of a piece of guidance.',
  valuesConfig: {
    PENDING: { description: 'Given, not yet followed up.' },
    IN_PROGRESS: { description: 'Being acted on.' },
    DONE: { description: 'Acted on.' },
    NOT_DONE: { description: 'Followed up and found not acted on.' },
  },
});
