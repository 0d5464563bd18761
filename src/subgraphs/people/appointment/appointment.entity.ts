import { Check, Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { LocalDate } from '../../../graphql/scalars';
import { AppointmentRole, OrganizationKind } from '../enums';
import { Person } from '../person/person.entity';

/**
 * A person's role at one organization over a period. The organization is one of four tables in
 * the directory schema; four nullable foreign keys (exactly one set, enforced by a check) keep the
 * integrity real instead of a polymorphic id the database cannot verify.
 */
@ObjectType({ description: "A person's role at a school, university, education bureau or agency over a period." })
@Directive('@key(fields: "id")')
@Entity({ schema: 'people' })
@Check({
  name: 'appointment_one_organization',
  expression: 'num_nonnulls(school_id, university_id, education_bureau_id, agency_id) = 1',
})
@Check({
  name: 'appointment_dates_ordered',
  expression: 'end_date is null or start_date is null or end_date >= start_date',
})
@Index({ name: 'appointment_school_role_idx', properties: ['school', 'role'] })
// One current principal per school: a partial unique index (appointPrincipal ends the previous one).
@Unique({
  name: 'appointment_one_current_principal',
  expression: `create unique index "appointment_one_current_principal" on "people"."appointment" ("school_id") where role = 'PRINCIPAL' and end_date is null`,
})
export class Appointment extends BaseEntity {
  @ManyToOne(() => Person, { ref: true, index: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Field(() => OrganizationKind, { description: 'Which kind of organization the appointment is at.' })
  @Enum({ items: () => OrganizationKind })
  organizationKind!: OrganizationKind;

  @ManyToOne('School', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  school?: Ref<OwnedElsewhere>;

  @ManyToOne('University', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  university?: Ref<OwnedElsewhere>;

  @ManyToOne('EducationBureau', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  educationBureau?: Ref<OwnedElsewhere>;

  @ManyToOne('Agency', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  agency?: Ref<OwnedElsewhere>;

  @Field(() => AppointmentRole, { description: 'The role held.' })
  @Enum({ items: () => AppointmentRole })
  @Index({ name: 'appointment_role_idx' })
  role!: AppointmentRole;

  @Field(() => String, {
    nullable: true,
    description:
      'The full title as published, e.g. "Member of MOE CPC Leadership Group, Vice Minister, and National Chief Inspector".',
  })
  @Property({ type: 'text', nullable: true })
  title?: string;

  @Field(() => LocalDate, { nullable: true, description: 'First day in the role, where known.' })
  @Property({ type: 'date', nullable: true })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day in the role; null while current.' })
  @Property({ type: 'date', nullable: true })
  endDate?: string;
}
