import { Entity, Enum, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { County } from '../county/county.entity';
import { SchoolKind } from '../enums';
import { Province } from '../province/province.entity';
import { University } from '../university/university.entity';

@ObjectType({
  description: 'A senior middle school: a county school receiving assistance, or a university-affiliated high school.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'directory' })
@NameSearchIndexes('directory', 'school')
// A province's schools by name read in order, with no sort: the list's `province: { code: { eq } }` is
// `province_id = (select …)` (src/graphql/listing/where-sql.ts). Also serves the foreign key alone.
@Index({ name: 'school_province_id_name_zh_id_idx', properties: ['province', 'nameZh', 'id'] })
export class School extends BaseEntity {
  @Field({ description: 'Ten-digit school identification code (synthetic where the documents give none).' })
  @Property({ length: 10 })
  @Unique()
  code!: string;

  @Field({ description: 'Chinese name, e.g. 西吉县中学.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name.' })
  @Property()
  nameEn!: string;

  @Field(() => SchoolKind, { description: 'County senior middle school or university-affiliated high school.' })
  @Enum({ items: () => SchoolKind })
  @Index({ name: 'school_kind_idx' })
  kind!: SchoolKind;

  @Field(() => Int, { nullable: true, description: 'Year the school was founded, where known.' })
  @Property({ nullable: true })
  foundedYear?: number;

  @ManyToOne(() => County, { ref: true, index: true, deleteRule: 'restrict' })
  county!: Ref<County>;

  /** Denormalised from the county so that province filters and groupings need no join. */
  @ManyToOne(() => Province, { ref: true, deleteRule: 'restrict' })
  province!: Ref<Province>;

  /** For affiliated high schools: the university they belong to. */
  @ManyToOne(() => University, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  university?: Ref<University>;
}
