import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { Region } from '../../../shared/value-types';
import { ProvinceKind } from '../enums';

@ObjectType({
  description: 'A province-level division of mainland China (or the Xinjiang Production and Construction Corps).',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'directory' })
@NameSearchIndexes('directory', 'province')
export class Province extends BaseEntity {
  @Field({ description: 'GB/T 2260 two-digit code, e.g. "64" for Ningxia (the Corps uses "66").' })
  @Property({ length: 2 })
  @Unique()
  code!: string;

  @Field({ description: 'Official Chinese name, e.g. 宁夏回族自治区.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name, e.g. Ningxia Hui Autonomous Region.' })
  @Property()
  nameEn!: string;

  @Field(() => ProvinceKind, { description: 'Province, autonomous region, municipality or the Corps.' })
  @Enum({ items: () => ProvinceKind })
  kind!: ProvinceKind;

  @Field(() => Region, { description: 'Economic region the province belongs to.' })
  @Enum({ items: () => Region })
  @Index({ name: 'province_region_idx' })
  region!: Region;
}
