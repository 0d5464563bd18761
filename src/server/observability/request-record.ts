import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { isSpanContextValid, trace } from '@opentelemetry/api';

/** What one request did, filled in as it runs and logged and measured when it ends. */
export interface RequestRecord {
  /** From `x-request-id`, else the trace id (of the request's span or `traceparent`), else a new UUID; echoed. */
  id: string;
  operationName: string | null;
  /** Estimated cost (demand control), when the operation got that far. */
  cost: number | null;
  /** SQL statements this request sent. */
  sql: number;
  /** `extensions.code` of every error in the response. */
  errorCodes: string[];
  /** Who called: filled in once callers authenticate. */
  role: string;
  organization: string | null;
}

const current = new AsyncLocalStorage<RequestRecord>();

const REQUEST_ID = /^[\w.:-]{1,128}$/;
const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}$/;

/**
 * The request id a client or proxy sent (sanitised: it is logged and echoed), else the trace id: the
 * one this request is traced under when tracing is on (that of `traceparent`, or a new one), else the
 * one `traceparent` carries; else a new id.
 */
export function requestIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const given = headers['x-request-id'];
  if (typeof given === 'string' && REQUEST_ID.test(given)) return given;
  // Tracing off: no context manager is registered and there is no active span.
  const traced = trace.getActiveSpan()?.spanContext();
  if (traced && isSpanContextValid(traced)) return traced.traceId;
  const carried = typeof headers.traceparent === 'string' ? TRACEPARENT.exec(headers.traceparent) : null;
  return carried?.[1] ?? randomUUID();
}

export function newRecord(id: string): RequestRecord {
  return { id, operationName: null, cost: null, sql: 0, errorCodes: [], role: 'anonymous', organization: null };
}

/** Runs the request's work with its record reachable from anywhere below (SQL counting, error logs). */
export function withRecord<T>(record: RequestRecord, work: () => Promise<T>): Promise<T> {
  return current.run(record, work);
}

export function currentRecord(): RequestRecord | undefined {
  return current.getStore();
}
