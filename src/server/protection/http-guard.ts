import type { ApolloServer, BaseContext, HTTPGraphQLRequest } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import cors from 'cors';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Limits, Settings } from '../../config';
import { AccessRefused, type Access } from '../auth/access';
import type { Logger } from '../observability/logger';
import { withRecord, type RequestRecord } from '../observability/request-record';
import type { RequestScope } from './demand-control';
import { OPERATION_LIMIT_CODES } from './limit-error';

/*
 * The HTTP edge of /graphql: CORS, a deadline per request, work abandoned when the client goes
 * away, a cap on the response, and a JSON GraphQL error body for every failure at the HTTP level
 * (bad JSON, too large, wrong method or media type, unknown path), never an HTML page.
 */

/** A GraphQL error body: `{"errors":[{"message":…,"extensions":{"code":…}}]}`. */
export function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  if (res.headersSent) return;
  (res.locals.record as RequestRecord | undefined)?.errorCodes.push(code);
  res
    .status(status)
    .type('application/json')
    .send(errorBody(code, message, extra));
}

/** The body of an error at the HTTP level (sendError's). */
export function errorBody(code: string, message: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });
}

/** The headers a GraphQL client sends (Apollo Client, urql, graphql-request, GraphiQL) and tracing. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'accept',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'graphql-client-name',
  'graphql-client-version',
  'x-request-id',
  'traceparent',
  'x-consistency-token',
];

/** CORS for browsers on other origins; bearer tokens, not cookies, so credentials are never allowed. */
export function corsMiddleware(origins: Settings['corsOrigins']): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['retry-after', 'x-request-id', 'x-consistency-token'],
    maxAge: 600,
  });
}

/** Whether the client asked for the GraphQL-over-HTTP media type, under which request errors keep 4xx. */
function wantsGraphQLResponseJson(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json']) === 'application/graphql-response+json';
}

/**
 * Codes of a well-formed request that the server refuses before execution. Under `application/json`
 * the GraphQL-over-HTTP spec asks for 200 with the errors; Apollo Server answers 400 regardless.
 */
const REQUEST_ERROR_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  ...OPERATION_LIMIT_CODES,
]);

function statusFor(req: Request, status: number, body: string): number {
  if (status !== 400 || wantsGraphQLResponseJson(req)) return status;
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors ?? [];
    const all = errors.length > 0 && errors.every((error) => REQUEST_ERROR_CODES.has(error.extensions?.code ?? ''));
    return all ? 200 : status;
  } catch {
    return status;
  }
}

export function byteLengthOver(text: string, limit: number): boolean {
  // A UTF-8 byte is at most 3 per UTF-16 unit: skip the exact count when it cannot matter.
  return text.length * 3 > limit && Buffer.byteLength(text, 'utf8') > limit;
}

/** The message and extensions of REQUEST_TIMEOUT (503). */
export function deadlineRefusal(limits: Limits): [string, Record<string, unknown>] {
  return [
    `The request took longer than ${limits.requestTimeoutMs} ms and was stopped.`,
    { limitMs: limits.requestTimeoutMs },
  ];
}

/** The message and extensions of RESPONSE_TOO_LARGE (200). */
export function sizeRefusal(limits: Limits): [string, Record<string, unknown>] {
  return [
    `The response is larger than ${limits.maxResponseBytes} bytes; ask for smaller pages or fewer fields.`,
    { limitBytes: limits.maxResponseBytes },
  ];
}

/**
 * Runs one GraphQL-over-HTTP request through Apollo Server with a deadline: past it the client gets
 * REQUEST_TIMEOUT (503) at once, and the request's signal is aborted so no new SQL statement starts;
 * the same happens when the client disconnects. A response over the cap is replaced by an error.
 */
export function graphqlHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  limits: Limits,
  access: Access,
  context: (scope: RequestScope) => Promise<C> | C,
): RequestHandler {
  return async (req, res) => {
    const record = res.locals.record as RequestRecord;
    let admitted;
    try {
      admitted = await access.admit(req);
    } catch (error) {
      if (!(error instanceof AccessRefused)) throw error;
      for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
      sendError(res, error.status, error.code, error.message, error.extensions);
      return;
    }
    const { viewer, token } = admitted;
    record.role = viewer.role;
    record.organization = viewer.org;
    const controller = new AbortController();
    const scope: RequestScope = {
      // An authenticated caller's budget follows it from any address; anonymous ones are told apart by address.
      caller: viewer.subject !== null ? `sub:${viewer.subject}` : `ip:${req.ip ?? req.socket.remoteAddress}`,
      signal: controller.signal,
      viewer,
      token,
      requestId: record.id,
      readAfter: res.locals.readAfter as bigint | undefined,
      // The fast lane took the cost before it handed this request on (src/server/fast-lane.ts).
      prepaid: res.locals.prepaid === true,
    };
    const timer = setTimeout(() => {
      controller.abort(new Error('request deadline passed'));
      sendError(res, 503, 'REQUEST_TIMEOUT', ...deadlineRefusal(limits));
    }, limits.requestTimeoutMs);
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) controller.abort(new Error('client went away'));
    });

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const request: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      search: admitted.search,
      body: req.body,
    };
    const response = await withRecord(record, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: request,
        // Object.assign, not a spread: the context's em and loaders are getters made on first use.
        context: async () => Object.assign(await context(scope), { scope }),
      }),
    );
    clearTimeout(timer);
    if (res.headersSent || controller.signal.aborted) return;
    if (response.body.kind !== 'complete') {
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.status(response.status ?? 200);
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
      return;
    }
    const body = response.body.string;
    if (byteLengthOver(body, limits.maxResponseBytes)) {
      sendError(res, 200, 'RESPONSE_TOO_LARGE', ...sizeRefusal(limits));
      return;
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.status(statusFor(req, response.status ?? 200, body));
    if (req.method !== 'POST') {
      res.send(body); // a GET may be cached: Express adds its ETag and answers 304 when it still holds
      return;
    }
    // A POST is never cached: skip Express's ETag (a SHA-1 of every body, about 2% of a small request).
    res.setHeader('content-length', Buffer.byteLength(body, 'utf8'));
    res.end(body, 'utf8');
  };
}

/** How long a refused sender gets to read the 413 before its connection is dropped. */
const LINGER_MS = 1000;

/**
 * The body cap at the socket, ahead of the JSON parser, which on its own reads (and discards) the
 * whole of an oversized body before it answers: a declared length over the cap is refused before a
 * byte of the body is read, and a body sent without a length (chunked) is cut as soon as it passes
 * the cap. Either way 413 with `Connection: close`, and the connection is dropped shortly after.
 */
export function bodyLimit(limit: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      refuseBody(req, res, limit);
      return;
    }
    let received = 0;
    const count = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) return;
      req.off('data', count);
      refuseBody(req, res, limit);
    };
    // Registered before the parser's own listener, in the same tick: every chunk is counted once here.
    if (req.headers['transfer-encoding'] !== undefined) req.on('data', count);
    next();
  };
}

function refuseBody(req: Request, res: Response, limit: number): void {
  req.unpipe();
  const socket = req.socket;
  // Node ends a `Connection: close` response with socket.destroySoon(), which resets a client still
  // sending its body, often before it reads the 413. Linger instead, as web servers do: close this
  // side, let what still comes be discarded for LINGER_MS, then drop the connection.
  socket.destroySoon = function linger(this: typeof socket) {
    this.end();
    setTimeout(() => this.destroy(), LINGER_MS).unref();
  };
  res.setHeader('connection', 'close');
  if (!res.headersSent) {
    sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`, { limitBytes: limit });
  }
  // The parser discards the rest of the body from here on (Node dumps an unread request).
  req.resume();
}

/** Errors of the body parser and anything else thrown at the HTTP level, as JSON GraphQL errors. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: { type?: string; status?: number; message?: string; stack?: string }, _req, res, _next) => {
    if (error.type === 'entity.too.large') {
      sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    } else if (error.type === 'entity.parse.failed') {
      sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    } else if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
      sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.');
    } else if (error.status && error.status >= 400 && error.status < 500) {
      sendError(res, error.status, 'BAD_REQUEST', 'The request could not be read.');
    } else {
      logger.error({ err: error }, 'internal error at the HTTP level');
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}

/** Any path or method nothing else answers. */
export const notFoundHandler: RequestHandler = (req, res) => {
  if (req.path === '/graphql') {
    res.setHeader('allow', 'GET, POST, OPTIONS');
    sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on /graphql; use GET or POST.`);
    return;
  }
  sendError(res, 404, 'NOT_FOUND', `Nothing is served at ${req.path}.`);
};
