import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';

/** Stable codes of operations refused for their shape or price, before any planning or SQL. */
export const OPERATION_LIMIT_CODES = [
  'COST_LIMIT_EXCEEDED',
  'DEPTH_LIMIT_EXCEEDED',
  'ALIAS_LIMIT_EXCEEDED',
  'ROOT_FIELD_LIMIT_EXCEEDED',
  'TOKEN_LIMIT_EXCEEDED',
  'DIRECTIVE_LIMIT_EXCEEDED',
  'INTROSPECTION_LIMIT_EXCEEDED',
] as const;

/** Codes of requests refused at the HTTP level or for the caller's spending, time or size. */
export const REQUEST_LIMIT_CODES = [
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'RESPONSE_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'SERVER_BUSY',
] as const;

/** Subscriptions held over the cap per caller or per process (src/server/live). */
export type LimitCode = (typeof OPERATION_LIMIT_CODES)[number] | 'RATE_LIMITED' | 'SUBSCRIPTION_LIMIT_EXCEEDED';

/**
 * An operation over one of the limits. It carries the limit and what the operation came to, so a
 * client can see how far over it is; the HTTP status is 400 (200 under `application/json`, as the
 * GraphQL-over-HTTP spec asks) unless given.
 */
export class LimitError extends GraphQLError {
  constructor(
    readonly code: LimitCode,
    message: string,
    details: Record<string, unknown>,
    http: { status: number; headers?: Map<string, string> } = { status: 400 },
  ) {
    super(message, { extensions: refusalExtensions(code, details, http) });
  }
}

/**
 * Extensions of an error refused before execution: the code and details for the client, and the
 * HTTP status (and headers) for Apollo Server, which reads `http.headers` as a Map.
 */
export function refusalExtensions(
  code: string,
  details: Record<string, unknown> = {},
  http: { status: number; headers?: Map<string, string> } = { status: 400 },
): GraphQLErrorExtensions {
  const head = { status: http.status, headers: http.headers ?? new Map<string, string>() };
  // Libraries that augment GraphQLErrorExtensions type `http.headers` as a plain record.
  return { code, ...details, http: head } as unknown as GraphQLErrorExtensions;
}

/**
 * The error of class `kind` behind an error that Apollo Server, the gateway or graphql-js wrapped
 * (each keeps the one it wraps as `originalError`).
 */
export function causeOf<T extends Error>(error: unknown, kind: new (...args: never[]) => T): T | undefined {
  for (let current = error; current instanceof Error; current = (current as GraphQLError).originalError) {
    if (current instanceof kind) return current;
  }
  return undefined;
}
