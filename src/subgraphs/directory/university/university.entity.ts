import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from '../province/province.entity';

@ObjectType({
  description: 'A university; those directly affiliated to the Ministry of Education run trusteeship assistance.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'directory' })
@NameSearchIndexes('directory', 'university')
export class University extends BaseEntity {
  @Field({ description: "The ministry's ten-digit institution identification code, e.g. 4111010001." })
  @Property({ length: 10 })
  @Unique()
  code!: string;

  @Field({ description: 'The five-digit national code of the institution, e.g. 10001.' })
  @Property({ length: 5 })
  @Unique()
  nationalCode!: string;

  @Field({ description: 'Official Chinese name, e.g. 北京大学.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'Official English name, e.g. Peking University.' })
  @Property()
  nameEn!: string;

  @Field({ description: 'Whether the university is directly affiliated to the Ministry of Education.' })
  @Property({ default: true })
  ministryAffiliated: boolean = true;

  @ManyToOne(() => Province, { ref: true, index: true, deleteRule: 'restrict' })
  province!: Ref<Province>;

  @ManyToOne(() => Prefecture, { ref: true, index: true, deleteRule: 'restrict' })
  prefecture!: Ref<Prefecture>;
}
