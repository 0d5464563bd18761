import type { RequestHandler } from 'express';
import type http from 'node:http';

/*
 * Graceful shutdown of an HTTP server. First a delay in which /ready answers 503 but everything is
 * still served. Then Node's close() stops new connections, but a keep-alive
 * connection whose next request is still in the socket buffer (the event loop busy with others) looks
 * idle, and closing idle connections at once would drop that request. So: stop accepting, keep the
 * open connections a moment (LINGER_MS) while answering everything on them with `connection: close`,
 * wait for requests in flight (at most `maxMs`), then close what is left.
 */

const LINGER_MS = 500;

export function drainer(server: http.Server, maxMs: number) {
  let inFlight = 0;
  let started = 0;
  let stopping = false;
  const ended = () => inFlight--;
  /** Counts a request in flight until its response closes. */
  const enter = (res: http.ServerResponse) => {
    inFlight++;
    started++;
    if (stopping) res.setHeader('connection', 'close');
    res.once('close', ended);
  };
  const track: RequestHandler = (_req, res, next) => {
    enter(res);
    next();
  };
  const drain = async (delayMs = 0): Promise<void> => {
    stopping = true;
    // Still accepting while /ready says 503, so a load balancer stops sending first, and clients that
    // connected just before the signal are accepted rather than reset when the listener closes.
    await sleep(delayMs);
    const closed = new Promise((resolve) => server.close(resolve));
    const deadline = Date.now() + maxMs;
    await sleep(LINGER_MS);
    while (inFlight > 0 && Date.now() < deadline) await sleep(20);
    server.closeIdleConnections();
    if (inFlight > 0) server.closeAllConnections();
    await closed;
  };
  return {
    track,
    enter,
    drain,
    get stopping() {
      return stopping;
    },
    /** Requests started so far and running now (the idle collector's view, idle-gc.ts). */
    get started() {
      return started;
    },
    get inFlight() {
      return inFlight;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
