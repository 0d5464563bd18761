import { Reference, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';
import type { SortKey } from './listing/listing';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page forward: at most this many items after \`after\` (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the item to start after (from `pageInfo.endCursor`).',
  })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `Page backward: at most this many items before \`before\` (at most ${MAX_PAGE_SIZE}).`,
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the item to end before (from `pageInfo.startCursor`).',
  })
  before?: string;
}

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of a list; the total is counted only if the client selects `totalCount`. */
export class Page<T> {
  constructor(
    readonly edges: Edge<T>[],
    readonly pageInfo: PageInfo,
    private readonly countAll: () => Promise<number>,
  ) {}

  get nodes(): T[] {
    return this.edges.map((edge) => edge.node);
  }

  /** A getter, so the count query runs only when the field is resolved. */
  get totalCount(): Promise<number> {
    return this.countAll();
  }
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionOf<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item, for `after`/`before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${what}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${what} items (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page (shortcut for edges.node).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has (counted only when selected).' })
    totalCount!: number;
  }
  return ConnectionType;
}

const ID_KEY: SortKey = { path: 'id', descending: false, nullsFirst: false };

interface CursorPayload {
  /** Signature of the sort keys the cursor was made under. */
  s: string;
  /** The row's value for every sort key, the id last. */
  v: unknown[];
}

function signature(keys: SortKey[]): string {
  return keys.map((key) => `${key.path}:${key.descending ? 'd' : 'a'}${key.nullsFirst ? 'f' : 'l'}`).join(',');
}

function encodeCursor(keys: SortKey[], values: unknown[]): string {
  const payload: CursorPayload = { s: signature(keys), v: values };
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function decodeCursor(argument: string, cursor: string, keys: SortKey[]): unknown[] {
  let payload: CursorPayload | undefined;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    payload = undefined;
  }
  if (!payload || !Array.isArray(payload.v) || payload.v.length !== keys.length) {
    throw badInput(argument, 'is not a cursor from this list');
  }
  if (payload.s !== signature(keys)) throw badInput(argument, 'was made for a different orderBy');
  const id = payload.v[payload.v.length - 1];
  if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw badInput(argument, 'is not a cursor from this list');
  }
  return payload.v;
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
  return keys.map((key) => ({ path: key.path, descending: !key.descending, nullsFirst: !key.nullsFirst }));
}

/** `{ county: { nameZh: condition } }` for the path `county.nameZh`. */
function atPath(path: string, condition: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, property) => ({ [property]: inner }), condition) as Record<
    string,
    unknown
  >;
}

function valueAt(row: object, path: string): unknown {
  let value: unknown = row;
  for (const property of path.split('.')) {
    if (value === null || value === undefined) return null;
    if (Reference.isReference(value)) value = value.unwrap();
    value = (value as Record<string, unknown>)[property];
  }
  if (Reference.isReference(value)) value = value.unwrap();
  if (value instanceof Date) return value.toISOString();
  return value ?? null;
}

/** Rows strictly past `values` in the order of `keys`: (k1 > v1) or (k1 = v1 and k2 > v2) or … */
function beyond(keys: SortKey[], values: unknown[]): Record<string, unknown> {
  const alternatives: Record<string, unknown>[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = values[i];
    let past: Record<string, unknown> | null;
    if (value === null) {
      // Past a null: the non-null values if nulls come first; nothing if they come last.
      past = key.nullsFirst ? atPath(key.path, { $ne: null }) : null;
    } else {
      past = atPath(key.path, { [key.descending ? '$lt' : '$gt']: value });
      if (!key.nullsFirst) past = { $or: [past, atPath(key.path, null)] };
    }
    if (past) {
      const equalBefore = keys.slice(0, i).map((earlier, j) => atPath(earlier.path, values[j] ?? null));
      alternatives.push(equalBefore.length ? { $and: [...equalBefore, past] } : past);
    }
  }
  return alternatives.length === 1 ? alternatives[0]! : { $or: alternatives };
}

function orderByFor(keys: SortKey[]): Record<string, unknown>[] {
  return keys.map((key) =>
    atPath(key.path, `${key.descending ? 'desc' : 'asc'} nulls ${key.nullsFirst ? 'first' : 'last'}`),
  );
}

/**
 * Keyset pagination over `entity` rows matching `where`, sorted by `sortKeys` and then by id, so
 * every row has one place and pages never skip or repeat. The cursor carries the row's sort values;
 * the next page starts strictly past them. Fetches one row more than asked to learn whether another
 * page exists; never uses OFFSET. Relations the sort keys pass through are joined in the same query.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  sortKeys: SortKey[] = [],
): Promise<Page<T>> {
  const first = pageSize('first', args.first);
  const last = pageSize('last', args.last);
  if (first !== undefined && last !== undefined) throw badInput('last', 'cannot be combined with first');
  const keys = [...sortKeys, ID_KEY];
  const after = args.after ? decodeCursor('after', args.after, keys) : undefined;
  const before = args.before ? decodeCursor('before', args.before, keys) : undefined;
  const backward = last !== undefined || (before !== undefined && first === undefined);
  const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;

  const conditions: unknown[] = [where];
  if (after) conditions.push(beyond(keys, after));
  if (before) conditions.push(beyond(reversed(keys), before));
  const readOrder = backward ? reversed(keys) : keys;
  const populate = [...new Set(sortKeys.filter((key) => key.path.includes('.')).map((key) => key.path.split('.')[0]!))];
  const rows = await em.find(entity, (conditions.length > 1 ? { $and: conditions } : where) as FilterQuery<T>, {
    orderBy: orderByFor(readOrder) as never,
    limit: limit + 1,
    populate: populate as never,
  });
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const edges = page.map((node) => ({
    cursor: encodeCursor(
      keys,
      keys.map((key) => valueAt(node, key.path)),
    ),
    node,
  }));
  return new Page(
    edges,
    {
      hasNextPage: backward ? before !== undefined : more,
      hasPreviousPage: backward ? more : after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    () => em.count(entity, where),
  );
}
