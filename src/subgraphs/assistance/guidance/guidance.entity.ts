import { Check, Entity, Enum, Index, ManyToOne, Property, Ref } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { LocalDate } from '../../../graphql/scalars';
import { Activity } from '../activity/activity.entity';
import { Committee } from '../committee/committee.entity';
import {
  FindingMethod,
  FollowUpStatus,
  ImprovementTask,
  ProblemSeverity,
  ProblemStatus,
  TrackingParty,
} from '../enums';
import { SchoolMetric } from '../metric/school-metric.entity';
import { Partnership } from '../partnership/partnership.entity';

/*
 * The tracking and guidance mechanism (document 004; issue 14): problems found at a school or a county,
 * the guidance given for each, and good practice worth promoting. Every record names its county (and
 * its school, when it is about one): that is where its rights hang (rights.ts: trackedSchool,
 * trackedCounty) and what the per-county lists read.
 */

@ObjectType({
  description:
    'A problem found at a school or a county while implementing the assistance: on which improvement task, who found it and how, how severe, and where it stands (its status history in `statusChanges`).',
})
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Index({ name: 'problem_county_status_idx', properties: ['county', 'status'] })
@Check({ name: 'problem_dates_ordered', expression: 'status_on >= found_on' })
@Check({
  name: 'problem_finder_named',
  expression:
    "(found_by = 'COMMITTEE') = (committee_id is not null) and (found_by = 'UNIVERSITY') = (university_id is not null)",
})
export class Problem extends BaseEntity {
  /** The school it was found at; null for a problem of the county as a whole. */
  @ManyToOne('School', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  school?: Ref<OwnedElsewhere>;

  /** The county: the school's, or the county the problem is about. */
  @ManyToOne('County', { ref: true, deleteRule: 'restrict' })
  county!: Ref<OwnedElsewhere>;

  /** The partnership it concerns, if one (its county is the problem's). */
  @ManyToOne(() => Partnership, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  partnership?: Ref<Partnership>;

  /** The committee that found it (when `foundBy` is COMMITTEE). */
  @ManyToOne(() => Committee, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  committee?: Ref<Committee>;

  /** The university that found it (when `foundBy` is UNIVERSITY). */
  @ManyToOne('University', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  university?: Ref<OwnedElsewhere>;

  @Field(() => ImprovementTask, { description: 'The improvement task the problem stands in the way of.' })
  @Enum({ items: () => ImprovementTask })
  task!: ImprovementTask;

  @Field({ description: 'Short title of the problem.' })
  @Property()
  title!: string;

  @Field({ description: 'What was found.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => TrackingParty, { description: 'Who found it: a committee, a university, the county or the ministry.' })
  @Enum({ items: () => TrackingParty })
  foundBy!: TrackingParty;

  @Field(() => FindingMethod, { description: 'How it was found.' })
  @Enum({ items: () => FindingMethod })
  method!: FindingMethod;

  @Field(() => LocalDate, { description: 'The day it was found.' })
  @Property({ type: 'date' })
  foundOn!: string;

  @Field(() => ProblemSeverity, { description: 'How much it holds implementation back.' })
  @Enum({ items: () => ProblemSeverity })
  severity!: ProblemSeverity;

  @Field(() => ProblemStatus, {
    description: 'Where it stands now (changed only by `changeProblemStatus`, which records each change).',
  })
  @Enum({ items: () => ProblemStatus })
  status: ProblemStatus = ProblemStatus.OPEN;

  @Field(() => LocalDate, { description: 'The day the status became what it is (`foundOn` while OPEN).' })
  @Property({ type: 'date' })
  statusOn!: string;
}

@ObjectType({ description: "A change of a problem's status: its history, oldest first." })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
export class ProblemStatusChange extends BaseEntity {
  @ManyToOne(() => Problem, { ref: true, index: true, deleteRule: 'cascade' })
  problem!: Ref<Problem>;

  @Field(() => ProblemStatus, { description: 'The status the problem took.' })
  @Enum({ items: () => ProblemStatus })
  status!: ProblemStatus;

  @Field(() => LocalDate, { description: 'The day it took it.' })
  @Property({ type: 'date' })
  changedOn!: string;

  @Field(() => String, { nullable: true, description: 'Why, or what was done.' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}

@ObjectType({
  description:
    'Guidance given for a problem: by a committee member, a university team or the ministry; what was suggested, and its follow-up.',
})
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Check({ name: 'guidance_follow_up_ordered', expression: 'follow_up_on is null or follow_up_on >= given_on' })
@Check({
  name: 'guidance_adviser_named',
  expression:
    "given_by <> 'COUNTY' and (given_by = 'COMMITTEE') = (committee_id is not null) and (given_by = 'UNIVERSITY') = (university_id is not null)",
})
export class Guidance extends BaseEntity {
  @ManyToOne(() => Problem, { ref: true, index: true, deleteRule: 'cascade' })
  problem!: Ref<Problem>;

  @Field(() => TrackingParty, {
    description: 'Who gave it: a committee (member), a university (team) or the ministry.',
  })
  @Enum({ items: () => TrackingParty })
  givenBy!: TrackingParty;

  /** The committee whose member gave it (when `givenBy` is COMMITTEE). */
  @ManyToOne(() => Committee, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  committee?: Ref<Committee>;

  /** The university whose team gave it (when `givenBy` is UNIVERSITY). */
  @ManyToOne('University', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  university?: Ref<OwnedElsewhere>;

  /** The person who gave it, if recorded (a committee member, a team lead). */
  @ManyToOne('Person', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  person?: Ref<OwnedElsewhere>;

  @Field({ description: 'What was suggested.' })
  @Property({ type: 'text' })
  suggestion!: string;

  @Field(() => LocalDate, { description: 'The day it was given.' })
  @Property({ type: 'date' })
  givenOn!: string;

  @Field(() => FollowUpStatus, { description: 'What became of it.' })
  @Enum({ items: () => FollowUpStatus })
  followUpStatus: FollowUpStatus = FollowUpStatus.PENDING;

  @Field(() => String, { nullable: true, description: 'What the follow-up found.' })
  @Property({ type: 'text', nullable: true })
  followUp?: string;

  @Field(() => LocalDate, { nullable: true, description: 'The day of the follow-up, not before `givenOn`.' })
  @Property({ type: 'date', nullable: true })
  followUpOn?: string;
}

@ObjectType({
  description:
    'Good practice: what was done, where, by whom, on which improvement task, and the evidence it rests on; the ministry marks it for promotion. Found by `search` (type PRACTICE) by its names.',
})
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@NameSearchIndexes('assistance', 'practice')
export class Practice extends BaseEntity {
  @Field({ description: 'Chinese name of the practice.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name of the practice.' })
  @Property()
  nameEn!: string;

  @Field({ description: 'What was done, and how.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => ImprovementTask, { description: 'The improvement task it served.' })
  @Enum({ items: () => ImprovementTask })
  task!: ImprovementTask;

  /** The school where it was done; null for a practice of the county as a whole. */
  @ManyToOne('School', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  school?: Ref<OwnedElsewhere>;

  /** The county: the school's, or the county where it was done. */
  @ManyToOne('County', { ref: true, index: true, deleteRule: 'restrict' })
  county!: Ref<OwnedElsewhere>;

  /** The university that did it, if one. */
  @ManyToOne('University', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  university?: Ref<OwnedElsewhere>;

  /** The partnership it was done under, if one. */
  @ManyToOne(() => Partnership, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  partnership?: Ref<Partnership>;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The day the ministry marked it for promotion (`promotePractice`); null while not marked.',
  })
  @Property({ type: 'date', nullable: true })
  @Index({ name: 'practice_promoted_on_idx' })
  promotedOn?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who at the ministry marked it (the token subject), with `promotedOn`.',
  })
  @Property({ type: 'text', nullable: true })
  promotedBy?: string;
}

@ObjectType({ description: 'What a practice rests on: one activity, or one school figure (a metric record).' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Check({ name: 'practice_evidence_one_source', expression: 'num_nonnulls(activity_id, metric_id) = 1' })
export class PracticeEvidence extends BaseEntity {
  @ManyToOne(() => Practice, { ref: true, index: true, deleteRule: 'cascade' })
  practice!: Ref<Practice>;

  /** The activity it rests on. */
  @ManyToOne(() => Activity, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  activity?: Ref<Activity>;

  /** The school figures it rests on. */
  @ManyToOne(() => SchoolMetric, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  metric?: Ref<SchoolMetric>;

  @Field(() => String, { nullable: true, description: 'What this evidence shows.' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
