import type { AbstractSqlConnection, EntityManager } from '@mikro-orm/postgresql';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
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
 * - The counts carry PostgreSQL's `current_date`: an answer kept yesterday is computed afresh today
 *   (rights and rules that read `current_date`, such as current appointments).
 *
 * Whole answers (KeptAnswers, below) rest on the same counts: the JSON text of an operation whose root
 * fields declare it (src/graphql/kept-answers.ts), served again for that one statement.
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
const TOTALS = { hits: 0, misses: 0, uncacheable: 0, bytes: 0, answerHits: 0, answerMisses: 0, answersUnkept: 0 };

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
select coalesce(sum(t.changes), 0)::text || '@' || current_date::text as generation,
       (select count(*)::int from unnest(${relations}::text[]) n(name)
         where (to_regclass(n.name) is not null or to_regproc(n.name) is not null)
           and not exists (select 1 from freshness.table_change c where c.relation = n.name)) as untracked
  from freshness.table_change t where t.relation = any(${relations}::text[])`;

/** Every cache of kept rows and answers (weakly: a database's goes with its connection). */
const EVERY_CACHE = new Set<WeakRef<{ clear(unusedMs: number): number }>>();

/**
 * Empties every cache of kept rows and answers that nothing read or filled for `unusedMs`; returns the
 * bytes they held. Called when the server has been idle a while (src/server/idle-gc.ts), so that the
 * memory a load filled them with is given back: the next request of each kind computes its answer
 * again (and it is kept again from its next one).
 */
export function releaseCachedReads(unusedMs = 0): number {
  let released = 0;
  for (const ref of EVERY_CACHE) {
    const cache = ref.deref();
    if (cache) released += cache.clear(unusedMs);
    else EVERY_CACHE.delete(ref);
  }
  return released;
}

/**
 * Entries by key in least recently used order, at most `maxBytes` as their `bytes` count them (an entry
 * over a quarter of it is not kept); every change shows in the process's `read_cache_bytes`.
 */
class BoundedEntries<E extends { bytes: number }> {
  private readonly entries = new Map<string, E>();
  private held = 0;

  constructor(private readonly maxBytes: number) {
    EVERY_CACHE.add(new WeakRef(this));
  }

  /** When an entry was last looked up or kept (performance.now()). */
  private usedAt = performance.now();

  /** Lets go of every entry when none was looked up or kept for `unusedMs` (releaseCachedReads). */
  clear(unusedMs: number): number {
    if (performance.now() - this.usedAt < unusedMs) return 0;
    const released = this.held;
    this.entries.clear();
    TOTALS.bytes -= released;
    this.held = 0;
    return released;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.held;
  }

  get(key: string): E | undefined {
    this.usedAt = performance.now();
    return this.entries.get(key);
  }

  /** Marks the entry most recently used. */
  touch(key: string, entry: E): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  keep(key: string, entry: E): void {
    this.usedAt = performance.now();
    if (entry.bytes > this.maxBytes / 4) return;
    this.drop(key);
    this.entries.set(key, entry);
    this.held += entry.bytes;
    TOTALS.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.held <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= old.bytes;
      TOTALS.bytes -= old.bytes;
    }
  }

  drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.bytes;
    TOTALS.bytes -= entry.bytes;
  }
}

export class ReadCache {
  private readonly entries: BoundedEntries<Entry>;
  private readonly pending = new Map<string, Promise<unknown[]>>();
  /** Statistics, for tests and metrics. */
  readonly counts = { hits: 0, misses: 0, uncacheable: 0 };

  constructor(readonly maxBytes: number) {
    this.entries = new BoundedEntries(maxBytes);
  }

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.entries.bytes;
  }

  async read<Row>(on: EntityManager | Database, statement: Sql): Promise<Row[]> {
    const { text, values } = statement.render();
    const key = `${text}\u0000${JSON.stringify(values)}`;
    const relations = relationsOf(text);
    // A whole answer computed around this read depends on its tables, served from here or not.
    noteStatement(text);
    const running = this.pending.get(key);
    if (running) await running.catch(() => undefined);
    const entry = this.entries.get(key);
    if (entry) {
      const [now] = await query<{ generation: string; untracked: number }>(on, generationSql(relations));
      if (now && now.untracked === 0 && now.generation === entry.generation) {
        this.entries.touch(key, entry);
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
    this.entries.keep(key, entry);
  }

  private drop(key: string): void {
    this.entries.drop(key);
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

/* Whole answers (issue 24.3): the finished JSON text of an operation, kept with the counts it was computed at. */

/** What a computation's statements read: the relations they name, and whether one reads the clock. */
interface Reads {
  relations: Set<string>;
  clock: boolean;
}

const reading = new AsyncLocalStorage<Reads>();

/** Values that change without a write: an answer reading them is never kept (`current_date` is in the counts). */
const CLOCK =
  /\b(?:now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday|random)\s*\(|\b(?:current_timestamp|current_time|localtimestamp|localtime)\b/i;

/**
 * Notes a statement sent while a whole answer is computed (the ORM's logger calls it for every statement
 * it logs, the read cache for every read it serves): its tables key the answer.
 */
export function noteStatement(text: string): void {
  const reads = reading.getStore();
  if (!reads) return;
  for (const name of relationsOf(text)) if (!name.startsWith('freshness.')) reads.relations.add(name);
  if (CLOCK.test(text)) reads.clock = true;
}

/** Every table's summed counts, PostgreSQL's date, and how many of `names` are read without counts. */
const countsSql = (names: string[]): Sql => sql`
select coalesce((select json_object_agg(t.relation, t.changes)
                   from (select relation, sum(changes)::text as changes from freshness.table_change group by relation) t)::text,
                '{}') as counts,
       current_date::text as today,
       (select count(*)::int from unnest(${names}::text[]) n(name)
         where (to_regclass(n.name) is not null or to_regproc(n.name) is not null)
           and not exists (select 1 from freshness.table_change c where c.relation = n.name)) as untracked`;

interface Counts {
  byRelation: Record<string, string>;
  today: string;
  untracked: number;
}

interface KeptAnswer {
  text: string;
  /** The counts of the tables its statements named, when it was computed. */
  counts: Array<[string, string]>;
  /** PostgreSQL's date and this process's UTC date then (a default of "today" is either). */
  today: string;
  utcDay: string;
  /** Names its statements mention that are not counted tables (aliases, mostly): checked once to be no table. */
  unverified: string[];
  bytes: number;
}

const utcDay = (): string => new Date().toISOString().slice(0, 10);

/** Keys asked once are remembered (by hash) up to this many; kept from their second time. */
const MAX_SEEN_ONCE = 10_000;

/**
 * The finished answers of operations (JSON text), per database, exact as the statement cache is: an
 * answer is served again only after one statement finds the counts of every table its computation's
 * statements named unchanged (and the date the same); then a request costs a lookup, that statement and
 * a socket write. Otherwise it is computed afresh:
 * - the counts it is kept with are read no later than its first statement (the counts a check just read,
 *   or the latest this process read: an earlier reading only makes the answer look older than it is);
 * - concurrent readers of one key share one computation, then each checks the counts itself (a reader
 *   that came after a write never gets an answer computed before it);
 * - kept from the second time a key is asked (one-off operations take no memory and no extra statement);
 * - never kept: an answer with errors, one whose statements read the clock, or one naming a table or
 *   function without counts; bounded in bytes, least recently used out.
 */
export class KeptAnswers {
  private readonly entries: BoundedEntries<KeptAnswer>;
  private readonly pending = new Map<string, Promise<unknown>>();
  private readonly seenOnce = new Set<string>();
  /** Keys whose statements named a table or function without counts (bounded as seenOnce). */
  private readonly neverKept = new Set<string>();
  /** The latest counts read on this database. */
  private latest?: Counts;
  readonly counts = { hits: 0, misses: 0, unkept: 0 };

  constructor(readonly maxBytes: number) {
    this.entries = new BoundedEntries(maxBytes);
  }

  get size(): number {
    return this.entries.size;
  }

  get heldBytes(): number {
    return this.entries.bytes;
  }

  /**
   * The kept text for `keyText` when still exact, else `compute`'s value (its text kept when it gives one).
   */
  async answer<R>(
    on: EntityManager | Database,
    keyText: string,
    compute: () => Promise<{ value: R; text?: string }>,
  ): Promise<{ text: string } | { value: R }> {
    const key = createHash('sha256').update(keyText).digest('base64');
    if (this.neverKept.has(key)) return { value: (await this.unkept(compute)).value };
    for (let round = 0; ; round++) {
      const running = this.pending.get(key);
      if (running) await running.catch(() => undefined);
      const entry = this.entries.get(key);
      let start: Counts | undefined;
      if (entry) {
        start = await this.read(on, entry.unverified);
        if (start.untracked === 0 && this.exact(entry, start)) {
          entry.unverified = [];
          this.entries.touch(key, entry);
          this.counts.hits++;
          TOTALS.answerHits++;
          return { text: entry.text };
        }
        if (this.entries.get(key) === entry) this.drop(key);
        if (start.untracked > 0) {
          if (this.neverKept.size >= MAX_SEEN_ONCE) this.neverKept.clear();
          this.neverKept.add(key);
          return { value: (await this.unkept(compute)).value };
        }
        // Another reader found it changed too and computes it: share that, then check again.
        if (round === 0 && this.pending.has(key)) continue;
      } else if (!this.seenOnce.has(key)) {
        if (this.seenOnce.size >= MAX_SEEN_ONCE) this.seenOnce.clear();
        this.seenOnce.add(key);
        return { value: (await this.unkept(compute)).value };
      }
      return { value: await this.compute(on, key, keyText.length, start, compute) };
    }
  }

  private async unkept<R>(compute: () => Promise<{ value: R; text?: string }>) {
    this.counts.unkept++;
    TOTALS.answersUnkept++;
    return compute();
  }

  private compute<R>(
    on: EntityManager | Database,
    key: string,
    keyLength: number,
    counted: Counts | undefined,
    compute: () => Promise<{ value: R; text?: string }>,
  ): Promise<R> {
    this.counts.misses++;
    TOTALS.answerMisses++;
    const computing = (async () => {
      const start = counted ?? this.latest ?? (await this.read(on, []));
      const day = utcDay();
      const reads: Reads = { relations: new Set(), clock: false };
      const { value, text } = await reading.run(reads, compute);
      if (text === undefined || reads.clock) {
        this.counts.unkept++;
        TOTALS.answersUnkept++;
      } else this.keep(key, keyLength, text, reads, start, day);
      return value;
    })();
    this.pending.set(key, computing);
    return computing.finally(() => {
      if (this.pending.get(key) === computing) this.pending.delete(key);
    });
  }

  /**
   * Reads the counts once (at server start), so that the first answer kept costs no statement beyond its
   * own (any later computation starts from the counts of the last check, or of this).
   */
  async prime(on: EntityManager | Database): Promise<void> {
    if (!this.latest) await this.read(on, []);
  }

  private async read(on: EntityManager | Database, names: string[]): Promise<Counts> {
    const [row] = await query<{ counts: string; today: string; untracked: number }>(on, countsSql(names));
    const counts: Counts = {
      byRelation: JSON.parse(row?.counts ?? '{}') as Record<string, string>,
      today: row?.today ?? '',
      untracked: row?.untracked ?? 1,
    };
    this.latest = counts;
    return counts;
  }

  private exact(entry: KeptAnswer, now: Counts): boolean {
    return (
      entry.today === now.today &&
      entry.utcDay === utcDay() &&
      entry.counts.every(([relation, count]) => now.byRelation[relation] === count)
    );
  }

  private keep(key: string, keyLength: number, text: string, reads: Reads, start: Counts, day: string): void {
    const counts: Array<[string, string]> = [];
    const unverified: string[] = [];
    for (const relation of reads.relations) {
      const count = start.byRelation[relation];
      if (count === undefined) unverified.push(relation);
      else counts.push([relation, count]);
    }
    // Bytes roughly: two a character of the text and the names, plus the key's.
    const bytes = 2 * (keyLength + text.length) + 64 * (counts.length + unverified.length);
    this.entries.keep(key, { text, counts, today: start.today, utcDay: day, unverified, bytes });
  }

  private drop(key: string): void {
    this.entries.drop(key);
  }
}

const keptAnswers = new WeakMap<AbstractSqlConnection, KeptAnswers>();

/** The kept answers of the database a request reads (primary or replica). */
export function keptAnswersOf(on: EntityManager | Database): KeptAnswers {
  const connection = 'getConnection' in on ? on.getConnection() : on.connection;
  let kept = keptAnswers.get(connection);
  if (!kept) keptAnswers.set(connection, (kept = new KeptAnswers(budgetBytes)));
  return kept;
}

/** Whether answers are kept at all (READ_CACHE_MB above 0). */
export function answersKept(): boolean {
  return budgetBytes > 0;
}
