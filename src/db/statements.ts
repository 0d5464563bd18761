import type { Logger } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/postgresql';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg, { type Submittable } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Sql } from './sql';

/** How many statements are prepared (per connection, for the life of the process) at most. */
export const MAX_PREPARED = 200;
/** Longest text prepared: longer statements (rare, from the largest documents) go unnamed. */
export const MAX_PREPARED_TEXT = 64_000;

/**
 * Names of prepared statements by their text. PostgreSQL plans a named statement once per connection
 * and keeps it as long as the connection: only statements sent again (operations in use) are
 * prepared, and at most MAX_PREPARED of them of at most MAX_PREPARED_TEXT characters, so that clients
 * sending ever new shapes cannot grow the database's memory or this process's; the others go unnamed
 * (parsed and planned each time). Statements seen once are remembered by a hash, not their text.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name || this.names.size >= MAX_PREPARED || text.length > MAX_PREPARED_TEXT) return name;
    const digest = createHash('sha1').update(text).digest('base64');
    if (!this.seenOnce.has(digest)) {
      if (this.seenOnce.size >= 10 * MAX_PREPARED) this.seenOnce.clear();
      this.seenOnce.add(digest);
      return undefined;
    }
    this.seenOnce.delete(digest);
    const named = `gql_${this.names.size}`;
    this.names.set(text, named);
    return named;
  }

  /** Characters of text held (names' texts and the hashes of statements seen once), for tests. */
  get heldCharacters(): number {
    let total = 0;
    for (const text of this.names.keys()) total += text.length;
    for (const digest of this.seenOnce) total += digest.length;
    return total;
  }
}

/**
 * The process's names: one map for every pool, so that a name always stands for the same text on
 * any connection (pg refuses a name sent with another text on the connection that prepared it).
 */
const NAMES = new StatementNames();

/**
 * Connections (one per ORM) behind a pooler in transaction mode: a named statement prepared on one
 * server connection is unknown on the next (PgBouncer before 1.21), so every statement goes unnamed.
 */
const UNNAMED = new WeakSet<object>();

export function prepareNothingOn(connection: AbstractSqlConnection): void {
  UNNAMED.add(connection);
}

/** A pg client as knex's pool (or a knex transaction) hands it out. */
interface PgClient {
  query(config: {
    name?: string;
    text: string;
    values: unknown[];
    types?: { getTypeParser: () => (text: string) => unknown };
    rowMode?: 'array';
  }): Promise<{ rows: unknown[] }>;
  query<T extends Submittable>(stream: T): T;
}

/** Every column as the text PostgreSQL sent (no JSON.parse of a json column). */
const AS_TEXT = { getTypeParser: () => (text: string) => text };

/**
 * A statement whose rows are kept as the arrays of text pg's protocol parser made, as they are: the
 * same values as `rowMode: 'array'` with AS_TEXT's parsers, without a second array and a parser call
 * per column and a `row` event per row (a plain-rows page is 51 rows). pg's own Query otherwise.
 */
class TextRows extends pg.Query {
  handleDataRow(message: { fields: (string | null)[] }): void {
    const state = this as unknown as { _canceledDueToError?: unknown; _result: { rows: unknown[] } };
    if (!state._canceledDueToError) state._result.rows.push(message.fields);
  }
}

interface ConnectionSource {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/** A database without an EntityManager: a connection (pool) and the ORM's logger (graphql/context.ts). */
export interface Database {
  connection: AbstractSqlConnection;
  logger: Logger;
}

/**
 * Sends a read as one parameterised statement, prepared once it repeats (StatementNames), on the
 * request's EntityManager (its transaction's connection when one is open) or database: one of its
 * pool's connections (a replica's for a read-only operation, with the pool's statement timeout);
 * `getConnection` and `database` are what the request's abort guard refuses once the request is
 * abandoned. Logged as the ORM logs its statements (LOG_SQL, the SQL metrics and the statement-count
 * tests read that log).
 */
export async function query<Row = Record<string, unknown>>(
  on: EntityManager | Database,
  statement: Sql | { text: string; values: unknown[] },
  /**
   * `text`: columns come as PostgreSQL's text, unparsed (a JSON answer written out as it is); `arrays`:
   * each row an array of its columns (no object per row).
   */
  options: { text?: boolean; arrays?: boolean } = {},
): Promise<Row[]> {
  const { text, values } = statement instanceof Sql ? statement.render() : statement;
  return withClient(on, text, async (client, connection) => {
    const name = UNNAMED.has(connection) ? undefined : NAMES.nameOf(text);
    if (options.text && options.arrays) {
      return new Promise<Row[]>((resolve, reject) => {
        client.query(
          new TextRows({ name, text, values }, (error: Error | null, result: { rows: unknown[] }) =>
            error ? reject(error) : resolve(result.rows as Row[]),
          ),
        );
      });
    }
    const result = await client.query({
      name,
      text,
      values,
      ...(options.text && { types: AS_TEXT }),
      ...(options.arrays && { rowMode: 'array' as const }),
    });
    return result.rows as Row[];
  });
}

/**
 * Sends rows to PostgreSQL's COPY FROM STDIN (text format) on the request's EntityManager (its
 * transaction's connection): `copy` is the statement (`copy <table> (<columns>) from stdin`, built by the
 * kit, no values), `rows` each row's values in the columns' order. The bulk path of an import: no
 * parameter or JSON to parse, the rows stream as PostgreSQL's own text format. Logged as query() logs.
 */
export async function copyRows(
  on: EntityManager,
  copy: Sql,
  /** Each row's values, or the rows as COPY's text already (copyText). */
  rows: Iterable<readonly unknown[]> | string,
): Promise<void> {
  const { text, values } = copy.render();
  if (values.length) throw new Error('a COPY statement carries no parameters');
  await withClient(on, text, async (client) => {
    const stream = client.query(copyFrom(text));
    await pipeline(Readable.from(typeof rows === 'string' ? [rows] : copyLines(rows)), stream);
    return [];
  });
}

/**
 * Sends statements without parameters as one text on the request's EntityManager (its transaction's
 * connection): PostgreSQL's simple query protocol runs them in order in one round trip (never prepared).
 * For fixed steps with nothing to decide between them (an import chunk's insert from its staging table):
 * each round trip waits for the event loop, which an import keeps busy reading the next rows.
 * Logged as query() logs.
 */
export async function runScript(on: EntityManager, script: Sql): Promise<void> {
  const { text, values } = script.render();
  if (values.length) throw new Error('a script carries no parameters');
  await withClient(on, text, async (client) => {
    await client.query({ text, values: [] });
    return [];
  });
}

/** Rows in COPY's text format, at once (built ahead of the statement: an import's next chunk). */
export function copyText(rows: Iterable<readonly unknown[]>): string {
  let text = '';
  for (const piece of copyLines(rows)) text += piece;
  return text;
}

/** Rows as COPY's text format, a few hundred rows a piece. */
function* copyLines(rows: Iterable<readonly unknown[]>): Generator<string> {
  let piece = '';
  let count = 0;
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) piece += (i ? '\t' : '') + copyValue(row[i]);
    piece += '\n';
    if (++count % 500 === 0) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

let lastDate: Date | undefined;
let lastTime = NaN;
let lastIso = '';

/** A date's ISO text, the last one's remembered (the same date object, at the same time). */
function isoText(date: Date): string {
  const time = date.getTime();
  if (date !== lastDate || time !== lastTime) {
    lastIso = date.toISOString();
    lastDate = date;
    lastTime = time;
  }
  return lastIso;
}

/** One value in COPY's text format: `\N` for null, backslash, tab and line breaks escaped. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  // ISO text needs no escape; a bulk write's rows share their dates (created and updated now).
  if (value instanceof Date) return isoText(value);
  const text =
    typeof value === 'object'
      ? JSON.stringify(value)
      : typeof value === 'boolean'
        ? value
          ? 't'
          : 'f'
        : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : text;
}

/** One of the pool's (or the transaction's) connections for `work`, released after, its statement logged. */
async function withClient<R>(
  on: EntityManager | Database,
  text: string,
  work: (client: PgClient, connection: AbstractSqlConnection) => Promise<R>,
): Promise<R> {
  const { connection, logger, transaction } =
    'getConnection' in on
      ? {
          connection: on.getConnection(),
          logger: on.config.getLogger(),
          transaction: on.getTransactionContext<{ client: ConnectionSource }>(),
        }
      : { ...on, transaction: undefined };
  const source = (transaction ?? connection.getKnex()).client as unknown as ConnectionSource;
  const started = Date.now();
  const client = (await source.acquireConnection()) as PgClient;
  try {
    return await work(client, connection);
  } finally {
    await source.releaseConnection(client);
    logger.logQuery({ query: text, took: Date.now() - started, level: 'info' });
  }
}

/**
 * Whether PostgreSQL cancelled the statement (`query_canceled`: the statement timeout, or a cancel
 * request), wherever the error was wrapped (graphql-js's originalError, the ORM's or Node's cause).
 */
export function isStatementCancelled(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current); ) {
    seen.add(current);
    if ((current as { code?: unknown }).code === '57014') return true;
    const next = current as { originalError?: unknown; cause?: unknown; previous?: unknown };
    current = next.originalError ?? next.previous ?? next.cause;
  }
  return false;
}
