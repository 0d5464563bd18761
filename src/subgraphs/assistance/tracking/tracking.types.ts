import { ArgsType, Field, Float, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../../graphql/listing/operators';
import { LocalDate } from '../../../graphql/scalars';
import { ActivityKind, GoalMeasure, ImprovementTask } from '../enums';
import type { SubjectKind } from './tracking.sql';

/** The defaults of the status rules (also in the argument descriptions). */
export const RULE_DEFAULTS = {
  quietAfterDays: 180,
  windowDays: 365,
  goalTolerance: 0.15,
  activityRatio: 0.75,
} as const;

export enum TrackingStatus {
  QUIET = 'QUIET',
  BEHIND = 'BEHIND',
  ON_TRACK = 'ON_TRACK',
}
registerEnumType(TrackingStatus, {
  name: 'TrackingStatus',
  description:
    'Where a partnership or school stands against its plans as of a date. The rules apply in this order: QUIET, then BEHIND, else ON_TRACK.',
  valuesConfig: {
    QUIET: {
      description:
        'No activity started within `quietAfterDays` days before `asOf`: no activity at all, or the last one more than `quietAfterDays` days before (an activity exactly `quietAfterDays` days before still counts).',
    },
    BEHIND: {
      description:
        'Not quiet, and behind on a goal (its share of the way below its expected share minus `goalTolerance`) or on an activity kind (done in the window fewer than `activityRatio` × planned in the window, rounded down).',
    },
    ON_TRACK: { description: 'Neither quiet nor behind.' },
  },
});

@ArgsType()
export class TrackingArgs {
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The date progress is computed as of (default: today, UTC). Activities after it and school figures of school years that start after it are ignored.',
  })
  asOf?: string | null;

  @Field(() => Int, {
    defaultValue: RULE_DEFAULTS.quietAfterDays,
    description: 'QUIET when the last activity started more than this many days before `asOf` (0–3650).',
  })
  quietAfterDays!: number;

  @Field(() => Int, {
    defaultValue: RULE_DEFAULTS.windowDays,
    description:
      'The window activities are counted in: the `windowDays` days up to and including `asOf` (1–3650). What the plans schedule for a school year (September to August) counts in the window by the share of its days inside it.',
  })
  windowDays!: number;

  @Field(() => Float, {
    defaultValue: RULE_DEFAULTS.goalTolerance,
    description:
      'A goal is behind when its share of the way is below its expected share minus this (0–1). The expected share is the part of the goal period (baseline year to target year) elapsed at the latest figure.',
  })
  goalTolerance!: number;

  @Field(() => Float, {
    defaultValue: RULE_DEFAULTS.activityRatio,
    description:
      'An activity kind is behind when fewer were done in the window than this ratio times those planned in the window, rounded down (0–10): a one-off planned in another school year does not make a window behind.',
  })
  activityRatio!: number;
}

@ObjectType({ description: 'One plan goal against the school figure that measures it.' })
export class GoalProgress {
  @Field(() => ImprovementTask, { description: 'The improvement task of the goal.' })
  task!: ImprovementTask;

  @Field(() => GoalMeasure, { nullable: true, description: 'What measures it; null for a goal without a number.' })
  measure!: GoalMeasure | null;

  @Field(() => Float, { nullable: true, description: 'The value when the plan was drawn up.' })
  baseline!: number | null;

  @Field(() => Int, { nullable: true, description: 'The school year of the baseline.' })
  baselineYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'The value the plan aims for.' })
  target!: number | null;

  @Field(() => Int, { nullable: true, description: 'The school year the target is due.' })
  targetYear!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The latest figure: from the school's latest SchoolMetric between the baseline year and the target year, of a school year begun by `asOf`.",
  })
  latest!: number | null;

  @Field(() => Int, { nullable: true, description: 'The school year of `latest`.' })
  latestYear!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '(latest − baseline) / (target − baseline), clamped to 0–1: 0 at or worse than the baseline, 1 at or past the target (in the direction of the measure; a target equal to its baseline: 1 when reached, else 0). Null without a latest figure.',
  })
  shareOfTheWay!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Where the share should be by the latest figure: (latestYear − baselineYear) / (targetYear − baselineYear), clamped to 0–1.',
  })
  expectedShare!: number | null;

  @Field({ description: 'Whether shareOfTheWay < expectedShare − goalTolerance.' })
  behind!: boolean;
}

@ObjectType({ description: 'Activities of one kind in the window against what the plans schedule.' })
export class ActivityProgress {
  @Field(() => ActivityKind, { description: 'The kind of activity.' })
  kind!: ActivityKind;

  @Field(() => Int, { description: 'Activities of this kind started in the window.' })
  done!: number;

  @Field(() => Float, {
    description: 'Activities of this kind the plans schedule in the window (prorated by days of each school year).',
  })
  planned!: number;

  @Field({ description: 'Whether done < floor(activityRatio × planned).' })
  behind!: boolean;
}

/**
 * The fields every progress row has; the subject's own type adds what it is the progress of. Other
 * tracking records (problems found, guidance given) join on `subjectId` (a partnership or school id):
 * add their fields here or on the two types, batched by subject id like loadProgress.
 */
@InterfaceType({
  description: 'Progress against the plans as of a date: goals, activities, last activity and status.',
  resolveType: (value: Progress) => (value.kind === 'partnership' ? 'PartnershipProgress' : 'SchoolProgress'),
})
export abstract class Progress {
  /** What the progress is of. */
  kind!: SubjectKind;

  /** The subject (partnership or school) id: the key to join other tracking records on (problems, guidance). */
  subjectId!: string;

  @Field(() => LocalDate, { description: 'The date the progress is computed as of.' })
  asOf!: string;

  @Field(() => TrackingStatus, { description: 'The status by the rules of TrackingStatus.' })
  status!: TrackingStatus;

  @Field(() => LocalDate, { nullable: true, description: 'When the last activity started (by `asOf`).' })
  lastActivityOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days from `lastActivityOn` to `asOf`.' })
  daysSinceLastActivity!: number | null;

  @Field(() => [GoalProgress], { description: 'The goals of its plans begun by `asOf`, in task order.' })
  goals!: GoalProgress[];

  @Field(() => [ActivityProgress], {
    description: 'Activity kinds done or planned in the window, by kind.',
  })
  activities!: ActivityProgress[];

  @Field(() => [ImprovementTask], { description: 'The tasks of the goals that are behind.' })
  behindOn!: ImprovementTask[];

  @Field(() => [ActivityKind], { description: 'The activity kinds that are behind.' })
  behindOnActivities!: ActivityKind[];
}

@ObjectType({ implements: Progress, description: "A partnership's progress against the plans it drew up." })
export class PartnershipProgress extends Progress {}

@ObjectType({
  implements: Progress,
  description: "A school's progress against its plans (whoever drew them up) and its activities.",
})
export class SchoolProgress extends Progress {}

@InputType({ description: 'Which progress rows to list (all conditions must hold; a list matches any of its values).' })
export class ProgressWhere {
  @Field(() => [ID], { nullable: true, description: 'In one of these programmes (by id).' })
  programIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'In one of these programmes (by code).' })
  programCodes?: string[] | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Of one of these universities, by id (schools: covered by a partnership of theirs).',
  })
  universityIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Of one of these universities (by ministry code).' })
  universityCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'In one of these counties (by id).' })
  countyIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'In one of these counties (by GB/T 2260 code).' })
  countyCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'In one of these province-level units (by id).' })
  provinceIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'In one of these province-level units (by GB/T 2260 code).',
  })
  provinceCodes?: string[] | null;

  @Field(() => [TrackingStatus], { nullable: true, description: 'With one of these statuses.' })
  status?: TrackingStatus[] | null;

  @Field(() => [ImprovementTask], { nullable: true, description: 'Behind on a goal of one of these tasks.' })
  behindOn?: ImprovementTask[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Quiet since this date: no activity started on or after it (by `asOf`).',
  })
  quietSince?: string | null;
}

export enum ProgressOrderField {
  STATUS = 'STATUS',
  LAST_ACTIVITY_ON = 'LAST_ACTIVITY_ON',
  SHARE_EDUCATIONAL_QUALITY = 'SHARE_EDUCATIONAL_QUALITY',
  SHARE_TEACHING_FORCE_CAPACITY = 'SHARE_TEACHING_FORCE_CAPACITY',
  SHARE_STUDENT_WELL_ROUNDEDNESS = 'SHARE_STUDENT_WELL_ROUNDEDNESS',
  SHARE_SCHOOL_MANAGEMENT = 'SHARE_SCHOOL_MANAGEMENT',
}
registerEnumType(ProgressOrderField, {
  name: 'ProgressOrderField',
  description: 'What progress rows can be sorted by (ties by id).',
  valuesConfig: {
    STATUS: { description: 'QUIET, BEHIND, ON_TRACK (ascending).' },
    LAST_ACTIVITY_ON: { description: 'The last activity date; none sorts as the earliest.' },
    SHARE_EDUCATIONAL_QUALITY: {
      description:
        'Average share of the way of the educational-quality goals (ascending: furthest behind first; unmeasured last).',
    },
    SHARE_TEACHING_FORCE_CAPACITY: { description: 'Likewise for teaching-force capacity (teaching quality).' },
    SHARE_STUDENT_WELL_ROUNDEDNESS: { description: 'Likewise for student well-roundedness.' },
    SHARE_SCHOOL_MANAGEMENT: { description: 'Likewise for school management.' },
  },
});

@InputType({ description: 'How to sort progress rows.' })
export class ProgressOrderBy {
  @Field(() => ProgressOrderField, { description: 'The sort key.' })
  field!: ProgressOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'The direction.' })
  direction!: OrderDirection;
}

@ArgsType()
export class ProgressListArgs extends TrackingArgs {
  @Field(() => ProgressWhere, { nullable: true, description: 'Which rows; all when omitted.' })
  where?: ProgressWhere | null;

  @Field(() => ProgressOrderBy, {
    nullable: true,
    description: 'The order (default: by status, then id).',
  })
  orderBy?: ProgressOrderBy | null;

  @Field(() => Int, { nullable: true, description: 'At most this many rows after `after` (default 20, at most 100).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the row to start after (from `pageInfo.endCursor`).' })
  after?: string | null;
}

export enum ProgressRollupDimension {
  PROGRAM = 'PROGRAM',
  UNIVERSITY = 'UNIVERSITY',
  COUNTY = 'COUNTY',
  PROVINCE = 'PROVINCE',
}
registerEnumType(ProgressRollupDimension, {
  name: 'ProgressRollupDimension',
  description: 'What partnerships are rolled up by.',
  valuesConfig: {
    PROGRAM: { description: 'Their programme.' },
    UNIVERSITY: { description: 'The assisting university.' },
    COUNTY: { description: 'The assisted county.' },
    PROVINCE: { description: "The assisted county's province-level unit." },
  },
});

@ObjectType({ description: 'The goals of one task across the partnerships of a rollup row.' })
export class TaskRollup {
  @Field(() => ImprovementTask, { description: 'The task.' })
  task!: ImprovementTask;

  @Field(() => Float, {
    nullable: true,
    description:
      "Average over the partnerships of their average share of the way on the task's goals; null when none is measured.",
  })
  averageShare!: number | null;

  @Field(() => Int, { description: 'Partnerships behind on a goal of this task.' })
  behind!: number;
}

@ArgsType()
export class ProgressRollupArgs extends TrackingArgs {
  @Field(() => ProgressRollupDimension, { description: 'What to roll up by.' })
  by!: ProgressRollupDimension;

  @Field(() => ProgressWhere, { nullable: true, description: 'Which partnerships; all when omitted.' })
  where?: ProgressWhere | null;
}
