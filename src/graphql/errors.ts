import { GraphQLError } from 'graphql';

/** Stable error codes clients can switch on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED';

/** A domain error; mapped to a GraphQL error with its code and, for bad input, the offending argument path. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export function badInput(argumentPath: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', `${argumentPath}: ${message}`, { argumentPath });
}

export function notFound(type: string, key: string): DomainError {
  return new DomainError('NOT_FOUND', `${type} ${key} not found`);
}

/**
 * Bad input to a mutation: `field` is the path of the offending value from the argument on
 * (`input.participants[2].personId`); `argumentPath` carries the same, as reads report it.
 */
export function badField(field: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('BAD_USER_INPUT', `${field}: ${message}`, { field, argumentPath: field, ...extra });
}

export function forbidden(message: string): DomainError {
  return new DomainError('FORBIDDEN', message);
}
