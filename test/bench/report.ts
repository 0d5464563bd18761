import type { AnchorInfo } from './anchor/report';
import type { SoakFigures, TableRow } from './anchor/table';
import type { ImportBenchResult } from './import';
import { LARGE_TABLE_ROWS, type ExplainRow } from './explain';
import type { SetupName, Variables } from './operations';
import type { ProfileSummary } from './profile/cpu-profile';

/** One operation × setup at one scale. */
export interface Row {
  scale: number;
  operation: string;
  setup: SetupName | 'floor' | 'postgraphile';
  /** Concurrent connections of the load, when not the run's `connections` (e.g. 1 for the anchor's (a)). */
  connections?: number;
  variables: Variables;
  /** 2xx responses with the expected body per second, under `connections` concurrent connections. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** Median latency of the sequential (one at a time) requests. */
  sequentialP50Ms: number;
  /** SQL statements per operation, summed over the setup's server processes. */
  sqlPerOperation: number;
  /** Subgraph HTTP requests per operation (distributed setup only). */
  subgraphFetchesPerOperation: number | null;
  responseBytes: number;
  /** Peak resident memory during the timed run, summed over the setup's server processes. */
  peakRssBytes: number;
  /** Server CPU during the timed run (sum over processes) as % of one core, and per response. */
  serverCpuPercent: number;
  serverCpuMsPerRequest: number;
  /** PostgreSQL CPU (postmaster and backends) per response; null when the server is not the bench's own. */
  dbCpuMsPerRequest: number | null;
  /** CPU that other processes of the machine used during the timed run, % of one core (noise). */
  otherCpuPercent: number | null;
  responses: number;
  seconds: number;
  errors: number;
  /** API ÷ floor, same scale and operation. */
  vsFloor?: { requestsPerSecond: number; p50: number };
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  loadAverage: number[];
}

export interface RunOptions {
  mode: 'quick' | 'full';
  scales: number[];
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  sequentialRequests: number;
  poolSize: number;
  /** `--explain`: statements and plans were inspected (BenchResult.explain). */
  explain?: boolean;
  /** `--overhead`: the gateway also ran with logs and metrics off (setup gateway:unobserved). */
  overhead?: boolean;
  /** `--only`: the operation name prefixes run. */
  only?: string[];
  /** `--anchor postgraphile`: PostGraphile ran the anchor operations too (BenchResult.anchor). */
  anchor?: 'postgraphile';
  /** `--runs N` (N > 1): the measurement ran N times; `rows` are the medians, `BenchResult.runs` each run's. */
  runs?: number;
  /** `--cpu-prof`: the gateway and PostGraphile were profiled during each timed run (BenchResult.profiles). */
  cpuProfile?: boolean;
  /** `--no-compile`: the in-process gateway answered through the resolvers (SQL_COMPILE=off). */
  noCompile?: boolean;
  /** `--read-cache-baseline`: the gateway also ran with the read cache off (setup gateway:uncached). */
  readCacheBaseline?: boolean;
  /** `--lane-baseline`: the gateway also ran without its fast lane (setup gateway:full-path). */
  laneBaseline?: boolean;
  /** Only the in-process gateway (and the anchor): no distributed setup, no floor. */
  gatewayOnly?: boolean;
  /** `--distributed LIST`: only these distributed gateways. */
  distributed?: SetupName[];
}

/** `--cpu-prof`: one server process's profile of one timed run. */
export interface ProfileEntry extends ProfileSummary {
  scale: number;
  operation: string;
  setup: Row['setup'];
  connections: number;
}

export interface ScaleInfo {
  scale: number;
  database: string;
  rows: number;
  reused: boolean;
  prepareMs: number;
}

export interface BenchResult {
  version: 1;
  date: string;
  commit: string;
  machine: Machine;
  database: string;
  options: RunOptions;
  scales: ScaleInfo[];
  rows: Row[];
  /** `--explain`: each operation's SQL statements at each scale and their sequential scans. */
  explain?: ExplainRow[];
  /** `--anchor`: the API against the anchor, operation by operation. */
  anchor?: AnchorInfo;
  /** `--cpu-prof`: the top frames by self time of each profiled timed run (raw profiles beside the results file). */
  profiles?: ProfileEntry[];
  /** `--runs N`: each run's rows (`rows` holds their medians). */
  runs?: Row[][];
  /** `--anchor`: the import row's run, and `--soak`'s memory. */
  import?: ImportBenchResult;
  soak?: SoakFigures;
  /** `--anchor`: issue 24's table, as printed (test/bench/anchor/table.ts). */
  table?: TableRow[];
  warnings: string[];
}

/** The median of the finite values (the mean of the middle two for an even count); NaN when none. */
export function medianOf(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * `--runs N`: one row per scale, operation, setup and connection count, each figure the median of the
 * runs that measured it (the first run's variables; a figure no run had stays null).
 */
export function medianRows(runs: Row[][]): Row[] {
  const key = (row: Row) => `${row.scale}|${row.operation}|${row.setup}|${row.connections ?? ''}`;
  const groups = new Map<string, Row[]>();
  for (const rows of runs) for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return [...groups.values()].map((group) => {
    const out: Record<string, unknown> = { ...group[0]! };
    for (const [name, value] of Object.entries(group[0]!)) {
      if (typeof value !== 'number' || name === 'scale' || name === 'connections') continue;
      out[name] = medianOf(group.map((row) => row[name as keyof Row] as number));
    }
    for (const name of ['dbCpuMsPerRequest', 'otherCpuPercent', 'subgraphFetchesPerOperation'] as const) {
      const values = group.flatMap((row) => (row[name] === null ? [] : [row[name]]));
      out[name] = values.length ? medianOf(values) : null;
    }
    const floors = group.flatMap((row) => (row.vsFloor ? [row.vsFloor] : []));
    if (floors.length) {
      out.vsFloor = {
        requestsPerSecond: medianOf(floors.map((f) => f.requestsPerSecond)),
        p50: medianOf(floors.map((f) => f.p50)),
      };
    }
    return out as unknown as Row;
  });
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);

const grouped = (value: number) => Math.round(value).toLocaleString('en-US');

const ratio = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) ? '—' : `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;

function table(header: string[], rows: string[][], right: boolean[]): string {
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${right.map((r) => (r ? '---:' : ':---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  return lines.join('\n');
}

function variablesSummary(variables: Variables): string {
  return Object.entries(variables)
    .map(([key, value]) =>
      Array.isArray(value) ? `${key}: ${value.length} items` : `${key}: ${JSON.stringify(value)}`,
    )
    .join(', ');
}

export function markdown(result: BenchResult): string {
  const m = result.machine;
  const o = result.options;
  const out: string[] = [
    `## npm run bench (${o.mode}) — ${result.date}`,
    '',
    `- machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB.toFixed(1)} GiB, ${m.platform}, Node ${m.node}; load average at start ${m.loadAverage.map((l) => l.toFixed(2)).join(' ')}`,
    `- code: ${result.commit}; database: ${result.database}`,
    `- load: ${o.connections} connections, ${o.warmupSeconds} s warm-up + ${o.durationSeconds} s per row; SQL/op from ${o.sequentialRequests} sequential requests; DB pool ${o.poolSize} per process`,
    ...(o.noCompile ? ['- `--no-compile`: the in-process gateway answered every operation through the resolvers'] : []),
  ];
  for (const info of result.scales) {
    const rows = result.rows.filter((row) => row.scale === info.scale);
    out.push(
      '',
      `### scale ${info.scale} — ${info.database}, ${grouped(info.rows)} rows (${info.reused ? 'reused' : `prepared in ${(info.prepareMs / 1000).toFixed(1)} s`})`,
      '',
    );
    const operations = [...new Set(rows.map((row) => row.operation))];
    for (const operation of operations) {
      const first = rows.find((row) => row.operation === operation)!;
      out.push(`- ${operation}: ${variablesSummary(first.variables)}`);
    }
    out.push(
      '',
      table(
        [
          'operation',
          'setup',
          'req/s',
          'p50 ms',
          'p99 ms',
          'seq p50 ms',
          'SQL/op',
          'resp bytes',
          'peak RSS MB',
          'CPU %',
          'CPU ms/req',
          'PG CPU ms/req',
          'other CPU %',
          'req/s ÷ floor',
          'p50 ÷ floor',
        ],
        rows.map((row) => [
          row.operation,
          row.setup +
            (row.connections !== undefined && row.connections !== o.connections ? ` (${row.connections} conn)` : '') +
            (row.errors ? ` ⚠ ${row.errors} errors` : ''),
          grouped(row.requestsPerSecond),
          fixed(row.p50Ms, row.p50Ms < 10 ? 2 : 1),
          fixed(row.p99Ms, row.p99Ms < 10 ? 2 : 1),
          fixed(row.sequentialP50Ms, row.sequentialP50Ms < 10 ? 2 : 1),
          fixed(row.sqlPerOperation, Number.isInteger(row.sqlPerOperation) ? 0 : 1) +
            (row.subgraphFetchesPerOperation ? ` (${fixed(row.subgraphFetchesPerOperation, 0)} fetches)` : ''),
          grouped(row.responseBytes),
          fixed(row.peakRssBytes / 2 ** 20, 0),
          fixed(row.serverCpuPercent, 0),
          fixed(row.serverCpuMsPerRequest, 2),
          fixed(row.dbCpuMsPerRequest, 2),
          fixed(row.otherCpuPercent, 0),
          ratio(row.vsFloor?.requestsPerSecond),
          ratio(row.vsFloor?.p50),
        ]),
        [false, false, true, true, true, true, true, true, true, true, true, true, true, true, true],
      ),
    );
  }
  const cache = readCacheLines(result.rows);
  if (cache.length) {
    out.push(
      '',
      '### read cache: gateway ÷ gateway:uncached (same run)',
      '',
      '| scale | operation | p50 ms | p99 ms | seq p50 ms | req/s | p50 ÷ uncached | p99 ÷ uncached | req/s ÷ uncached |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...cache,
    );
  }
  const lane = laneLines(result.rows);
  if (lane.length) {
    out.push(
      '',
      '### fast lane: gateway ÷ gateway:full-path (same run)',
      '',
      '| scale | operation | p50 ms | p99 ms | req/s | CPU ms/req | req/s ÷ full path | CPU ÷ full path | p99 ÷ full path |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...lane,
    );
  }
  const overhead = overheadLines(result.rows);
  if (overhead.length) out.push('', '### logs and metrics: gateway ÷ gateway:unobserved (same run)', '', ...overhead);
  const distributed = distributedLines(result.rows);
  if (distributed.length) {
    out.push('', '### distributed ÷ in process (same run): req/s and CPU ms/req of every gateway', '', ...distributed);
  }
  if (result.warnings.length) out.push('', ...result.warnings.map((warning) => `⚠ ${warning}`));
  return out.join('\n');
}

/** `a (b)` with `digits` decimals: a setup's figure, its baseline's in brackets. */
const pair = (a: number, b: number, digits: number) => `${fixed(a, digits)} (${fixed(b, digits)})`;

/** Each row of a baseline setup with the in-process gateway's row of the same operation, scale and connections. */
function againstBaseline(rows: Row[], baseline: SetupName, line: (on: Row, off: Row) => string): string[] {
  const lines: string[] = [];
  for (const off of rows.filter((row) => row.setup === baseline)) {
    const on = rows.find(
      (row) =>
        row.setup === 'gateway' &&
        row.scale === off.scale &&
        row.operation === off.operation &&
        row.connections === off.connections,
    );
    if (on) lines.push(line(on, off));
  }
  return lines;
}

/** The read cache against the same gateway without it, per operation and scale: `cached (uncached)`. */
function readCacheLines(rows: Row[]): string[] {
  return againstBaseline(
    rows,
    'gateway:uncached',
    (on, off) =>
      `| ${off.scale} | ${off.operation} | ${pair(on.p50Ms, off.p50Ms, 1)} | ${pair(on.p99Ms, off.p99Ms, 1)} | ${pair(on.sequentialP50Ms, off.sequentialP50Ms, 1)} | ${pair(on.requestsPerSecond, off.requestsPerSecond, 0)} | ${ratio(on.p50Ms / off.p50Ms)} | ${ratio(on.p99Ms / off.p99Ms)} | ${ratio(on.requestsPerSecond / off.requestsPerSecond)} |`,
  );
}

/** The fast lane against the same gateway without it, per operation and scale: `lane (full path)`. */
function laneLines(rows: Row[]): string[] {
  return againstBaseline(
    rows,
    'gateway:full-path',
    (on, off) =>
      `| ${off.scale} | ${off.operation} | ${pair(on.p50Ms, off.p50Ms, 1)} | ${pair(on.p99Ms, off.p99Ms, 1)} | ${pair(on.requestsPerSecond, off.requestsPerSecond, 0)} | ${pair(on.serverCpuMsPerRequest, off.serverCpuMsPerRequest, 2)} | ${ratio(on.requestsPerSecond / off.requestsPerSecond)} | ${ratio(on.serverCpuMsPerRequest / off.serverCpuMsPerRequest)} | ${ratio(on.p99Ms / off.p99Ms)} |`,
  );
}

/** Each distributed setup against the in-process gateway: throughput ratio (issue 24 aims at ≥ 0.5×) and CPU per request. */
function distributedLines(rows: Row[]): string[] {
  const lines: string[] = [];
  for (const row of rows.filter((candidate) => candidate.setup.startsWith('distributed'))) {
    const inProcess = rows.find(
      (candidate) =>
        candidate.setup === 'gateway' &&
        candidate.scale === row.scale &&
        candidate.operation === row.operation &&
        candidate.connections === row.connections,
    );
    if (!inProcess) continue;
    lines.push(
      `- scale ${row.scale} ${row.operation} on ${row.setup}: req/s ${grouped(row.requestsPerSecond)} vs ${grouped(inProcess.requestsPerSecond)} (${ratio(row.requestsPerSecond / inProcess.requestsPerSecond)}), CPU ms/req ${fixed(row.serverCpuMsPerRequest, 2)} vs ${fixed(inProcess.serverCpuMsPerRequest, 2)}`,
    );
  }
  return lines;
}

/** What logging and metrics cost, per operation and scale: CPU per request and throughput, on ÷ off. */
function overheadLines(rows: Row[]): string[] {
  const lines: string[] = [];
  for (const off of rows.filter((row) => row.setup === 'gateway:unobserved')) {
    const on = rows.find(
      (row) => row.setup === 'gateway' && row.scale === off.scale && row.operation === off.operation,
    );
    if (!on) continue;
    const cpu = on.serverCpuMsPerRequest / off.serverCpuMsPerRequest - 1;
    const rate = on.requestsPerSecond / off.requestsPerSecond - 1;
    lines.push(
      `- scale ${off.scale} ${off.operation}: CPU ms/req ${fixed(on.serverCpuMsPerRequest, 2)} vs ${fixed(off.serverCpuMsPerRequest, 2)} (${cpu >= 0 ? '+' : ''}${(cpu * 100).toFixed(1)}%), req/s ${grouped(on.requestsPerSecond)} vs ${grouped(off.requestsPerSecond)} (${rate >= 0 ? '+' : ''}${(rate * 100).toFixed(1)}%)`,
    );
  }
  return lines;
}

/** The change from an earlier result file: new ÷ old for every row present in both. */
export function comparison(current: BenchResult, earlier: BenchResult, earlierName: string): string {
  const key = (row: Row) => `${row.scale}|${row.operation}|${row.setup}`;
  const before = new Map(earlier.rows.map((row) => [key(row), row]));
  const rows: string[][] = [];
  for (const row of current.rows) {
    const old = before.get(key(row));
    if (!old) continue;
    rows.push([
      String(row.scale),
      row.operation,
      row.setup,
      ratio(row.requestsPerSecond / old.requestsPerSecond),
      ratio(row.p50Ms / old.p50Ms),
      ratio(row.p99Ms / old.p99Ms),
      ratio(row.serverCpuMsPerRequest / old.serverCpuMsPerRequest),
      `${fixed(old.sqlPerOperation, 1)} → ${fixed(row.sqlPerOperation, 1)}`,
      ratio(row.peakRssBytes / old.peakRssBytes),
    ]);
  }
  const header = [
    `## change against ${earlierName} (${earlier.date}, ${earlier.options.mode}, ${earlier.commit})`,
    '',
    'new ÷ old: req/s above 1× is faster; latency and CPU below 1× are better.',
    '',
  ];
  if (rows.length === 0) return [...header, 'no rows in common'].join('\n');
  return [
    ...header,
    table(['scale', 'operation', 'setup', 'req/s', 'p50', 'p99', 'CPU ms/req', 'SQL/op', 'peak RSS'], rows, [
      true,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      true,
    ]),
  ].join('\n');
}

/**
 * `--explain`: per operation and scale, the statements one request sends, the sequential scans of
 * large tables in their plans, and the latency against scale 1 (the row of the setup the statements
 * were captured on); then every such scan with its filter and statement.
 */
export function explainMarkdown(result: BenchResult): string {
  const explain = result.explain ?? [];
  const p50Of = (scale: number, operation: string, setup: string) =>
    result.rows.find((row) => row.scale === scale && row.operation === operation && row.setup === setup);
  const rows = explain.map((entry) => {
    const row = p50Of(entry.scale, entry.operation, entry.setup);
    const base = p50Of(1, entry.operation, entry.setup);
    const scans = entry.largeSeqScans.map(
      (scan) => `${scan.table} (${grouped(scan.tableRows)} rows, statement ${scan.statement + 1})`,
    );
    return [
      entry.operation,
      String(entry.scale),
      entry.setup,
      String(entry.statements.length) + (entry.failures.length ? ` ⚠ ${entry.failures.length} not explained` : ''),
      scans.length ? scans.join('; ') : 'none',
      String(entry.smallSeqScans),
      row ? fixed(row.p50Ms, row.p50Ms < 10 ? 2 : 1) : '—',
      row && base ? ratio(row.p50Ms / base.p50Ms) : '—',
      row && base ? ratio(row.sequentialP50Ms / base.sequentialP50Ms) : '—',
    ];
  });
  const out = [
    `## SQL plans (--explain): sequential scans of tables over ${grouped(LARGE_TABLE_ROWS)} rows`,
    '',
    table(
      [
        'operation',
        'scale',
        'captured on',
        'SQL statements',
        `seq scans on tables > ${grouped(LARGE_TABLE_ROWS)} rows`,
        'small-table seq scans',
        'p50 ms',
        'p50 ÷ scale 1',
        'seq p50 ÷ scale 1',
      ],
      rows,
      [false, true, false, true, false, true, true, true, true],
    ),
  ];
  const details: string[] = [];
  for (const entry of explain) {
    for (const scan of entry.largeSeqScans) {
      const statement = entry.statements[scan.statement]?.text.replace(/\s+/g, ' ') ?? '';
      details.push(
        `- scale ${entry.scale}, ${entry.operation}, statement ${scan.statement + 1}: Seq Scan on ${scan.table} (${grouped(scan.tableRows)} rows)` +
          `${scan.filter ? `, filter ${scan.filter}` : ''}\n  \`${statement.length > 400 ? `${statement.slice(0, 400)}…` : statement}\``,
      );
    }
    for (const failure of entry.failures) details.push(`- scale ${entry.scale}, ${entry.operation}: ${failure}`);
  }
  if (details.length) out.push('', ...details);
  return out.join('\n');
}

/** `--cpu-prof`: per profiled timed run, the top frames by self time and the self time by layer. */
export function profilesMarkdown(profiles: ProfileEntry[]): string {
  const out = ['## CPU profiles (--cpu-prof): top frames by self time during the timed run'];
  for (const p of profiles) {
    out.push(
      '',
      `### scale ${p.scale} ${p.operation} on ${p.setup}, ${p.connections} connections: ${p.process} — busy ${grouped(p.busyMs)} ms of ${grouped(p.durationMs)} ms (${p.file})`,
      '',
      table(
        ['self ms', 'self % of busy', 'function', 'script'],
        p.top.map((frame) => [
          fixed(frame.selfMs, 0),
          fixed(frame.percent, 1),
          frame.functionName.replace(/\|/g, '\\|'),
          frame.url || '—',
        ]),
        [true, true, false, false],
      ),
      '',
      `Self time by layer (package, Node module or project folder): ${(p.layers ?? [])
        .map((layer) => `${layer.layer} ${fixed(layer.percent, 1)}%`)
        .join(', ')}`,
    );
  }
  return out.join('\n');
}
