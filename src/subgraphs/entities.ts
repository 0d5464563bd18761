import { AuditChange, IdempotencyKey } from '../graphql/mutations/audit.entity';
import { BaseEntity } from '../db/base.entity';
import { SUBGRAPHS } from '.';

/**
 * Every ORM entity: each subgraph's own (each in its own PostgreSQL schema), and the audit trail and
 * idempotency keys of writes (schema audit).
 */
export const ENTITIES = [
  BaseEntity,
  ...SUBGRAPHS.flatMap((subgraph) => subgraph.entities),
  AuditChange,
  IdempotencyKey,
];
