import { addResolversToSchema } from '@graphql-tools/schema';
import { getResolversFromSchema, type IResolvers } from '@graphql-tools/utils';
import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { EntityClass } from '@mikro-orm/core';
import type { Context } from '../graphql/context';
import type { Subgraph } from '../graphql/federation';
import { composedApiSchema } from './subgraphs';

type Resolver = GraphQLFieldResolver<unknown, Context>;
type TypeResolvers = Record<string, unknown>;

/**
 * The client-facing schema (the composed supergraph's API schema, as a client sees it through the
 * gateway) executed directly with the three subgraphs' own resolvers, in one process: no query plan,
 * no subgraph fetches to parse, validate and merge.
 *
 * What the gateway's entity fetches did is done here by the fields themselves: where a subgraph
 * returns another subgraph's entity as its key (`{ id }`), the owner's record is loaded through the
 * same per-request DataLoader that `_entities` would have used, so batching (one statement per list
 * level) is kept. A record is complete when it is an instance of its owner's entity class (every
 * loader and page maps rows to such instances; see records.ts).
 */
export function inProcessSchema(subgraphs: Subgraph[]): GraphQLSchema {
  const api = composedApiSchema(subgraphs);
  const owners = new Map<string, { subgraph: string; entity: EntityClass<object> }>();
  for (const subgraph of subgraphs) {
    for (const [typeName, entity] of Object.entries(subgraph.owned))
      owners.set(typeName, { subgraph: subgraph.name, entity });
  }
  const complete = completer(owners);

  const resolvers: Record<string, TypeResolvers> = {};
  // The owner's resolvers first: a field several subgraphs define (keys, shareable value types) is
  // resolved where its type lives.
  const ordered = (typeName: string) => {
    const owner = owners.get(typeName)?.subgraph;
    return [...subgraphs].sort((a, b) => Number(b.name === owner) - Number(a.name === owner));
  };
  const fromSubgraph = new Map(
    subgraphs.map((subgraph) => [subgraph.name, getResolversFromSchema(subgraph.schema) as IResolvers]),
  );

  for (const type of Object.values(api.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const merged: TypeResolvers = {};
    for (const subgraph of ordered(type.name)) {
      const own = fromSubgraph.get(subgraph.name)?.[type.name] as TypeResolvers | undefined;
      if (!own) continue;
      if (!isObjectType(type)) {
        // Scalars (serialisation), enums (internal values): every subgraph defines them alike.
        if (Object.keys(merged).length === 0 && !isAbstractType(type)) Object.assign(merged, own);
        continue;
      }
      for (const [field, resolver] of Object.entries(own)) {
        if (field.startsWith('__') || merged[field] || !type.getFields()[field]) continue;
        merged[field] = resolver;
      }
    }
    if (isAbstractType(type)) merged.__resolveType = (value: object) => typeNameOf(value, owners);
    if (isObjectType(type)) {
      for (const [fieldName, field] of Object.entries(type.getFields())) {
        const returned = getNamedType(field.type);
        const needsOwner = owners.has(returned.name) || isAbstractType(returned);
        const resolver = merged[fieldName] as { resolve?: Resolver } | undefined;
        if (needsOwner && resolver?.resolve)
          merged[fieldName] = { ...resolver, resolve: completing(resolver.resolve, complete) };
      }
    }
    if (Object.keys(merged).length) resolvers[type.name] = merged;
  }
  return addResolversToSchema({ schema: api, resolvers, updateResolversInPlace: false });
}

/** The concrete type of a value: its `__typename` when it is a key, else its owner's entity class. */
function typeNameOf(value: object, owners: Map<string, { entity: EntityClass<object> }>): string | undefined {
  const named = (value as { __typename?: unknown }).__typename;
  if (typeof named === 'string') return named;
  for (const [typeName, { entity }] of owners) if (value instanceof entity) return typeName;
  return undefined;
}

type Complete = (value: unknown, ctx: Context, info: GraphQLResolveInfo) => unknown;

/** Turns keys of other subgraphs' entities into their owners' records (batched), leaving records be. */
function completer(owners: Map<string, { entity: EntityClass<object> }>): Complete {
  const one = (value: unknown, ctx: Context, info: GraphQLResolveInfo): unknown => {
    if (value === null || value === undefined || typeof value !== 'object') return value;
    const returned = getNamedType(info.returnType);
    const typeName = isAbstractType(returned) ? typeNameOf(value, owners) : returned.name;
    const owner = typeName ? owners.get(typeName) : undefined;
    if (!owner || value instanceof owner.entity) return value;
    const id = (value as { id?: unknown }).id;
    if (typeof id !== 'string') return value;
    return ctx.loaders.one(owner.entity).load(id);
  };
  return (value, ctx, info) => {
    if (!Array.isArray(value)) return one(value, ctx, info);
    const items = value.map((item) => one(item, ctx, info));
    return items.some((item) => item instanceof Promise) ? Promise.all(items) : items;
  };
}

/**
 * Wraps a resolver whose field returns an entity (or a list of them) so that keys become records,
 * unless the client selects nothing but the key (what the gateway would not have fetched either).
 */
function completing(resolve: Resolver, complete: Complete): Resolver {
  return (parent, args, ctx, info) => {
    const value = resolve(parent, args, ctx, info);
    if (keyOnly(info)) return value;
    return value instanceof Promise
      ? value.then((resolved) => complete(resolved, ctx, info))
      : complete(value, ctx, info);
  };
}

const keyOnlySelections = new WeakMap<FieldNode, boolean>();

/** Whether the field's selection asks for `id` and `__typename` only (fragments included). */
function keyOnly(info: GraphQLResolveInfo): boolean {
  const node = info.fieldNodes[0];
  if (!node) return false;
  let known = keyOnlySelections.get(node);
  if (known === undefined) {
    known = info.fieldNodes.every((field) => !field.selectionSet || selectsKeyOnly(field.selectionSet, info));
    keyOnlySelections.set(node, known);
  }
  return known;
}

function selectsKeyOnly(selectionSet: SelectionSetNode, info: GraphQLResolveInfo): boolean {
  return selectionSet.selections.every((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === 'id' || selection.name.value === '__typename';
    if (selection.kind === Kind.INLINE_FRAGMENT) return selectsKeyOnly(selection.selectionSet, info);
    const fragment = info.fragments[selection.name.value];
    return fragment ? selectsKeyOnly(fragment.selectionSet, info) : false;
  });
}
