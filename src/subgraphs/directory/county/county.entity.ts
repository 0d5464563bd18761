import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Ref, Unique } from '@mikro-orm/core';
import { Activity } from '../../assistance/activity/activity.entity';
import { Partnership } from '../../assistance/partnership/partnership.entity';
import { School } from '../school/school.entity';
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
  @Index({ name: 'county_name_zh_idx' })
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

  /** Inverse side, for `where` filters through schools (no column). */
  @OneToMany(() => School, (school) => school.county)
  schools = new Collection<School>(this);

  /** Inverse side, for `where` filters through partnerships (no column). */
  @OneToMany(() => Partnership, (partnership) => partnership.county)
  partnerships = new Collection<Partnership>(this);

  /** Inverse side, for `where` filters through activities (no column). */
  @OneToMany(() => Activity, (activity) => activity.county)
  activities = new Collection<Activity>(this);
}
