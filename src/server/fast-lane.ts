import { ProxyTracerProvider, trace } from '@opentelemetry/api';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import proxyaddr from 'proxy-addr';
import type { Limits } from '../config';
import { isStatementCancelled } from '../db/statements';
import { parseWalPosition } from '../db/wal-position';
import type { LaneExecutor } from '../gateway/in-process-executor';
import type { Context } from '../graphql/context';
import { stringifyResult } from './apollo';
import type { Access } from './auth/access';
import type { GraphQLParams } from './auth/trusted-documents';
import { CONSISTENCY_HEADER } from './consistency';
import { metrics } from './observability/metrics';
import type { OpenRecord } from './observability/request-log';
import type { RequestRecord } from './observability/request-record';
import { requestIdFrom } from './observability/request-record';
import type { Demand, RequestScope } from './protection/demand-control';
import { deadlineRefusal, errorBody, sizeRefusal } from './protection/http-guard';

/*
 * The fast lane: a POST /graphql whose document text and operation name the full pipeline (Express,
 * Apollo Server: parsed, validated, priced, answered by one compiled statement) has run once is
 * answered here, in front of Express, with the same checks in the same order and the same bytes:
 * the caller (tokens verified once per token until their expiry, tokens.ts), the trusted-documents
 * rule, the input guard and the cost (on these variables, memoised as on the full path), the cost
 * limit, the compiled statement for the caller's rights, the budget, then the statement with the
 * request's deadline, the response cap, the log line and the metrics. Everything else goes on to
 * Express untouched, and so does any request the lane would have to refuse or could not answer: the
 * full path gives the refusal (no check here has an effect until the budget is taken; a request
 * handed on after that is marked prepaid, so its cost is not taken twice).
 */

export interface FastLaneOptions {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the lane passes its own statements back to itself
  lane: LaneExecutor<any>;
  schema: GraphQLSchema;
  demand: Demand;
  access: Access;
  context: (scope: RequestScope) => Promise<unknown> | unknown;
  limits: Limits;
  production: boolean;
  openRecord: OpenRecord;
  /** The CORS middleware of /graphql (static origins: it sets its headers at once). */
  cors: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  /** Express's compiled `trust proxy` (the caller's address, as req.ip gives it). */
  trustProxy: (address: string, hop: number) => boolean;
  /** Compression is on: requests that accept an encoding go to Express, which compresses. */
  compression: boolean;
  shutdown: { readonly stopping: boolean; enter(res: ServerResponse): void };
  /** Formats an error as the full path does for clients (apollo.ts). */
  formatError: (formatted: { message: string }, error: unknown) => { extensions?: Record<string, unknown> };
  /** The rest: Express. */
  fallback: (req: IncomingMessage, res: ServerResponse) => void;
}

type Locals = { locals?: Record<string, unknown> };

/** The response's media type by the request's Accept, as Apollo Server chooses it; others go to Express. */
const MEDIA_TYPES: Record<string, string> = {
  '': 'application/json; charset=utf-8',
  '*/*': 'application/json; charset=utf-8',
  'application/json': 'application/json; charset=utf-8',
  'application/graphql-response+json': 'application/graphql-response+json; charset=utf-8',
};

const JSON_BODY = new Set(['application/json', 'application/json; charset=utf-8']);

/** Never aborted: the lane runs one statement, and looks at the deadline and the client itself before it. */
const NEVER = new AbortController().signal;

const noop = () => undefined;

export function fastLane(options: FastLaneOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { lane, schema, demand, access, limits, fallback } = options;
  const provider = trace.getTracerProvider();
  // With tracing on, requests go the full path, whose spans tracing shows.
  const traced = () => !(provider instanceof ProxyTracerProvider) || provider.getDelegateTracer('lane') !== undefined;

  /** Hands the request to Express; the body it read goes with it (or its failure to parse). */
  const handOn = (req: IncomingMessage, res: ServerResponse, body: unknown, locals?: Record<string, unknown>) => {
    (req as { body?: unknown }).body = body;
    if (locals) (res as Locals).locals = locals;
    fallback(req, res);
  };

  const serve = async (
    req: IncomingMessage,
    res: ServerResponse,
    raw: Buffer,
    mediaType: string,
    readAfter: bigint | undefined,
  ): Promise<void> => {
    let body: unknown;
    try {
      body = parseBody(raw);
    } catch {
      return handOn(req, res, undefined, { unreadBody: true });
    }
    if (body === null || typeof body !== 'object') return handOn(req, res, undefined, { unreadBody: true });
    if (Array.isArray(body)) return handOn(req, res, body);
    const { query, operationName, variables, documentId, extensions } = body as Record<string, unknown>;
    if (
      (operationName !== undefined && typeof operationName !== 'string') ||
      (variables !== undefined && !isPlainObject(variables)) ||
      (extensions !== undefined && !isPlainObject(extensions))
    ) {
      return handOn(req, res, body);
    }
    // A copy when a hash is to be resolved: Express gets the body as the client sent it.
    const params: GraphQLParams =
      documentId === undefined && extensions === undefined ? body : { query, documentId, extensions };
    let admitted;
    try {
      admitted = await access.admitPost(req.headers.authorization, params);
    } catch {
      return handOn(req, res, body);
    }
    const rest = params.extensions as Record<string, unknown> | undefined;
    if (typeof params.query !== 'string' || (rest !== undefined && Object.keys(rest).length > 0)) {
      return handOn(req, res, body);
    }
    const prepared = lane.prepared(params.query, operationName as string | undefined);
    if (!prepared) return handOn(req, res, body);
    const vars = variables as Record<string, unknown> | undefined;
    let estimated: number;
    try {
      estimated = demand.price(schema, prepared.document, prepared.operation, prepared.operationName, vars);
    } catch {
      return handOn(req, res, body);
    }
    if (demand.overLimit(estimated)) return handOn(req, res, body);
    const { viewer, token } = admitted;
    let ip: string | undefined;
    if (viewer.subject === null) ip = proxyaddr(req, options.trustProxy);
    const id = requestIdFrom(req.headers);
    const scope: RequestScope = {
      caller: viewer.subject !== null ? `sub:${viewer.subject}` : `ip:${ip}`,
      signal: NEVER,
      viewer,
      token,
      requestId: id,
      readAfter,
      operation: 'query',
    };
    let context: Context;
    let statement;
    try {
      // As the full path gives it (http-guard.ts): a gateway's data sources read the caller from the scope.
      context = Object.assign((await options.context(scope)) as Context, { scope });
      statement = lane.statement(context, prepared, vars);
    } catch {
      return handOn(req, res, body);
    }
    if (!statement) return handOn(req, res, body);
    if ((await demand.take(scope.caller, estimated)) !== undefined) return handOn(req, res, body);

    // From here on the request is this lane's: it is logged, measured and counted in flight.
    const record = options.openRecord(req, res, ip ?? proxyaddr(req, options.trustProxy), id);
    options.cors(req, res, noop);
    options.shutdown.enter(res);
    metrics.graphqlRequests.inc();
    metrics.fastLane.inc();
    record.role = viewer.role;
    record.organization = viewer.org;
    record.operationName = prepared.operationName;
    record.cost = estimated;
    if (res.destroyed) return; // the client went away: no statement starts
    const timer = setTimeout(() => {
      sendRaw(res, record, 503, 'REQUEST_TIMEOUT', ...deadlineRefusal(limits));
    }, limits.requestTimeoutMs);
    let data;
    try {
      data = await lane.answer(context, statement);
    } catch (error) {
      if (res.headersSent || res.destroyed) return;
      const formatted = isStatementCancelled(error) ? options.formatError({ message: '' }, error) : undefined;
      if (formatted) {
        // As the full path answers a statement stopped by its timeout (without running it again).
        record.errorCodes.push(String(formatted.extensions?.code));
        const text = stringifyResult({ errors: [formatted as never], extensions: costOf(estimated, limits) });
        return send(res, 200, mediaType, text);
      }
      // Any other failure: the full path answers through the resolvers, which report it per field.
      return handOn(req, res, body, { record, prepaid: true });
    } finally {
      clearTimeout(timer);
    }
    record.sql += lane.statementsPerAnswer;
    if (res.headersSent || res.destroyed) return;
    const text = stringifyResult({ data, extensions: costOf(estimated, limits) });
    // The answer encoded once: its size, the check and the write all use these bytes. Written as text,
    // a 15 KB page was flattened (a UTF-16 copy) for its length, and again with the headers before its
    // encoding: the largest allocations of the request, and young-generation collections with them.
    // A text longer than the cap in UTF-16 units is over it in bytes too, and is never encoded.
    const bytes = text.length > limits.maxResponseBytes ? undefined : Buffer.from(text, 'utf8');
    if (bytes === undefined || bytes.length > limits.maxResponseBytes) {
      return sendRaw(res, record, 200, 'RESPONSE_TOO_LARGE', ...sizeRefusal(limits));
    }
    send(res, 200, mediaType, bytes);
  };

  return (req, res) => {
    const headers = req.headers;
    const mediaType = MEDIA_TYPES[headers.accept ?? ''];
    const length = Number(headers['content-length']);
    const contentType = headers['content-type'];
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      mediaType === undefined ||
      contentType === undefined ||
      !JSON_BODY.has(contentType.toLowerCase()) ||
      !(length > 0 && length <= limits.maxBodyBytes) ||
      headers['transfer-encoding'] !== undefined ||
      headers['content-encoding'] !== undefined ||
      (options.compression && headers['accept-encoding'] !== undefined) ||
      options.shutdown.stopping ||
      traced()
    ) {
      return fallback(req, res);
    }
    const consistency = headers[CONSISTENCY_HEADER];
    let readAfter: bigint | undefined;
    if (consistency !== undefined) {
      readAfter = typeof consistency === 'string' ? parseWalPosition(consistency.trim()) : undefined;
      if (readAfter === undefined) return fallback(req, res); // Express answers the bad token
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      serve(req, res, raw, mediaType, readAfter).catch((error: unknown) => {
        // A bug of the lane: the full path's error handler answers it (masked) and logs it.
        if (!res.headersSent) handOn(req, res, undefined, { laneError: error });
      });
    });
  };
}

/** JSON as express.json reads it (UTF-8, a byte-order mark dropped). */
function parseBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function costOf(estimated: number, limits: Limits) {
  return { cost: { estimated, limit: limits.maxCost } };
}

function send(res: ServerResponse, status: number, mediaType: string, body: string | Buffer): void {
  res.statusCode = status;
  res.setHeader('content-type', mediaType);
  res.setHeader('content-length', typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length);
  res.end(body);
}

/** An error at the HTTP level, as sendError (http-guard.ts) writes it. */
function sendRaw(
  res: ServerResponse,
  record: RequestRecord,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown>,
): void {
  if (res.headersSent) return;
  record.errorCodes.push(code);
  send(res, status, 'application/json; charset=utf-8', errorBody(code, message, extra));
}
