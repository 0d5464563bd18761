import { GraphQLError } from 'graphql';

/** Stable error codes clients can switch on (`extensions.code`). */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'CONFLICT';

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
