import { Cost, WEIGHTS } from './demand';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';

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

/**
 * A page of a list. The edges (and their cursors) are made only if the client selects `edges`, and
 * the total is counted only if it selects `totalCount`.
 */
export class Page<T> {
  private made?: Edge<T>[];

  constructor(
    readonly nodes: T[],
    private readonly cursorOf: (index: number) => string,
    readonly pageInfo: PageInfo,
    private readonly countAll: () => Promise<number>,
  ) {}

  get edges(): Edge<T>[] {
    this.made ??= this.nodes.map((node, index) => ({ cursor: this.cursorOf(index), node }));
    return this.made;
  }

  /** A getter, so the count query runs only when the field is resolved. */
  get totalCount(): Promise<number> {
    return this.countAll();
  }
}

const connections = new Map<string, ClassType>();

/** `<Name>Connection` and `<Name>Edge` for a node type; declared once, shared by root and nested lists. */
export function connectionOf<T extends object>(nodeType: ClassType<T>, name: string, plural: string): ClassType {
  const known = connections.get(name);
  if (known) return known;
  @ObjectType(`${name}Edge`, { description: `One of the ${plural} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this item, for `after`/`before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural} (Relay cursor connection).` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page (shortcut for edges.node).' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Cost(WEIGHTS.totalCount)
    @Field(() => Int, { description: 'How many items the whole list has (counted only when selected).' })
    totalCount!: number;
  }
  connections.set(name, ConnectionType);
  return ConnectionType;
}
