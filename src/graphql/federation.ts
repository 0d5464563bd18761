import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  Kind,
  parse,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type NamedTypeNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';
import {
  buildSchema,
  createResolversMap,
  Directive,
  Field,
  ID,
  ObjectType,
  type BuildSchemaOptions,
  type ClassType,
} from 'type-graphql';
import type { EntityClass } from '@mikro-orm/core';
import { guardSchema, ruleSummary } from './auth/rules';
import { writeRights } from './mutations/described';
import { DEFAULT_PAGE_SIZE } from './connection';
import type { SubgraphName } from '../config';
import type { Context } from './context';
import type { Listing } from './listing/listing';
import type { Policy } from './auth/policy';
import { DateTimeISO } from './scalars';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@cost", "@listSize"])';

/**
 * Every connection field is sized by its slicing arguments for demand control (`first`/`last`, those
 * it has; the default page size when none is given), and that size applies to its edges and nodes.
 * One rule for every connection instead of a declaration on each of them.
 */
const connectionListSize = (slicing: string[]): ConstDirectiveNode =>
  directiveNode(
    `@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ${JSON.stringify(slicing).replace(/,/g, ', ')}, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)`,
  );

function directiveNode(source: string): ConstDirectiveNode {
  const [definition] = parse(`scalar Carrier ${source}`).definitions;
  const directive = definition?.kind === Kind.SCALAR_TYPE_DEFINITION ? definition.directives?.[0] : undefined;
  if (!directive) throw new Error(`not a directive: ${source}`);
  return directive;
}

function sizeConnections(document: DocumentNode): DocumentNode {
  return visit(document, {
    FieldDefinition(field) {
      const returns = getNamedTypeNode(field.type).name.value;
      const slicing = ['first', 'last'].filter((name) => field.arguments?.some((arg) => arg.name.value === name));
      if (!returns.endsWith('Connection') || !slicing.includes('first')) return undefined;
      return { ...field, directives: [...(field.directives ?? []), connectionListSize(slicing)] };
    },
  });
}

/**
 * Each guarded field (auth/rules.ts) says in its description who may read it, and each mutation that
 * declares its writes (mutations/described.ts) who may make it: words generated from the policy.
 */
function describeRights(document: DocumentNode): DocumentNode {
  const rightsOf = (type: string, field: string): string | undefined => {
    if (type === 'Mutation') {
      const words = writeRights(field);
      return words && `${words} Null with an error when refused.`;
    }
    const summary = ruleSummary(type, field);
    return summary && `Rights: ${summary}; otherwise null with a FORBIDDEN error.`;
  };
  const describe = (type: ObjectTypeDefinitionNode | ObjectTypeExtensionNode) => {
    if (!type.fields?.some((field) => rightsOf(type.name.value, field.name.value))) return undefined;
    const fields = type.fields.map((field) => {
      const rights = rightsOf(type.name.value, field.name.value);
      if (!rights) return field;
      const text = `${field.description?.value ?? ''} ${rights}`;
      return { ...field, description: { kind: Kind.STRING, value: text.trim(), block: true } };
    });
    return { ...type, fields };
  };
  return visit(document, { ObjectTypeDefinition: describe, ObjectTypeExtension: describe });
}

function getNamedTypeNode(type: TypeNode): NamedTypeNode {
  return type.kind === Kind.NAMED_TYPE ? type : getNamedTypeNode(type.type);
}

export interface Subgraph {
  name: string;
  /** The executable subgraph schema (with `_entities` and `_service`). */
  schema: GraphQLSchema;
  /** The printed subgraph SDL, as committed in schema/<name>.graphql. */
  sdl: string;
  /** The entity types this subgraph owns (loads by key), with their ORM entity classes. */
  owned: Record<string, EntityClass<object>>;
}

/**
 * What a subgraph's index exports, and all the process-wide lists are derived from (the ORM's entity
 * list, the seed's table order, the gateway's builders: src/subgraphs/index.ts). Nothing else names a
 * subgraph's entities.
 */
export interface SubgraphModule {
  name: SubgraphName;
  /** Its ORM entities, parents before children: the seed writes their tables in this order. */
  entities: readonly EntityClass<object>[];
  /**
   * Its listings (the `where` and `orderBy` of its types). A `where` may name another subgraph's type
   * (src/shared/cross-links.ts), found by name when a schema is built: a process registers
   * every subgraph's listings before it builds any.
   */
  listings: readonly Listing[];
  /** The rights rules over its own tables (guarded fields, reach parts, write anchors, constraint names). */
  policy: Policy;
  build(): Promise<Subgraph>;
}

type ReferenceResolvers = Record<
  string,
  { __resolveReference: (ref: never, ctx: Context) => unknown; entity?: EntityClass<object> }
>;

const NO_TOPICS = {
  publish: () => undefined,
  subscribe: (): AsyncIterable<never> => {
    throw new Error('subscriptions by topic are not used: each subscription gives its own subscribe');
  },
};

/**
 * Builds a Federation 2 subgraph from type-graphql resolvers: the code-first schema is printed with
 * its directives (@key, @shareable), the federation @link is added, and the result goes through
 * buildSubgraphSchema with type-graphql's resolvers plus the entity reference resolvers.
 */
export async function buildSubgraph(
  name: string,
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers,
): Promise<Subgraph> {
  const codeFirst = await buildSchema({
    ...options,
    skipCheck: true,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
    // type-graphql asks for a PubSub once a schema has subscriptions; ours give their own `subscribe`
    // (the change feed, src/server/live), so topics are never used.
    pubSub: NO_TOPICS,
  });
  const typeDefs = describeRights(
    sizeConnections(parse(`${FEDERATION_LINK}\n\n${printSchemaWithDirectives(codeFirst)}`)),
  );
  const resolvers = createResolversMap(codeFirst) as Record<string, Record<string, unknown>>;
  const owned: Subgraph['owned'] = {};
  for (const [typeName, { entity, ...resolver }] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...resolver };
    if (entity) owned[typeName] = entity;
  }
  // Rights are enforced here, in the subgraph that owns the fields, whatever gateway (or none) is in front.
  const schema = guardSchema(buildSubgraphSchema({ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }));
  return { name, schema, sdl: printSubgraphSchema(schema), owned };
}

/**
 * Reference resolvers for entities this subgraph owns (each the GraphQL type of its class's name):
 * `{ __typename, id }` or `{ __typename, code }` is loaded through the per-request DataLoader, so
 * `_entities` for N keys costs one statement per key kind.
 */
export function ownedEntities(entities: readonly EntityClass<object>[]): ReferenceResolvers {
  const resolvers: ReferenceResolvers = {};
  for (const entity of entities) {
    const typeName = entity.name;
    resolvers[typeName] = {
      entity,
      __resolveReference: (ref: { id?: string; code?: string }, ctx: Context) =>
        ref.id !== undefined
          ? ctx.loaders.one(entity).load(ref.id)
          : ctx.loaders.one(entity, 'code').load(String(ref.code)),
    };
  }
  return resolvers;
}

/**
 * Reference resolvers for entities owned elsewhere that this subgraph extends with fields: the
 * key is all those fields need, so nothing is loaded.
 */
export function extendedEntities(typeNames: string[]): ReferenceResolvers {
  return Object.fromEntries(
    typeNames.map((typeName) => [typeName, { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) }]),
  );
}

/**
 * The key-only type by which a subgraph refers to (and adds fields to) an entity another subgraph
 * owns, named by its type name: the referring subgraph imports nothing of the owner. It carries no
 * description: composition takes the owner's, the only one given. Each call makes a new class: field
 * resolvers attach to a class, and each subgraph adds its own.
 */
export function entityReference(typeName: string): ClassType<{ id: string }> {
  @ObjectType(typeName)
  @Directive('@key(fields: "id")')
  class EntityReference {
    @Field(() => ID, { description: 'Stable identifier (UUIDv7).' })
    id!: string;
  }
  return EntityReference;
}
