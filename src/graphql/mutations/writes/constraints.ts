import type { EntityMetadata } from '@mikro-orm/core';
import { policy } from '../../auth/policy';
import { DomainError } from '../../errors';
import { inputName } from './columns';

const PG_CODES: Record<string, { code: 'BAD_USER_INPUT' | 'CONFLICT'; what: string }> = {
  '23505': { code: 'CONFLICT', what: 'a record with these values already exists' },
  '23503': { code: 'BAD_USER_INPUT', what: 'refers to a record that does not exist' },
  '23514': { code: 'BAD_USER_INPUT', what: 'breaks a rule of the data' },
  '23502': { code: 'BAD_USER_INPUT', what: 'is required' },
  '22001': { code: 'BAD_USER_INPUT', what: 'is too long' },
  '22003': { code: 'BAD_USER_INPUT', what: 'is out of range' },
  '22007': { code: 'BAD_USER_INPUT', what: 'is not a valid date or time' },
  '22008': { code: 'BAD_USER_INPUT', what: 'is not a valid date or time' },
};

/** A constraint the database enforced, as the client's error (bad input or conflict), or the error as it is. */
function constraintError(error: unknown, meta: EntityMetadata, path: string): unknown {
  const failure = error as { code?: string; sqlState?: string; constraint?: string; column?: string };
  const state = failure.sqlState ?? failure.code;
  const known = state ? PG_CODES[state] : undefined;
  if (!known) return error;
  const constraint = failure.constraint ?? null;
  const property =
    // Which property a named constraint guards: the owning subgraph's policy (`constraints`).
    (constraint && policy().constraints[constraint]) ||
    Object.values(meta.properties).find((prop) => prop.fieldNames?.[0] === failure.column)?.name;
  const field = property ? `${path}.${inputName(meta, property)}` : path;
  const message = `${field}: ${known.what}${constraint ? ` (${constraint})` : ''}`;
  return new DomainError(known.code, message, { field, argumentPath: field, constraint });
}

/** Runs a write statement; a constraint it breaks is reported at `path` (the database's last word). */
export async function guarded<R>(meta: EntityMetadata, path: string, statement: () => Promise<R>): Promise<R> {
  try {
    return await statement();
  } catch (error) {
    throw constraintError(error, meta, path);
  }
}
