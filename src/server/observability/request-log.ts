import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { OPERATION_LIMIT_CODES, REQUEST_LIMIT_CODES } from '../protection/limit-error';
import type { Logger } from './logger';
import { metrics, operationLabel } from './metrics';
import { newRecord, requestIdFrom, type RequestRecord } from './request-record';

/** Codes of requests refused by a limit (counted as rejections, by reason). */
const REJECTIONS = new Set<string>([...OPERATION_LIMIT_CODES, ...REQUEST_LIMIT_CODES]);

/** Opens a request's record, echoes its id, and logs and measures the request when its response is done. */
export type OpenRecord = (
  req: IncomingMessage,
  res: ServerResponse,
  ip: string | undefined,
  /** requestIdFrom(req.headers), when the caller has it already. */
  id?: string,
) => RequestRecord;

/**
 * Opens the record of each request to /graphql (request id taken from `x-request-id` or
 * `traceparent`, echoed in the response) and, when the response is done, writes its one log line
 * and (unless metrics are off) its metrics: operation, duration, SQL statements, estimated cost, status, outcome, error codes
 * and the caller's role, organisation and address (through trusted proxies only); requests over `slowMs` are logged at warn as slow.
 * Answered requests are logged at `okLevel`: debug on a subgraph service, whose every request is a gateway's
 * fetch already logged by the gateway (a line each cost a subgraph 3–5% of its CPU; errors stay at info).
 */
export function recordOpener(
  logger: Logger,
  slowMs: number,
  measure: boolean,
  okLevel: 'info' | 'debug' = 'info',
): OpenRecord {
  return (req, res, ip, id) => {
    const record = newRecord(id ?? requestIdFrom(req.headers));
    res.setHeader('x-request-id', record.id);
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const rejected = record.errorCodes.find((code) => REJECTIONS.has(code));
      const outcome = !res.writableFinished
        ? 'aborted'
        : rejected
          ? 'rejected'
          : record.errorCodes.length
            ? 'error'
            : 'ok';
      if (measure) {
        const operation = operationLabel(record.operationName);
        metrics.httpDuration.observe({ status: String(res.statusCode) }, ms / 1000);
        metrics.operationDuration.observe({ operation, outcome }, ms / 1000);
        metrics.operationSql.observe({ operation }, record.sql);
        if (rejected) metrics.rejected.inc({ reason: rejected });
      }
      const slow = ms > slowMs;
      logger[slow ? 'warn' : outcome === 'ok' ? okLevel : 'info'](
        {
          reqId: record.id,
          operation: record.operationName,
          ms: Math.round(ms * 10) / 10,
          sql: record.sql,
          cost: record.cost,
          status: res.statusCode,
          ip,
          outcome,
          ...(record.errorCodes.length ? { errors: record.errorCodes } : {}),
          role: record.role,
          org: record.organization,
          ...(slow ? { slow: true } : {}),
        },
        'graphql request',
      );
    });
    return record;
  };
}

/** The opener as Express middleware; a request the fast lane handed on keeps the record it opened. */
export function requestLog(open: OpenRecord): RequestHandler {
  return (req, res, next) => {
    if (!res.locals.record) res.locals.record = open(req, res, req.ip);
    next();
  };
}
