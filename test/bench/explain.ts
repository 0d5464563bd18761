import type { Readable } from 'node:stream';
import type pg from 'pg';

/*
 * `npm run bench -- --explain`: the SQL statements each operation makes the API send, captured by
 * sql-capture.ts (preloaded into the server: every statement a pg client sends, with its
 * parameters), each explained on the bench database with the same parameters (`explain (format
 * json, verbose)`); every sequential scan of a table with more than LARGE_TABLE_ROWS rows is reported.
 */

/** Prefix of the lines sql-capture.ts writes to the server's stderr, followed by a CapturedStatement as JSON. */
export const CAPTURE_PREFIX = '[bench-sql] ';

export interface CapturedStatement {
  text: string;
  values: unknown[];
}

/** A sequential scan of a table with more rows than this (pg_class.reltuples) is reported. */
export const LARGE_TABLE_ROWS = 10_000;

export interface SeqScan {
  /** schema.table */
  table: string;
  /** Rows of the table (planner statistics). */
  tableRows: number;
  /** The scan's filter, if any (what an index would serve). */
  filter?: string;
  /** Index of the statement in `statements` (0-based). */
  statement: number;
}

/** One operation at one scale. */
export interface ExplainRow {
  scale: number;
  operation: string;
  /** Where the statements were captured: the in-process gateway or one subgraph server. */
  setup: string;
  /** The statements of one request, in the order they were sent. */
  statements: CapturedStatement[];
  /** Sequential scans of tables above LARGE_TABLE_ROWS rows. */
  largeSeqScans: SeqScan[];
  /** Sequential scans of smaller tables (fine: cheaper than an index there). */
  smallSeqScans: number;
  /** Statements EXPLAIN refused, with its message. */
  failures: string[];
}

/** Collects the statements sql-capture.ts writes on `stream` (the server's stderr). */
export class SqlCollector {
  private partial = '';
  private statements: CapturedStatement[] = [];
  private lastData = 0;

  constructor(stream: Readable) {
    stream.on('data', (chunk: Buffer) => {
      this.lastData = Date.now();
      const lines = (this.partial + chunk.toString('utf8')).split('\n');
      this.partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(CAPTURE_PREFIX)) {
          this.statements.push(JSON.parse(line.slice(CAPTURE_PREFIX.length)) as CapturedStatement);
        }
      }
    });
  }

  /** Waits until the stream has been silent for `quietMs` (the server logs before it answers; the pipe may lag). */
  async settle(quietMs = 200, maxMs = 5000): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (Date.now() < deadline && Date.now() - this.lastData < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The statements collected since the last call. */
  take(): CapturedStatement[] {
    const taken = this.statements;
    this.statements = [];
    return taken;
  }
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Schema?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

function* nodesOf(plan: PlanNode): Generator<PlanNode> {
  yield plan;
  for (const child of plan.Plans ?? []) yield* nodesOf(child);
}

/** Rows per table (schema.table) of the database, from the planner statistics. */
export async function tableRows(client: pg.Client): Promise<Map<string, number>> {
  const { rows } = await client.query<{ name: string; rows: number }>(
    `select n.nspname || '.' || c.relname as name, greatest(c.reltuples, 0)::float8 as rows
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p', 'm') and n.nspname not in ('pg_catalog', 'information_schema')`,
  );
  return new Map(rows.map((row) => [row.name, Number(row.rows)]));
}

/** Explains every statement; reports sequential scans by table size. */
export async function explainStatements(
  client: pg.Client,
  sizes: Map<string, number>,
  statements: CapturedStatement[],
): Promise<Pick<ExplainRow, 'largeSeqScans' | 'smallSeqScans' | 'failures'>> {
  const largeSeqScans: SeqScan[] = [];
  const failures: string[] = [];
  let smallSeqScans = 0;
  for (const [index, statement] of statements.entries()) {
    // Transaction control and the like have no plan (leading comments, e.g. `/* statistics */`, aside).
    const body = statement.text.replace(/^(\s*(\/\*[\s\S]*?\*\/|--[^\n]*\n))*\s*/, '');
    if (!/^(select|with|insert|update|delete|values|table)\b/i.test(body)) continue;
    let plan: PlanNode;
    try {
      const { rows } = await client.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
        `explain (format json, verbose) ${statement.text}`,
        statement.values,
      );
      plan = rows[0]!['QUERY PLAN'][0].Plan;
    } catch (error) {
      failures.push(`statement ${index + 1}: ${(error as Error).message}`);
      continue;
    }
    for (const node of nodesOf(plan)) {
      if (node['Node Type'] !== 'Seq Scan' || !node['Relation Name']) continue;
      const table = `${node.Schema ?? 'public'}.${node['Relation Name']}`;
      const rows = sizes.get(table) ?? 0;
      if (rows > LARGE_TABLE_ROWS)
        largeSeqScans.push({ table, tableRows: rows, filter: node.Filter, statement: index });
      else smallSeqScans++;
    }
  }
  return { largeSeqScans, smallSeqScans, failures };
}
