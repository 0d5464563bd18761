import { Entity, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { Province } from '../province/province.entity';

@ObjectType({ description: 'A prefecture-level division (prefecture-level city, autonomous prefecture, league…).' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'directory' })
@NameSearchIndexes('directory', 'prefecture')
export class Prefecture extends BaseEntity {
  @Field({ description: 'GB/T 2260 four-digit code, e.g. "6404" for Guyuan.' })
  @Property({ length: 4 })
  @Unique()
  code!: string;

  @Field({ description: 'Official Chinese name, e.g. 固原市.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name (pinyin where no English name is established).' })
  @Property()
  nameEn!: string;

  @ManyToOne(() => Province, { ref: true, index: true, deleteRule: 'restrict' })
  province!: Ref<Province>;
}
