import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Ref, Unique } from '@mikro-orm/core';
import { Activity } from '../activity/activity.entity';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { LocalDate } from '../../../graphql/scalars';
import { County } from '../../directory/county/county.entity';
import { School } from '../../directory/school/school.entity';
import { University } from '../../directory/university/university.entity';
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

  @ManyToOne(() => University, { ref: true, index: true, deleteRule: 'restrict' })
  university!: Ref<University>;

  @ManyToOne(() => County, { ref: true, index: true, deleteRule: 'restrict' })
  county!: Ref<County>;

  /** The university's affiliated high school, where one takes part. */
  @ManyToOne(() => School, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  affiliatedHighSchool?: Ref<School>;

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

  /** Inverse side, for `where` filters through activities (no column). */
  @OneToMany(() => Activity, (activity) => activity.partnership)
  activities = new Collection<Activity>(this);
}

/** A county school a partnership covers. */
@ObjectType({ description: 'A county school covered by a partnership (the link between the two).' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['partnership', 'school'] })
export class PartnershipSchool extends BaseEntity {
  @ManyToOne(() => Partnership, { ref: true, index: true, deleteRule: 'cascade' })
  partnership!: Ref<Partnership>;

  @ManyToOne(() => School, { ref: true, index: true, deleteRule: 'restrict' })
  school!: Ref<School>;
}
