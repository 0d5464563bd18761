import { Check, Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { School } from '../../directory/school/school.entity';
import { ImprovementTask } from '../enums';
import { Partnership } from '../partnership/partnership.entity';

@ObjectType({
  description: 'A "one school, one policy" assistance plan for one school, with goals on the four improvement tasks.',
})
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Check({ name: 'assistance_plan_years_ordered', expression: 'end_year >= start_year' })
export class AssistancePlan extends BaseEntity {
  @ManyToOne(() => School, { ref: true, index: true, deleteRule: 'restrict' })
  school!: Ref<School>;

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
export class PlanGoal extends BaseEntity {
  @ManyToOne(() => AssistancePlan, { ref: true, index: true, deleteRule: 'cascade' })
  plan!: Ref<AssistancePlan>;

  @Field(() => ImprovementTask, { description: 'The improvement task the goal serves.' })
  @Enum({ items: () => ImprovementTask })
  task!: ImprovementTask;

  @Field({ description: 'What the plan aims to achieve on this task.' })
  @Property({ type: 'text' })
  description!: string;
}
