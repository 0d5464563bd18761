import { Agency } from '../subgraphs/directory/agency/agency.entity';
import { County } from '../subgraphs/directory/county/county.entity';
import { EducationBureau } from '../subgraphs/directory/education-bureau/education-bureau.entity';
import { Prefecture } from '../subgraphs/directory/prefecture/prefecture.entity';
import { Province } from '../subgraphs/directory/province/province.entity';
import { School } from '../subgraphs/directory/school/school.entity';
import { University } from '../subgraphs/directory/university/university.entity';
import { Appointment } from '../subgraphs/people/appointment/appointment.entity';
import { Person } from '../subgraphs/people/person/person.entity';
import { Activity, Participation } from '../subgraphs/assistance/activity/activity.entity';
import { Committee, CommitteeMember, CommitteeTargetSchool } from '../subgraphs/assistance/committee/committee.entity';
import { Attendance, Event } from '../subgraphs/assistance/event/event.entity';
import { SchoolMetric } from '../subgraphs/assistance/metric/school-metric.entity';
import { Partnership, PartnershipSchool } from '../subgraphs/assistance/partnership/partnership.entity';
import { AssistancePlan, PlanGoal, PlanScheduledActivity } from '../subgraphs/assistance/plan/plan.entity';
import { Program } from '../subgraphs/assistance/program/program.entity';
import {
  Guidance,
  Practice,
  PracticeEvidence,
  Problem,
  ProblemStatusChange,
} from '../subgraphs/assistance/guidance/guidance.entity';
import { AuditChange, IdempotencyKey } from '../graphql/mutations/audit.entity';
import { BaseEntity } from './base.entity';

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
