import type { ImportBenchResult } from '../import';
import type { SetupName } from '../operations';
import { medianOf as median, type Row } from '../report';

/*
 * `npm run bench -- --anchor postgraphile`: issue 24's items 1–5 in one table, each row with its aim and
 * PASS or FAIL. Items 1 and 2 come from every run of the anchor measurement (`--runs N`): the median of
 * the runs' ratios decides, and each run's ratio is printed beside it. A row that was not measured says
 * how to measure it, so the table always lists every aim.
 */

/** Item 1's operations: the anchor's, the deep page, nested fetch and list aimed at (the first page shown). */
const ANCHORED = [
  { operation: 'a-partner-nested-fetch', label: 'nested fetch (a)', aimed: true },
  { operation: 'c-west-schools-first-page', label: 'first page (c)', aimed: false },
  { operation: 'c-west-schools-deep-page', label: 'deep page (c)', aimed: true },
  { operation: 'i-province-schools-by-name', label: 'the list (i)', aimed: true },
] as const;

/** Item 2's operations and gateways: the documented default first. */
export const DISTRIBUTED_OPERATIONS: readonly string[] = ['a-partner-nested-fetch', 'i-province-schools-by-name'];
export const DISTRIBUTED_GATEWAYS: readonly { setup: SetupName; label: string }[] = [
  { setup: 'distributed', label: '`@apollo/gateway` (default)' },
  { setup: 'distributed:hive', label: 'Hive Gateway + Rust planner' },
];

/** Item 3: the example dashboards' operations (bench names), measured on the in-process gateway at scale 100. */
export const DASHBOARD_PREFIXES = ['b-', 'f-', 'g-', 'h-', 't-'] as const;
export const DASHBOARD_SCALE = 100;

export const AIMS = {
  /** Item 1: API ÷ PostGraphile req/s, with p99 and PostgreSQL CPU per request no worse. */
  anchorRatio: 1.5,
  /** Item 2: distributed ÷ in-process req/s. */
  distributedRatio: 0.5,
  /** Item 3: p50 of each dashboard operation at scale 100. */
  dashboardP50Ms: 100,
  /** Item 4: rows/s of the import; the dry run must be faster still. */
  importRowsPerSecond: 20_000,
  /** Item 5: the soak's peak RSS, and its end within 10% of its start. */
  soakPeakBytes: 400 * 2 ** 20,
  soakEndOverStart: 1.1,
} as const;

/** The soak's memory (test/stress/load.ts soakPhase), when `--soak` ran it. */
export interface SoakFigures {
  seconds: number;
  connections: number;
  requestsPerSecond: number;
  startBytes: number;
  peakBytes: number;
  /** After the soak and its idle settle time. */
  endBytes: number;
  /** The soak's own failures (bad answers, 5xx): the memory figures still count, but say so. */
  failures: string[];
}

export interface TableInput {
  /** Each run's rows (`--runs N`: N arrays; one otherwise). */
  runs: Row[][];
  scales: number[];
  /** The run's `--connections` (rows without `connections` ran at it). */
  connections: number;
  postgraphileVersion?: string;
  import?: ImportBenchResult;
  soak?: SoakFigures;
}

export type Verdict = 'PASS' | 'FAIL' | '—' | 'not run';

/** One row of the table, as printed and as kept in the JSON result (`BenchResult.table`). */
export interface TableRow {
  item: 1 | 2 | 3 | 4 | 5;
  what: string;
  scale: number | null;
  connections: number | null;
  measured: string;
  against: string;
  /** The ratio the aim is on (median of the runs), and each run's; null where the aim is on a value. */
  ratio: number | null;
  ratios: number[];
  details: string;
  aim: string;
  verdict: Verdict;
  /** Why it failed, or how to measure it. */
  note?: string;
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits);
const ms = (value: number | null | undefined) =>
  fixed(value, value !== null && value !== undefined && value < 10 ? 2 : 1);
const grouped = (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '—');
const times = (value: number) =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×` : '—';
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MB`;

/** `1.03× (1.01 / 1.11 / 1.03)` with more than one run, `1.03×` with one. */
function ratioText(ratio: number, ratios: number[]): string {
  return ratios.length > 1 ? `${times(ratio)} (${ratios.map((r) => fixed(r, 2)).join(' / ')})` : times(ratio);
}

/** The rows of one setup's measurement in every run that has it, and the median of a figure over them. */
class Runs {
  constructor(
    private readonly input: TableInput,
    private readonly scale: number,
    private readonly operation: string,
    private readonly connections = input.connections,
  ) {}

  of(setup: Row['setup']): (Row | undefined)[] {
    return this.input.runs.map((rows) =>
      rows.find(
        (row) =>
          row.setup === setup &&
          row.scale === this.scale &&
          row.operation === this.operation &&
          (row.connections ?? this.input.connections) === this.connections,
      ),
    );
  }

  /** Per run where both were measured: figure(a) ÷ figure(b). */
  ratios(a: Row['setup'], b: Row['setup'], figure: (row: Row) => number): number[] {
    const left = this.of(a);
    const right = this.of(b);
    return left.flatMap((row, i) => (row && right[i] ? [figure(row) / figure(right[i])] : []));
  }

  median(setup: Row['setup'], figure: (row: Row) => number | null): number {
    return median(this.of(setup).flatMap((row) => (row ? [figure(row) ?? NaN] : [])));
  }

  has(setup: Row['setup']): boolean {
    return this.of(setup).some(Boolean);
  }
}

const notRun = (item: TableRow['item'], what: string, scale: number | null, aim: string, note: string): TableRow => ({
  item,
  what,
  scale,
  connections: null,
  measured: '—',
  against: '—',
  ratio: null,
  ratios: [],
  details: '',
  aim,
  verdict: 'not run',
  note,
});

const failures = (checks: [boolean, string][]): { verdict: Verdict; note?: string } => {
  const failed = checks.filter(([ok]) => !ok).map(([, what]) => what);
  return failed.length ? { verdict: 'FAIL', note: failed.join(', ') } : { verdict: 'PASS' };
};

function anchorRows(input: TableInput): TableRow[] {
  const aim = `≥ ${AIMS.anchorRatio.toFixed(1)}× PostGraphile's req/s; p99 and PostgreSQL CPU/req ≤ its`;
  const out: TableRow[] = [];
  for (const scale of input.scales) {
    for (const { operation, label, aimed } of ANCHORED) {
      // The run's connection count, then any other the anchor ran the operation at (a at 1 connection).
      const counts = new Set([input.connections]);
      for (const rows of input.runs)
        for (const row of rows)
          if (row.setup === 'postgraphile' && row.scale === scale && row.operation === operation)
            counts.add(row.connections ?? input.connections);
      for (const connections of counts) {
        const runs = new Runs(input, scale, operation, connections);
        const main = connections === input.connections;
        const what = `${label} vs PostGraphile${main ? '' : `, ${connections} connection${connections === 1 ? '' : 's'}`}`;
        const rowAim = aimed && main ? aim : 'shown, no aim';
        if (!runs.has('gateway') || !runs.has('postgraphile')) {
          if (main) {
            out.push(
              notRun(
                1,
                what,
                scale,
                rowAim,
                `needs --anchor postgraphile on ${operation} at scale ${scale} (--only a,c,i)`,
              ),
            );
          }
          continue;
        }
        const ratios = runs.ratios('gateway', 'postgraphile', (row) => row.requestsPerSecond);
        const ratio = median(ratios);
        const api = (figure: (row: Row) => number | null) => runs.median('gateway', figure);
        const pg = (figure: (row: Row) => number | null) => runs.median('postgraphile', figure);
        const apiP99 = api((row) => row.p99Ms);
        const pgP99 = pg((row) => row.p99Ms);
        const apiDb = api((row) => row.dbCpuMsPerRequest);
        const pgDb = pg((row) => row.dbCpuMsPerRequest);
        const verdict =
          aimed && main
            ? failures([
                [ratio >= AIMS.anchorRatio, 'req/s'],
                [apiP99 <= pgP99, 'p99'],
                // Unknown on DATABASE_URL's server (no PostgreSQL CPU figures): not held against the API.
                [!(apiDb > pgDb), 'PostgreSQL CPU'],
              ])
            : { verdict: '—' as const };
        out.push({
          item: 1,
          what,
          scale,
          connections,
          measured: `${grouped(api((row) => row.requestsPerSecond))} req/s`,
          against: `PostGraphile ${grouped(pg((row) => row.requestsPerSecond))} req/s`,
          ratio,
          ratios,
          details: [
            `Node CPU ${fixed(
              api((row) => row.serverCpuMsPerRequest),
              2,
            )} vs ${fixed(
              pg((row) => row.serverCpuMsPerRequest),
              2,
            )} ms/req`,
            `PostgreSQL CPU ${fixed(apiDb, 2)} vs ${fixed(pgDb, 2)} ms/req`,
            `p50 ${ms(api((row) => row.p50Ms))} vs ${ms(pg((row) => row.p50Ms))} ms`,
            `p99 ${ms(apiP99)} vs ${ms(pgP99)} ms`,
          ].join('; '),
          aim: rowAim,
          ...verdict,
        });
      }
    }
  }
  return out;
}

function distributedRows(input: TableInput): TableRow[] {
  const aim = `≥ ${AIMS.distributedRatio.toFixed(1)}× in process req/s`;
  const out: TableRow[] = [];
  for (const scale of input.scales) {
    for (const operation of DISTRIBUTED_OPERATIONS) {
      const label = ANCHORED.find((a) => a.operation === operation)!.label;
      for (const { setup, label: gateway } of DISTRIBUTED_GATEWAYS) {
        const runs = new Runs(input, scale, operation);
        const what = `${label} via ${gateway}`;
        if (!runs.has('gateway') || !runs.has(setup)) {
          out.push(notRun(2, what, scale, aim, `needs the distributed setups on ${operation} at scale ${scale}`));
          continue;
        }
        const ratios = runs.ratios(setup, 'gateway', (row) => row.requestsPerSecond);
        const ratio = median(ratios);
        out.push({
          item: 2,
          what,
          scale,
          connections: input.connections,
          measured: `${grouped(runs.median(setup, (row) => row.requestsPerSecond))} req/s`,
          against: `in process ${grouped(runs.median('gateway', (row) => row.requestsPerSecond))} req/s`,
          ratio,
          ratios,
          details: [
            `CPU ${fixed(
              runs.median(setup, (row) => row.serverCpuMsPerRequest),
              2,
            )} vs ${fixed(
              runs.median('gateway', (row) => row.serverCpuMsPerRequest),
              2,
            )} ms/req (every process)`,
            `p99 ${ms(runs.median(setup, (row) => row.p99Ms))} vs ${ms(runs.median('gateway', (row) => row.p99Ms))} ms`,
          ].join('; '),
          aim,
          ...failures([[ratio >= AIMS.distributedRatio, 'req/s']]),
        });
      }
    }
  }
  return out;
}

function dashboardRows(input: TableInput): TableRow[] {
  const aim = `p50 ≤ ${AIMS.dashboardP50Ms} ms`;
  const what = 'heavy dashboards (in process)';
  if (!input.scales.includes(DASHBOARD_SCALE)) {
    return [notRun(3, what, DASHBOARD_SCALE, aim, `needs scale ${DASHBOARD_SCALE}: add --scale100`)];
  }
  const names = [
    ...new Set(
      input.runs.flatMap((rows) =>
        rows
          .filter(
            (row) =>
              row.setup === 'gateway' &&
              row.scale === DASHBOARD_SCALE &&
              DASHBOARD_PREFIXES.some((prefix) => row.operation.startsWith(prefix)),
          )
          .map((row) => row.operation),
      ),
    ),
  ];
  if (names.length === 0) {
    return [notRun(3, what, DASHBOARD_SCALE, aim, 'no dashboard operation ran at scale 100 (--only b,f,g,h,t)')];
  }
  return names.map((operation) => {
    const runs = new Runs(input, DASHBOARD_SCALE, operation);
    const p50s = runs.of('gateway').flatMap((row) => (row ? [row.p50Ms] : []));
    const p50 = median(p50s);
    return {
      item: 3,
      what: `dashboard ${operation}`,
      scale: DASHBOARD_SCALE,
      connections: input.connections,
      measured: `p50 ${ms(p50)} ms${p50s.length > 1 ? ` (${p50s.map(ms).join(' / ')})` : ''}`,
      against: '—',
      ratio: null,
      ratios: [],
      details: [
        `p99 ${ms(runs.median('gateway', (row) => row.p99Ms))} ms`,
        `one at a time p50 ${ms(runs.median('gateway', (row) => row.sequentialP50Ms))} ms`,
        `${grouped(runs.median('gateway', (row) => row.requestsPerSecond))} req/s`,
        `PostgreSQL CPU ${fixed(
          runs.median('gateway', (row) => row.dbCpuMsPerRequest),
          2,
        )} ms/req`,
      ].join('; '),
      aim,
      ...failures([[p50 <= AIMS.dashboardP50Ms, 'p50']]),
    };
  });
}

function importRows(input: TableInput): TableRow[] {
  const aim = `≥ ${grouped(AIMS.importRowsPerSecond)} rows/s`;
  const dryAim = `${aim}, and above the import's`;
  const result = input.import;
  if (!result) {
    return [
      notRun(4, 'import (participations)', 1, aim, 'import left out (--no-import)'),
      notRun(4, 'import, dry run', 1, dryAim, 'import left out (--no-import)'),
    ];
  }
  const details = (run: ImportBenchResult['import']) =>
    `${grouped(result.rows)} rows in ${run.seconds.toFixed(1)} s; CPU ${run.commandCpuSeconds.toFixed(1)} s command + ${run.postgresCpuSeconds.toFixed(1)} s PostgreSQL (${grouped(run.rowsPerCpuSecond)} rows per CPU s); other processes ${run.otherCpuPercent}%`;
  const row = (what: string, run: ImportBenchResult['import'], rowAim: string, ok: [boolean, string][]): TableRow => ({
    item: 4,
    what,
    scale: 1,
    connections: null,
    measured: `${grouped(run.rowsPerSecond)} rows/s`,
    against: '—',
    ratio: null,
    ratios: [],
    details: details(run),
    aim: rowAim,
    ...failures(ok),
  });
  return [
    row(`import (${result.kind})`, result.import, aim, [
      [result.import.rowsPerSecond >= AIMS.importRowsPerSecond, 'rows/s'],
    ]),
    row('import, dry run', result.dryRun, dryAim, [
      [result.dryRun.rowsPerSecond >= AIMS.importRowsPerSecond, 'rows/s'],
      [result.dryRun.rowsPerSecond > result.import.rowsPerSecond, 'not faster than the import'],
    ]),
  ];
}

function soakRows(input: TableInput): TableRow[] {
  const peakAim = `peak RSS ≤ ${mb(AIMS.soakPeakBytes)}`;
  const endAim = `end RSS ≤ ${AIMS.soakEndOverStart}× start`;
  const soak = input.soak;
  if (!soak) {
    return [
      notRun(5, 'memory: soak peak', 1, peakAim, 'add --soak (or npm run stress)'),
      notRun(5, 'memory: soak end', 1, endAim, 'add --soak (or npm run stress)'),
    ];
  }
  const details = `${soak.seconds} s at ${soak.connections} connections, ${grouped(soak.requestsPerSecond)} req/s; RSS ${mb(soak.startBytes)} → ${mb(soak.peakBytes)} → ${mb(soak.endBytes)}${soak.failures.length ? `; the soak itself failed: ${soak.failures.join('; ').slice(0, 300)}` : ''}`;
  const base = { item: 5 as const, scale: 1, connections: soak.connections, ratio: null, ratios: [], details };
  return [
    {
      ...base,
      what: 'memory: soak peak',
      measured: mb(soak.peakBytes),
      against: `start ${mb(soak.startBytes)}`,
      aim: peakAim,
      ...failures([[soak.peakBytes <= AIMS.soakPeakBytes, 'peak']]),
    },
    {
      ...base,
      what: 'memory: soak end',
      measured: mb(soak.endBytes),
      against: `start ${mb(soak.startBytes)}`,
      ratio: soak.endBytes / soak.startBytes,
      aim: endAim,
      ...failures([[soak.endBytes <= AIMS.soakEndOverStart * soak.startBytes, 'end']]),
    },
  ];
}

/** Every row of the table, items 1 to 5 in order. */
export function issueRows(input: TableInput): TableRow[] {
  return [
    ...anchorRows(input),
    ...distributedRows(input),
    ...dashboardRows(input),
    ...importRows(input),
    ...soakRows(input),
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function issueMarkdown(rows: TableRow[], input: Pick<TableInput, 'runs' | 'postgraphileVersion'>): string {
  const runs = input.runs.length;
  const count = (verdict: Verdict) => rows.filter((row) => row.verdict === verdict).length;
  const lines = [
    `## issue 24: every aim in one table (${runs === 1 ? 'one run' : `median of ${runs} runs, each run's ratio in brackets`})`,
    '',
    `Items 1–2 against PostGraphile ${input.postgraphileVersion ?? ''} and the in-process gateway of the same run; item 3 on the in-process gateway; item 4 the import command; item 5 the stress soak.`.replace(
      '  ',
      ' ',
    ),
    '',
    '| item | what | scale | measured | against | ratio | details | aim | result |',
    '| ---: | :--- | ---: | ---: | ---: | ---: | :--- | :--- | :--- |',
    ...rows.map(
      (row) =>
        `| ${[
          String(row.item),
          row.what,
          row.scale === null ? '—' : String(row.scale),
          row.measured,
          row.against,
          row.ratio === null ? '—' : ratioText(row.ratio, row.ratios),
          row.details || '—',
          row.aim,
          row.verdict === 'FAIL' || row.verdict === 'not run'
            ? `**${row.verdict}**${row.note ? ` (${row.note})` : ''}`
            : row.verdict,
        ]
          .map(cell)
          .join(' | ')} |`,
    ),
    '',
    `${count('PASS')} PASS, ${count('FAIL')} FAIL, ${count('not run')} not run.`,
  ];
  return lines.join('\n');
}
