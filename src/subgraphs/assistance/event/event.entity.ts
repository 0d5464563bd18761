import { Check, Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { LocalDate } from '../../../graphql/scalars';
import { Committee } from '../committee/committee.entity';
import { AttendanceRole, EventFormat, EventKind } from '../enums';
import { Program } from '../program/program.entity';

@ObjectType({ description: 'A conference, seminar, symposium or work conference.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'assistance' })
@NameSearchIndexes('assistance', 'event')
@Check({ name: 'event_dates_ordered', expression: 'end_date >= start_date' })
export class Event extends BaseEntity {
  @Field({ description: 'Stable short code, e.g. "NEWC-2023".' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: 'English name as published.' })
  @Property()
  @Index({ name: 'event_name_en_idx' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'Chinese name, where known.' })
  @Property({ nullable: true })
  nameZh?: string;

  @Field(() => EventKind, { description: 'Conference, seminar, symposium, work conference or training.' })
  @Enum({ items: () => EventKind })
  kind!: EventKind;

  @Field(() => EventFormat, { description: 'In person, hybrid or online.' })
  @Enum({ items: () => EventFormat })
  format!: EventFormat;

  @Field(() => LocalDate, { description: 'First day.' })
  @Property({ type: 'date' })
  @Index({ name: 'event_start_date_idx' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day (equal to the first for one-day events).' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => String, { nullable: true, description: 'Where it was held, e.g. Beijing.' })
  @Property({ nullable: true })
  location?: string;

  @Field(() => Int, { nullable: true, description: 'Edition number, e.g. 51 for the 51st seminar.' })
  @Property({ nullable: true })
  edition?: number;

  @Field(() => String, { nullable: true, description: 'What happened, in a few sentences.' })
  @Property({ type: 'text', nullable: true })
  summary?: string;

  /** The event this one was part of (the symposium within the seminar). */
  @ManyToOne(() => Event, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  parent?: Ref<Event>;

  @ManyToOne('Agency', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  organizer?: Ref<OwnedElsewhere>;

  @ManyToOne(() => Program, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  program?: Ref<Program>;

  @ManyToOne(() => Committee, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  committee?: Ref<Committee>;
}

/**
 * A person or an organization at an event. Exactly one of the five participant keys is set (a
 * check enforces it); the person's own organization is found through their appointments.
 */
@ObjectType({ description: 'A person or an organization taking part in an event, in a role.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Check({
  name: 'attendance_one_participant',
  expression: 'num_nonnulls(person_id, school_id, university_id, education_bureau_id, agency_id) = 1',
})
export class Attendance extends BaseEntity {
  @ManyToOne(() => Event, { ref: true, index: true, deleteRule: 'cascade' })
  event!: Ref<Event>;

  @ManyToOne('Person', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  person?: Ref<OwnedElsewhere>;

  @ManyToOne('School', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  school?: Ref<OwnedElsewhere>;

  @ManyToOne('University', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  university?: Ref<OwnedElsewhere>;

  @ManyToOne('EducationBureau', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  educationBureau?: Ref<OwnedElsewhere>;

  @ManyToOne('Agency', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  agency?: Ref<OwnedElsewhere>;

  @Field(() => AttendanceRole, { description: 'Chair, host, speaker, reporter or attendee.' })
  @Enum({ items: () => AttendanceRole })
  @Index({ name: 'attendance_role_idx' })
  role!: AttendanceRole;

  @Field(() => String, { nullable: true, description: 'What the participant did, as reported.' })
  @Property({ type: 'text', nullable: true })
  note?: string;
}
