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

/**
 * `probePaths`: requests that are not the service's work (health, readiness, metrics scrapes) are
 * drained like any other but do not count in `started` and `inFlight`, so probes every few seconds do not keep the
 * idle collector (idle-gc.ts) from seeing a quiet server.
 */
export function drainer(server: http.Server, maxMs: number, probePaths: readonly string[] = []) {
  let inFlight = 0;
  // The service's own requests (probes aside): started so far, and running now.
  let started = 0;
  let working = 0;
  let stopping = false;
  const ended = () => inFlight--;
  const worked = () => working--;
  /** Counts a request in flight until its response closes. */
  const enter = (res: http.ServerResponse, probe = false) => {
    inFlight++;
    if (stopping) res.setHeader('connection', 'close');
    res.once('close', ended);
    if (probe) return;
    started++;
    working++;
    res.once('close', worked);
  };
  const track: RequestHandler = (req, res, next) => {
    enter(res, probePaths.includes(req.path));
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
    /** Requests started so far (probes aside) and running now (the idle collector's view, idle-gc.ts). */
    get started() {
      return started;
    },
    get inFlight() {
      return working;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
