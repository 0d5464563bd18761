import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { CountyKind } from '../enums';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from '../province/province.entity';

@ObjectType({ description: 'A county-level division (county, district, county-level city, banner…).' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'directory' })
@NameSearchIndexes('directory', 'county')
export class County extends BaseEntity {
  @Field({ description: 'GB/T 2260 six-digit code, e.g. "640402" for Yuanzhou District.' })
  @Property({ length: 6 })
  @Unique()
  code!: string;

  @Field({ description: 'Official Chinese name.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name (pinyin where no English name is established).' })
  @Property()
  nameEn!: string;

  @Field(() => CountyKind, { description: 'County, district, county-level city, banner…' })
  @Enum({ items: () => CountyKind })
  kind!: CountyKind;

  @Field({
    description:
      'Whether the county is one of the 160 key counties of the national rural revitalization programme (2018–2035).',
  })
  @Property({ default: false })
  @Index({ name: 'county_key_revitalization_idx' })
  keyRevitalizationCounty: boolean = false;

  @ManyToOne(() => Prefecture, { ref: true, index: true, deleteRule: 'restrict' })
  prefecture!: Ref<Prefecture>;

  /** Denormalised from the prefecture so that province filters need no join. */
  @ManyToOne(() => Province, { ref: true, index: true, deleteRule: 'restrict' })
  province!: Ref<Province>;
}
