import type { GraphQLSchema } from 'graphql';
import { ABUSIVE_REQUESTS } from '../support/abusive-operations';
import { Fuzzer, type FuzzKind } from './fuzzer';
import {
  abusiveRequest,
  codesOf,
  healthStatus,
  percentile,
  pool,
  responseProblems,
  send,
  sqlStatements,
  tally,
  type RawRequest,
  type Reply,
} from './http';
import type { ApiServer } from './server';

/*
 * The phases and what they share (the load phases, soak and outage, are in load.ts). Each returns its
 * figures and its failures (empty: passed); a failure names the request and what the server
 * answered, so a server bug can be reproduced from the report alone.
 */

export interface Phase {
  name: string;
  passed: boolean;
  seconds: number;
  failures: string[];
  /** Worth knowing, not failing: findings the assertions of the brief do not cover. */
  notes: string[];
  requests: number;
  /** Error codes of every refusal the server answered in this phase. */
  refusals: Record<string, number>;
  fiveXx: number;
}

/** The server answers within its 15 s deadline (REQUEST_TIMEOUT); past this it is not answering at all. */
export const CLIENT_TIMEOUT_MS = 20_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const excerpt = (text: string | Buffer, length = 300) => {
  const s = String(text).replace(/\s+/g, ' ');
  return s.length > length ? `${s.slice(0, length)}… (${s.length} chars)` : s;
};
export const describe = (request: RawRequest, length = 200) =>
  `${request.method} ${request.path} ${excerpt(request.body, length)}`;
export const answer = (reply: Reply) =>
  reply.transportError ? `no response (${reply.transportError})` : `HTTP ${reply.status} ${excerpt(reply.text)}`;

export function phase(name: string, started: number): Phase {
  return {
    name,
    passed: false,
    seconds: (performance.now() - started) / 1000,
    failures: [],
    notes: [],
    requests: 0,
    refusals: {},
    fiveXx: 0,
  };
}

export function finish<P extends Phase>(p: P, started: number): P {
  p.seconds = (performance.now() - started) / 1000;
  p.passed = p.failures.length === 0;
  return p;
}

export function countReply(p: Phase, reply: Reply): void {
  p.requests++;
  if (reply.status >= 500) p.fiveXx++;
  for (const code of codesOf(reply.json)) p.refusals[code] = (p.refusals[code] ?? 0) + 1;
}

// ---------------------------------------------------------------------------------------------
// 1. The abusive table: one at a time, SQL counted around each.

export interface AbusiveRow {
  name: string;
  code: string;
  status: number;
  gotStatus: number;
  gotCodes: string[];
  ms: number;
  sql: number;
  problems: string[];
}

/** A refusal happens before any work: it must come back quickly. */
export const ABUSIVE_MAX_MS = 2000;

export async function abusivePhase(base: string): Promise<Phase & { rows: AbusiveRow[] }> {
  const started = performance.now();
  const p = { ...phase('1. abusive table', started), rows: [] as AbusiveRow[] };
  for (const entry of ABUSIVE_REQUESTS) {
    const request = abusiveRequest(entry);
    const before = await sqlStatements(base);
    const reply = await send(base, request);
    const sql = (await sqlStatements(base)) - before;
    countReply(p, reply);
    const gotCodes = codesOf(reply.json);
    const problems = responseProblems(reply).filter((problem) => !problem.startsWith('HTTP '));
    if (reply.status !== entry.status) problems.push(`HTTP ${reply.status}, expected ${entry.status}`);
    if (gotCodes.length !== 1 || gotCodes[0] !== entry.code) {
      problems.push(`codes [${gotCodes.join(', ')}], expected exactly [${entry.code}]`);
    }
    if (reply.ms > ABUSIVE_MAX_MS) problems.push(`${Math.round(reply.ms)} ms (over ${ABUSIVE_MAX_MS} ms)`);
    if (sql !== 0) problems.push(`${sql} SQL statements (expected none)`);
    p.rows.push({
      name: entry.name,
      code: entry.code,
      status: entry.status,
      gotStatus: reply.status,
      gotCodes,
      ms: reply.ms,
      sql,
      problems,
    });
    if (problems.length) p.failures.push(`${entry.name}: ${problems.join('; ')}; answer: ${answer(reply)}`);
  }
  return finish(p, started);
}

// ---------------------------------------------------------------------------------------------
// 2. The fuzzer.

/** Times the fuzzer replaces a server that stopped answering before it gives up. */
const MAX_RESTARTS = 2;

export interface FuzzPhase extends Phase {
  seed: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  /** Responses by error code (each code once per response); `data` for answers without errors. */
  byCode: Record<string, number>;
  byGenerator: Record<string, number>;
  latency: { p50: number; p99: number; max: number; slowest: string };
  serverAlive: boolean;
  healthAfter: number;
}

export async function fuzzPhase(
  server: ApiServer,
  schema: GraphQLSchema,
  options: { count: number; seed: number; concurrency: number; maxSeconds: number },
): Promise<FuzzPhase> {
  const started = performance.now();
  const fuzzer = new Fuzzer(schema, options.seed);
  const kinds: FuzzKind[] = [];
  const generators: string[] = [];
  const statuses: string[] = [];
  const codes: string[] = [];
  const latencies: number[] = [];
  let slowest = { ms: 0, what: '' };
  const internal: string[] = [];
  const p: FuzzPhase = {
    ...phase('2. fuzzer', started),
    seed: options.seed,
    byKind: {},
    byStatus: {},
    byCode: {},
    byGenerator: {},
    latency: { p50: NaN, p99: NaN, max: NaN, slowest: '' },
    serverAlive: true,
    healthAfter: 0,
  };
  const deadline = Date.now() + options.maxSeconds * 1000;
  // A server that exits or stops answering (an event loop blocked for good) is a failure naming the
  // cases in flight then; it is replaced so the rest of the cases still run, at most MAX_RESTARTS times.
  const inFlight = new Map<number, { what: string; since: number }>();
  let generation = 0;
  let restarting: Promise<void> | undefined;
  let gaveUp = false;
  let lost = 0;
  await pool(
    options.count,
    options.concurrency,
    deadline,
    async (index) => {
      // Drawn before the first await: the sequence of cases depends on the seed alone.
      const fuzz = fuzzer.next();
      const what = `#${index} ${fuzz.kind} (${fuzz.generator}): ${describe(fuzz.request)}`;
      const short = `#${index} ${fuzz.kind} (${fuzz.generator}): ${describe(fuzz.request, 100)}`;
      await restarting;
      const mine = generation;
      inFlight.set(index, { what: short, since: performance.now() });
      const reply = await send(server.base, fuzz.request, CLIENT_TIMEOUT_MS);
      const now = performance.now();
      const suspects = [...inFlight.values()].map(
        (c) => `(sent ${((now - c.since) / 1000).toFixed(0)} s before) ${c.what}`,
      );
      inFlight.delete(index);
      if (reply.transportError) {
        const dead = !server.alive || (await healthStatus(server.base, 5000)) === 0;
        if (mine !== generation) {
          lost++; // sent to a server found dead meanwhile: that failure names it
          return false;
        }
        if (dead) {
          generation++;
          const state = server.alive ? 'stopped answering (GET /health too)' : `exited (${server.exit})`;
          p.failures.unshift(`the server ${state}; the cases in flight then: ${suspects.join(' | ')}`);
          if (generation > MAX_RESTARTS) gaveUp = true;
          else {
            restarting = server.restart();
            await restarting;
            restarting = undefined;
          }
          return false;
        }
      }
      countReply(p, reply);
      kinds.push(fuzz.kind);
      generators.push(`${fuzz.kind}: ${fuzz.generator}`);
      statuses.push(reply.transportError ? 'no response' : String(reply.status));
      const found = [...new Set(codesOf(reply.json))];
      codes.push(...(found.length ? found : reply.json !== undefined ? ['data'] : [])); // (not JSON: a failure)
      latencies.push(reply.ms);
      if (reply.ms > slowest.ms) slowest = { ms: reply.ms, what: `#${index} ${fuzz.kind}: ${fuzz.generator}` };
      const problems = responseProblems(reply);
      if (problems.length) p.failures.push(`${what}: ${problems.join('; ')}; answer: ${answer(reply)}`);
      if (found.includes('INTERNAL_SERVER_ERROR')) internal.push(what);
      return true;
    },
    () => gaveUp,
  );
  if (generation) {
    p.notes.push(
      `${generation} times the server was replaced; ${lost} other cases in flight to it then went unanswered`,
    );
  }
  p.byKind = tally(kinds);
  p.byStatus = tally(statuses);
  p.byCode = tally(codes);
  p.byGenerator = tally(generators);
  p.latency = {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: slowest.ms,
    slowest: slowest.what,
  };
  // A slow machine sends fewer cases within the phase's time: that bounds the run, it fails nothing.
  const sent = p.requests + lost + generation;
  if (gaveUp) p.failures.push(`only ${sent} of ${options.count} cases were sent: the server kept failing`);
  else if (sent < options.count)
    p.notes.push(`${sent} of ${options.count} cases were sent within the ${options.maxSeconds} s of the phase`);
  // Client input that ends as an internal error is a bug: the server should have refused it with a code.
  if (internal.length) {
    p.failures.push(
      `${internal.length} answers were a masked INTERNAL_SERVER_ERROR (input the server did not refuse as such), e.g. ${internal.slice(0, 5).join(' | ')}`,
    );
  }
  p.serverAlive = server.alive;
  if (!p.serverAlive) p.failures.push(`the server process exited (${server.exit}) during the fuzzing`);
  p.healthAfter = p.serverAlive ? await healthStatus(server.base) : 0;
  if (p.serverAlive && p.healthAfter !== 200)
    p.failures.push(`GET /health answered ${p.healthAfter} after the fuzzing`);
  // Keep the report readable: the first failures in full, the rest counted.
  if (p.failures.length > 25) p.failures.splice(25, p.failures.length - 25, `… and ${p.failures.length - 25} more`);
  return finish(p, started);
}
