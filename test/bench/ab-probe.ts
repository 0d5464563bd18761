/**
 * A/B of API server builds or flags in one run: `CONFIGS` (JSON: name, execArgv, env, script: another
 * build's dist/src/cli/start.js) are started side by side over the bench database of `SCALE` (the bench's
 * PostgreSQL on BENCH_PG_PORT must be running), then each operation of `OPS` (prefixes) is loaded at
 * `CONNECTIONS` for `ROUNDS` rounds, the configs in ABBA order (the one measured first in a round did
 * worse on this machine whatever it was); each config runs with exactly the flags it gives. Prints req/s,
 * p50, p99, CPU ms a request and RSS per run; each server's stdout (e.g. --trace-gc) goes to
 * bench-results/ab-<name>.log. GC=1 also preloads test/bench/gc-log.cjs into each server and prints, per run,
 * where the time of the responses at or over its p99 went against all responses': how many waited
 * through a garbage collection's pause, and the share of their time under scavenges, mark-compacts, and
 * event-loop stalls of 3 ms or more with the server on the CPU (a long turn) or off it (waiting for a
 * core). A config's `node` runs it on another Node executable. Example:
 * CONFIGS='[{"name":"a"},{"name":"b","execArgv":["--max-semi-space-size=32"]}]' BENCH_PG_PORT=54930 \
 *   node -r @swc-node/register test/bench/ab-probe.ts
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadSettings, PROJECT_ROOT } from '../../src/config';
import { SCOPES } from '../../src/graphql/auth/viewer';
import { mintToken } from '../../src/server/auth/tokens';
import { ANCHOR_OPERATIONS, anchorDocument } from './anchor/operations';
import { ANCHOR_CACHE_DIR } from './anchor/install';
import { documentText, OPERATIONS } from './operations';

interface Config {
  name: string;
  execArgv?: string[];
  env?: Record<string, string>;
  script?: string;
  /** Another Node executable (e.g. the anchor's Node 22, .cache/anchor/node_modules/node/bin/node). */
  node?: string;
  /**
   * PostGraphile (the bench's anchor, installed by `--anchor postgraphile` into .cache/anchor) instead of
   * the API: its own documents and variables for the same operations (test/bench/anchor/operations.ts).
   */
  anchor?: boolean;
}
const configs: Config[] = JSON.parse(process.env.CONFIGS ?? '[{"name":"base"}]');
const scale = Number(process.env.SCALE ?? 1);
const ops = (process.env.OPS ?? 'a-,c-west-schools-first,c-west-schools-deep,i-').split(',');
const rounds = Number(process.env.ROUNDS ?? 3);
const duration = Number(process.env.DURATION ?? 5);
const warmup = Number(process.env.WARMUP ?? 2);
const connections = Number(process.env.CONNECTIONS ?? 8);
const port0 = Number(process.env.PORT0 ?? 47100);
const gcAttribution = process.env.GC === '1';
const dbUrl = `postgres://postgres:postgres@127.0.0.1:${process.env.BENCH_PG_PORT ?? 54930}/agapi_bench_s${scale}`;
const AUTH = { AUTH_JWT_SECRET: 'bench-only-secret-of-at-least-32-bytes-000' };

function cpu(pid: number): number {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}
function rss(pid: number): number {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(s)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function main() {
  const token = `Bearer ${await mintToken(
    { role: 'ministry_admin', scopes: [SCOPES.personalRead], subject: 'bench', ttl: '7d' },
    loadSettings({ NODE_ENV: 'production', ...AUTH }).auth,
  )}`;
  const client = new pg.Client(dbUrl);
  await client.connect();
  const sql = async (text: string, values?: unknown[]) => (await client.query(text, values)).rows;
  const jobs: { name: string; body: string; api: Record<string, unknown> }[] = [];
  for (const prefix of ops) {
    const op = OPERATIONS.find((o) => o.name.startsWith(prefix))!;
    const variables = await op.variables(sql as never);
    jobs.push({
      name: op.name,
      api: variables,
      body: JSON.stringify({ query: documentText(op), operationName: op.operationName, variables }),
    });
  }
  /** The body a config is sent for a job: PostGraphile's own for the anchor. */
  const bodies = new Map<string, string>();
  const bodyOf = (job: (typeof jobs)[number], config: Config) => bodies.get(`${job.name} ${config.name}`) ?? job.body;
  const servers: { config: Config; child: ChildProcess; url: string }[] = [];
  mkdirSync(path.join(PROJECT_ROOT, 'bench-results'), { recursive: true });
  for (const [i, config] of configs.entries()) {
    const port = port0 + i;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      ...AUTH,
      HOST: '127.0.0.1',
      METRICS: '1',
      COST_BUDGET: '0',
      LOG_LEVEL: 'info',
      DATABASE_URL: dbUrl,
      PORT: String(port),
      ...config.env,
      ...(gcAttribution && { GC_LOG: gcLogOf(config) }),
      ...(config.anchor && { ANCHOR_DIR: ANCHOR_CACHE_DIR }),
    };
    delete env.NODE_OPTIONS;
    const child = spawn(
      config.node ??
        (config.anchor ? path.join(ANCHOR_CACHE_DIR, 'node_modules', 'node', 'bin', 'node') : process.execPath),
      [
        ...(config.execArgv ?? []),
        ...(gcAttribution ? ['-r', path.join(PROJECT_ROOT, 'test', 'bench', 'gc-log.cjs')] : []),
        ...(config.anchor ? ['--disable-warning=ExperimentalWarning'] : []),
        config.script ??
          (config.anchor ? path.join(PROJECT_ROOT, 'test', 'bench', 'anchor', 'postgraphile-server.mts') : undefined) ??
          path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js'),
      ],
      {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out = createWriteStream(path.join(PROJECT_ROOT, 'bench-results', `ab-${config.name}.log`));
    child.stdout!.pipe(out);
    child.stderr!.on('data', () => undefined); // drained, as the bench does
    servers.push({ config, child, url: `http://127.0.0.1:${port}/graphql` });
  }
  process.on('exit', () => servers.forEach((s) => s.child.kill('SIGKILL')));
  for (const s of servers) {
    for (;;) {
      try {
        if ((await fetch(s.url.replace('/graphql', '/health'))).ok) break;
      } catch {
        /* not yet */
      }
      await new Promise((r) => setTimeout(r, 300));
    }
    if (!s.config.anchor) continue;
    for (const job of jobs) {
      const anchor = ANCHOR_OPERATIONS.find((a) => a.operation === job.name);
      if (!anchor) throw new Error(`PostGraphile has no equivalent of ${job.name}`);
      const query = anchorDocument(anchor);
      const ask = async (operationName: string, vars: Record<string, unknown>) => {
        const response = await fetch(s.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ operationName, query, variables: vars }),
        });
        return ((await response.json()) as { data?: unknown }).data;
      };
      const variables = await anchor.variables(job.api, { sql: sql as never, ask });
      bodies.set(
        `${job.name} ${s.config.name}`,
        JSON.stringify({ operationName: anchor.operationName, query, variables }),
      );
    }
  }
  await client.end();
  /** Each response's end (ms since the epoch, as gc-log.cjs writes) and latency, by run. */
  const spans: { label: string; config: Config; ends: number[]; lat: number[] }[] = [];
  let ends: number[] = [];
  const run = (url: string, body: string, seconds: number) =>
    new Promise<number[]>((resolve) => {
      const lat: number[] = [];
      ends = [];
      const inst = autocannon(
        {
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', authorization: token },
          body,
          connections,
          duration: seconds,
        },
        () => resolve(lat),
      );
      (inst as unknown as NodeJS.EventEmitter).on('response', (_c: unknown, status: number, _b: number, ms: number) => {
        if (status === 200) {
          lat.push(ms);
          ends.push(performance.timeOrigin + performance.now());
        }
      });
    });
  const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  const results: Record<string, Record<string, string[]>> = {};
  const counts: Record<string, number> = {};
  for (const job of jobs) {
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 === 0 ? servers : [...servers].reverse()) {
        const w = await run(s.url, bodyOf(job, s.config), warmup);
        counts[s.config.name] = (counts[s.config.name] ?? 0) + w.length;
        const c0 = cpu(s.child.pid!);
        const t0 = performance.now();
        const lat = await run(s.url, bodyOf(job, s.config), duration);
        spans.push({ label: `${job.name} ${s.config.name} r${r}`, config: s.config, ends, lat: [...lat] });
        const secs = (performance.now() - t0) / 1000;
        const c1 = cpu(s.child.pid!);
        lat.sort((a, b) => a - b);
        counts[s.config.name] = (counts[s.config.name] ?? 0) + lat.length;
        const line = `${job.name} ${s.config.name} r${r}: ${(lat.length / secs).toFixed(0)} req/s p50 ${pct(lat, 50).toFixed(2)} p99 ${pct(lat, 99).toFixed(2)} max ${lat[lat.length - 1]!.toFixed(1)} cpu ms/req ${((1000 * (c1 - c0)) / lat.length).toFixed(3)} rss ${rss(s.child.pid!).toFixed(0)}MB load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`;
        console.log(line);
        ((results[job.name] ??= {})[s.config.name] ??= []).push(pct(lat, 99).toFixed(2));
      }
    }
  }
  console.log('p99 per op/config:', JSON.stringify(results));
  console.log('responses:', JSON.stringify(counts));
  if (gcAttribution) {
    await new Promise((r) => setTimeout(r, 1500)); // gc-log.cjs writes once a second
    for (const span of spans) console.log(attribute(span.label, gcLogOf(span.config), span.ends, span.lat));
  }
  servers.forEach((s) => s.child.kill('SIGTERM'));
  await new Promise((r) => setTimeout(r, 4000));
  process.exit(0);
}
function gcLogOf(config: Config): string {
  return path.join(PROJECT_ROOT, 'bench-results', `ab-${config.name}.gc`);
}

/** Which responses waited through a collection: of all, and of those at or over the run's p99. */
function attribute(label: string, file: string, ends: number[], lat: number[]): string {
  const pauses = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [start, ms, kind] = line.split(' ');
      return { start: Number(start), end: Number(start) + Number(ms), kind: kind! };
    })
    .filter((pause) => ['scavenge', 'mark-compact', 'busy', 'off-cpu'].includes(pause.kind));
  /** Milliseconds of [from, to] under pauses of `kind` (any collection when not given). */
  const overlap = (from: number, to: number, kind?: string) => {
    let total = 0;
    for (const pause of pauses) {
      if (pause.end <= from || pause.start >= to) continue;
      if (kind ? pause.kind !== kind : pause.kind !== 'scavenge' && pause.kind !== 'mark-compact') continue;
      total += Math.min(to, pause.end) - Math.max(from, pause.start);
    }
    return total;
  };
  const sorted = [...lat].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]!;
  const share = (indexes: number[], kind?: string) =>
    indexes.filter((i) => overlap(ends[i]! - lat[i]!, ends[i]!, kind) > 0).length / Math.max(1, indexes.length);
  const part = (indexes: number[], kind: string) =>
    indexes.reduce((sum, i) => sum + overlap(ends[i]! - lat[i]!, ends[i]!, kind), 0) /
    Math.max(
      1,
      indexes.reduce((sum, i) => sum + lat[i]!, 0),
    );
  const all = lat.map((_, i) => i);
  const slow = all.filter((i) => lat[i]! >= p99);
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
  return (
    `${label}: p99 ${p99.toFixed(2)} ms; with a GC pause in their time: all ${pct(share(all))} ` +
    `(mark-compact ${pct(share(all, 'mark-compact'))}), p99 and over ${pct(share(slow))} ` +
    `(mark-compact ${pct(share(slow, 'mark-compact'))}); of the p99-and-over responses' time: scavenges ` +
    `${pct(part(slow, 'scavenge'))}, mark-compacts ${pct(part(slow, 'mark-compact'))}, loop stalls of 3 ms+ ` +
    `busy ${pct(part(slow, 'busy'))} (all responses ${pct(part(all, 'busy'))}), off the CPU ` +
    `${pct(part(slow, 'off-cpu'))} (all ${pct(part(all, 'off-cpu'))})`
  );
}

void main();
