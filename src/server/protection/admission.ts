import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Limits, Settings } from '../../config';
import { metrics } from '../observability/metrics';

/*
 * Admission: at most `maxInFlight` GraphQL requests run at once; the next ones wait, in order, with
 * their bodies unread (they stay in the socket), and past `maxQueued` waiting, or after waiting
 * `maxQueueWaitMs`, a request is answered 503 SERVER_BUSY with Retry-After. Everything a request
 * holds while it runs (parsed body, plan, rows, answer) grows with the number running, so this is
 * what bounds the server's memory under overload; work beyond the pool's connections would only wait
 * for one anyway. Health, readiness, metrics, pages and subscriptions (SSE, WebSocket) are not gated.
 */

export const SERVER_BUSY = 'SERVER_BUSY';
/** Seconds a refused client is asked to wait before it tries again. */
const RETRY_AFTER_SECONDS = 1;

export interface AdmissionState {
  readonly running: number;
  readonly waiting: number;
}

interface Waiter {
  req: IncomingMessage;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

/** GraphQL requests that execute once: POST or GET on /graphql, not a subscription stream (SSE). */
function gated(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (!(url === '/graphql' || url.startsWith('/graphql?'))) return false;
  if (req.method !== 'POST' && req.method !== 'GET') return false;
  return !(req.headers.accept ?? '').includes('text/event-stream');
}

/**
 * Wraps the server's request listener (`http.createServer(options, admit(app, settings))`). The
 * returned listener carries `admission` (running and waiting counts, for metrics and tests).
 */
export function admit(
  listener: RequestListener,
  settings: { limits: Pick<Limits, 'maxInFlight' | 'maxQueued' | 'maxQueueWaitMs'> } & Pick<Settings, 'corsOrigins'>,
): RequestListener & { admission: AdmissionState } {
  const { maxInFlight, maxQueued, maxQueueWaitMs } = settings.limits;
  let running = 0;
  // Insertion-ordered: the first is the longest waiting; a client that leaves is deleted in O(1).
  const queue = new Set<Waiter>();

  const start = (req: IncomingMessage, res: ServerResponse) => {
    running++;
    res.once('close', release);
    listener(req, res);
  };
  function release() {
    running--;
    for (const waiter of queue) {
      if (running >= maxInFlight) break;
      leave(waiter);
      start(waiter.req, waiter.res);
    }
  }
  const leave = (waiter: Waiter) => {
    queue.delete(waiter);
    clearTimeout(waiter.timer);
  };

  const gate = (req: IncomingMessage, res: ServerResponse) => {
    if (maxInFlight <= 0 || !gated(req)) {
      listener(req, res);
      return;
    }
    if (running < maxInFlight) {
      start(req, res);
      return;
    }
    if (queue.size >= maxQueued) {
      refuse(req, res, settings.corsOrigins, `${queue.size} requests are already waiting`);
      return;
    }
    const waiter: Waiter = {
      req,
      res,
      timer: setTimeout(() => {
        leave(waiter);
        refuse(req, res, settings.corsOrigins, `no request slot freed within ${maxQueueWaitMs} ms`);
      }, maxQueueWaitMs),
    };
    queue.add(waiter);
    // A client that gives up while waiting is not served later.
    res.once('close', () => leave(waiter));
  };
  return Object.assign(gate, {
    admission: {
      get running() {
        return running;
      },
      get waiting() {
        return queue.size;
      },
    },
  });
}

function refuse(req: IncomingMessage, res: ServerResponse, corsOrigins: '*' | string[], why: string): void {
  metrics.rejected.inc({ reason: SERVER_BUSY });
  const body = JSON.stringify({
    errors: [
      {
        message: `The server is busy (${why}); retry after ${RETRY_AFTER_SECONDS} s.`,
        extensions: { code: SERVER_BUSY, retryAfterSeconds: RETRY_AFTER_SECONDS },
      },
    ],
  });
  const origin = req.headers.origin;
  const cors =
    corsOrigins === '*'
      ? { 'access-control-allow-origin': '*' }
      : origin && corsOrigins.includes(origin)
        ? { 'access-control-allow-origin': origin, vary: 'Origin' }
        : {};
  res.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'retry-after': String(RETRY_AFTER_SECONDS),
    ...cors,
    'access-control-expose-headers': 'retry-after',
  });
  // The unread body is discarded with the connection's next request (Node dumps an unread request).
  res.end(body);
}
