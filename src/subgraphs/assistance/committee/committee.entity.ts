import { Entity, Enum, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../db/base.entity';
import type { OwnedElsewhere } from '../../../shared/cross-links';
import { NameSearchIndexes } from '../../../db/name-indexes';
import { CommitteeRole } from '../enums';
import { Program } from '../program/program.entity';

@ObjectType({ description: 'An expert committee that supports a programme and its target schools.' })
@Directive('@key(fields: "id")')
@Directive('@key(fields: "code")')
@Entity({ schema: 'assistance' })
@NameSearchIndexes('assistance', 'committee')
export class Committee extends BaseEntity {
  @Field({ description: 'Stable short code, e.g. "RURAL-TALENT-GROUP-ASSISTANCE".' })
  @Property()
  @Unique()
  code!: string;

  @Field({ description: 'English name as published.' })
  @Property()
  nameEn!: string;

  @Field({ description: 'Chinese name.' })
  @Property()
  nameZh!: string;

  @Field({ description: 'What the committee does.' })
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Program, { ref: true, index: true, deleteRule: 'restrict' })
  program!: Ref<Program>;
}

@ObjectType({ description: 'A person serving on a committee.' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['committee', 'person'] })
export class CommitteeMember extends BaseEntity {
  @ManyToOne(() => Committee, { ref: true, index: true, deleteRule: 'cascade' })
  committee!: Ref<Committee>;

  @ManyToOne('Person', { ref: true, index: true, deleteRule: 'restrict' })
  person!: Ref<OwnedElsewhere>;

  @Field(() => CommitteeRole, { description: 'Chair, vice chair, member or secretary.' })
  @Enum({ items: () => CommitteeRole })
  role!: CommitteeRole;
}

/** A school a committee targets. */
@ObjectType({ description: 'A school a committee targets (the link between the two).' })
@Directive('@key(fields: "id")')
@Entity({ schema: 'assistance' })
@Unique({ properties: ['committee', 'school'] })
export class CommitteeTargetSchool extends BaseEntity {
  @ManyToOne(() => Committee, { ref: true, index: true, deleteRule: 'cascade' })
  committee!: Ref<Committee>;

  @ManyToOne('School', { ref: true, index: true, deleteRule: 'restrict' })
  school!: Ref<OwnedElsewhere>;
}
