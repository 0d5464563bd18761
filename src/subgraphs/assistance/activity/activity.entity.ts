import { Check, Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { LocalDate } from '../../../graphql/scalars';
import { Committee } from '../committee/committee.entity';
import { ActivityKind, EventFormat, ParticipationRole } from '../enums';
import { Partnership } from '../partnership/partnership.entity';
import { Program } from '../program/program.entity';

@ObjectType({ description: 'Something done under a programme: a team dispatched, a training, a camp, a field visit…' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Check({ name: 'activity_dates_ordered', expression: 'end_date is null or end_date >= start_date' })
@Check({ name: 'activity_reach_non_negative', expression: 'reach >= 0' })
@Index({ name: 'activity_kind_start_date_idx', properties: ['kind', 'startDate'] })
export class Activity extends BaseEntity {
  @Field(() => ActivityKind, { description: 'What was done.' })
  @Enum({ items: () => ActivityKind })
  kind!: ActivityKind;

  @Field({ description: 'Short title.' })
  @Property()
  title!: string;

  @Field(() => EventFormat, { description: 'In person, hybrid or online.' })
  @Enum({ items: () => EventFormat })
  format: EventFormat = EventFormat.IN_PERSON;

  @Field(() => LocalDate, { description: 'First day.' })
  @Property({ type: 'date' })
  @Index({ name: 'activity_start_date_idx' })
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day; null for one-day activities.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string;

  @Field(() => Int, {
    description:
      'How many people the activity reached, including those not recorded individually (students at a camp).',
  })
  @Property({ default: 0 })
  reach: number = 0;

  @ManyToOne(() => Program, { ref: true, index: true, deleteRule: 'restrict' })
  program!: Ref<Program>;

  @ManyToOne(() => Partnership, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  partnership?: Ref<Partnership>;

  @ManyToOne(() => Committee, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  committee?: Ref<Committee>;

  /** The university that ran the activity, if any. */
  @ManyToOne('University', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  university?: Ref<OwnedElsewhere>;

  /** The school the activity was for or at, if one. */
  @ManyToOne('School', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  school?: Ref<OwnedElsewhere>;

  /** The county the activity was for, if one. */
  @ManyToOne('County', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  county?: Ref<OwnedElsewhere>;
}

@ObjectType({ description: 'A person taking part in an activity.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['activity', 'person'] })
export class Participation extends BaseEntity {
  // No index of its own: the unique (activity_id, person_id) leads with it.
  @ManyToOne(() => Activity, { ref: true, deleteRule: 'cascade' })
  activity!: Ref<Activity>;

  @ManyToOne('Person', { ref: true, index: true, deleteRule: 'restrict' })
  person!: Ref<OwnedElsewhere>;

  @Field(() => ParticipationRole, { description: 'How the person took part.' })
  @Enum({ items: () => ParticipationRole })
  role!: ParticipationRole;
}
