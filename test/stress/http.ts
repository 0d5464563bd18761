import { loadSettings } from '../../src/config';
import { SCOPES } from '../../src/graphql/auth/viewer';
import { mintToken } from '../../src/server/auth/tokens';
import http from 'node:http';
import type { AbusiveRequest } from '../support/abusive-operations';

/*
 * A small HTTP client over node:http (not fetch): the stress run sends bodies and headers fetch
 * would refuse or rewrite (any bytes, any method, odd content types and encodings).
 */

export interface RawRequest {
  method: string;
  /** Path and query string, e.g. `/graphql`. */
  path: string;
  headers: Record<string, string>;
  body: string | Buffer;
}

export interface Reply {
  status: number;
  text: string;
  /** The parsed body; undefined when it is not JSON. */
  json: unknown;
  ms: number;
  /** Set instead of a status when no response came (connection reset, client timeout). */
  transportError?: string;
}

export interface GraphQLError {
  message?: unknown;
  extensions?: { code?: unknown } & Record<string, unknown>;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * Sends one request to `base` (http://127.0.0.1:port); never throws. A kept-alive socket the server
 * closed just as it was reused fails with ECONNRESET before any answer: that request is sent once
 * more on a new socket (the usual client behaviour; it says nothing about the server).
 */
export async function send(base: string, request: RawRequest, timeoutMs = 30_000): Promise<Reply> {
  const first = await sendOnce(base, request, timeoutMs);
  return first.retry ? (await sendOnce(base, request, timeoutMs, false)).reply : first.reply;
}

function sendOnce(
  base: string,
  request: RawRequest,
  timeoutMs: number,
  reuse = true,
): Promise<{ reply: Reply; retry: boolean }> {
  const url = new URL(request.path, base);
  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  const started = performance.now();
  return new Promise((resolve) => {
    let retry = false;
    const finish = (status: number, text: string, transportError?: string) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      resolve({ reply: { status, text, json, ms: performance.now() - started, transportError }, retry });
    };
    const req = http.request(
      url,
      {
        method: request.method,
        agent: reuse ? agent : false,
        headers: { ...request.headers, 'content-length': String(body.length) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => finish(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
        res.on('error', (error) => finish(0, '', error.message));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      retry = reuse && req.reusedSocket && error.code === 'ECONNRESET';
      finish(0, '', error.message);
    });
    req.end(body);
  });
}

export const JSON_HEADERS: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };

/** The stress run's server verifies tokens with this secret (a test secret, never a deployment's). */
export const STRESS_AUTH = { AUTH_JWT_SECRET: 'stress-only-secret-of-at-least-32-bytes-00' };

/**
 * Every request of the run is sent as a nationwide role with personal:read, so that the example
 * operations answer every field (people's names among them) and only limits refuse anything.
 */
export async function signIn(): Promise<void> {
  const auth = loadSettings({ NODE_ENV: 'production', ...STRESS_AUTH }).auth;
  const token = await mintToken(
    { role: 'ministry_admin', scopes: [SCOPES.personalRead], subject: 'stress', ttl: '1d' },
    auth,
  );
  JSON_HEADERS.authorization = `Bearer ${token}`;
}

export function graphqlRequest(body: unknown): RawRequest {
  return { method: 'POST', path: '/graphql', headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}

/** An entry of ABUSIVE_REQUESTS as it goes on the wire. */
export function abusiveRequest(entry: AbusiveRequest): RawRequest {
  return {
    method: entry.method ?? 'POST',
    path: '/graphql',
    headers: { ...JSON_HEADERS, ...(entry.contentType ? { 'content-type': entry.contentType } : {}) },
    body: entry.raw ? String(entry.body) : JSON.stringify(entry.body),
  };
}

export function errorsOf(json: unknown): GraphQLError[] {
  const errors = (json as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? (errors as GraphQLError[]) : [];
}

export function codesOf(json: unknown): string[] {
  return errorsOf(json).map((error) => String(error.extensions?.code));
}

/** What no error may ever show a client: stack frames, SQL, connection failures, addresses. */
export const LEAKS = ['    at ', 'select ', 'ECONNREFUSED', '127.0.0.1:'];

/**
 * What is wrong with a response whatever was asked: a 5xx, a body that is not a JSON object with
 * `data` or `errors`, an error without a string `extensions.code`, or one that leaks internals.
 */
export function responseProblems(reply: Reply): string[] {
  if (reply.transportError) return [`no response: ${reply.transportError}`];
  const problems: string[] = [];
  if (reply.status >= 500) problems.push(`HTTP ${reply.status}`);
  const json = reply.json as Record<string, unknown> | undefined;
  if (json === undefined) return [...problems, 'body is not JSON'];
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('data' in json || 'errors' in json)) {
    return [...problems, 'JSON without data or errors'];
  }
  if ('errors' in json && !Array.isArray(json.errors)) problems.push('errors is not a list');
  for (const error of errorsOf(json)) {
    if (typeof error.extensions?.code !== 'string') problems.push('an error without a string extensions.code');
    if (error.extensions && 'stacktrace' in error.extensions) problems.push('an error with a stacktrace');
    const text = JSON.stringify(error).toLowerCase();
    for (const leak of LEAKS) if (text.includes(leak.toLowerCase())) problems.push(`an error shows "${leak}"`);
  }
  return problems;
}

/** The `sql_statements_total` counter of GET /metrics (METRICS=1). */
export async function sqlStatements(base: string): Promise<number> {
  const reply = await send(base, { method: 'GET', path: '/metrics', headers: {}, body: '' }, 10_000);
  const value = /^sql_statements_total (\S+)$/m.exec(reply.text)?.[1];
  if (reply.status !== 200 || value === undefined) {
    throw new Error(`GET /metrics answered ${reply.status || reply.transportError}: ${reply.text.slice(0, 200)}`);
  }
  return Number(value);
}

export async function healthStatus(base: string, timeoutMs = 10_000, path = '/health'): Promise<number> {
  const reply = await send(base, { method: 'GET', path, headers: {}, body: '' }, timeoutMs);
  return reply.status;
}

/** Runs `count` tasks with at most `limit` in flight; starts no more after `deadline` (ms epoch) or once `stop()`. */
export async function pool<T>(
  count: number,
  limit: number,
  deadline: number,
  task: (index: number) => Promise<T>,
  stop: () => boolean = () => false,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count && Date.now() < deadline && !stop()) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results.filter((result) => result !== undefined);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** `{ key: count }`, keys sorted by count. */
export function tally(keys: Iterable<string>): Record<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}
