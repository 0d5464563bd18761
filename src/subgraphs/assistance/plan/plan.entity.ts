import { Check, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { ActivityKind, GoalMeasure, ImprovementTask } from '../enums';
import { Partnership } from '../partnership/partnership.entity';

@ObjectType({
  description: 'A "one school, one policy" assistance plan for one school, with goals on the four improvement tasks.',
})
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Check({ name: 'assistance_plan_years_ordered', expression: 'end_year >= start_year' })
export class AssistancePlan extends BaseEntity {
  @ManyToOne('School', { ref: true, index: true, deleteRule: 'restrict' })
  school!: Ref<OwnedElsewhere>;

  /** The partnership that drew the plan up; null for plans of the committee programme. */
  @ManyToOne(() => Partnership, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  partnership?: Ref<Partnership>;

  @Field({ description: 'Title of the plan.' })
  @Property()
  title!: string;

  @Field(() => Int, { description: 'First school year the plan covers.' })
  @Property()
  startYear!: number;

  @Field(() => Int, { description: 'Last school year the plan covers.' })
  @Property()
  endYear!: number;
}

@ObjectType({ description: 'A goal of an assistance plan on one of the four improvement tasks.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['plan', 'task'] })
@Check({
  name: 'plan_goal_measured',
  expression:
    'measure is null or (baseline is not null and baseline_year is not null and target is not null and target_year is not null and target_year >= baseline_year)',
})
export class PlanGoal extends BaseEntity {
  @ManyToOne(() => AssistancePlan, { ref: true, index: true, deleteRule: 'cascade' })
  plan!: Ref<AssistancePlan>;

  @Field(() => ImprovementTask, { description: 'The improvement task the goal serves.' })
  @Enum({ items: () => ImprovementTask })
  task!: ImprovementTask;

  @Field({ description: 'What the plan aims to achieve on this task.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => GoalMeasure, {
    nullable: true,
    description: 'The school figure that measures the goal (see GoalMeasure); null for a goal without a number.',
  })
  @Enum({ items: () => GoalMeasure, nullable: true })
  measure?: GoalMeasure | null;

  @Field(() => Float, { nullable: true, description: 'The value of the measure when the plan was drawn up.' })
  @Property({ type: 'double', nullable: true })
  baseline?: number | null;

  @Field(() => Int, { nullable: true, description: 'The school year the baseline was measured in.' })
  @Property({ type: 'integer', nullable: true })
  baselineYear?: number | null;

  @Field(() => Float, { nullable: true, description: 'The value of the measure the plan aims for.' })
  @Property({ type: 'double', nullable: true })
  target?: number | null;

  @Field(() => Int, { nullable: true, description: 'The school year by which the target should be reached.' })
  @Property({ type: 'integer', nullable: true })
  targetYear?: number | null;
}

@ObjectType({ description: 'How many activities of one kind a plan schedules in one school year.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['plan', 'kind', 'year'] })
@Check({ name: 'plan_scheduled_activity_valid', expression: 'planned_count >= 0 and year >= 2000 and year <= 2100' })
export class PlanScheduledActivity extends BaseEntity {
  @ManyToOne(() => AssistancePlan, { ref: true, index: true, deleteRule: 'cascade' })
  plan!: Ref<AssistancePlan>;

  @Field(() => ActivityKind, { description: 'The kind of activity scheduled.' })
  @Enum({ items: () => ActivityKind })
  kind!: ActivityKind;

  @Field(() => Int, { description: 'The school year (the calendar year it starts in, September to August).' })
  @Property()
  year!: number;

  @Field(() => Int, { description: 'How many activities of this kind the plan schedules in that school year.' })
  @Property()
  plannedCount!: number;
}
