import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What a write did to one record. */
export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, {
  name: 'ChangeAction',
  description: 'What a change did to its record.',
  valuesConfig: {
    CREATE: { description: 'The record was created.' },
    UPDATE: { description: 'The record was changed.' },
    DELETE: { description: 'The record was removed.' },
  },
});

/**
 * One row of the audit trail (`audit.change`): who changed which record, when, through which
 * operation and request, and the record's row before and after. Append-only: a trigger refuses
 * UPDATE, DELETE and TRUNCATE (migration Migration20261201000000_writes). Written in the transaction
 * of the write it records, by audit.ts.
 */
@ObjectType('Change', { description: 'One change to a record, from the audit trail (append-only).' })
@Entity({ schema: 'audit', tableName: 'change' })
@Index({ name: 'change_record_id_idx', properties: ['recordId', 'id'] })
@Index({ name: 'change_feed_idx', properties: ['tx', 'id'] })
@Index({ name: 'change_at_idx', properties: ['at', 'id'] })
export class AuditChange {
  @Field(() => ID, { description: 'Identifier of the change (UUIDv7: changes sort in the order they were made).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The writing transaction's id (xid8, as text): the feed orders by (tx, id); see graphql/feed. */
  @Property({ type: 'text', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  tx!: string;

  @Field(() => Date, { description: 'When the change was committed (its transaction began).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;

  @Field(() => String, { nullable: true, description: "Who made it: the token's subject." })
  @Property({ type: 'text', nullable: true })
  subject?: string;

  @Field({ description: 'The role the caller acted in (analyst, university, county, ministry_admin).' })
  @Property({ type: 'text' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'The organisation the caller acted for, if any.' })
  @Property({ type: 'text', nullable: true })
  org?: string;

  @Field(() => String, { nullable: true, description: 'The name of the GraphQL operation, when it had one.' })
  @Property({ type: 'text', nullable: true })
  operationName?: string;

  @Field(() => String, { nullable: true, description: 'The request id (`x-request-id` of the response).' })
  @Property({ type: 'text', nullable: true })
  requestId?: string;

  @Field({ description: 'The mutation field (or import) that made the change, e.g. "createActivity".' })
  @Property({ type: 'text' })
  mutation!: string;

  @Field({ description: 'The type of the record changed, e.g. "Activity".' })
  @Property({ type: 'text' })
  entity!: string;

  @Field(() => ID, { description: 'The id of the record changed.' })
  @Property({ type: 'uuid' })
  recordId!: string;

  @Field(() => AuditAction, { description: 'Created, changed or removed.' })
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The row before the change, as stored (column names); null for a creation.',
  })
  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The row after the change, as stored (column names); null for a deletion.',
  })
  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown>;
}

/**
 * A creation made with a client's idempotency key (`audit.idempotency_key`): the same subject sending
 * the same key again gets this result instead of a second record; with other input, an error.
 */
@Entity({ schema: 'audit', tableName: 'idempotency_key' })
export class IdempotencyKey {
  @PrimaryKey({ type: 'text' })
  subject!: string;

  @PrimaryKey({ type: 'text' })
  key!: string;

  /** The mutation field the key was first used with. */
  @Property({ type: 'text' })
  mutation!: string;

  /** sha256 of the mutation field and its canonical input. */
  @Property({ type: 'text' })
  inputHash!: string;

  /** The id of the record the first request created. */
  @Property({ type: 'uuid' })
  resultId!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;
}
