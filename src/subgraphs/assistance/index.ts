import {
  buildSubgraph,
  extendedEntities,
  ownedEntities,
  type Subgraph,
  type SubgraphModule,
} from '../../graphql/federation';
import * as listings from './listings';
import { assistancePolicy } from './policy';
import { Activity, Participation } from './activity/activity.entity';
import { HistoryResolver } from '../../graphql/mutations/history';
import { ChangeEventResolver } from './feed/feed.resolver';
import { WebhookResolver } from '../../graphql/webhooks/webhooks.resolver';
import { ActivityMutations, ParticipationMutations } from './activity/activity.mutations';
import {
  CommitteeMemberMutations,
  CommitteeMutations,
  CommitteeTargetSchoolMutations,
} from './committee/committee.mutations';
import { AttendanceMutations } from './event/attendance.mutations';
import { ImportMutations } from './import';
import { Guidance, Practice, PracticeEvidence, Problem, ProblemStatusChange } from './guidance/guidance.entity';
import { GuidanceMutations, PracticeMutations, ProblemMutations } from './guidance/guidance.mutations';
import {
  CountyGuidanceResolver,
  GuidanceResolver,
  PartnershipGuidanceResolver,
  PracticeEvidenceResolver,
  PracticeResolver,
  ProblemResolver,
  ProblemStatusChangeResolver,
  SchoolGuidanceResolver,
} from './guidance/guidance.resolver';
import { SchoolMetricMutations } from './metric/school-metric.mutations';
import { PartnershipMutations, PartnershipSchoolMutations } from './partnership/partnership.mutations';
import { AssistancePlanMutations, PlanGoalMutations } from './plan/plan.mutations';
import { ProgramMutations } from './program/program.mutations';
import { ActivityResolver, ParticipationResolver } from './activity/activity.resolver';
import { Committee, CommitteeMember, CommitteeTargetSchool } from './committee/committee.entity';
import {
  CommitteeMemberResolver,
  CommitteeResolver,
  CommitteeTargetSchoolResolver,
} from './committee/committee.resolver';
import { Attendance, Event } from './event/event.entity';
import { AttendanceResolver, EventResolver } from './event/event.resolver';
import {
  AgencyAssistanceResolver,
  CountyAssistanceResolver,
  EducationBureauAssistanceResolver,
  PersonAssistanceResolver,
  SchoolAssistanceResolver,
  UniversityAssistanceResolver,
} from './extensions.resolver';
import { SchoolMetric } from './metric/school-metric.entity';
import { SchoolMetricResolver } from './metric/school-metric.resolver';
import { Partnership, PartnershipSchool } from './partnership/partnership.entity';
import { PartnershipResolver, PartnershipSchoolResolver } from './partnership/partnership.resolver';
import { AssistancePlan, PlanGoal, PlanScheduledActivity } from './plan/plan.entity';
import { AssistancePlanResolver, PlanGoalResolver } from './plan/plan.resolver';
import { Program } from './program/program.entity';
import { ProgramResolver } from './program/program.resolver';
import { SearchResolver } from './search/search.resolver';
import {
  PartnershipProgressResolver,
  PartnershipSchoolTrackingResolver,
  PartnershipTrackingResolver,
  ProgressRollupRowResolver,
  SchoolProgressResolver,
  SchoolTrackingResolver,
  TrackingResolver,
} from './tracking/tracking.resolver';
import {
  ProgramStatisticsResolver,
  ProvinceStatisticsResolver,
  StatisticsResolver,
  UniversityStatisticsResolver,
} from './statistics/statistics.resolver';

/** The assistance subgraph's entities, parents before children. */
const entities = [
  Program,
  Committee,
  CommitteeMember,
  CommitteeTargetSchool,
  Partnership,
  PartnershipSchool,
  AssistancePlan,
  PlanGoal,
  PlanScheduledActivity,
  Event,
  Attendance,
  Activity,
  Participation,
  SchoolMetric,
  Problem,
  ProblemStatusChange,
  Guidance,
  Practice,
  PracticeEvidence,
];

/**
 * The assistance subgraph: programmes, partnerships, plans, activities, events, committees and
 * school metrics, plus their fields on the directory's organizations and the people's persons.
 */
export const assistance: SubgraphModule = {
  name: 'assistance',
  entities,
  listings: Object.values(listings),
  policy: assistancePolicy,
  build: buildAssistanceSubgraph,
};

function buildAssistanceSubgraph(): Promise<Subgraph> {
  return buildSubgraph(
    'assistance',
    {
      resolvers: [
        ProgramResolver,
        PartnershipResolver,
        PartnershipSchoolResolver,
        AssistancePlanResolver,
        PlanGoalResolver,
        ActivityResolver,
        ParticipationResolver,
        EventResolver,
        AttendanceResolver,
        CommitteeResolver,
        CommitteeTargetSchoolResolver,
        CommitteeMemberResolver,
        SchoolMetricResolver,
        UniversityAssistanceResolver,
        CountyAssistanceResolver,
        SchoolAssistanceResolver,
        PersonAssistanceResolver,
        AgencyAssistanceResolver,
        EducationBureauAssistanceResolver,
        SearchResolver,
        StatisticsResolver,
        ProgramStatisticsResolver,
        ProvinceStatisticsResolver,
        UniversityStatisticsResolver,
        // progress against the plans (issue 14)
        TrackingResolver,
        PartnershipTrackingResolver,
        PartnershipSchoolTrackingResolver,
        SchoolTrackingResolver,
        PartnershipProgressResolver,
        SchoolProgressResolver,
        ProgressRollupRowResolver,
        // problems, guidance and good practice (issue 14)
        ProblemResolver,
        ProblemStatusChangeResolver,
        GuidanceResolver,
        PracticeResolver,
        PracticeEvidenceResolver,
        SchoolGuidanceResolver,
        CountyGuidanceResolver,
        PartnershipGuidanceResolver,
        // writes (README, Writes), and the audit trail they leave
        ActivityMutations,
        ParticipationMutations,
        AttendanceMutations,
        AssistancePlanMutations,
        PlanGoalMutations,
        SchoolMetricMutations,
        ProgramMutations,
        PartnershipMutations,
        PartnershipSchoolMutations,
        CommitteeMutations,
        CommitteeMemberMutations,
        CommitteeTargetSchoolMutations,
        ImportMutations,
        ProblemMutations,
        GuidanceMutations,
        PracticeMutations,
        HistoryResolver,
        // the change feed as a subscription (issue 23)
        ChangeEventResolver,
        WebhookResolver,
      ],
    },
    {
      ...ownedEntities(entities),
      // Province (which carries `statistics`) is listed below, with search's references.
      ...extendedEntities(['University', 'County', 'School', 'Person', 'Agency', 'EducationBureau']),
      // `search` returns Province and Prefecture references too.
      ...extendedEntities(['Province', 'Prefecture']),
    },
  );
}
