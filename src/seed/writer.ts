/**
 * Where generated rows go. Generators call `add(Entity, row)` with rows keyed by entity property
 * names (relations as the referenced id) and `checkpoint()` between units of work. The database
 * writer buffers rows per table and, at each checkpoint, writes every buffer in foreign-key order
 * with multi-row INSERTs (one JSON parameter per chunk, expanded by `json_populate_recordset`),
 * never entity by entity. The counting sink only counts (a dry run that sizes the progress bar).
 */
import { Reference, type EntityClass, type EntityMetadata, type MetadataStorage } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import type { BaseEntity } from '../db/base.entity';
import { SUBGRAPHS } from '../subgraphs';

/** Every table the seed writes, parents before children (the order buffers are written in): each subgraph's. */
export const TABLE_ORDER: readonly EntityClass<BaseEntity>[] = SUBGRAPHS.flatMap(
  (subgraph) => subgraph.entities as readonly EntityClass<BaseEntity>[],
);

/** Columns the database fills itself; the seed never sets them. */
type DbManaged = 'version' | 'createdAt' | 'updatedAt';

type Plain<T> = T extends Reference<object> ? string : T;

/**
 * A row for entity E: its own columns by property name, relations as the referenced id. A typo or
 * a wrong value type is a compile error.
 */
export type Row<E> = { id: string } & {
  [K in keyof E as K extends symbol ? never : K extends DbManaged | 'id' ? never : K]?: Plain<NonNullable<E[K]>> | null;
};

export interface Progress {
  /** `schema.table`, e.g. `directory.province`. */
  table: string;
  done: number;
  total: number;
}

export interface Sink {
  add<E extends BaseEntity>(entity: EntityClass<E>, row: Row<E>): void;
  /** A unit of work is complete: buffered rows may be written now. */
  checkpoint(): Promise<void>;
  /** Rows added so far, by `schema.table`. */
  readonly counts: Readonly<Record<string, number>>;
}

interface TableInfo {
  name: string;
  /** Quoted `"schema"."table"`. */
  sql: string;
  columns: Map<string, string>;
}

/** Table names and property → column maps from the ORM's metadata. */
export class TableCatalog {
  private readonly byEntity = new Map<EntityClass<BaseEntity>, TableInfo>();

  constructor(metadata: MetadataStorage) {
    for (const entity of TABLE_ORDER) {
      const meta: EntityMetadata = metadata.get(entity.name);
      const columns = new Map<string, string>();
      for (const prop of Object.values(meta.properties)) {
        if (prop.persist === false || !prop.fieldNames || prop.fieldNames.length !== 1) continue;
        columns.set(prop.name, prop.fieldNames[0]!);
      }
      const schema = meta.schema ?? 'public';
      this.byEntity.set(entity, {
        name: `${schema}.${meta.tableName}`,
        sql: `"${schema}"."${meta.tableName}"`,
        columns,
      });
    }
  }

  get(entity: EntityClass<BaseEntity>): TableInfo {
    const info = this.byEntity.get(entity);
    if (!info) throw new Error(`${entity.name} is not a seeded table`);
    return info;
  }

  /** All seeded tables in write order. */
  tables(): TableInfo[] {
    return TABLE_ORDER.map((e) => this.get(e));
  }
}

/** Counts rows without writing them (used to size progress totals before the real run). */
export class CountingSink implements Sink {
  readonly counts: Record<string, number> = {};

  constructor(private readonly catalog: TableCatalog) {}

  add<E extends BaseEntity>(entity: EntityClass<E>, _row: Row<E>): void {
    const name = this.catalog.get(entity as EntityClass<BaseEntity>).name;
    this.counts[name] = (this.counts[name] ?? 0) + 1;
  }

  async checkpoint(): Promise<void> {}
}

type Json = Record<string, unknown>;

/**
 * Buffers rows per table and writes them in FK order, in chunks, at each checkpoint. Up to two
 * statements are in flight on the transaction's connection while the next chunk is serialized
 * (the connection runs them in order), so JSON encoding and generation overlap the database's work.
 * Call `finish()` to wait for the last statements.
 */
export class DbWriter implements Sink {
  readonly counts: Record<string, number> = {};
  private readonly buffers = new Map<EntityClass<BaseEntity>, Json[]>();
  private readonly inflight: Promise<void>[] = [];

  constructor(
    private readonly catalog: TableCatalog,
    private readonly trx: Knex.Transaction,
    private readonly options: {
      chunkSize?: number;
      totals?: Readonly<Record<string, number>>;
      onProgress?: (p: Progress) => void;
    } = {},
  ) {}

  add<E extends BaseEntity>(entity: EntityClass<E>, row: Row<E>): void {
    const key = entity as EntityClass<BaseEntity>;
    let buffer = this.buffers.get(key);
    if (!buffer) this.buffers.set(key, (buffer = []));
    buffer.push(row as Json);
  }

  async checkpoint(): Promise<void> {
    const chunkSize = this.options.chunkSize ?? 2000;
    for (const entity of TABLE_ORDER) {
      const rows = this.buffers.get(entity);
      if (!rows || rows.length === 0) continue;
      this.buffers.set(entity, []);
      const table = this.catalog.get(entity);
      for (let start = 0; start < rows.length; start += chunkSize) {
        await this.send(table, rows, start, Math.min(rows.length, start + chunkSize));
      }
    }
  }

  /** Writes what is buffered and waits for every statement. */
  async finish(): Promise<void> {
    await this.checkpoint();
    while (this.inflight.length > 0) await this.inflight.shift();
  }

  private async send(table: TableInfo, rows: Json[], from: number, to: number): Promise<void> {
    const { columns, json } = encode(table, rows, from, to);
    while (this.inflight.length >= 2) await this.inflight.shift();
    const count = to - from;
    const statement = this.trx
      .raw(
        `insert into ${table.sql} (${columns}) select ${columns} from json_populate_recordset(null::${table.sql}, ?::json)`,
        [json],
      )
      .then(() => {
        const done = (this.counts[table.name] = (this.counts[table.name] ?? 0) + count);
        const total = Math.max(this.options.totals?.[table.name] ?? done, done);
        this.options.onProgress?.({ table: table.name, done, total });
      });
    // Rejections surface when awaited (in send or finish); this keeps an abandoned one quiet.
    statement.catch(() => undefined);
    this.inflight.push(statement);
  }
}

/** Rows [from, to) as a JSON array keyed by column names, and the quoted column list. */
function encode(table: TableInfo, rows: Json[], from: number, to: number): { columns: string; json: string } {
  const used = new Set<string>();
  const parts: string[] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const row = rows[i]!;
    let out = '';
    for (const prop in row) {
      const value = row[prop];
      if (value === undefined) continue;
      const column = table.columns.get(prop);
      if (!column) throw new Error(`${table.name} has no property "${prop}"`);
      used.add(column);
      out += `${out ? ',' : '{'}"${column}":${JSON.stringify(value)}`;
    }
    parts[i - from] = out ? `${out}}` : '{}';
  }
  return { columns: [...used].map((c) => `"${c}"`).join(', '), json: `[${parts.join(',')}]` };
}
