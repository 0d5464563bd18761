import type { Row } from '../report';

/** `--anchor postgraphile`: one operation at one scale and connection count, on the API's in-process gateway and on PostGraphile. */
export interface AnchorComparison {
  scale: number;
  operation: string;
  connections: number;
  api: Figures;
  postgraphile: Figures;
  /** API ÷ PostGraphile: req/s below 1× and p50 or CPU above 1× mean the API is slower. */
  ratio: { requestsPerSecond: number; p50: number; cpuMsPerRequest: number };
}

interface Figures {
  requestsPerSecond: number;
  p50Ms: number;
  cpuMsPerRequest: number;
  sqlPerOperation: number;
}

export interface AnchorInfo {
  name: 'postgraphile';
  postgraphileVersion: string;
  nodeVersion: string;
  comparisons: AnchorComparison[];
}

const figures = (row: Row): Figures => ({
  requestsPerSecond: row.requestsPerSecond,
  p50Ms: row.p50Ms,
  cpuMsPerRequest: row.serverCpuMsPerRequest,
  sqlPerOperation: row.sqlPerOperation,
});

/** Pairs every PostGraphile row with the gateway's row of the same scale, operation and connections. */
export function anchorComparisons(rows: Row[], connections: number): AnchorComparison[] {
  const out: AnchorComparison[] = [];
  const conns = (row: Row) => row.connections ?? connections;
  for (const anchor of rows.filter((row) => row.setup === 'postgraphile')) {
    const api = rows.find(
      (row) =>
        row.setup === 'gateway' &&
        row.scale === anchor.scale &&
        row.operation === anchor.operation &&
        conns(row) === conns(anchor),
    );
    if (!api) continue;
    out.push({
      scale: anchor.scale,
      operation: anchor.operation,
      connections: conns(anchor),
      api: figures(api),
      postgraphile: figures(anchor),
      ratio: {
        requestsPerSecond: api.requestsPerSecond / anchor.requestsPerSecond,
        p50: api.p50Ms / anchor.p50Ms,
        cpuMsPerRequest: api.serverCpuMsPerRequest / anchor.serverCpuMsPerRequest,
      },
    });
  }
  return out;
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
const ms = (value: number) => fixed(value, value < 10 ? 2 : 1);
const ratio = (value: number) =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×` : '—';

export function anchorMarkdown(info: AnchorInfo): string {
  const header = [
    'operation',
    'scale',
    'connections',
    'API req/s',
    'PostGraphile req/s',
    'req/s API÷PG',
    'API p50 ms',
    'PG p50 ms',
    'p50 API÷PG',
    'API CPU ms/req',
    'PG CPU ms/req',
    'CPU API÷PG',
    'SQL/op API / PG',
  ];
  const lines = [
    `## anchor: the API (in-process gateway) against PostGraphile ${info.postgraphileVersion} (Node ${info.nodeVersion}), same database and load`,
    '',
    'API ÷ PostGraphile: req/s below 1× and p50 or CPU above 1× mean the API is slower. Answers were checked equal before timing.',
    '',
    `| ${header.join(' | ')} |`,
    `| :--- | ${header
      .slice(1)
      .map(() => '---:')
      .join(' | ')} |`,
    ...info.comparisons.map(
      (c) =>
        `| ${[
          c.operation,
          String(c.scale),
          String(c.connections),
          Math.round(c.api.requestsPerSecond).toLocaleString('en-US'),
          Math.round(c.postgraphile.requestsPerSecond).toLocaleString('en-US'),
          ratio(c.ratio.requestsPerSecond),
          ms(c.api.p50Ms),
          ms(c.postgraphile.p50Ms),
          ratio(c.ratio.p50),
          fixed(c.api.cpuMsPerRequest, 2),
          fixed(c.postgraphile.cpuMsPerRequest, 2),
          ratio(c.ratio.cpuMsPerRequest),
          `${fixed(c.api.sqlPerOperation, 0)} / ${fixed(c.postgraphile.sqlPerOperation, 0)}`,
        ].join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}
