import { Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { County } from '../county/county.entity';
import { BureauLevel } from '../enums';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from '../province/province.entity';

@ObjectType({
  description: 'A local education authority: a provincial department, a prefecture or a county education bureau.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'directory' })
@NameSearchIndexes('directory', 'education_bureau')
export class EducationBureau extends BaseEntity {
  @Field({
    description: 'The GB/T 2260 code of the division the bureau serves, e.g. "640400" for Guyuan; unique per bureau.',
  })
  @Property({ length: 6 })
  @Unique()
  code!: string;

  @Field({ description: 'Chinese name, e.g. 固原市教育体育局.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name, e.g. Guyuan Education and Sports Bureau.' })
  @Property()
  nameEn!: string;

  @Field(() => BureauLevel, { description: 'Provincial, prefectural or county level.' })
  @Enum({ items: () => BureauLevel })
  level!: BureauLevel;

  @ManyToOne(() => Province, { ref: true, index: true, deleteRule: 'restrict' })
  province!: Ref<Province>;

  @ManyToOne(() => Prefecture, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  prefecture?: Ref<Prefecture>;

  @ManyToOne(() => County, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  county?: Ref<County>;
}
