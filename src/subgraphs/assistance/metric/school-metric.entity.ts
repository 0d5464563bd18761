import { Check, Entity, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';

@ObjectType({ description: "One school's figures for one school year, for tracking dashboards." })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['school', 'year'] })
@Check({ name: 'school_metric_year_range', expression: 'year >= 2000 and year <= 2100' })
@Check({
  name: 'school_metric_figures_valid',
  expression:
    'enrolled_students >= 0 and teachers >= 0 and graduates >= 0 and training_hours >= 0 and senior_title_teachers >= 0 and senior_title_teachers <= teachers and undergraduate_admissions >= 0 and undergraduate_admissions <= graduates',
})
export class SchoolMetric extends BaseEntity {
  @ManyToOne('School', { ref: true, index: true, deleteRule: 'cascade' })
  school!: Ref<OwnedElsewhere>;

  @Field(() => Int, { description: 'School year (the calendar year it starts in).' })
  @Property()
  @Index({ name: 'school_metric_year_idx' })
  year!: number;

  @Field(() => Int, { description: 'Students enrolled.' })
  @Property()
  enrolledStudents!: number;

  @Field(() => Int, { description: 'Full-time teachers.' })
  @Property()
  teachers!: number;

  @Field(() => Int, { description: 'Teachers with a senior professional title.' })
  @Property()
  seniorTitleTeachers!: number;

  @Field(() => Int, { description: 'Students graduating that year.' })
  @Property()
  graduates!: number;

  @Field(() => Int, { description: 'Graduates admitted to undergraduate programmes.' })
  @Property()
  undergraduateAdmissions!: number;

  @Field(() => Int, { description: 'Teacher-training hours delivered to the staff that year.' })
  @Property()
  trainingHours!: number;
}
