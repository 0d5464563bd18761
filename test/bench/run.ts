/**
 * `npm run bench [-- options]`: measures the API built for production (dist/, NODE_ENV=production)
 * in its own processes, under load from a separate driver process, against hand-written SQL (the
 * floor). Prints a markdown table and writes JSON to bench-results/. Figures only: nothing asserted
 * but the correctness of the answers (API and floor must agree).
 */
import 'reflect-metadata';
import { deepStrictEqual } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { SERVER_NODE_ENV, SERVER_NODE_FLAGS } from '../../src/cli/node-flags';
import { loadSettings, PROJECT_ROOT, SUBGRAPH_NAMES, type SubgraphName } from '../../src/config';
import { SCOPES } from '../../src/graphql/auth/viewer';
import { mintToken } from '../../src/server/auth/tokens';
import { ensureAnchorInstalled, type AnchorInstall } from './anchor/install';
import { ANCHOR_OPERATIONS, anchorDocument, type AnchorOperation } from './anchor/operations';
import { anchorComparisons, anchorMarkdown } from './anchor/report';
import {
  DASHBOARD_PREFIXES,
  DASHBOARD_SCALE,
  DISTRIBUTED_GATEWAYS,
  DISTRIBUTED_OPERATIONS,
  issueMarkdown,
  issueRows,
  type SoakFigures,
} from './anchor/table';
import { openBenchServer, prepareDatabase, type BenchServer, type PreparedDatabase } from './databases';
import type { LoadJob, LoadResult } from './driver';
import { importBench, importMarkdown } from './import';
import { soakBench } from './soak';
import { liveBench, liveMarkdown } from './live';
import { explainStatements, SqlCollector, tableRows, type ExplainRow } from './explain';
import { documentText, OPERATIONS, type Operation, type SetupName, type Variables } from './operations';
import {
  CLOCK_TICKS,
  cpuDelta,
  cpuSeconds,
  forkNode,
  freePort,
  killAllNow,
  machineBusySeconds,
  memory,
  resetPeak,
  startNode,
  stopAll,
  stopChild,
  treeCpu,
  waitHealthy,
  type Child,
} from './processes';
import { CPU_PROFILE_HOOK, startProfile, stopProfile, summarise, type Profiled } from './profile/cpu-profile';
import {
  comparison,
  explainMarkdown,
  markdown,
  medianRows,
  profilesMarkdown,
  type BenchResult,
  type Machine,
  type ProfileEntry,
  type Row,
  type RunOptions,
} from './report';

const USAGE = `usage: npm run bench -- [--quick] [--scales 1,10[,100] | --scale100] [--compare FILE] [--explain]
                        [--only PREFIXES] [--connections N] [--duration S] [--warmup S] [--reseed] [--overhead]
                        [--anchor postgraphile [--runs N] [--soak] [--soak-seconds S] [--rows N | --no-import]]
                        [--cpu-prof] [--no-compile] [--read-cache-baseline] [--gateway-only]
       npm run bench -- --import [--rows N] [--reseed]
       npm run bench -- --live [--subscribers N] [--writes R] [--duration S] [--endpoints K] [--reseed]
  --quick          short run (0.5 s warm-up + 2 s per row) that still prints every figure
  --scales LIST    dataset scales to run (default 1,10); --scale100 adds 100
  --explain        also capture each operation's SQL (LOG_SQL=1) and EXPLAIN it: sequential scans of
                   large tables, statements, and p50 against scale 1, per operation and scale
  --only PREFIXES  only the operations whose names start with one of these (comma-separated, e.g. c,d)
  --compare FILE   also print the change (new ÷ old) against an earlier bench-results/*.json
  --connections N  concurrent connections of the load driver (default 8)
  --duration S     seconds of each timed run (default 10; quick 2)
  --warmup S       seconds of warm-up load before each timed run (default 3; quick 0.5)
  --reseed         rebuild the bench databases even when their seed marker matches
  --overhead       also run the in-process gateway with logs and metrics off (LOG_LEVEL=silent METRICS=0)
                   and print what they cost: gateway ÷ gateway:unobserved, per operation and scale
  --anchor postgraphile  also run PostGraphile v5 (Node 22, installed once into .cache/anchor/) over the same
                   database on the operations it has an equivalent for (a, c, i; (a) also at 1 connection),
                   check its answers equal the API's, and print API ÷ PostGraphile; the warm-up and duration
                   default to 10 s and 15 s (quick: as --quick). Without --only it runs (a), (c) and (i), and
                   at scale 100 the dashboards (b, f, g, h, t); the distributed gateways (Hive + Rust planner,
                   @apollo/gateway) run (a) and (i) even with --gateway-only; a short import (20,000 rows) runs
                   after them. Then prints issue 24's items 1–5 in one table, each row with its aim and PASS/FAIL
  --runs N         with --anchor: repeat the measurement N times (e.g. 3); the table gives the median and each
                   run's ratio, the JSON every run's rows
  --soak           with --anchor: also the stress soak (test/stress) on a copy of the scale-1 database, for the
                   memory row (RSS start, peak, end); --soak-seconds S (default 60)
  --no-import      with --anchor: no import row (--rows N: the import's rows, default 20,000 with --anchor)
  --import         instead: the import command on N synthetic participations (--rows, default 100,000) into
                   a fresh copy of the scale-1 database, a dry run then the import, rows/s of each
  --live           instead: N subscribers over WebSocket (default 2,000), R createActivity a second (default 20)
                   for S s (default 20) with K webhook endpoints (default 5, a local receiver): subscribers
                   connected, write-to-delivery p50/p99, memory per subscriber, webhook deliveries/s
  --cpu-prof       profile the gateway (and PostGraphile) during each timed run; the top 25 frames by self
                   time are printed and kept in the results, the .cpuprofile files beside them
  --no-compile     the in-process gateway answers every operation through the resolvers (SQL_COMPILE=off),
                   as the distributed subgraphs do: measures the resolver path in one process
  --read-cache-baseline  also run the in-process gateway with the read cache off (READ_CACHE_MB=0, setup
                   gateway:uncached) and print gateway ÷ gateway:uncached per operation and scale
  --lane-baseline  also run the in-process gateway without its fast lane (FAST_LANE=off, setup gateway:full-path)
                   and print gateway ÷ gateway:full-path per operation and scale
  --gateway-only   only the in-process gateway (and the anchor, with its two distributed gateways on (a) and (i)):
                   no other distributed setup, no floor
  --distributed LIST  only these distributed gateways (distributed, distributed:full-path, distributed:hive,
                   distributed:hive-js); with --gateway-only, the in-process gateway and these on (a) and (i)`;

class UsageError extends Error {}

/** The distributed setups (startDistributedSetup's gateways), for `--distributed LIST`. */
const DISTRIBUTED_SETUPS: readonly SetupName[] = [
  'distributed',
  'distributed:full-path',
  'distributed:hive',
  'distributed:hive-js',
];

interface Args {
  quick: boolean;
  scales: number[];
  compare?: string;
  explain: boolean;
  only?: string[];
  connections: number;
  duration?: number;
  warmup?: number;
  reseed: boolean;
  overhead: boolean;
  anchor?: 'postgraphile';
  cpuProfile: boolean;
  noCompile: boolean;
  /** `--read-cache-baseline`: also the in-process gateway with the read cache off. */
  readCacheBaseline: boolean;
  /** `--lane-baseline`: also the in-process gateway without its fast lane. */
  laneBaseline: boolean;
  gatewayOnly: boolean;
  /** `--distributed LIST`: only these distributed gateways (e.g. `distributed`), also with `--gateway-only`. */
  distributed?: SetupName[];
  /** `--import`: the import bench (its rows), instead of the operations; with `--anchor`, the table's import row. */
  importRows?: number;
  /** `--no-import`: no import row in the anchor's table. */
  noImport: boolean;
  /** `--runs N`: the anchor measurement repeated N times. */
  runs: number;
  /** `--soak`: the stress soak's seconds, for the anchor table's memory row. */
  soakSeconds?: number;
  /** `--live`: the live bench, instead of the operations. */
  live?: { subscribers: number; writes: number; duration?: number; endpoints: number };
}

function parseArgs(argv: string[]): Args | null {
  const args: Args = {
    quick: false,
    scales: [1, 10],
    explain: false,
    connections: 8,
    reseed: false,
    overhead: false,
    cpuProfile: false,
    noCompile: false,
    readCacheBaseline: false,
    laneBaseline: false,
    gatewayOnly: false,
    noImport: false,
    runs: 1,
  };
  const number = (flag: string, raw: string | undefined, min: number): number => {
    const value = Number(raw);
    if (raw === undefined || !Number.isFinite(value) || value < min) {
      throw new UsageError(`${flag} needs a number ≥ ${min}`);
    }
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return null;
    else if (flag === '--quick') args.quick = true;
    else if (flag === '--reseed') args.reseed = true;
    else if (flag === '--explain') args.explain = true;
    else if (flag === '--overhead') args.overhead = true;
    else if (flag === '--cpu-prof') args.cpuProfile = true;
    else if (flag === '--no-compile') args.noCompile = true;
    else if (flag === '--read-cache-baseline') args.readCacheBaseline = true;
    else if (flag === '--lane-baseline') args.laneBaseline = true;
    else if (flag === '--gateway-only') args.gatewayOnly = true;
    else if (flag === '--distributed') {
      const names = (value() ?? '').split(',');
      const unknown = names.find((name) => !DISTRIBUTED_SETUPS.includes(name as SetupName));
      if (unknown !== undefined)
        throw new UsageError(`--distributed takes some of ${DISTRIBUTED_SETUPS.join(', ')}; got "${unknown}"`);
      args.distributed = names as SetupName[];
    } else if (flag === '--import') args.importRows ??= 100_000;
    else if (flag === '--no-import') args.noImport = true;
    else if (flag === '--runs') args.runs = Math.round(number(flag, value(), 1));
    else if (flag === '--soak') args.soakSeconds ??= 60;
    else if (flag === '--soak-seconds') args.soakSeconds = Math.round(number(flag, value(), 1));
    else if (flag === '--rows') args.importRows = Math.round(number(flag, value(), 1));
    else if (flag === '--live') args.live ??= { subscribers: 2000, writes: 20, endpoints: 5 };
    else if (flag === '--subscribers')
      (args.live ??= { subscribers: 2000, writes: 20, endpoints: 5 }).subscribers = Math.round(
        number(flag, value(), 1),
      );
    else if (flag === '--writes')
      (args.live ??= { subscribers: 2000, writes: 20, endpoints: 5 }).writes = number(flag, value(), 0.1);
    else if (flag === '--endpoints')
      (args.live ??= { subscribers: 2000, writes: 20, endpoints: 5 }).endpoints = Math.round(number(flag, value(), 0));
    else if (flag === '--anchor') {
      const name = value();
      if (name !== 'postgraphile') throw new UsageError('--anchor takes one anchor: postgraphile');
      args.anchor = name;
    } else if (flag === '--only') {
      args.only = (value() ?? '').split(',').filter(Boolean);
      if (args.only.length === 0) throw new UsageError('--only needs operation name prefixes, e.g. c,d');
    } else if (flag === '--scale100') args.scales = [...new Set([...args.scales, 100])];
    else if (flag === '--scales') {
      const raw = value();
      args.scales = (raw ?? '').split(',').map((s) => number('--scales', s, 1));
      if (args.scales.some((s) => !Number.isInteger(s))) throw new UsageError('--scales takes integers, e.g. 1,10');
    } else if (flag === '--compare') {
      args.compare = value();
      if (!args.compare) throw new UsageError('--compare needs a file');
    } else if (flag === '--connections') args.connections = Math.round(number(flag, value(), 1));
    else if (flag === '--duration') args.duration = number(flag, value(), 0.5);
    else if (flag === '--warmup') args.warmup = number(flag, value(), 0);
    else throw new UsageError(`unknown argument "${argv[i]}"\n${USAGE}`);
  }
  if (!args.anchor && (args.runs !== 1 || args.soakSeconds !== undefined || args.noImport)) {
    throw new UsageError('--runs, --soak and --no-import go with --anchor postgraphile');
  }
  return args;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

const DIST_CLI = path.join(PROJECT_ROOT, 'dist', 'src', 'cli');
const BENCH_DIR = __dirname;
/** The TypeScript children (floor server, load driver) run through swc, like this script. */
const TS_EXEC_ARGV = ['-r', '@swc-node/register'];

/** The environment of every server: the caller's, minus anything that would change what is measured. */
function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(LOG_SQL|DATABASE_URL|PORT|HOST|SEED_SCALE|METRICS|SQL_COMPILE|READ_CACHE_MB|EMBEDDED_PG_.*|SUBGRAPH_.*_URL|NODE_OPTIONS)$/.test(
        name,
      )
    )
      delete env[name];
  }
  // The per-caller cost budget would throttle a load from one address: the bench measures the
  // engine with every per-operation limit on and the budget off.
  return { ...env, NODE_ENV: 'production', ...BENCH_AUTH, HOST: '127.0.0.1', METRICS: '1', COST_BUDGET: '0', ...extra };
}

/** The servers verify tokens with this secret; the bench asks as a nationwide role with personal:read. */
const BENCH_AUTH = { AUTH_JWT_SECRET: 'bench-only-secret-of-at-least-32-bytes-000' };
const benchToken = mintToken(
  { role: 'ministry_admin', scopes: [SCOPES.personalRead], subject: 'bench', ttl: '7d' },
  loadSettings({ NODE_ENV: 'production', ...BENCH_AUTH }).auth,
).then((token) => `Bearer ${token}`);

interface Server {
  child: Child;
  base: string;
}

/** The processes of one setup and the URL the load goes to. */
interface Target {
  setup: SetupName | 'floor' | 'postgraphile';
  url: string;
  /** Every server process of the setup (figures are summed over them); the first receives the load. */
  servers: Server[];
  /** `--cpu-prof`: the processes profiled during each timed run. */
  profiled?: Profiled[];
}

async function startServer(
  name: string,
  script: string,
  args: string[],
  env: Record<string, string>,
  execArgv: string[] = script.endsWith('.ts') ? TS_EXEC_ARGV : [],
  node?: string,
) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The API server runs with the V8 flags `npm start` gives it.
  const api = script === path.join(DIST_CLI, 'start.js');
  const flags = api ? [...SERVER_NODE_FLAGS, ...execArgv] : execArgv;
  // And the environment it gives it, unless the caller's sets it.
  const given = api ? Object.fromEntries(Object.entries(SERVER_NODE_ENV).filter(([name]) => !process.env[name])) : {};
  const child = startNode(name, script, args, serverEnv({ ...given, ...env, PORT: String(port) }), flags, node);
  return { child, base };
}

/** `--cpu-prof`: the preload and the folder a server writes its profiles to (a temporary one). */
async function profiling(enabled: boolean): Promise<{ execArgv: string[]; env: Record<string, string>; dir?: string }> {
  if (!enabled) return { execArgv: [], env: {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-cpu-prof-'));
  return { execArgv: ['-r', CPU_PROFILE_HOOK], env: { CPU_PROFILE_DIR: dir }, dir };
}

function profiledTarget(target: Target, dir: string | undefined): Target {
  return dir ? { ...target, profiled: [{ child: target.servers[0]!.child, dir, count: 0 }] } : target;
}

async function stopProfiled(target: { profiled?: Profiled[] }): Promise<void> {
  await Promise.all((target.profiled ?? []).map((p) => rm(p.dir, { recursive: true, force: true })));
}

async function healthy(server: Server): Promise<Server> {
  await waitHealthy(server.child, `${server.base}/health`);
  return server;
}

async function startGatewaySetup(
  databaseUrl: string,
  options: {
    unobserved?: boolean;
    cpuProfile?: boolean;
    noCompile?: boolean;
    uncached?: boolean;
    fullPath?: boolean;
  } = {},
): Promise<Target> {
  const { unobserved = false, cpuProfile = false, noCompile = false, uncached = false, fullPath = false } = options;
  const env: Record<string, string> = unobserved
    ? { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', METRICS: '0' }
    : { DATABASE_URL: databaseUrl, LOG_LEVEL: 'info' };
  if (noCompile) env.SQL_COMPILE = 'off';
  if (uncached) env.READ_CACHE_MB = '0';
  if (fullPath) env.FAST_LANE = 'off';
  const setup = unobserved
    ? 'gateway:unobserved'
    : uncached
      ? 'gateway:uncached'
      : fullPath
        ? 'gateway:full-path'
        : 'gateway';
  const profile = await profiling(cpuProfile);
  const gateway = await healthy(
    await startServer(setup, path.join(DIST_CLI, 'start.js'), [], { ...env, ...profile.env }, profile.execArgv),
  );
  return profiledTarget({ setup, url: `${gateway.base}/graphql`, servers: [gateway] }, profile.dir);
}

/** PostGraphile over the same database, run by the anchor's Node 22 (test/bench/anchor/postgraphile-server.mts). */
async function startPostGraphile(anchor: AnchorInstall, databaseUrl: string, cpuProfile: boolean): Promise<Target> {
  const profile = await profiling(cpuProfile);
  const server = await healthy(
    await startServer(
      'postgraphile',
      path.join(BENCH_DIR, 'anchor', 'postgraphile-server.mts'),
      [],
      { DATABASE_URL: databaseUrl, ANCHOR_DIR: anchor.dir, ...profile.env },
      // Type stripping is on by default in Node 22.18+; its one warning line is not wanted.
      ['--disable-warning=ExperimentalWarning', ...profile.execArgv],
      anchor.node,
    ),
  );
  return profiledTarget({ setup: 'postgraphile', url: `${server.base}/graphql`, servers: [server] }, profile.dir);
}

/**
 * Three subgraph servers and the gateways over them, each `start.js` with SUBGRAPH_*_URL: `distributed`
 * (the default: @apollo/gateway with its fast lane), `distributed:full-path` (the same without the lane), `distributed:hive` (Hive Gateway with @graphql-hive/router-runtime's Rust
 * planner) and `distributed:hive-js` (Hive Gateway with its JavaScript planner), Hive's sharing
 * of identical concurrent fetches off (@apollo/gateway has none); also each subgraph as its own target.
 * With `--cpu-prof`, every process of a distributed setup is profiled.
 */
async function startDistributedSetup(
  databaseUrl: string,
  cpuProfile: boolean,
  only?: readonly SetupName[],
): Promise<Map<SetupName, Target>> {
  const profiled = async (name: string, script: string, args: string[], env: Record<string, string>) => {
    const profile = await profiling(cpuProfile);
    const server = await healthy(
      await startServer(name, script, args, { ...env, ...profile.env }, [
        ...(script.endsWith('.ts') ? TS_EXEC_ARGV : []),
        ...profile.execArgv,
      ]),
    );
    return { server, profiled: profile.dir ? [{ child: server.child, dir: profile.dir, count: 0 }] : [] };
  };
  const subgraphs = await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      profiled(`subgraph ${name}`, path.join(DIST_CLI, 'start-subgraph.js'), [name], { DATABASE_URL: databaseUrl }),
    ),
  );
  const urls: Record<string, string> = {};
  SUBGRAPH_NAMES.forEach(
    (name, i) => (urls[`SUBGRAPH_${name.toUpperCase()}_URL`] = `${subgraphs[i]!.server.base}/graphql`),
  );
  const gateways: [SetupName, string, Record<string, string>][] = [
    ['distributed', 'start.js', { GATEWAY: 'apollo' }],
    ['distributed:full-path', 'start.js', { GATEWAY: 'apollo', FAST_LANE: 'off' }],
    ['distributed:hive', 'start.js', { GATEWAY: 'hive', HIVE_PLANNER: 'rust', HIVE_DEDUPLICATE_INFLIGHT: '0' }],
    ['distributed:hive-js', 'start.js', { GATEWAY: 'hive', HIVE_PLANNER: 'js', HIVE_DEDUPLICATE_INFLIGHT: '0' }],
  ];
  const targets = new Map<SetupName, Target>();
  for (const [setup, script, env] of gateways.filter(([setup]) => !only || only.includes(setup))) {
    const gateway = await profiled(`${setup} gateway`, path.join(DIST_CLI, script), [], { ...urls, ...env });
    targets.set(setup, {
      setup,
      url: `${gateway.server.base}/graphql`,
      servers: [gateway.server, ...subgraphs.map((subgraph) => subgraph.server)],
      profiled: [...gateway.profiled, ...subgraphs.flatMap((subgraph) => subgraph.profiled)],
    });
  }
  // The subgraphs as targets of their own only in the full set (`only` is the anchor's gateways).
  if (!only)
    SUBGRAPH_NAMES.forEach((name: SubgraphName, i) =>
      targets.set(`subgraph:${name}`, {
        setup: `subgraph:${name}`,
        url: `${subgraphs[i]!.server.base}/graphql`,
        servers: [subgraphs[i]!.server],
      }),
    );
  return targets;
}

async function startFloor(databaseUrl: string): Promise<Target> {
  const floor = await healthy(
    await startServer('floor', path.join(BENCH_DIR, 'floor-server.ts'), [], { DATABASE_URL: databaseUrl }),
  );
  return { setup: 'floor', url: `${floor.base}/graphql`, servers: [floor] };
}

async function stopTarget(target: { servers: Server[]; profiled?: Profiled[] }): Promise<void> {
  await Promise.all(target.servers.map((server) => stopChild(server.child)));
  await stopProfiled(target);
}

async function post(url: string, body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: await benchToken },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text() };
}

interface Counters {
  requests: number;
  sql: number;
}

async function scrape(server: Server): Promise<Counters> {
  const response = await fetch(`${server.base}/metrics`, { signal: AbortSignal.timeout(10_000) });
  // Metrics turned off (gateway:unobserved): nothing to count with.
  if (response.status === 404) return { requests: NaN, sql: NaN };
  if (!response.ok) throw new Error(`${server.child.name}: GET /metrics answered ${response.status}`);
  const text = await response.text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { requests: value('graphql_requests_total'), sql: value('sql_statements_total') };
}

/**
 * Waits until no server of the target is still working (requests the load driver left in flight
 * when its time was up): for 250 ms the counters must not move and the processes must use at most
 * one clock tick of CPU each; at most 15 s.
 */
async function quiesce(target: Target): Promise<Counters[]> {
  const pids = target.servers.map((server) => server.child.pid);
  const tick = 1 / CLOCK_TICKS;
  let last = await Promise.all(target.servers.map(scrape));
  let lastCpu = pids.map(cpuSeconds);
  const deadline = Date.now() + 15_000;
  for (let attempt = 0; attempt < 100 && Date.now() < deadline; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await Promise.all(target.servers.map(scrape));
    const cpu = pids.map(cpuSeconds);
    const still =
      now.every((c, i) => c.requests === last[i]!.requests && c.sql === last[i]!.sql) &&
      cpu.every((seconds, i) => seconds - lastCpu[i]! <= tick * 1.5);
    if (still) return now;
    last = now;
    lastCpu = cpu;
  }
  return last;
}

/** One load run in the driver process. */
class Driver {
  private next = 1;
  private readonly pending = new Map<number, (result: LoadResult) => void>();
  constructor(readonly child: Child) {
    child.process.on('message', (result: LoadResult) => {
      this.pending.get(result.id)?.(result);
      this.pending.delete(result.id);
    });
  }

  static start(): Driver {
    return new Driver(forkNode('load driver', path.join(BENCH_DIR, 'driver.ts'), TS_EXEC_ARGV));
  }

  run(job: Omit<LoadJob, 'id'>): Promise<LoadResult> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.pending.delete(id);
          reject(new Error(`load run did not finish within ${job.maxDuration + 60} s`));
        },
        (job.maxDuration + 60) * 1000,
      );
      this.pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      this.child.process.send({ ...job, id });
    });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : NaN;
}

interface Prepared {
  operation: Operation;
  variables: Variables;
  body: string;
  /** `data` of the first answer; every other setup and the floor must equal it. */
  expected?: unknown;
  expectedText?: string;
  /** The anchor's operation: its answers are mapped to the API's shape before the comparison with `expected`. */
  anchor?: AnchorOperation;
}

interface Context {
  options: RunOptions;
  driver: Driver;
  benchServer: BenchServer;
  warnings: string[];
  anchor?: AnchorInstall;
  /** `--cpu-prof`: where the profiles go, and their summaries. */
  profileDir?: string;
  profiles: ProfileEntry[];
}

/** Verifies one answer, counts SQL statements over sequential requests, then times it under load. */
async function measure(
  ctx: Context,
  scale: number,
  prepared: Prepared,
  target: Target,
  connections = ctx.options.connections,
): Promise<Row> {
  const { operation, body } = prepared;
  const label = `scale ${scale} ${operation.name} on ${target.setup}${connections !== ctx.options.connections ? `, ${connections} connections` : ''}`;
  log(`  ${label}`);

  const first = await post(target.url, body);
  const parsed = JSON.parse(first.text) as { data?: unknown; errors?: unknown[] };
  if (first.status !== 200 || parsed.errors?.length || !parsed.data) {
    throw new Error(`${label}: HTTP ${first.status}, ${first.text.slice(0, 500)}`);
  }
  if (prepared.expected === undefined) {
    prepared.expected = parsed.data;
    prepared.expectedText = first.text;
  } else {
    try {
      deepStrictEqual(prepared.anchor ? prepared.anchor.normalize(parsed.data) : parsed.data, prepared.expected);
    } catch (error) {
      const what =
        target.setup === 'floor'
          ? 'the floor SQL (fix it in test/bench/operations.ts)'
          : prepared.anchor
            ? `${target.setup} (mapped to the API's shape by test/bench/anchor/operations.ts)`
            : target.setup;
      throw new Error(
        `${label}: ${what} does not answer the same data as the first setup:\n${String((error as Error).message).slice(0, 3000)}`,
      );
    }
    if (!prepared.anchor && first.text !== prepared.expectedText) {
      ctx.warnings.push(`${label}: same data as the first setup, but not the same bytes (key order or formatting)`);
    }
  }

  // SQL statements per operation: counters of every server process around sequential requests.
  const before = await quiesce(target);
  const sequential: number[] = [];
  const deadline = Date.now() + 60_000;
  for (let i = 0; i < ctx.options.sequentialRequests && Date.now() < deadline; i++) {
    const started = performance.now();
    const response = await post(target.url, body);
    sequential.push(performance.now() - started);
    if (response.status !== 200 || response.text !== first.text) {
      throw new Error(`${label}: a sequential request answered differently (HTTP ${response.status})`);
    }
  }
  const after = await Promise.all(target.servers.map(scrape));
  const n = sequential.length;
  const sql = after.reduce((sum, counters, i) => sum + counters.sql - before[i]!.sql, 0) / n;
  const entryRequests = (after[0]!.requests - before[0]!.requests) / n;
  if (entryRequests !== 1 && !Number.isNaN(entryRequests))
    ctx.warnings.push(`${label}: ${entryRequests} GraphQL requests counted per request sent`);
  const fetches = target.setup.startsWith('distributed')
    ? after.slice(1).reduce((sum, counters, i) => sum + counters.requests - before[i + 1]!.requests, 0) / n
    : null;

  const job = { url: target.url, body, expectBody: first.text, authorization: await benchToken, connections };
  if (ctx.options.warmupSeconds > 0) {
    const warmup = ctx.options.warmupSeconds;
    await ctx.driver.run({ ...job, duration: warmup, minResponses: 0, maxDuration: warmup });
    // Requests the warm-up left in flight must not count in the timed run.
    await quiesce(target);
  }

  const profiled = target.profiled ?? [];
  for (const server of profiled) await startProfile(server);
  const pids = target.servers.map((server) => server.child.pid);
  const peaksReset = pids.map(resetPeak).every(Boolean);
  const cpuBefore = pids.map(cpuSeconds);
  const pgPid = ctx.benchServer.postmasterPid;
  const dbBefore = pgPid ? treeCpu(pgPid) : null;
  const driverBefore = cpuSeconds(ctx.driver.child.pid);
  const selfBefore = process.cpuUsage();
  const machineBefore = machineBusySeconds();
  let sampledPeak = 0;
  const sampler = setInterval(() => {
    sampledPeak = Math.max(
      sampledPeak,
      pids.reduce((sum, pid) => sum + memory(pid).rss, 0),
    );
  }, 100);
  let result: LoadResult;
  try {
    const duration = ctx.options.durationSeconds;
    // At least 5 responses per connection (so the requests in flight at the end weigh little), within 4× the time.
    result = await ctx.driver.run({
      ...job,
      duration,
      minResponses: 5 * connections,
      maxDuration: duration * 4,
    });
  } finally {
    clearInterval(sampler);
  }
  const machineBusy = machineBusySeconds() - machineBefore;
  const serverCpu = () => pids.reduce((sum, pid, i) => sum + cpuSeconds(pid) - cpuBefore[i]!, 0);
  const dbCpu = () => (pgPid && dbBefore ? cpuDelta(dbBefore, treeCpu(pgPid)) : null);
  const cpu = serverCpu();
  const db = dbCpu();
  const self = process.cpuUsage(selfBefore);
  const ours = cpu + (db ?? 0) + cpuSeconds(ctx.driver.child.pid) - driverBefore + (self.user + self.system) / 1e6;
  // The servers finish the requests still in flight (the driver dropped them); their CPU counts too,
  // so CPU per request is the CPU until quiet divided by every request sent.
  await quiesce(target);
  const cpuUntilQuiet = serverCpu();
  const dbUntilQuiet = dbCpu();
  // Profiles are written after the CPU figures are read (writing one costs the server CPU).
  for (const server of profiled) {
    const file = path.join(
      ctx.profileDir!,
      `s${scale}-${operation.name}-${target.setup.replace(/:/g, '_')}-c${connections}-${server.child.pid}.cpuprofile`,
    );
    await stopProfile(server, file);
    const summary = await summarise(file, server.child.name);
    ctx.profiles.push({ ...summary, scale, operation: operation.name, setup: target.setup, connections });
  }
  const peak = peaksReset ? pids.reduce((sum, pid) => sum + memory(pid).peak, 0) : sampledPeak;

  const otherCpuPercent = db === null ? null : Math.max(0, ((machineBusy - ours) / result.seconds) * 100);
  if (otherCpuPercent !== null && otherCpuPercent > 50) {
    ctx.warnings.push(
      `${label}: other processes used ${otherCpuPercent.toFixed(0)}% of a core meanwhile; rates and latencies are noisy (CPU ms/req less so)`,
    );
  }
  const errors = result.errors + result.timeouts + result.non2xx + result.mismatches;
  if (result.error) ctx.warnings.push(`${label}: ${result.error}`);
  if (errors) {
    ctx.warnings.push(
      `${label}: ${result.errors} connection errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ${result.mismatches} unexpected bodies`,
    );
  }
  const sent = Math.max(1, result.sent);
  return {
    scale,
    operation: operation.name,
    setup: target.setup,
    ...(connections !== ctx.options.connections ? { connections } : {}),
    variables: prepared.variables,
    requestsPerSecond: result.requestsPerSecond,
    p50Ms: result.p50,
    p99Ms: result.p99,
    meanMs: result.mean,
    sequentialP50Ms: median(sequential),
    sqlPerOperation: sql,
    subgraphFetchesPerOperation: fetches,
    responseBytes: Buffer.byteLength(first.text),
    peakRssBytes: peak,
    serverCpuPercent: (cpu / result.seconds) * 100,
    serverCpuMsPerRequest: (cpuUntilQuiet * 1000) / sent,
    dbCpuMsPerRequest: dbUntilQuiet === null ? null : (dbUntilQuiet * 1000) / sent,
    otherCpuPercent,
    responses: result.responses,
    seconds: result.seconds,
    errors,
  };
}

async function pickVariables(databaseUrl: string, operations: Operation[]): Promise<Prepared[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const sql = async <R extends Record<string, unknown>>(text: string, values?: unknown[]) =>
      (await client.query<R>(text, values)).rows;
    const prepared: Prepared[] = [];
    for (const operation of operations) {
      const variables = await operation.variables(sql);
      const body = JSON.stringify({
        operationName: operation.operationName,
        query: documentText(operation),
        variables,
      });
      prepared.push({ operation, variables, body });
    }
    return prepared;
  } finally {
    await client.end();
  }
}

/** Where `--explain` captures an operation's SQL: one process that sends all of it. */
function explainSetup(operation: Operation): 'gateway' | SubgraphName {
  if (operation.setups.includes('gateway') || operation.setups.includes('distributed')) return 'gateway';
  const subgraph = operation.setups.find((setup) => setup.startsWith('subgraph:'));
  return subgraph!.slice('subgraph:'.length) as SubgraphName;
}

/**
 * `--explain`: each operation sent twice to a server that writes every statement it sends to stderr
 * (sql-capture.ts preloaded; the in-process gateway, or the subgraph an operation targets); the
 * second request's statements are explained on the bench database (explain.ts).
 */
async function explainScale(database: PreparedDatabase, prepared: Prepared[]): Promise<ExplainRow[]> {
  log(`scale ${database.scale}: SQL statements and their plans (EXPLAIN)`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const out: ExplainRow[] = [];
  try {
    const sizes = await tableRows(client);
    const bySetup = new Map<string, Prepared[]>();
    for (const p of prepared) {
      const setup = explainSetup(p.operation);
      bySetup.set(setup, [...(bySetup.get(setup) ?? []), p]);
    }
    for (const [setup, list] of bySetup) {
      const capture = [...TS_EXEC_ARGV, '-r', path.join(BENCH_DIR, 'sql-capture.ts')];
      const env = { DATABASE_URL: database.url };
      const server =
        setup === 'gateway'
          ? await startServer('gateway (SQL capture)', path.join(DIST_CLI, 'start.js'), [], env, capture)
          : await startServer(
              `subgraph ${setup} (SQL capture)`,
              path.join(DIST_CLI, 'start-subgraph.js'),
              [setup],
              env,
              capture,
            );
      const collector = new SqlCollector(server.child.process.stderr!);
      try {
        await healthy(server);
        for (const p of list) {
          const label = `scale ${database.scale} ${p.operation.name} (explain)`;
          log(`  ${label}`);
          // The first request warms the server up; the statements of the second are kept.
          for (let i = 0; i < 2; i++) {
            await collector.settle();
            collector.take();
            const response = await post(`${server.base}/graphql`, p.body);
            const parsed = JSON.parse(response.text) as { data?: unknown; errors?: unknown[] };
            if (response.status !== 200 || parsed.errors?.length) {
              throw new Error(`${label}: HTTP ${response.status}, ${response.text.slice(0, 500)}`);
            }
            if (p.expected !== undefined) deepStrictEqual(parsed.data, p.expected);
            await collector.settle();
          }
          const statements = collector.take();
          out.push({
            scale: database.scale,
            operation: p.operation.name,
            setup: setup === 'gateway' ? 'gateway' : `subgraph:${setup}`,
            statements,
            ...(await explainStatements(client, sizes, statements)),
          });
        }
      } finally {
        await stopChild(server.child);
      }
    }
  } finally {
    await client.end();
  }
  return out;
}

/** Every operation × setup at one scale, then the floors; one setup's processes at a time. */
async function benchScale(
  ctx: Context,
  database: PreparedDatabase,
  operations: Operation[],
  explainPlans = ctx.options.explain === true,
): Promise<{ rows: Row[]; explain: ExplainRow[] }> {
  const prepared = await pickVariables(database.url, operations);
  const rows: Row[] = [];
  const on = (setup: SetupName) => prepared.filter((p) => p.operation.setups.includes(setup));

  log(`scale ${database.scale}: in-process gateway`);
  let started = performance.now();
  const gateway = await startGatewaySetup(database.url, {
    cpuProfile: ctx.options.cpuProfile,
    noCompile: ctx.options.noCompile,
  });
  log(`  started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    for (const p of on('gateway')) {
      for (const connections of connectionCounts(ctx, p.operation.name)) {
        rows.push(await measure(ctx, database.scale, p, gateway, connections));
      }
    }
  } finally {
    await stopTarget(gateway);
  }

  if (ctx.options.readCacheBaseline) {
    log(`scale ${database.scale}: in-process gateway with the read cache off`);
    const uncached = await startGatewaySetup(database.url, { uncached: true, noCompile: ctx.options.noCompile });
    try {
      for (const p of on('gateway')) rows.push(await measure(ctx, database.scale, p, uncached));
    } finally {
      await stopTarget(uncached);
    }
  }

  if (ctx.options.laneBaseline) {
    log(`scale ${database.scale}: in-process gateway without its fast lane`);
    const fullPath = await startGatewaySetup(database.url, {
      fullPath: true,
      cpuProfile: ctx.options.cpuProfile,
      noCompile: ctx.options.noCompile,
    });
    try {
      for (const p of on('gateway')) rows.push(await measure(ctx, database.scale, p, fullPath));
    } finally {
      await stopTarget(fullPath);
    }
  }

  if (ctx.options.overhead) {
    log(`scale ${database.scale}: in-process gateway with logs and metrics off`);
    const unobserved = await startGatewaySetup(database.url, { unobserved: true, noCompile: ctx.options.noCompile });
    try {
      for (const p of on('gateway')) rows.push(await measure(ctx, database.scale, p, unobserved));
    } finally {
      await stopTarget(unobserved);
    }
  }

  // --gateway-only: with the anchor, its table's two distributed gateways on (a) and (i); nothing else.
  const anchorDistributed = ctx.options.gatewayOnly && (ctx.anchor || ctx.options.distributed);
  if (!ctx.options.gatewayOnly || anchorDistributed) {
    const distributedOn = (setup: SetupName) =>
      on(setup.startsWith('distributed') ? 'distributed' : setup).filter(
        (p) => !anchorDistributed || DISTRIBUTED_OPERATIONS.includes(p.operation.name),
      );
    if (!anchorDistributed || distributedOn('distributed').length > 0) {
      log(`scale ${database.scale}: gateway over subgraph servers`);
      started = performance.now();
      const distributed = await startDistributedSetup(
        database.url,
        ctx.options.cpuProfile === true,
        ctx.options.distributed ?? (anchorDistributed ? DISTRIBUTED_GATEWAYS.map((g) => g.setup) : undefined),
      );
      log(`  started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      try {
        for (const [setup, target] of distributed) {
          for (const p of distributedOn(setup)) rows.push(await measure(ctx, database.scale, p, target));
        }
      } finally {
        // The gateways, then the one whose target also holds the subgraph servers (any, with --distributed).
        const all = [...distributed.values()].filter((target) => target.setup.startsWith('distributed'));
        const last = distributed.get('distributed') ?? all[0]!;
        await Promise.all(
          all
            .filter((target) => target !== last)
            .map((t) => stopTarget({ servers: [t.servers[0]!], profiled: t.profiled })),
        );
        await stopTarget(last);
      }
    }
  }
  if (ctx.options.gatewayOnly) {
    if (ctx.anchor) rows.push(...(await anchorScale(ctx, ctx.anchor, database, prepared)));
    return { rows, explain: explainPlans ? await explainScale(database, prepared) : [] };
  }

  log(`scale ${database.scale}: floor (hand-written SQL)`);
  const floor = await startFloor(database.url);
  try {
    for (const p of prepared.filter((p) => p.operation.floor)) {
      const row = await measure(ctx, database.scale, p, floor);
      rows.push(row);
      const apiRows = rows.filter(
        (r) =>
          r.operation === row.operation &&
          r.setup !== 'floor' &&
          r.setup !== 'postgraphile' &&
          r.connections === undefined,
      );
      for (const api of apiRows) {
        api.vsFloor = { requestsPerSecond: api.requestsPerSecond / row.requestsPerSecond, p50: api.p50Ms / row.p50Ms };
      }
    }
  } finally {
    await stopTarget(floor);
  }

  if (ctx.anchor) rows.push(...(await anchorScale(ctx, ctx.anchor, database, prepared)));
  const explain = explainPlans ? await explainScale(database, prepared) : [];
  return { rows, explain };
}

/** The connection counts an operation runs at on the gateway: the run's, and the anchor's extra ones. */
function connectionCounts(ctx: Context, operation: string): number[] {
  const extra = ctx.anchor ? (ANCHOR_OPERATIONS.find((a) => a.operation === operation)?.extraConnections ?? []) : [];
  return [...new Set([ctx.options.connections, ...extra])];
}

/**
 * `--anchor postgraphile`: PostGraphile over the same database, on the operations with an equivalent
 * whose API answer is known (the gateway ran them first): its variables from the API's, its answer
 * mapped to the API's shape and checked equal, then timed at the same connection counts as the gateway.
 */
async function anchorScale(
  ctx: Context,
  anchor: AnchorInstall,
  database: PreparedDatabase,
  prepared: Prepared[],
): Promise<Row[]> {
  const list = ANCHOR_OPERATIONS.flatMap((a) => {
    const api = prepared.find((p) => p.operation.name === a.operation && p.expected !== undefined);
    return api ? [{ anchor: a, api }] : [];
  });
  if (list.length === 0) return [];
  log(`scale ${database.scale}: PostGraphile ${anchor.postgraphileVersion} (Node ${anchor.nodeVersion})`);
  const started = performance.now();
  const target = await startPostGraphile(anchor, database.url, ctx.options.cpuProfile ?? false);
  log(`  started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const rows: Row[] = [];
  try {
    const sql = async <R extends Record<string, unknown>>(text: string, values?: unknown[]) =>
      (await client.query<R>(text, values)).rows;
    for (const { anchor: a, api } of list) {
      const query = anchorDocument(a);
      const ask = async (operationName: string, variables: Variables) => {
        const response = await post(target.url, JSON.stringify({ operationName, query, variables }));
        const parsed = JSON.parse(response.text) as { data?: unknown; errors?: unknown[] };
        if (response.status !== 200 || parsed.errors?.length || !parsed.data) {
          throw new Error(`PostGraphile ${operationName}: HTTP ${response.status}, ${response.text.slice(0, 500)}`);
        }
        return parsed.data;
      };
      const variables = await a.variables(api.variables, { sql, ask });
      const p: Prepared = {
        operation: api.operation,
        variables,
        body: JSON.stringify({ operationName: a.operationName, query, variables }),
        expected: a.project ? a.project(api.expected) : api.expected,
        anchor: a,
      };
      for (const connections of connectionCounts(ctx, a.operation)) {
        rows.push(await measure(ctx, database.scale, p, target, connections));
      }
    }
  } finally {
    await client.end();
    await stopTarget(target);
  }
  return rows;
}

function machine(): Machine {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverage: os.loadavg(),
  };
}

function commit(): string {
  try {
    const git = (args: string[]) =>
      execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const sha = git(['rev-parse', '--short', 'HEAD']);
    const dirty = git(['status', '--porcelain', '--untracked-files=no']);
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown';
  }
}

async function main(argv: string[], state: { benchServer?: BenchServer }): Promise<void> {
  const args = parseArgs(argv);
  if (!args) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!existsSync(path.join(DIST_CLI, 'start.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  if (args.live) {
    state.benchServer = await openBenchServer(process.env, log);
    const result = await liveBench(state.benchServer, {
      subscribers: args.live.subscribers,
      writesPerSecond: args.live.writes,
      durationSeconds: args.duration ?? 20,
      endpoints: args.live.endpoints,
      reseed: args.reseed,
      log,
    });
    const outDir = path.join(PROJECT_ROOT, 'bench-results');
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}-live.json`);
    await writeFile(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), commit: commit(), machine: machine(), ...result }, null, 2)}\n`,
    );
    process.stdout.write(`${liveMarkdown(result)}\n\nresults: ${path.relative(process.cwd(), file)}\n`);
    return;
  }
  if (args.importRows !== undefined && !args.anchor) {
    state.benchServer = await openBenchServer(process.env, log);
    const result = await importBench(state.benchServer, { rows: args.importRows, reseed: args.reseed, log });
    const outDir = path.join(PROJECT_ROOT, 'bench-results');
    await mkdir(outDir, { recursive: true });
    const file = path.join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}-import.json`);
    await writeFile(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), commit: commit(), machine: machine(), ...result }, null, 2)}\n`,
    );
    process.stdout.write(`${importMarkdown(result)}\n\nresults: ${path.relative(process.cwd(), file)}\n`);
    return;
  }
  const earlier = args.compare ? (JSON.parse(await readFile(args.compare, 'utf8')) as BenchResult) : undefined;
  const options: RunOptions = {
    mode: args.quick ? 'quick' : 'full',
    scales: args.scales,
    connections: args.connections,
    // The anchor comparison's defaults (issue 9): 10 s of warm-up, then 15 s.
    warmupSeconds: args.warmup ?? (args.quick ? 0.5 : args.anchor ? 10 : 3),
    durationSeconds: args.duration ?? (args.quick ? 2 : args.anchor ? 15 : 10),
    sequentialRequests: args.quick ? 5 : 20,
    poolSize: Number(process.env.DB_POOL_SIZE || 10),
    ...(args.explain ? { explain: true } : {}),
    ...(args.overhead ? { overhead: true } : {}),
    ...(args.only ? { only: args.only } : {}),
    ...(args.anchor ? { anchor: args.anchor } : {}),
    ...(args.runs > 1 ? { runs: args.runs } : {}),
    ...(args.cpuProfile ? { cpuProfile: true } : {}),
    ...(args.noCompile ? { noCompile: true } : {}),
    ...(args.readCacheBaseline ? { readCacheBaseline: true } : {}),
    ...(args.laneBaseline ? { laneBaseline: true } : {}),
    ...(args.gatewayOnly ? { gatewayOnly: true } : {}),
    ...(args.distributed ? { distributed: args.distributed } : {}),
  };
  // --anchor without --only: the operations of its table, the dashboards only at scale 100.
  const operationsAt = (scale: number) =>
    OPERATIONS.filter((operation) =>
      args.only
        ? args.only.some((prefix) => operation.name.startsWith(prefix))
        : !args.anchor ||
          ANCHOR_OPERATIONS.some((a) => a.operation === operation.name) ||
          (scale === DASHBOARD_SCALE && DASHBOARD_PREFIXES.some((prefix) => operation.name.startsWith(prefix))),
    );
  if (options.scales.every((scale) => operationsAt(scale).length === 0)) {
    throw new UsageError(`--only ${args.only?.join(',')} matches no operation`);
  }
  const started = new Date();
  const host = machine();
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const outDir = path.join(PROJECT_ROOT, 'bench-results');
  const anchor = args.anchor ? ensureAnchorInstalled(log) : undefined;
  const profileDir = args.cpuProfile ? path.join(outDir, `bench-${stamp}-profiles`) : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });

  const benchServer = await openBenchServer(process.env, log);
  state.benchServer = benchServer;
  const databases: PreparedDatabase[] = [];
  for (const scale of options.scales) {
    const database = await prepareDatabase(benchServer, scale, { reseed: args.reseed, log });
    if (database.reused) log(`${database.name}: reusing (${database.rows.toLocaleString('en-US')} rows)`);
    databases.push(database);
  }

  const ctx: Context = {
    options,
    driver: Driver.start(),
    benchServer,
    warnings: [],
    ...(anchor ? { anchor } : {}),
    ...(profileDir ? { profileDir } : {}),
    profiles: [],
  };
  // --runs N: every scale once per run, so that the machine's noise falls on every run alike.
  const runs: Row[][] = [];
  const explain: ExplainRow[] = [];
  for (let run = 1; run <= args.runs; run++) {
    if (args.runs > 1) log(`run ${run} of ${args.runs}`);
    const rows: Row[] = [];
    for (const database of databases) {
      const scale = await benchScale(ctx, database, operationsAt(database.scale), run === 1 && !!options.explain);
      rows.push(...scale.rows);
      explain.push(...scale.explain);
    }
    runs.push(rows);
  }
  const rows = runs.length === 1 ? runs[0]! : medianRows(runs);
  const importResult =
    args.anchor && !args.noImport
      ? await importBench(benchServer, { rows: args.importRows ?? 20_000, reseed: false, log })
      : undefined;
  const soak: SoakFigures | undefined =
    args.anchor && args.soakSeconds !== undefined
      ? await soakBench(benchServer, { seconds: args.soakSeconds, log })
      : undefined;
  const table = anchor
    ? issueRows({
        runs,
        scales: options.scales,
        connections: options.connections,
        postgraphileVersion: anchor.postgraphileVersion,
        ...(importResult ? { import: importResult } : {}),
        ...(soak ? { soak } : {}),
      })
    : undefined;

  const result: BenchResult = {
    version: 1,
    date: started.toISOString(),
    commit: commit(),
    machine: host,
    database: benchServer.description,
    options,
    scales: databases.map((d) => ({
      scale: d.scale,
      database: d.name,
      rows: d.rows,
      reused: d.reused,
      prepareMs: d.prepareMs,
    })),
    rows,
    ...(options.explain ? { explain } : {}),
    ...(anchor
      ? {
          anchor: {
            name: 'postgraphile' as const,
            postgraphileVersion: anchor.postgraphileVersion,
            nodeVersion: anchor.nodeVersion,
            comparisons: anchorComparisons(rows, options.connections),
          },
        }
      : {}),
    ...(profileDir ? { profiles: ctx.profiles } : {}),
    ...(runs.length > 1 ? { runs } : {}),
    ...(importResult ? { import: importResult } : {}),
    ...(soak ? { soak } : {}),
    ...(table ? { table } : {}),
    warnings: ctx.warnings,
  };
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, `bench-${stamp}-${options.mode}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(`${markdown(result)}\n\n`);
  if (result.explain) process.stdout.write(`${explainMarkdown(result)}\n\n`);
  if (result.profiles?.length) process.stdout.write(`${profilesMarkdown(result.profiles)}\n\n`);
  if (result.anchor) process.stdout.write(`${anchorMarkdown(result.anchor)}\n\n`);
  if (result.import) process.stdout.write(`${importMarkdown(result.import)}\n\n`);
  if (result.table && anchor) {
    process.stdout.write(
      `${issueMarkdown(result.table, { runs, postgraphileVersion: anchor.postgraphileVersion })}\n\n`,
    );
  }
  if (earlier && args.compare) {
    process.stdout.write(`${comparison(result, earlier, path.basename(args.compare))}\n\n`);
  }
  process.stdout.write(`results: ${path.relative(process.cwd(), file)}\n`);
}

if (require.main === module) {
  const state: { benchServer?: BenchServer } = {};
  let stopping = false;
  const finish = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopAll().catch(() => undefined);
    await state.benchServer?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on('exit', killAllNow);
  process.once('SIGINT', () => void finish(130));
  process.once('SIGTERM', () => void finish(143));
  main(process.argv.slice(2), state).then(
    () => finish(0),
    (error: unknown) => {
      log(
        `bench failed: ${error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return finish(error instanceof UsageError ? 2 : 1);
    },
  );
}
