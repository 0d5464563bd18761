import { Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { LocalDate } from '../../../graphql/scalars';
import { ProgramKind } from '../enums';

@ObjectType({
  description: 'A ministry programme: trusteeship assistance, group assistance, a national training programme.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'assistance' })
@NameSearchIndexes('assistance', 'program')
export class Program extends BaseEntity {
  @Field({ description: 'Stable short code, e.g. "COUNTY-HIGH-SCHOOL-TRUSTEESHIP".' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: 'Chinese name.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name.' })
  @Property()
  nameEn!: string;

  @Field(() => ProgramKind, { description: 'Trusteeship assistance, group assistance or training programme.' })
  @Enum({ items: () => ProgramKind })
  kind!: ProgramKind;

  @Field({ description: 'What the programme does, in a few sentences.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Title of the notice that launched the programme.' })
  @Property({ type: 'text', nullable: true })
  noticeTitle?: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the notice was issued (first day of the month where only the month is known).',
  })
  @Property({ type: 'date', nullable: true })
  announcedOn?: string;

  @Field(() => LocalDate, { nullable: true, description: 'When implementation started.' })
  @Property({ type: 'date', nullable: true })
  startsOn?: string;

  /** The agency that issued the notice (the ministry's General Office for the trusteeship project). */
  @ManyToOne('Agency', { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  issuingAgency?: Ref<OwnedElsewhere>;
}
