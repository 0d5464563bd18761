import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/postgresql';
import { query, type Database } from './statements';
import { sql, type Sql } from './sql';

/*
 * A cache of heavy read statements (rollups, grouped statistics: issue 24.3), exact by construction.
 * Every table of the subgraphs counts its writes in the writing transaction (migration
 * change_counts: a statement trigger, whoever writes). An answer is kept with the sum of the counts of
 * the tables its statement names, read in the same statement (so in the same snapshot); it is served
 * again only after a one-row statement finds that sum unchanged, i.e. no write to those tables has
 * committed since. So a cached answer is never stale: a write makes the next read compute afresh.
 *
 * - Keyed by the statement's text and values (what the operation declares), per database (a replica
 *   has its own), bounded in bytes (least recently used first out).
 * - A statement naming a table without counters (a table added without the trigger), a view or a
 *   function of a schema is never cached.
 * - Never inside a transaction (a write's own uncommitted counts must not key an answer).
 * - Concurrent misses of one key share one computation; each caller then checks the counts itself.
 */

/** What a field whose statements go through the cache says about freshness (schema descriptions). */
export const READ_CACHE_NOTE =
  'Never stale: an answer is kept between requests (per process) and served again only while no write to the tables it reads has committed since, which one small statement checks per request; the first read after such a write computes it afresh.';

/** The answer of one statement, with the counts it was computed at. */
interface Entry {
  generation: string;
  rows: unknown[];
  bytes: number;
}

const GENERATION_COLUMN = '__read_generation';

/** Every cache of this process, summed (metrics: read_cache_*). */
const TOTALS = { hits: 0, misses: 0, uncacheable: 0, bytes: 0 };

export function readCacheTotals(): Readonly<typeof TOTALS> {
  return TOTALS;
}

/** `schema.table` names a statement's text mentions (aliases' `a.column` too: the database tells tables apart). */
function relationsOf(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/"?([a-z_][a-z0-9_]*)"?\s*\.\s*"?([a-z_][a-z0-9_]*)"?/g)) {
    names.add(`${match[1]}.${match[2]}`);
  }
  return [...names].sort();
}

/**
 * The summed counts of `relations`, and how many of them are read without counts: a table, view or
 * function the statement names that has no counters (what a view or a function reads is not known
 * here, so neither is ever trusted).
 */
const generationSql = (relations: string[]): Sql => sql`
select coalesce(sum(t.changes), 0)::text as generation,
       (select count(*)::int from unnest(${relations}::text[]) n(name)
         where (to_regclass(n.name) is not null or to_regproc(n.name) is not null)
           and not exists (select 1 from freshness.table_change c where c.relation = n.name)) as untracked
  from freshness.table_change t where t.relation = any(${relations}::text[])`;

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<unknown[]>>();
  private bytes = 0;
  /** Statistics, for tests and metrics. */
  readonly counts = { hits: 0, misses: 0, uncacheable: 0 };

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  async read<Row>(on: EntityManager | Database, statement: Sql): Promise<Row[]> {
    const { text, values } = statement.render();
    const key = `${text}\u0000${JSON.stringify(values)}`;
    const relations = relationsOf(text);
    const running = this.pending.get(key);
    if (running) await running.catch(() => undefined);
    const entry = this.entries.get(key);
    if (entry) {
      const [now] = await query<{ generation: string; untracked: number }>(on, generationSql(relations));
      if (now && now.untracked === 0 && now.generation === entry.generation) {
        // Most recently used last.
        this.entries.delete(key);
        this.entries.set(key, entry);
        this.counts.hits++;
        TOTALS.hits++;
        return entry.rows as Row[];
      }
      this.drop(key);
    }
    this.counts.misses++;
    TOTALS.misses++;
    const computing = this.compute(on, statement, key, relations);
    this.pending.set(key, computing);
    try {
      return (await computing) as Row[];
    } finally {
      if (this.pending.get(key) === computing) this.pending.delete(key);
    }
  }

  /** The statement with its tables' counts as one more column (one snapshot); kept when every table counts. */
  private async compute(on: EntityManager | Database, statement: Sql, key: string, relations: string[]) {
    const generation = generationSql(relations);
    const rows = await query<Record<string, unknown>>(
      on,
      sql`select s.*, (select case when g.untracked = 0 then g.generation end from (${generation}) g) as ${sql.ident(GENERATION_COLUMN)}
            from (${statement}) s`,
    );
    const counted = rows[0]?.[GENERATION_COLUMN];
    for (const row of rows) delete row[GENERATION_COLUMN];
    // Bytes roughly: the key's and the rows' JSON, two bytes a character.
    const bytes = 2 * (key.length + JSON.stringify(rows).length);
    if (typeof counted === 'string') this.keep(key, { generation: counted, rows, bytes });
    else {
      this.counts.uncacheable++;
      TOTALS.uncacheable++;
    }
    return rows;
  }

  private keep(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes / 4) return;
    this.drop(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    TOTALS.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
      TOTALS.bytes -= old.bytes;
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
    TOTALS.bytes -= entry.bytes;
  }
}

/** Bytes each database's cache may hold; 0 turns caching off (READ_CACHE_MB). */
let budgetBytes = 16 * 1024 * 1024;
const caches = new WeakMap<AbstractSqlConnection, ReadCache>();

export function configureReadCache(bytes: number): void {
  budgetBytes = bytes;
}

/** The cache of the database a request reads (primary or replica). */
export function readCacheOf(on: EntityManager | Database): ReadCache {
  const connection = 'getConnection' in on ? on.getConnection() : on.connection;
  let cache = caches.get(connection);
  if (!cache) caches.set(connection, (cache = new ReadCache(budgetBytes)));
  return cache;
}

/**
 * A read through the cache of its database: the same rows as `query(on, statement)` would give now.
 * Inside a transaction, or with the cache off, it is that query.
 */
export function cachedQuery<Row = Record<string, unknown>>(
  on: EntityManager | Database,
  statement: Sql,
): Promise<Row[]> {
  if (budgetBytes === 0 || ('getTransactionContext' in on && on.getTransactionContext()))
    return query<Row>(on, statement);
  return readCacheOf(on).read<Row>(on, statement);
}
