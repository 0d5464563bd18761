import { describe, expect, it } from 'vitest';
import { issueMarkdown, issueRows, type TableInput, type TableRow } from '../bench/anchor/table';
import type { ImportBenchResult, ImportRun } from '../bench/import';
import { medianRows, type Row } from '../bench/report';

/*
 * The bench's issue-24 table (test/bench/anchor/table.ts): every item's rows with their aims, PASS and
 * FAIL decided on the median of the runs, and a row for what did not run; and the runs' median rows.
 */

function row(setup: Row['setup'], scale: number, operation: string, figures: Partial<Row> = {}): Row {
  return {
    scale,
    operation,
    setup,
    variables: {},
    requestsPerSecond: 1000,
    p50Ms: 5,
    p99Ms: 10,
    meanMs: 6,
    sequentialP50Ms: 3,
    sqlPerOperation: 1,
    subgraphFetchesPerOperation: null,
    responseBytes: 1000,
    peakRssBytes: 200 * 2 ** 20,
    serverCpuPercent: 90,
    serverCpuMsPerRequest: 1,
    dbCpuMsPerRequest: 0.3,
    otherCpuPercent: 0,
    responses: 10000,
    seconds: 10,
    errors: 0,
    ...figures,
  };
}

const A = 'a-partner-nested-fetch';
const I = 'i-province-schools-by-name';
const DEEP = 'c-west-schools-deep-page';
const FIRST = 'c-west-schools-first-page';

/** One run at scales 1 and 10: the API at `apiRate` req/s, PostGraphile at 1,000, the distributed gateways at `distRate`. */
function run(apiRate: number, distRate: number, extra: Row[] = []): Row[] {
  return [1, 10].flatMap((scale) => [
    ...[A, FIRST, DEEP, I].flatMap((op) => [
      row('gateway', scale, op, { requestsPerSecond: apiRate }),
      row('postgraphile', scale, op, { p99Ms: 12, dbCpuMsPerRequest: 0.4 }),
    ]),
    row('gateway', scale, A, { connections: 1, requestsPerSecond: 300 }),
    row('postgraphile', scale, A, { connections: 1, requestsPerSecond: 200 }),
    ...[A, I].flatMap((op) => [
      row('distributed', scale, op, { requestsPerSecond: distRate, serverCpuMsPerRequest: 4 }),
      row('distributed:hive', scale, op, { requestsPerSecond: distRate / 2 }),
    ]),
    ...extra.filter((r) => r.scale === scale),
  ]);
}

const importRun = (rowsPerSecond: number): ImportRun => ({
  rowsPerSecond,
  seconds: 1,
  processSeconds: 2,
  commandCpuSeconds: 0.5,
  postgresCpuSeconds: 0.5,
  rowsPerCpuSecond: 20000,
  otherCpuPercent: 0,
});
const IMPORT: ImportBenchResult = {
  kind: 'participations',
  rows: 20000,
  dryRun: importRun(30000),
  import: importRun(21000),
  written: 20000,
  audited: 20000,
  loadAverage: [1, 1, 1],
};
const MB = 2 ** 20;

function input(runs: Row[][], more: Partial<TableInput> = {}): TableInput {
  return { runs, scales: [1, 10], connections: 8, postgraphileVersion: '5.1.5', ...more };
}

const find = (rows: TableRow[], item: number, what: string, scale: number | null = 1) =>
  rows.find((r) => r.item === item && r.what.startsWith(what) && r.scale === scale);

describe("the bench's issue-24 table", () => {
  it('compares in process with PostGraphile on the median of the runs, with each run beside it', () => {
    const rows = issueRows(input([run(1600, 900), run(1400, 900), run(1700, 900)]));
    const nested = find(rows, 1, 'nested fetch (a) vs PostGraphile')!;
    expect(nested.ratio).toBeCloseTo(1.6);
    expect(nested.ratios).toEqual([1.6, 1.4, 1.7]);
    expect(nested.verdict).toBe('PASS');
    expect(nested.details).toContain('PostgreSQL CPU 0.30 vs 0.40 ms/req');
    // The first page and the 1-connection row are shown without an aim.
    expect(find(rows, 1, 'first page (c)')!.verdict).toBe('—');
    expect(find(rows, 1, 'nested fetch (a) vs PostGraphile, 1 connection')!.verdict).toBe('—');
    const text = issueMarkdown(rows, { runs: [[], [], []], postgraphileVersion: '5.1.5' });
    expect(text).toContain('median of 3 runs');
    expect(text).toContain('1.60× (1.60 / 1.40 / 1.70)');
  });

  it('fails item 1 on p99 or PostgreSQL CPU above PostGraphile even when the rate passes', () => {
    const slow = run(2000, 900).map((r) =>
      r.setup === 'gateway' && r.operation === I ? { ...r, p99Ms: 20, dbCpuMsPerRequest: 0.5 } : r,
    );
    const list = find(issueRows(input([slow])), 1, 'the list (i)')!;
    expect(list.verdict).toBe('FAIL');
    expect(list.note).toBe('p99, PostgreSQL CPU');
  });

  it('has the distributed gateways on (a) and (i) at every scale against in process', () => {
    const rows = issueRows(input([run(1000, 600)]));
    const distributed = rows.filter((r) => r.item === 2);
    expect(distributed.map((r) => `${r.scale} ${r.what}`)).toEqual([
      '1 nested fetch (a) via `@apollo/gateway` (default)',
      '1 nested fetch (a) via Hive Gateway + Rust planner',
      '1 the list (i) via `@apollo/gateway` (default)',
      '1 the list (i) via Hive Gateway + Rust planner',
      '10 nested fetch (a) via `@apollo/gateway` (default)',
      '10 nested fetch (a) via Hive Gateway + Rust planner',
      '10 the list (i) via `@apollo/gateway` (default)',
      '10 the list (i) via Hive Gateway + Rust planner',
    ]);
    expect(distributed[0]).toMatchObject({ ratio: 0.6, verdict: 'PASS', against: 'in process 1,000 req/s' });
    expect(distributed[1]).toMatchObject({ ratio: 0.3, verdict: 'FAIL', note: 'req/s' });
  });

  it('has the dashboards at scale 100, the import and the soak, each with its aim', () => {
    const dashboards = [
      row('gateway', 100, 't-tracking-rollup-all', { p50Ms: 80 }),
      row('gateway', 100, 'b-program-reach', { p50Ms: 168 }),
      // Not a dashboard: no row.
      row('gateway', 100, I, { p50Ms: 1 }),
    ];
    const rows = issueRows(
      input([[...run(1000, 600), ...dashboards]], {
        scales: [1, 10, 100],
        import: IMPORT,
        soak: {
          seconds: 60,
          connections: 50,
          requestsPerSecond: 500,
          startBytes: 300 * MB,
          peakBytes: 420 * MB,
          endBytes: 320 * MB,
          failures: [],
        },
      }),
    );
    expect(rows.filter((r) => r.item === 3).map((r) => [r.what, r.verdict])).toEqual([
      ['dashboard t-tracking-rollup-all', 'PASS'],
      ['dashboard b-program-reach', 'FAIL'],
    ]);
    expect(find(rows, 4, 'import (participations)')).toMatchObject({ measured: '21,000 rows/s', verdict: 'PASS' });
    expect(find(rows, 4, 'import, dry run')).toMatchObject({ measured: '30,000 rows/s', verdict: 'PASS' });
    expect(find(rows, 5, 'memory: soak peak')).toMatchObject({ measured: '420 MB', verdict: 'FAIL' });
    expect(find(rows, 5, 'memory: soak end')).toMatchObject({ measured: '320 MB', verdict: 'PASS' });
    const text = issueMarkdown(rows, { runs: [[]] });
    expect(text).toContain('| 3 | dashboard b-program-reach | 100 | p50 168.0 ms |');
    expect(text).toContain('| 5 | memory: soak peak | 1 | 420 MB | start 300 MB |');
  });

  it('lists every aim that did not run, with how to run it', () => {
    const rows = issueRows(input([run(1000, 600).filter((r) => !r.setup.startsWith('distributed'))], { scales: [1] }));
    const notRun = rows.filter((r) => r.verdict === 'not run');
    expect(notRun.map((r) => `${r.item} ${r.what}`)).toEqual([
      '2 nested fetch (a) via `@apollo/gateway` (default)',
      '2 nested fetch (a) via Hive Gateway + Rust planner',
      '2 the list (i) via `@apollo/gateway` (default)',
      '2 the list (i) via Hive Gateway + Rust planner',
      '3 heavy dashboards (in process)',
      '4 import (participations)',
      '4 import, dry run',
      '5 memory: soak peak',
      '5 memory: soak end',
    ]);
    expect(find(rows, 3, 'heavy dashboards', 100)!.note).toContain('--scale100');
    expect(find(rows, 5, 'memory: soak peak')!.note).toContain('--soak');
    expect(issueMarkdown(rows, { runs: [[]] })).toMatch(/\d+ PASS, \d+ FAIL, 9 not run\./);
  });
});

describe('the median of runs', () => {
  it('takes each figure of a row as the median over the runs, nulls kept where no run had one', () => {
    const [median] = medianRows([
      [row('gateway', 1, A, { requestsPerSecond: 900, p99Ms: 30, dbCpuMsPerRequest: null })],
      [row('gateway', 1, A, { requestsPerSecond: 1200, p99Ms: 10, dbCpuMsPerRequest: null })],
      [row('gateway', 1, A, { requestsPerSecond: 1000, p99Ms: 20, dbCpuMsPerRequest: null })],
    ]);
    expect(median).toMatchObject({ requestsPerSecond: 1000, p99Ms: 20, dbCpuMsPerRequest: null, scale: 1 });
    // Rows of other connection counts stay apart.
    expect(
      medianRows([[row('gateway', 1, A), row('gateway', 1, A, { connections: 1 })]]).map((r) => r.connections),
    ).toEqual([undefined, 1]);
  });
});
