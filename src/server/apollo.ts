import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, type FormattedExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Limits } from '../config';
import { isStatementCancelled } from '../db/statements';
import { RequestAbortedError } from '../graphql/context';
import { RawJson } from '../graphql/sql/shape-text';
import type { Logger } from './observability/logger';
import { operationPlugin } from './observability/operation-plugin';
import { currentRecord } from './observability/request-record';
import { CLOSED_CODES } from './live/stream';
import type { CostModel } from './protection/cost';
import { Demand, demandControlPlugin, type ScopedContext } from './protection/demand-control';
import { causeOf, LimitError } from './protection/limit-error';
import type { CallerBudget } from './protection/shared-budget';
import { shapeRules } from './protection/shape-rules';

export interface ApolloOptions<C extends ScopedContext> {
  /** A gateway (supergraph) or a schema (one subgraph). */
  gateway?: GatewayInterface;
  schema?: GraphQLSchema;
  /** Weights and list sizes read from the SDL this server answers for. */
  costModel: CostModel;
  limits: Limits;
  production: boolean;
  logger: Logger;
  plugins?: ApolloServerPlugin<C>[];
  /** The per-caller budget shared by processes (else one in this process, when the limits ask for one). */
  budget?: CallerBudget;
  /** Checks and prices shared with the fast lane (else made here from the model, limits and budget). */
  demand?: Demand;
}

/**
 * The Apollo Server of every run mode (in-process gateway, distributed gateway, one subgraph),
 * with the same protection: token limit while parsing, shape limits while validating, cost and
 * budget before planning, and errors masked in production.
 */
export function createApolloServer<C extends ScopedContext>(options: ApolloOptions<C>): ApolloServer<C> {
  return new ApolloServer<C>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema as GraphQLSchema }),
    introspection: true,
    logger: options.logger,
    // The command (src/cli/run.ts) handles SIGTERM: drain first, then stop. Apollo's own handler would
    // stop the server at once and re-raise the signal, dropping requests in flight.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    parseOptions: { maxTokens: options.limits.maxTokens },
    // graphql-js 16.9+ already bounds introspection cycles (MaxIntrospectionDepthRule is a specified rule).
    validationRules: shapeRules(options.limits),
    // One operation per request: a JSON array of operations would multiply every limit.
    allowBatchedHttpRequests: false,
    // Apollo's automatic persisted queries would let any client register any text under its hash;
    // trusted documents are resolved before Apollo, from the project's manifest (server/auth).
    persistedQueries: false,
    formatError: errorFormatter(options.production, options.logger),
    stringifyResult,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema declares no cache hints: the plugin would only work out "no cache" on every response.
      ApolloServerPluginCacheControlDisabled(),
      // Traces are for Apollo's hosted studio, which this deployment does not report to.
      ApolloServerPluginInlineTraceDisabled(),
      demandControlPlugin<C>(options.demand ?? new Demand(options.costModel, options.limits, options.budget)),
      operationPlugin<C>(),
      ...(options.plugins ?? []),
    ],
  });
}

/**
 * The response body, as Apollo's own (`JSON.stringify` of errors, data, extensions, and a newline),
 * except that `data` the compiled path already wrote as JSON text (RawJson) goes in as it is.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  if (!(result.data instanceof RawJson)) return `${JSON.stringify(result)}\n`;
  const errors = result.errors === undefined ? '' : `"errors":${JSON.stringify(result.errors)},`;
  const extensions = result.extensions === undefined ? '' : `,"extensions":${JSON.stringify(result.extensions)}`;
  return `{${errors}"data":${result.data.text}${extensions}}\n`;
}

/** Whether a scalar's own bad-input error is among the error's causes. */
function badValue(error: unknown): boolean {
  for (let current = error; current instanceof GraphQLError; current = current.originalError) {
    if (current.extensions.code === 'BAD_USER_INPUT') return true;
  }
  return false;
}

/** Codes a client may see with their message: everything else is internal. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'TRUSTED_DOCUMENT_REQUIRED',
  // A subgraph's stream end passes through the gateway's stream (distributed mode) with its code.
  ...CLOSED_CODES,
]);

const MASKED = 'Internal server error';

// graphql-js words it "more that N tokens" (16.x); either spelling is matched.
const TOKEN_LIMIT = /Document contains more (?:than|that) (\d+) tokens/;
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * One place maps errors for clients: limit errors get back the code Apollo's validation wrapper
 * replaced; the parser's token limit gets its own code; domain and request errors pass; anything
 * else (a database failure, a downstream subgraph's error, a bug) is logged in full and, in
 * production, reaches the client only as a masked message, never with SQL or an address in it.
 */
export function errorFormatter(production: boolean, logger: Logger) {
  const format = clientError(production, logger);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    currentRecord()?.errorCodes.push(String(result.extensions?.code));
    return result;
  };
}

function clientError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const limit = causeOf(error, LimitError);
    if (limit) {
      // `http` (status, Retry-After) is for the response head, not the body.
      const extensions = Object.fromEntries(Object.entries(limit.extensions).filter(([key]) => key !== 'http'));
      return { message: limit.message, locations: formatted.locations, extensions };
    }
    const code = formatted.extensions?.code;
    const tokens = code === 'GRAPHQL_PARSE_FAILED' ? TOKEN_LIMIT.exec(formatted.message) : null;
    if (tokens) {
      const limitValue = Number(tokens[1]);
      return {
        message: `The document has more than ${limitValue} tokens; the limit is ${limitValue}.`,
        extensions: { code: 'TOKEN_LIMIT_EXCEEDED', limit: limitValue },
      };
    }
    if (TOO_MANY_VARIABLE_ERRORS.test(formatted.message)) {
      // graphql-js stops coercing variables after 50 errors with an error of its own, without a code.
      return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (code === 'GRAPHQL_VALIDATION_FAILED' && badValue(error)) {
      // A literal a scalar refuses (an impossible date) is bad input, as it is in a variable and as
      // a subgraph reports it in distributed mode, where the gateway's scalars do not parse literals.
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
    if (isStatementCancelled(error)) {
      // The statement timeout stopped the work (and nothing ran it again): the caller asked for too much.
      return {
        message:
          'The operation took longer than the statement timeout and was stopped; ask for less (smaller pages, narrower filters).',
        path: formatted.path,
        extensions: { code: 'STATEMENT_TIMEOUT' },
      };
    }
    if (causeOf(error, RequestAbortedError)) {
      // Expected after a deadline or a disconnect, once per field that was still to run.
      return { message: 'The request was abandoned.', path: formatted.path, extensions: { code: 'REQUEST_ABANDONED' } };
    }
    logger.error({ reqId: currentRecord()?.id, err: error, path: formatted.path }, 'internal error');
    if (!production) return formatted;
    return {
      message: MASKED,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
