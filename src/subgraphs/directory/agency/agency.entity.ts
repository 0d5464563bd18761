import { Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { AgencyKind } from '../enums';

@ObjectType({
  description: 'A national education agency: the Ministry, its offices and departments, and institutions such as NAEA.',
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'directory' })
@NameSearchIndexes('directory', 'agency')
export class Agency extends BaseEntity {
  @Field({ description: 'Stable short code, e.g. "MOE", "MOE-GENERAL-OFFICE", "NAEA".' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: 'Chinese name, e.g. 教育部.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'English name, e.g. Ministry of Education.' })
  @Property()
  nameEn!: string;

  @Field(() => AgencyKind, { description: 'Ministry, office, department or academy.' })
  @Enum({ items: () => AgencyKind })
  kind!: AgencyKind;

  /** The agency this one belongs to (a department's ministry). */
  @ManyToOne(() => Agency, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  parent?: Ref<Agency>;
}
