import { type EntityClass, type EntityMetadata, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Sql } from '../../db/sql';
import { query as send } from '../../db/statements';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, Page, type PageArgs } from '../connection';
import { badInput } from '../errors';
import { recordColumns, recordMapper } from '../records';
import type { Filter, SortKey } from './listing';
import { all, FromClause, type Table, whereSql } from './where-sql';
import { isId } from '../ids';

export const ID_KEY: SortKey = { path: 'id', descending: false, nullsFirst: false };

interface CursorPayload {
  /** Signature of the sort keys the cursor was made under. */
  s: string;
  /** The row's value for every sort key, the id last. */
  v: unknown[];
}

/** The sort keys a cursor was made under, as the cursor records them. */
export function cursorSignature(keys: SortKey[]): string {
  return keys.map((key) => `${key.path}:${key.descending ? 'd' : 'a'}${key.nullsFirst ? 'f' : 'l'}`).join(',');
}

/** A row's cursor: base64url of its sort keys' signature and its values (as the pg driver reads them). */
export function encodeCursor(keys: SortKey[], values: unknown[]): string {
  const payload: CursorPayload = { s: cursorSignature(keys), v: values };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Cursors are bounded before they are decoded: 2 KB a key (the id included), room for any real value. */
const MAX_CURSOR_CHARS_PER_KEY = 2048;
/** The longest string value a cursor may carry (string sort columns are varchar(255) at most). */
const MAX_CURSOR_STRING = 1000;

/** Decodes a cursor's shape; its values are checked against the keys' column types in readPageRows. */
function decodeCursor(argument: string, cursor: string, keys: SortKey[]): unknown[] {
  if (cursor.length > MAX_CURSOR_CHARS_PER_KEY * keys.length) {
    throw badInput(argument, 'is not a cursor from this list');
  }
  let payload: CursorPayload | undefined;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    payload = undefined;
  }
  if (!payload || !Array.isArray(payload.v) || payload.v.length !== keys.length) {
    throw badInput(argument, 'is not a cursor from this list');
  }
  if (payload.s !== cursorSignature(keys)) throw badInput(argument, 'was made for a different orderBy');
  return payload.v;
}

type ValueCheck = (value: unknown) => boolean;

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-](\d{2})(:\d{2}){0,2})?$/;

const isString: ValueCheck = (value) => typeof value === 'string' && value.length <= MAX_CURSOR_STRING;
const isInteger =
  (bits: number): ValueCheck =>
  (value) =>
    Number.isInteger(value) && (value as number) >= -(2 ** (bits - 1)) && (value as number) < 2 ** (bits - 1);
const isBigIntText: ValueCheck = (value) =>
  typeof value === 'string' && /^-?\d{1,19}$/.test(value) && BigInt.asIntN(64, BigInt(value)) === BigInt(value);
const isNumericText: ValueCheck = (value) => isString(value) && /^-?\d+(\.\d+)?$/.test(value as string);
const isDate: ValueCheck = (value) => {
  const match = typeof value === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // not Date.UTC, which reads years below 100 as 19xx
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
const isTimestamp: ValueCheck = (value) => {
  const match = typeof value === 'string' && TIMESTAMP.exec(value);
  if (!match || !isDate(match[1])) return false;
  const [hours, minutes, seconds, offsetHours] = [match[2], match[3], match[4], match[7] ?? '0'].map(Number);
  return hours! < 24 && minutes! < 60 && seconds! < 60 && offsetHours! <= 15;
};

/**
 * What a cursor may hold for a key, by its column's SQL type: the values the encoder writes (as the pg
 * driver reads them: numbers for int and float columns, text for bigint, numeric, date and timestamps,
 * e.g. `2024-05-01 08:00:00.123456+00`), each one Postgres accepts for that column. A column type not
 * listed here is a programming error, so that no new type reaches SQL unchecked.
 */
function cursorValueCheck(owner: string, prop: EntityProperty): ValueCheck {
  const type = prop.enum ? 'text' : (prop.columnTypes[0] ?? '').toLowerCase().replace(/\(.*?\)/g, '');
  if (type.startsWith('timestamp')) return isTimestamp;
  switch (type) {
    case 'uuid':
      return isId;
    case 'text':
    case 'varchar':
    case 'character varying':
    case 'char':
    case 'character':
      return isString;
    case 'smallint':
    case 'int2':
      return isInteger(16);
    case 'int':
    case 'integer':
    case 'int4':
      return isInteger(32);
    case 'bigint':
    case 'int8':
      return isBigIntText;
    case 'numeric':
    case 'decimal':
      return isNumericText;
    case 'double precision':
    case 'float8':
      return (value) => Number.isFinite(value);
    case 'boolean':
    case 'bool':
      return (value) => typeof value === 'boolean';
    case 'date':
      return isDate;
    default:
      throw new Error(`no cursor check for ${owner}.${prop.name} (${type})`);
  }
}

/** Rejects a decoded cursor whose values are not of its keys' column types (null only where a key can be null). */
function checkCursor(argument: string, values: unknown[] | undefined, keys: SortKey[], checks: ValueCheck[]): void {
  if (values?.some((value, i) => (value === null ? !keys[i]!.nullable : !checks[i]!(value)))) {
    throw badInput(argument, 'is not a cursor from this list');
  }
}

function pageSize(argument: string, value: number | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw badInput(argument, `must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
  }
  return value;
}

/** The same keys read the other way round (for paging backward). */
function reversed(keys: SortKey[]): SortKey[] {
  return keys.map((key) => ({ ...key, descending: !key.descending, nullsFirst: !key.nullsFirst }));
}

/** How a keyset condition reads the column of a sort path. */
type ColumnOf = (path: string) => Sql;

/**
 * Rows strictly past `values` in the order of `keys`. Keys that all go one way and can be neither
 * null nor past a null compare as one row, `(k1, k2) > (v1, v2)`: each value bound once, and a
 * condition an index on (k1, k2) seeks to (PostgreSQL derives `k1 >= v1` from it for an index on
 * k1 alone). Otherwise (k1 > v1) or (k1 = v1 and k2 > v2) or …, where keys known not to be null skip
 * their null branches and a non-null leading key adds the bound k1 >= v1 (for an index on k1).
 */
function beyond(keys: SortKey[], values: unknown[], column: ColumnOf): Sql {
  const descending = keys[0]?.descending;
  if (
    keys.length > 1 &&
    keys.every((key, i) => key.nullable === false && key.descending === descending && values[i] !== null)
  ) {
    const columns = sql.join(keys.map((key) => column(key.path)));
    return sql`(${columns}) ${sql.raw(descending ? '<' : '>')} (${sql.join(values.map((value) => sql`${value}`))})`;
  }
  const alternatives: Sql[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = values[i];
    const at = column(key.path);
    let past: Sql | null;
    if (value === null) {
      // Past a null: the non-null values if nulls come first; nothing if they come last.
      past = key.nullsFirst ? sql`${at} is not null` : null;
    } else {
      past = key.descending ? sql`${at} < ${value}` : sql`${at} > ${value}`;
      if (!key.nullsFirst && key.nullable !== false) past = sql`(${past} or ${at} is null)`;
    }
    if (past) {
      const equalBefore = keys.slice(0, i).map((earlier, j) => {
        const before = values[j] ?? null;
        return before === null ? sql`${column(earlier.path)} is null` : sql`${column(earlier.path)} = ${before}`;
      });
      alternatives.push(sql.and([...equalBefore, past]));
    }
  }
  const condition = sql.or(alternatives);
  const lead = keys[0];
  if (lead && keys.length > 1 && lead.nullable === false && values[0] !== null) {
    const at = column(lead.path);
    return sql.and([lead.descending ? sql`${at} <= ${values[0]}` : sql`${at} >= ${values[0]}`, condition]);
  }
  return condition;
}

export interface PagePlan {
  keys: SortKey[];
  after?: unknown[];
  before?: unknown[];
  backward: boolean;
  limit: number;
}

export function planPage(args: PageArgs, sortKeys: SortKey[]): PagePlan {
  const first = pageSize('first', args.first);
  const last = pageSize('last', args.last);
  if (first !== undefined && last !== undefined) throw badInput('last', 'cannot be combined with first');
  const keys = [...sortKeys, ID_KEY];
  const after = args.after ? decodeCursor('after', args.after, keys) : undefined;
  const before = args.before ? decodeCursor('before', args.before, keys) : undefined;
  const backward = last !== undefined || (before !== undefined && first === undefined);
  return { keys, after, before, backward, limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE };
}

/** The keyset conditions of a plan: strictly after `after`, strictly before `before`. */
function keysetConditions(plan: PagePlan, column: ColumnOf): Sql[] {
  const conditions: Sql[] = [];
  if (plan.after) conditions.push(beyond(plan.keys, plan.after, column));
  if (plan.before) conditions.push(beyond(reversed(plan.keys), plan.before, column));
  return conditions;
}

/** A row read for a page: the record, and the row as read (its sort values `__key0…`, its parent's id). */
interface PageRow<T> {
  node: T;
  row: Record<string, unknown>;
}

/** The sort values of a row read (for its cursor, read only when the cursor is). */
const sortValues = (keys: SortKey[], row: Record<string, unknown>): unknown[] =>
  keys.map((_, index) => row[`__key${index}`] ?? null);

/** Cuts the rows read (one more than the page) into a page, in the list's order. */
function toPage<T>(plan: PagePlan, rows: PageRow<T>[], countAll: () => Promise<number>): Page<T> {
  const more = rows.length > plan.limit;
  const page = rows.slice(0, plan.limit);
  if (plan.backward) page.reverse();
  const cursorOf = (index: number) => encodeCursor(plan.keys, sortValues(plan.keys, page[index]!.row));
  const last = page.length - 1;
  return new Page(
    page.map((row) => row.node),
    cursorOf,
    {
      hasNextPage: plan.backward ? plan.before !== undefined : more,
      hasPreviousPage: plan.backward ? more : plan.after !== undefined,
      // Encoded only if selected.
      get startCursor() {
        return last >= 0 ? cursorOf(0) : null;
      },
      get endCursor() {
        return last >= 0 ? cursorOf(last) : null;
      },
    },
    countAll,
  );
}

/** Where a page's rows come from: every row, those of some parents (batched), or one outer row's (SQL). */
export type PageScope =
  | { kind: 'all' }
  | { kind: 'parents'; foreignKey: string; ids: readonly string[] }
  /** `parentId`: an expression of the outer statement (sql/compile.ts). */
  | { kind: 'correlated'; foreignKey: string; parentId: Sql };

/** The condition of a scope on the rows of `e`. */
function scopeCondition(e: Table, scope: PageScope): Sql {
  if (scope.kind === 'parents') return sql`${e.column(scope.foreignKey)} = any(${scope.ids})`;
  if (scope.kind === 'correlated') return sql`${e.column(scope.foreignKey)} = ${scope.parentId}`;
  return sql.empty;
}

const whereClause = (condition: Sql): Sql => (condition.isEmpty ? sql.empty : sql` where ${condition}`);

/**
 * The name of sort key `index` in a page's rows (pageRowsQuery with `ownKeys`): a key that is one column
 * of the entity itself is that column, any other its value as `__key<index>`. Fewer columns for every
 * node of the plan to carry (the list at scale 1: 0.214 → 0.207 ms of PostgreSQL CPU per execution).
 */
export function keyColumnName(meta: EntityMetadata, path: string, index: number): string {
  return ownKeyColumn(meta, path) ?? `__key${index}`;
}

/** The entity's own single column that a sort key's path names, if it names one. */
export function ownKeyColumn(meta: EntityMetadata, path: string): string | undefined {
  const property = meta.properties[path as keyof typeof meta.properties] as EntityProperty | undefined;
  return property?.kind === ReferenceKind.SCALAR && property.fieldNames?.length === 1
    ? property.fieldNames[0]!
    : undefined;
}

/**
 * The statement reading one page's rows (one more than asked, to learn whether another follows), each
 * with its values of the sort keys as `__key0…`, in the page's read order. With parents, one page per
 * parent in the same statement: rows are ranked within their parent by `row_number() over (partition
 * by <foreign key> order by <keys>)` and cut at the page size. Sort keys through a to-one relation
 * join it. A correlated scope reads the rows of the outer query's row `parentId` (an SQL expression),
 * for a page nested in one statement (sql/compile.ts). Cursor values are checked against their
 * columns' types here, before any SQL. Only the entity's columns are read (or `columns`).
 */
export function pageRowsQuery<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: Filter,
  plan: PagePlan,
  scope: PageScope,
  options: { columns?: readonly string[]; limit?: 'bound' | 'none'; ownKeys?: boolean } = {},
): { query: Sql; meta: EntityMetadata; foreignKey: string | undefined; readOrder: SortKey[] } {
  const metadata = em.getMetadata();
  const meta = metadata.get(entity.name);
  const property = (owner: EntityMetadata, name: string) =>
    owner.properties[name as keyof typeof owner.properties] as EntityProperty;
  // The properties a sort path reads: the entity's own, then the one through a to-one relation (if any).
  const propertiesOf = (path: string): [EntityProperty, EntityProperty?] => {
    const [name, nested] = path.split('.') as [string, string | undefined];
    const own = property(meta, name);
    return nested ? [own, property(metadata.get(own.type), nested)] : [own];
  };
  // Whether each sort value can be null: through a to-one relation, if either can be.
  const nullable = (path: string): boolean => propertiesOf(path).some((prop) => Boolean(prop?.nullable));
  plan = { ...plan, keys: plan.keys.map((key) => ({ ...key, nullable: nullable(key.path) })) };
  // Cursors are client input, and their values go into the keyset filter as parameters: a value of
  // the wrong type would be an SQL error quoting the statement. So each must be a value of its key's
  // column type, checked here, where the types are known, before any SQL.
  if (plan.after || plan.before) {
    const checks = plan.keys.map((key) => {
      const [own, through] = propertiesOf(key.path);
      return cursorValueCheck(through ? own.type : entity.name, through ?? own);
    });
    checkCursor('after', plan.after, plan.keys, checks);
    checkCursor('before', plan.before, plan.keys, checks);
  }
  const from = new FromClause(metadata, meta);
  const e = from.root;
  // Sort keys join their relations first (left joins); the filter shares those joins.
  const column: ColumnOf = (path) => e.pathColumn(path, 'left');
  const readOrder = plan.backward ? reversed(plan.keys) : plan.keys;
  const orderSql = sql.join(
    readOrder.map(
      (key) =>
        sql`${column(key.path)} ${sql.raw(key.descending ? 'desc' : 'asc')} nulls ${sql.raw(key.nullsFirst ? 'first' : 'last')}`,
    ),
  );
  // With ownKeys, a key that is a column of the entity is that column (named as it is), not a copy.
  const keyNames = plan.keys.map((key, index) =>
    options.ownKeys ? keyColumnName(meta, key.path, index) : `__key${index}`,
  );
  const columns = [...new Set(options.columns ?? recordColumns(meta))];
  const selected = new Set(columns);
  const keyValues = plan.keys.flatMap((key, index) => {
    const name = keyNames[index]!;
    if (name === `__key${index}`) return [sql`${column(key.path)} as ${sql.ident(name)}`];
    if (selected.has(name)) return [];
    selected.add(name);
    return [sql`${sql.ident(e.alias)}.${sql.ident(name)}`];
  });
  const foreignKey = scope.kind === 'all' ? undefined : property(meta, scope.foreignKey).fieldNames[0]!;
  const ranked = scope.kind === 'parents';
  const condition = all([scopeCondition(e, scope), whereSql(where, e), ...keysetConditions(plan, column)]);
  const select = sql.join([
    ...columns.map((name) => sql`${sql.ident(e.alias)}.${sql.ident(name)}`),
    ...keyValues,
    ...(ranked
      ? [sql`row_number() over (partition by ${e.column(scope.foreignKey)} order by ${orderSql}) as __rank`]
      : []),
  ]);
  const rows = sql`select ${select} from ${from.sql}${whereClause(condition)}`;
  // The caller may write the limit itself (as a literal, so a prepared statement's generic plan knows it).
  const limit = sql.raw(String(plan.limit + 1));
  const query = ranked
    ? sql`select * from (${rows}) as ranked where __rank <= ${limit} order by ${sql.ident(foreignKey!)}, __rank`
    : options.limit === 'none'
      ? sql`${rows} order by ${orderSql}`
      : sql`${rows} order by ${orderSql} limit ${limit}`;
  return { query, meta, foreignKey, readOrder };
}

/** The number of `entity` rows matching `where` in a scope: of all rows, of each parent, or of the outer row. */
export function countQuery<T>(em: EntityManager, entity: EntityClass<T>, where: Filter, scope: PageScope): Sql {
  const from = new FromClause(em.getMetadata(), em.getMetadata().get(entity.name));
  const e = from.root;
  const condition = whereClause(all([scopeCondition(e, scope), whereSql(where, e)]));
  if (scope.kind !== 'parents') return sql`select count(*) as count from ${from.sql}${condition}`;
  const parent = e.column(scope.foreignKey);
  return sql`select ${parent} as parent, count(*) as count from ${from.sql}${condition} group by ${parent}`;
}

/** The rows of one page, or of one page per parent (see pageRowsQuery), as read-only records (records.ts). */
async function readPageRows<T>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: Filter,
  plan: PagePlan,
  scope: PageScope,
): Promise<{ rows: PageRow<T>[]; foreignKey: string | undefined }> {
  const { query, meta, foreignKey } = pageRowsQuery(em, entity, where, plan, scope);
  const read = await send(em, query);
  const toRecord = recordMapper(meta);
  return { rows: read.map((row) => ({ node: toRecord(row) as T, row })), foreignKey };
}

/**
 * Keyset pagination over `entity` rows matching `where`, sorted by the plan's keys (the id last), so
 * every row has one place and pages never skip or repeat. The cursor carries the row's sort values;
 * the next page starts strictly past them. Never uses OFFSET.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: Filter,
  plan: PagePlan,
): Promise<Page<T>> {
  const { rows } = await readPageRows(em, entity, where, plan, { kind: 'all' });
  return toPage(plan, rows, async () => {
    const [row] = await send<{ count: string }>(em, countQuery(em, entity, where, { kind: 'all' }));
    return Number(row?.count ?? 0);
  });
}

/** One page per parent for every parent of a list level, in ONE statement (see readPageRows). */
export async function paginateMany<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  foreignKey: string,
  parentIds: readonly string[],
  where: Filter,
  plan: PagePlan,
  countOf: (parentId: string) => Promise<number>,
): Promise<Page<T>[]> {
  const scope: PageScope = { kind: 'parents', foreignKey, ids: parentIds };
  const { rows, foreignKey: column } = await readPageRows(em, entity, where, plan, scope);
  const byParent = new Map<string, typeof rows>(parentIds.map((id) => [id, []]));
  for (const row of rows) byParent.get(String(row.row[column!]))?.push(row);
  return parentIds.map((parentId) => {
    return toPage(plan, byParent.get(parentId) ?? [], () => countOf(parentId));
  });
}
