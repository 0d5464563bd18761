import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { LocalDate } from '../../../graphql/scalars';
import { PartnershipStatus } from '../enums';
import { Program } from '../program/program.entity';

@ObjectType({
  description: 'A university assisting a county within a programme (a counterpart assistance relationship).',
})
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['program', 'university', 'county'] })
export class Partnership extends BaseEntity {
  @ManyToOne(() => Program, { ref: true, index: true, deleteRule: 'restrict' })
  program!: Ref<Program>;

  @ManyToOne('University', { ref: true, index: true, deleteRule: 'restrict' })
  university!: Ref<OwnedElsewhere>;

  @ManyToOne('County', { ref: true, index: true, deleteRule: 'restrict' })
  county!: Ref<OwnedElsewhere>;

  /** The university's affiliated high school, where one takes part. */
  @ManyToOne('School', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  affiliatedHighSchool?: Ref<OwnedElsewhere>;

  @Field(() => PartnershipStatus, { description: 'Whether the partnership is under way.' })
  @Enum({ items: () => PartnershipStatus })
  status: PartnershipStatus = PartnershipStatus.ACTIVE;

  @Field(() => LocalDate, { nullable: true, description: 'When the trusteeship assistance agreement was signed.' })
  @Property({ type: 'date', nullable: true })
  @Index({ name: 'partnership_agreement_signed_on_idx' })
  agreementSignedOn?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When implementation started (fall semester 2022 for the trusteeship project).',
  })
  @Property({ type: 'date', nullable: true })
  startsOn?: string;
}

/** A county school a partnership covers. */
@ObjectType({ description: 'A county school covered by a partnership (the link between the two).' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['partnership', 'school'] })
export class PartnershipSchool extends BaseEntity {
  @ManyToOne(() => Partnership, { ref: true, index: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  @ManyToOne('School', { ref: true, index: true, deleteRule: 'restrict' })
  school!: Ref<OwnedElsewhere>;
}
