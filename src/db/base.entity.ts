import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { Provenance } from './provenance';

/**
 * Columns every table has: a UUIDv7 key made in the app (time-ordered, so keyset paging by id
 * follows insertion order), provenance, an optimistic-locking version and audit times.
 */
// Registered as an object type only so that type-graphql copies these fields into every subclass;
// nothing returns it, so it never appears in a schema.
@ObjectType('BaseRecord')
@Entity({ abstract: true })
export abstract class BaseEntity {
  [OptionalProps]?: 'provenance' | 'sourceDocument' | 'version' | 'createdAt' | 'updatedAt';

  @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Field(() => Provenance, { description: 'Where the facts of this record come from.' })
  @Enum({ items: () => Provenance })
  provenance: Provenance = Provenance.SYNTHETIC;

  @Field(() => String, {
    nullable: true,
    description: 'The seed document or public registry this record was taken from, if any.',
  })
  @Property({ type: 'text', nullable: true })
  sourceDocument?: string;

  @Field(() => Int, {
    description: 'Optimistic-locking version: increases with every change; pass it back on update.',
  })
  @Property({ version: true })
  version!: number;

  @Field(() => Date, { description: 'When the record was created.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record was last changed.' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
