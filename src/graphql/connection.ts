import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors';

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

function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

function decodeCursor(argument: string, cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw badInput(argument, 'is not a cursor from this list');
  }
  return id;
}

function pageSize(argument: string, value: number | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (value < 0 || value > MAX_PAGE_SIZE) {
    throw badInput(argument, `must be between 0 and ${MAX_PAGE_SIZE}, got ${value}`);
  }
  return value;
}

/**
 * Keyset pagination over `entity` rows matching `where`, ordered by id (UUIDv7, so creation order).
 * Fetches one row more than asked to learn whether another page exists; never uses OFFSET.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  args: PageArgs,
): Promise<Page<T>> {
  const first = pageSize('first', args.first);
  const last = pageSize('last', args.last);
  if (first !== undefined && last !== undefined) throw badInput('last', 'cannot be combined with first');
  const after = args.after ? decodeCursor('after', args.after) : undefined;
  const before = args.before ? decodeCursor('before', args.before) : undefined;
  const backward = last !== undefined || (before !== undefined && first === undefined);
  const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;

  const idRange: Record<string, string> = {};
  if (after) idRange.$gt = after;
  if (before) idRange.$lt = before;
  const filter = (Object.keys(idRange).length ? { $and: [where, { id: idRange }] } : where) as FilterQuery<T>;
  const rows = await em.find(entity, filter, {
    orderBy: { id: backward ? 'desc' : 'asc' } as never,
    limit: limit + 1,
  });
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
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
