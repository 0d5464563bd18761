import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { sql } from '../../db/sql';
import { query } from '../../db/statements';
import { DomainError } from '../errors';

/*
 * Idempotency keys of creates (`audit.idempotency_key`, keyed by subject and key). Inside the
 * mutation's transaction: a transaction-scoped advisory lock on (subject, key) serialises requests
 * with the same key (in every process: the lock is the database's), then the key is looked up. Found
 * with the same input: the first result is returned and nothing is written. Found with other input:
 * IDEMPOTENCY_KEY_REUSED. Not found: the create runs and the key is stored with its result before
 * the commit releases the lock, so the next request with the key sees it. A failed create stores
 * nothing: the key can be used again.
 */

/** A key: 1–200 letters, digits and `-_.:` (a UUID, a ULID, `import-2024-03-row-17`…). */
export const IDEMPOTENCY_KEY = /^[\w.:-]{1,200}$/;

/** sha256 of the mutation field and its input, keys sorted at every level. */
export function inputHash(mutation: string, input: unknown): string {
  return createHash('sha256')
    .update(`${mutation}\n${canonical(input)}`)
    .digest('hex');
}

function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
}

export interface KeyUse {
  subject: string;
  key: string;
  mutation: string;
  hash: string;
}

/** Takes the key's lock and returns the id the key already produced, if it did (same input only). */
export async function claimKey(em: EntityManager, use: KeyUse): Promise<string | null> {
  // query() runs on the transaction's connection: the lock is the transaction's, released by its end.
  await query(em, sql`select pg_advisory_xact_lock(hashtextextended(${`${use.subject}\n${use.key}`}, 0))`);
  const [found] = await query<{ mutation: string; input_hash: string; result_id: string }>(
    em,
    sql`select mutation, input_hash, result_id from audit.idempotency_key
         where subject = ${use.subject} and key = ${use.key}`,
  );
  if (!found) return null;
  if (found.input_hash !== use.hash) {
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      `The idempotency key was already used by ${found.mutation} with other input; use a new key for a new record.`,
      { field: 'idempotencyKey', mutation: found.mutation },
    );
  }
  return found.result_id;
}

/** Stores the key with the id it produced (same transaction as the create). */
export async function storeKey(em: EntityManager, use: KeyUse, resultId: string): Promise<void> {
  await query(
    em,
    sql`insert into audit.idempotency_key (subject, key, mutation, input_hash, result_id)
        values (${use.subject}, ${use.key}, ${use.mutation}, ${use.hash}, ${resultId})`,
  );
}
