import { Reference, type EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '../db/sql';
import { query } from '../db/statements';
import type { Page } from './connection';
import { countQuery, paginateMany, planPage } from './listing/keyset';
import { allOf, compileWhere, equalities, sortKeys, type Filter, type ListArgs, type Listing } from './listing/listing';
import { FromClause, whereSql } from './listing/where-sql';
import DataLoader from 'dataloader';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import { isId } from './ids';
import { recordColumns, recordMapper } from './records';

type Row = { id: string };

/** The id a to-one relation points at, without loading it. */
export function foreignKey(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const target = Reference.isReference(value) ? value.unwrap() : value;
  return (target as Row).id ?? null;
}

/**
 * Per-request DataLoaders, created lazily on first use so that a request pays only for the
 * relationships it follows. Each batch is one SQL statement; results come back in key order with
 * null (or an empty list, or 0) for keys that match nothing. Never shared between requests.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  /**
   * `batch: false` turns batching off: only the control in the SQL-count tests does that. The viewer's
   * rights bound what list arguments may filter and sort by.
   */
  constructor(
    private readonly em: EntityManager,
    private readonly options: { batch: boolean; viewer?: Viewer } = { batch: true },
  ) {}

  /** The row whose unique column `field` equals each key (by id unless told otherwise). */
  one<T extends object>(entity: EntityClass<T>, field = 'id'): DataLoader<string, T | null> {
    return this.memo(`one:${entity.name}:${field}`, async (keys) => {
      // A key that cannot be an id (from a client's `_entities`) matches nothing and is not sent.
      const sent = field === 'id' ? keys.filter(isId) : keys;
      const condition: Filter = { kind: 'property', property: field, conditions: [['in', sent]] };
      const rows = sent.length ? await this.read(entity, condition) : [];
      const byKey = new Map(rows.map((row) => [String((row as Record<string, unknown>)[field]), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
  }

  /**
   * Every row whose foreign key `field` points at each key, ordered by `orderBy` then id; `where`:
   * equalities the rows must meet too.
   */
  many<T extends object>(
    entity: EntityClass<T>,
    field: string,
    orderBy: Record<string, 'asc' | 'desc'> = {},
    where: Readonly<Record<string, unknown>> = {},
  ): DataLoader<string, T[]> {
    const order = { ...orderBy, id: 'asc' as const };
    const name = `many:${entity.name}:${field}:${JSON.stringify(order)}:${JSON.stringify(where)}`;
    return this.memo(name, async (keys) => {
      const within: Filter = { kind: 'property', property: field, conditions: [['in', keys]] };
      const rows = await this.read(entity, allOf(within, equalities(where)), order);
      const grouped = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) {
        const key = foreignKey((row as Record<string, unknown>)[field]);
        if (key !== null) grouped.get(key)?.push(row);
      }
      return keys.map((key) => grouped.get(key) ?? []);
    });
  }

  /** Rows as plain read-only records (see records.ts), in one statement of the entity's columns. */
  private async read<T extends object>(
    entity: EntityClass<T>,
    where: Filter,
    orderBy?: Record<string, 'asc' | 'desc'>,
  ): Promise<T[]> {
    const meta = this.em.getMetadata().get(entity.name);
    const from = new FromClause(this.em.getMetadata(), meta);
    const e = from.root;
    const columns = sql.join(recordColumns(meta).map((column) => sql`${sql.ident(e.alias)}.${sql.ident(column)}`));
    const order = Object.entries(orderBy ?? {}).map(
      ([property, direction]) => sql`${e.column(property)} ${sql.raw(direction === 'desc' ? 'desc' : 'asc')}`,
    );
    const condition = whereSql(where, e);
    const rows = await query(
      this.em,
      sql`select ${columns} from ${from.sql} where ${condition}${order.length ? sql` order by ${sql.join(order)}` : sql.empty}`,
    );
    const toRecord = recordMapper(meta);
    return rows.map((row) => toRecord(row) as T);
  }

  /** How many rows have foreign key `field` pointing at each key: one GROUP BY statement. */
  count<T extends object>(entity: EntityClass<T>, field: string): DataLoader<string, number> {
    return this.memo(`count:${entity.name}:${field}`, (keys) =>
      this.countWhere(entity, field, { kind: 'and', items: [] }, keys),
    );
  }

  /**
   * One page of each parent's rows (foreign key `field` → parent id), filtered and sorted as the
   * list arguments say: one statement for every parent of a list level, plus one for `totalCount`
   * when selected. Page sizes and the cursors' shape are checked here, their values against the sort
   * keys' column types in the batch (keyset.ts): bad input fails once for the level, before any SQL.
   */
  page<T extends { id: string }>(
    entity: EntityClass<T>,
    field: string,
    listing: Listing,
    args: ListArgs,
  ): DataLoader<string, Page<T>> {
    const viewer = this.options.viewer ?? ANONYMOUS;
    const where = compileWhere(listing, args.where, viewer);
    const plan = planPage(args, sortKeys(listing, args.orderBy, viewer));
    const name = `page:${entity.name}:${field}:${JSON.stringify(args)}`;
    const counts = this.memo(`count:${name}`, (keys) => this.countWhere(entity, field, where, keys));
    return this.memo(name, (keys) => paginateMany(this.em, entity, field, keys, where, plan, (id) => counts.load(id)));
  }

  /** How many rows matching `where` each parent has (foreign key `field`): one GROUP BY statement. */
  private async countWhere<T extends object>(
    entity: EntityClass<T>,
    field: string,
    where: Filter,
    keys: readonly string[],
  ): Promise<number[]> {
    const rows = await query<{ parent: string; count: string }>(
      this.em,
      countQuery(this.em, entity, where, { kind: 'parents', foreignKey: field, ids: keys }),
    );
    const byKey = new Map(rows.map((row) => [String(row.parent), Number(row.count)]));
    return keys.map((key) => byKey.get(key) ?? 0);
  }

  /**
   * Forgets every record loaded so far (after a write): reads later in the same request see the
   * write. Loaders stay, their caches are emptied (DataLoader's clearAll).
   */
  clearAll(): void {
    for (const loader of this.cache.values()) loader.clearAll();
  }

  /** A loader of this request for a batch function of the caller's own, made once per name. */
  batched<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.memo(`custom:${name}`, batch);
  }

  private memo<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.cache.get(name) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000, batch: this.options.batch });
      this.cache.set(name, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
