import { Agency } from './directory/agency/agency.entity';
import { County } from './directory/county/county.entity';
import { EducationBureau } from './directory/education-bureau/education-bureau.entity';
import { Prefecture } from './directory/prefecture/prefecture.entity';
import { Province } from './directory/province/province.entity';
import { School } from './directory/school/school.entity';
import { University } from './directory/university/university.entity';
import { Appointment } from './people/appointment/appointment.entity';
import { Person } from './people/person/person.entity';
import { Activity, Participation } from './assistance/activity/activity.entity';
import { Committee, CommitteeMember, CommitteeTargetSchool } from './assistance/committee/committee.entity';
import { Attendance, Event } from './assistance/event/event.entity';
import { SchoolMetric } from './assistance/metric/school-metric.entity';
import { Partnership, PartnershipSchool } from './assistance/partnership/partnership.entity';
import { AssistancePlan, PlanGoal, PlanScheduledActivity } from './assistance/plan/plan.entity';
import { Program } from './assistance/program/program.entity';
import {
  Guidance,
  Practice,
  PracticeEvidence,
  Problem,
  ProblemStatusChange,
} from './assistance/guidance/guidance.entity';
import { AuditChange, IdempotencyKey } from '../graphql/mutations/audit.entity';
import { BaseEntity } from '../db/base.entity';

/** Every ORM entity, by owning subgraph (each subgraph's tables live in its own PostgreSQL schema). */
export const ENTITIES = [
  BaseEntity,
  // directory
  Province,
  Prefecture,
  County,
  School,
  University,
  EducationBureau,
  Agency,
  // people
  Person,
  Appointment,
  // assistance
  Program,
  Partnership,
  PartnershipSchool,
  AssistancePlan,
  PlanGoal,
  PlanScheduledActivity,
  Activity,
  Participation,
  Event,
  Attendance,
  Committee,
  CommitteeMember,
  CommitteeTargetSchool,
  SchoolMetric,
  Problem,
  ProblemStatusChange,
  Guidance,
  Practice,
  PracticeEvidence,
  // the audit trail and the idempotency keys of writes (schema audit)
  AuditChange,
  IdempotencyKey,
];
