import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  getNamedType,
  getNullableType,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  isEnumType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { visibilityOf } from '../auth/rules';
import type { Viewer } from '../auth/viewer';
import type { Context } from '../context';
import { DocumentMemo } from '../document-memo';
import { isId } from '../ids';
import { sql, type Sql } from '../../db/sql';
import {
  countQuery,
  cursorSignature,
  encodeCursor,
  keyColumnName,
  ownKeyColumn,
  pageRowsQuery,
  planPage,
  type PageScope,
  type PagePlan,
} from '../listing/keyset';
import { compileWhere, sortKeys, type ListArgs } from '../listing/listing';
import { tableName } from '../listing/where-sql';
import { declaredFields, fieldSource, type FieldSource } from './field-sources';
import { selectedFields, subSelections } from './selection';
import { columnIndex, objectWriter, rowWriter, type Cell, type LeafKind, type RowWriter, type Tree } from './rows';
import { reshaper, VALUE, type Reshape, type Shape } from './shape';
import { textReshaper, type ReshapeText } from './shape-text';

/**
 * One parameterised statement answering a whole operation: either a single row whose `data` is the
 * answer as positional JSON, which `reshape` turns into the response's `data` (shape.ts), or (`rows`)
 * a list's rows as plain columns, from which `rows` writes the `data`'s JSON text (rows.ts).
 */
export type CompiledStatement = JsonStatement | RowsStatement;

interface Statement {
  text: string;
  values: unknown[];
}

export interface JsonStatement extends Statement {
  rows?: undefined;
  reshape: Reshape;
  /** The same from PostgreSQL's JSON text to the answer's (shape-text.ts), where the shape allows. */
  reshapeText?: ReshapeText;
}

export interface RowsStatement extends Statement {
  /** The `data`'s JSON text from the rows (each an array of PostgreSQL's text, `rowMode: 'array'`). */
  rows: (rows: readonly (readonly Cell[])[]) => string;
}

/**
 * A piece of the statement: its SQL (a fragment of the kit), and the shape of the JSON it gives;
 * `tree`, where the piece can also be read as plain columns of a row (rows.ts): scalars, and objects
 * of them (to-one relations), not lists, counts or picks.
 */
interface Part {
  sql: Sql;
  shape: Shape;
  tree?: Tree;
}

const value = (fragment: Sql, tree?: Tree): Part => ({ sql: fragment, shape: VALUE, tree });

/** A part of the operation this compiler does not put into SQL: the operation runs through resolvers. */
class Unsupported extends Error {}

/** Per-type facts the compiler needs: which entity a GraphQL type is, and which fields have resolvers. */
export interface CompilerModel {
  schema: GraphQLSchema;
  /** GraphQL type name → the ORM entity that stores it. */
  entities: Map<string, EntityClass<object>>;
  /**
   * A subgraph's schema: entity types it only refers to by key (owned by another subgraph, stored by
   * the ORM entity of the same name), and field declarations of other subgraphs are not in it.
   */
  references?: Set<string>;
}

const MAX_OBJECT_KEYS = 100; // json_build_array takes at most 100 arguments
/** Column types whose text is the value's string (rows.ts): a JSON string as it is. */
const TEXT_COLUMN = /^(uuid|text|varchar|character varying|char|character|bpchar)$/;
const INT_COLUMN = /^(int|integer|int4|int2|smallint)$/;

/**
 * Compiles a read operation into ONE SQL statement that builds the answer in PostgreSQL, built of
 * the SQL kit's fragments (db/sql.ts): pages are keyset-limited correlated subqueries with their
 * cursors computed in SQL, to-one relations are left joins of the SELECT that reads their record,
 * picks and counts are subqueries; each object is a positional JSON array, given its keys back in
 * JavaScript (shape.ts). Only what the field declarations (field-sources.ts) and the ORM metadata
 * describe is compiled; anything else (search, statistics, unions, a field with its own resolver)
 * returns null and the operation runs through the resolvers, as does any operation whose arguments
 * are invalid (so its errors are the resolvers').
 * The answer is the same bytes either way (test/execution-modes.test.ts).
 */
export class OperationCompiler {
  /** `Type.field` of every field a resolver computes (type-graphql's field resolvers). */
  private readonly resolvedFields: Set<string>;

  constructor(private readonly model: CompilerModel) {
    for (const declared of declaredFields()) {
      const [typeName, fieldName] = declared.split('.') as [string, string];
      const type = model.schema.getType(typeName);
      if (model.references && (!isObjectType(type) || !type.getFields()[fieldName])) continue;
      if (!isObjectType(type) || !type.getFields()[fieldName])
        throw new Error(`${declared} is declared but not in the schema`);
    }
    const storage = getMetadataStorage();
    const nameOf = new Map(storage.objectTypes.map((type) => [type.target, type.name]));
    this.resolvedFields = new Set(
      storage.fieldResolvers.map(
        (resolver) => `${nameOf.get(resolver.getObjectType?.() as never)}.${resolver.schemaName}`,
      ),
    );
  }

  /** Compiled statements (null where the resolvers answer), by document, operation and variables. */
  private readonly compiled = new DocumentMemo<CompiledStatement | null>({
    maxBytes: 32_000_000,
    // Text and parameters (a parameter may be a long list); the shape functions are small.
    sizeOf: (statement) =>
      statement ? 2 * statement.text.length + JSON.stringify(statement.values).length + 1024 : 16,
  });

  /** `context.em` is only asked when the operation is not compiled yet (a fork costs). */
  compile(
    context: Pick<Context, 'em' | 'viewer'>,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): CompiledStatement | null {
    const viewer = context.viewer;
    // What the caller may read, filter and sort by changes the statement (auth/rules.ts).
    const rights = `${viewer.role}|${viewer.org ?? ''}|${[...viewer.scopes].sort().join(' ')}`;
    return this.compiled.get(
      document,
      operationName,
      variables,
      () => this.compileNow(context.em, viewer, document, operationName, variables),
      rights,
    );
  }

  private compileNow(
    em: EntityManager,
    viewer: Viewer,
    document: DocumentNode,
    operationName: string | null | undefined,
    rawVariables: Record<string, unknown> | undefined,
  ): CompiledStatement | null {
    const operation = getOperationAST(document, operationName);
    const query = this.model.schema.getQueryType();
    if (!operation || operation.operation !== 'query' || !query) return null;
    const coerced = getVariableValues(this.model.schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (coerced.errors) return null;
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
    }
    const build = () => new Build(this.model, this.resolvedFields, em, viewer, fragments, coerced.coerced);
    try {
      return build().rowsStatement(query, operation.selectionSet);
    } catch {
      // Not a list of plain rows (or invalid arguments, which the JSON form gives up on too).
    }
    try {
      const json = build();
      const data = json.jsonObject(query, [operation.selectionSet], (_, nodes) => json.rootField(query, nodes));
      return {
        ...sql`select ${data.sql} as data`.render(),
        reshape: reshaper(data.shape),
        reshapeText: textReshaper(data.shape),
      };
    } catch {
      // Unsupported, or invalid arguments (a bad cursor, page size or filter): the resolvers answer,
      // and report any error with its path as they always do.
      return null;
    }
  }
}

/** The state of one compilation: aliases, and the walk over the selection. */
class Build {
  private aliases = 0;
  /** The columns read of each alias: a page's rows subquery selects only those. */
  private readonly used = new Map<string, Set<string>>();
  /** The page aliases whose rows need their number (`__n`: an end cursor of pageInfo). */
  private readonly counted = new Set<string>();
  /** Whether a rows statement writes cursors (then reads the sort values). */
  private cursors = false;
  /** The to-one joins of the SELECT being built (see `level`). */
  private joins: Sql[] = [];
  private readonly metadata;

  constructor(
    private readonly model: CompilerModel,
    private readonly resolvedFields: Set<string>,
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {
    this.metadata = em.getMetadata();
  }

  /** The selection on a concrete object type; a fragment on an abstract type is not compiled. */
  fields(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const { fields, abstract } = selectedFields(
      { fragments: this.fragments, variables: this.variables },
      type,
      selectionSets,
    );
    if (abstract) throw new Unsupported(`a fragment on an abstract type in ${type.name}`);
    return fields;
  }

  /** A column of the record in `alias`, noted as read. */
  ref(alias: string, column: string): Sql {
    let columns = this.used.get(alias);
    if (!columns) {
      columns = new Set();
      this.used.set(alias, columns);
    }
    columns.add(column);
    return sql.ident(alias, column);
  }

  /**
   * `json_build_array(…)` of the fields selected on `type`, in the client's order, and the shape that
   * names them by its response keys: `__typename` by name, every other field by `valueOf`
   * (undefined: not compiled).
   */
  jsonObject(
    type: GraphQLObjectType,
    selectionSets: readonly SelectionSetNode[],
    valueOf: (name: string, nodes: readonly FieldNode[]) => Part | undefined,
  ): Part {
    const fields = this.fields(type, selectionSets);
    if (fields.size > MAX_OBJECT_KEYS) throw new Unsupported('too many keys');
    const keys: string[] = [];
    const values: Sql[] = [];
    const shapes: Shape[] = [];
    const trees: (Tree | undefined)[] = [];
    for (const [key, nodes] of fields) {
      const name = nodes[0]!.name.value;
      const part =
        name === '__typename'
          ? value(sql.literal(type.name), { kind: 'const', json: JSON.stringify(type.name) })
          : valueOf(name, nodes);
      if (part === undefined) throw new Unsupported(`${type.name}.${name}`);
      // A key that is an Object.prototype property would not be set as an own key by the reshaper.
      if (key in Object.prototype) throw new Unsupported(`response key ${key}`);
      keys.push(key);
      values.push(part.sql);
      shapes.push(part.shape);
      trees.push(part.tree);
    }
    return {
      sql: sql`json_build_array(${sql.join(values)})`,
      shape: { kind: 'object', keys, fields: shapes },
      tree: trees.every((tree) => tree !== undefined) ? { kind: 'object', keys, fields: trees } : undefined,
    };
  }

  /**
   * Builds the selection of one SELECT (a lookup, a page's rows, a pick) with its own list of
   * to-one joins: a to-one relation of its records is a left join of that SELECT, which costs
   * PostgreSQL less than a subquery per row.
   */
  private level<T>(body: () => T): { built: T; joins: Sql } {
    const outer = this.joins;
    this.joins = [];
    try {
      const built = body();
      return { built, joins: this.joins.length ? sql` ${sql.join(this.joins, ' ')}` : sql.empty };
    } finally {
      this.joins = outer;
    }
  }

  alias(): string {
    this.aliases += 1;
    return `_q${this.aliases}`;
  }

  private meta(entity: EntityClass<object>): EntityMetadata {
    return this.metadata.get(entity.name);
  }

  /** `"schema"."table" alias`. */
  private from(meta: EntityMetadata, alias: string): Sql {
    return sql`${tableName(meta)} ${sql.ident(alias)}`;
  }

  private args(
    parent: GraphQLObjectType,
    node: FieldNode,
  ): { field: GraphQLField<unknown, unknown>; args: ListArgs & Record<string, unknown> } {
    const field = parent.getFields()[node.name.value];
    if (!field) throw new Unsupported(node.name.value);
    return { field, args: getArgumentValues(field, node, this.variables) as ListArgs & Record<string, unknown> };
  }

  rootField(query: GraphQLObjectType, nodes: readonly FieldNode[]): Part {
    const node = nodes[0]!;
    const source = fieldSource(query.name, node.name.value);
    const { field, args } = this.args(query, node);
    if (node.name.value === '_entities' && this.model.references) return this.entityFetch(nodes, args);
    if (source?.kind === 'lookup') return this.lookup(source, field, nodes, args);
    if (source?.kind === 'list') {
      return this.connection(source.entity, source.listing, field, nodes, args, { kind: 'all' });
    }
    throw new Unsupported(`Query.${node.name.value}`);
  }

  private lookup(
    source: Extract<FieldSource, { kind: 'lookup' }>,
    field: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    args: Record<string, unknown>,
  ): Part {
    const given = source.keys.filter((key) => args[key] !== undefined && args[key] !== null);
    if (given.length !== 1) throw new Unsupported('not exactly one key');
    const key = given[0]!;
    const value = args[key];
    if (typeof value !== 'string' || (key === 'id' && !isId(value))) throw new Unsupported('bad key');
    const meta = this.meta(source.entity);
    const alias = this.alias();
    const { built: object, joins } = this.level(() => this.object(this.objectType(field), nodes, alias, meta));
    return {
      sql: sql`(select ${object.sql} from ${this.from(meta, alias)}${joins} where ${sql.ident(alias, this.column(meta, key))} = ${value} limit 1)`,
      shape: object.shape,
    };
  }

  /**
   * A gateway's entity fetch (`_entities(representations)`) of one type by id, as one statement: the
   * owner's records in the representations' order (null where none is), or, for a type this subgraph
   * only adds fields to, the keys themselves (as its reference resolver does). Other key fields, mixed
   * types: the resolvers answer.
   */
  private entityFetch(nodes: readonly FieldNode[], args: Record<string, unknown>): Part {
    const representations = args.representations;
    if (!Array.isArray(representations) || !representations.length) throw new Unsupported('no representations');
    const typeName = (representations[0] as { __typename?: unknown } | null)?.__typename;
    const ids = representations.map((representation: unknown) => {
      const { __typename, id, ...rest } = (representation ?? {}) as Record<string, unknown>;
      if (__typename !== typeName || typeof id !== 'string' || !isId(id) || Object.keys(rest).length) {
        throw new Unsupported('representation');
      }
      return id;
    });
    const type = typeof typeName === 'string' ? this.model.schema.getType(typeName) : undefined;
    if (!isObjectType(type)) throw new Unsupported(`_entities of ${String(typeName)}`);
    const owned = this.model.entities.get(type.name);
    if (!owned && !this.model.references?.has(type.name)) throw new Unsupported(`_entities of ${type.name}`);
    const keys = this.alias();
    // The keys under a LIMIT of their own count: a generic plan (no value of the array) then expects one
    // row, not unnest's default ten, so PostgreSQL keeps the prepared statement's generic plan instead
    // of planning each fetch anew (a custom plan cost about 0.25 ms of planning per fetch). Ordered by
    // `ord` inside, so the aggregate's order needs no sort (unnest's ordinality comes in order).
    const list = (item: Part, from: Sql): Part => ({
      sql: sql`(select coalesce(json_agg(${item.sql} order by ${sql.ident(keys, 'ord')}), '[]'::json) from (select * from unnest(${ids}::uuid[]) with ordinality ${sql.ident(`${keys}_k`)}(id, ord) order by ord limit cardinality(${ids}::uuid[])) ${from})`,
      shape: { kind: 'list', item: item.shape },
    });
    const keyColumns = sql.ident(keys);
    if (!owned) {
      const { built: object, joins } = this.level(() => this.object(type, nodes, keys, this.metadata.get(type.name)));
      return list(object, sql`${keyColumns}${joins}`);
    }
    const meta = this.meta(owned);
    const alias = this.alias();
    const { built: object, joins } = this.level(() => this.object(type, nodes, alias, meta));
    return list(
      { sql: sql`case when ${sql.ident(alias, 'id')} is null then null else ${object.sql} end`, shape: object.shape },
      sql`${keyColumns} left join ${this.from(meta, alias)} on ${sql.ident(alias, 'id')} = ${sql.ident(keys, 'id')}${joins}`,
    );
  }

  private objectType(field: GraphQLField<unknown, unknown>): GraphQLObjectType {
    const type = getNullableType(field.type);
    if (isListType(type) || !isObjectType(type)) throw new Unsupported(`${String(field.type)} is not an object type`);
    return type;
  }

  private column(meta: EntityMetadata, property: string): string {
    const column = (meta.properties as Record<string, EntityProperty>)[property]?.fieldNames?.[0];
    if (!column) throw new Unsupported(`${meta.className}.${property} is not a column`);
    return column;
  }

  /** The selection on a record of `meta` in `alias`, as an object (jsonObject). */
  object(type: GraphQLObjectType, nodes: readonly FieldNode[], alias: string, meta: EntityMetadata): Part {
    return this.jsonObject(type, subSelections(nodes), (_, fieldNodes) => this.value(type, fieldNodes, alias, meta));
  }

  private value(type: GraphQLObjectType, nodes: readonly FieldNode[], alias: string, meta: EntityMetadata): Part {
    const node = nodes[0]!;
    const name = node.name.value;
    // A field the caller may read only on some rows, or not at all, is answered by its guarded
    // resolver, with the FORBIDDEN error at its path.
    const visibility = visibilityOf(this.viewer, type.name, name);
    if (visibility !== undefined && visibility !== 'all') throw new Unsupported(`${type.name}.${name} is guarded`);
    const { field, args } = this.args(type, node);
    const source = fieldSource(type.name, name);
    if (source?.kind === 'page') {
      const scope: PageScope = { kind: 'correlated', foreignKey: source.foreignKey, parentId: this.ref(alias, 'id') };
      return this.connection(source.entity, source.listing, field, nodes, args, scope);
    }
    if (source?.kind === 'count') {
      const target = this.meta(source.entity);
      const inner = this.alias();
      return value(
        sql`(select count(*) from ${this.from(target, inner)} where ${sql.ident(inner, this.column(target, source.foreignKey))} = ${this.ref(alias, 'id')})`,
      );
    }
    if (source?.kind === 'pick') return this.pick(source, field, nodes, alias);
    if (source) throw new Unsupported(`${type.name}.${name}`);
    const property = (meta.properties as Record<string, EntityProperty>)[name];
    if (property?.kind === ReferenceKind.MANY_TO_ONE) return this.toOne(property, field, nodes, alias);
    if (this.resolvedFields.has(`${type.name}.${name}`) || property?.kind !== ReferenceKind.SCALAR) {
      throw new Unsupported(`${type.name}.${name}`);
    }
    return this.scalar(field, property, this.ref(alias, this.column(meta, name)));
  }

  /**
   * A column as GraphQL serialises it: dates and times formatted as the scalars do, enums by name; as a
   * row's column, how its text is written as JSON (rows.ts), by the column's SQL type.
   */
  private scalar(field: GraphQLField<unknown, unknown>, property: EntityProperty, column: Sql): Part {
    const type = getNullableType(field.type);
    if (isListType(type)) throw new Unsupported('list of scalars');
    const columnType = (property.columnTypes?.[0] ?? '').toLowerCase().replace(/\(.*?\)/g, '');
    // A NOT NULL column read as it is is null only where its row is missing (rows.ts guards by it).
    const notNull = !property.nullable;
    const leaf = (expression: Sql, as: LeafKind) =>
      value(expression, {
        kind: 'leaf',
        sql: as === 'json' ? sql`to_json(${expression})` : expression,
        as,
        ...(notNull && expression === column && { notNull }),
      });
    const textual = TEXT_COLUMN.test(columnType) ? 'string' : 'json';
    if (isEnumType(type)) return this.enumValue(type, column, leaf, textual);
    switch (type.name) {
      case 'DateTimeISO':
        if (!columnType.startsWith('timestamptz')) throw new Unsupported(columnType);
        return leaf(sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`, 'string');
      case 'LocalDate':
        if (columnType !== 'date') throw new Unsupported(columnType);
        // Inside the answer's JSON the date itself: PostgreSQL writes a date in JSON as ISO 8601
        // `YYYY-MM-DD` whatever DateStyle (the same text for years 1–9999), without a to_char call per
        // value, which goes through timestamptz (nested fetch at scale 1: 0.205 → 0.198 ms of PostgreSQL
        // CPU per execution). A plain row's column is text (date_out follows DateStyle): to_char there.
        return value(column, { kind: 'leaf', sql: sql`to_char(${column}, 'YYYY-MM-DD')`, as: 'string' });
      case 'ID':
      case 'String':
      case 'Int':
      case 'Float':
      case 'Boolean':
        if (columnType.startsWith('timestamp') || columnType === 'jsonb' || columnType === 'json') {
          throw new Unsupported(columnType);
        }
        if (type.name === 'Int' && INT_COLUMN.test(columnType)) return leaf(column, 'int');
        if (type.name === 'Boolean' && /^bool(ean)?$/.test(columnType)) return leaf(column, 'boolean');
        return leaf(column, type.name === 'ID' || type.name === 'String' ? textual : 'json');
      default:
        throw new Unsupported(type.name);
    }
  }

  private enumValue(
    type: GraphQLEnumType,
    column: Sql,
    leaf: (expression: Sql, as: LeafKind) => Part,
    textual: LeafKind,
  ): Part {
    const renamed = type.getValues().filter((value) => value.value !== value.name);
    if (!renamed.length) return leaf(column, textual);
    const cases = type
      .getValues()
      .map((value) => sql`when ${sql.literal(String(value.value))} then ${sql.literal(value.name)}`);
    return leaf(sql`(case ${column} ${sql.join(cases, ' ')} end)`, 'string');
  }

  private toOne(
    property: EntityProperty,
    field: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    alias: string,
  ): Part {
    const type = this.objectType(field);
    const entity = this.model.entities.get(type.name);
    const target = this.metadata.get(property.type);
    // A type another subgraph owns is its key here (`{ __typename id }`), read from the same table.
    const reference = !entity && this.model.references?.has(type.name) && target.className === type.name;
    if (!reference && (!entity || entity !== target.class)) {
      throw new Unsupported(`${type.name} is not ${property.type}`);
    }
    const inner = this.alias();
    const id = sql.ident(inner, 'id');
    this.joins.push(sql`left join ${this.from(target, inner)} on ${id} = ${this.ref(alias, property.fieldNames[0]!)}`);
    const object = this.object(type, nodes, inner, target);
    return {
      sql: sql`(case when ${id} is null then null else ${object.sql} end)`,
      shape: object.shape,
      tree: object.tree?.kind === 'object' ? { ...object.tree, nullWhen: id } : undefined,
    };
  }

  private pick(
    source: Extract<FieldSource, { kind: 'pick' }>,
    field: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    alias: string,
  ): Part {
    const meta = this.meta(source.entity);
    const inner = this.alias();
    const column = (property: string) => sql.ident(inner, this.column(meta, property));
    const conditions = [
      sql`${column(source.foreignKey)} = ${this.ref(alias, 'id')}`,
      // The pick's condition is the code's constant (field-sources.ts), written as a literal: the
      // prepared statement's generic plan then seeks an index on (foreign key, column) and knows how
      // many rows match (as a parameter it filtered every row of the parent: 1.6x the nested fetch's CPU).
      ...Object.entries(source.where).map(([property, value]) => sql`${column(property)} = ${sql.literal(value)}`),
    ];
    const { built: object, joins } = this.level(() => this.object(this.objectType(field), nodes, inner, meta));
    return {
      sql: sql`(select ${object.sql} from ${this.from(meta, inner)}${joins} where ${sql.join(conditions, ' and ')} order by ${column(source.preferNull)} is not null, ${sql.ident(inner, 'id')} limit 1)`,
      shape: object.shape,
    };
  }

  /**
   * A connection: the page's rows (pageRowsQuery: filter, keyset, order), with nodes, edges and
   * cursors aggregated from them in the page's order, totalCount a count of the same filter. Only
   * pageInfo needs the rows numbered (a window over one more row than the page, to know whether
   * another follows); without it the rows are the page and are aggregated as they are. Always one
   * row, even when nothing but totalCount is selected (`group by ()`).
   */
  private connection(
    entity: EntityClass<object>,
    listing: Parameters<typeof compileWhere>[0],
    field: GraphQLField<unknown, unknown>,
    nodes: readonly FieldNode[],
    args: ListArgs,
    scope: PageScope,
  ): Part {
    const plan = planPage(args, sortKeys(listing, args.orderBy, this.viewer));
    const where = compileWhere(listing, args.where, this.viewer);
    const meta = this.meta(entity);
    const rows = this.alias();
    const type = this.objectType(field);
    const selection = subSelections(nodes);
    const selected = [...this.fields(type, selection).values()].map((f) => f[0]!.name.value);
    const numbered = selected.includes('pageInfo');
    // One list (nodes or edges) and no pageInfo: the list is an array of its items read straight from
    // the page's rows, `to_json(array(select … order by …))`, beside the object's other parts. That
    // costs PostgreSQL less than aggregating the rows (json_agg over `group by ()`, its own sort): the
    // nested fetch's statement at scale 1 0.152 → 0.134 ms without its pick and count.
    const arrayed = !numbered && selected.filter((name) => name === 'nodes' || name === 'edges').length === 1;
    // The page's order (a backward page is read from its end, in reverse, and output in this order).
    const order = (keys: typeof plan.keys, prefix?: string) =>
      sql.join(
        keys.map((key, index) => {
          const name = keyColumnName(meta, key.path, index);
          return sql`${prefix ? sql.ident(prefix, name) : sql.ident(name)} ${sql.raw(key.descending ? 'desc' : 'asc')} nulls ${sql.raw(key.nullsFirst ? 'first' : 'last')}`;
        }),
      );
    const pageOrder = order(plan.keys, rows);
    const cursor = () => this.cursor(plan, meta, rows);
    const limit = sql.raw(String(plan.limit));
    // The page's rows: only the columns read (after the selection is built), the limit a literal
    // (the generic plan of the prepared statement knows it); pageRowsQuery names the sort values
    // (keyColumnName: an own column as it is, another __key<index>), and readOrder is that order as read.
    const rowsQuery = () => {
      const columns = [...new Set(['id', ...(this.used.get(rows) ?? [])])];
      return pageRowsQuery(this.em, entity, where, plan, scope, { columns, limit: 'none', ownKeys: true });
    };
    const aggregate = (item: Part): Part => {
      if (!arrayed) return aggregated(item);
      // The item's to-one joins are all this level's joins so far (no other part adds any).
      const joins = this.joins.length ? sql` ${sql.join(this.joins, ' ')}` : sql.empty;
      this.joins = [];
      return {
        sql: sql`to_json(array(select ${item.sql} from (${rowsQuery().query} limit ${limit}) ${sql.ident(rows)}${joins} order by ${pageOrder}))`,
        shape: { kind: 'list', item: item.shape },
      };
    };
    const aggregated = (item: Part): Part => ({
      sql: numbered
        ? sql`coalesce(json_agg(${item.sql} order by ${pageOrder}) filter (where ${sql.ident(rows, '__rn')} <= ${limit}), '[]'::json)`
        : sql`coalesce(json_agg(${item.sql} order by ${pageOrder}), '[]'::json)`,
      shape: { kind: 'list', item: item.shape },
    });
    const { built, joins } = this.level(() =>
      this.jsonObject(type, selection, (name, partNodes) => {
        if (name === 'nodes') return aggregate(this.object(this.listItemType(type, 'nodes'), partNodes, rows, meta));
        if (name === 'edges') return aggregate(this.edge(type, partNodes, rows, meta, cursor));
        if (name === 'pageInfo') return this.pageInfo(type, partNodes, plan, rows, cursor);
        if (name === 'totalCount') return value(sql`(${countQuery(this.em, entity, where, scope)})`);
        return undefined;
      }),
    );
    if (arrayed) {
      if (!joins.isEmpty) throw new Unsupported('a join outside the list');
      return { sql: built.sql, shape: built.shape };
    }
    const { query, readOrder } = rowsQuery();
    if (!numbered) {
      return {
        sql: sql`(select ${built.sql} from (${query} limit ${limit}) ${sql.ident(rows)}${joins} group by ())`,
        shape: built.shape,
      };
    }
    const counted = this.counted.has(rows) ? sql`, count(*) over () as __n` : sql.empty;
    const read = `${rows}_r`;
    return {
      sql: sql`(select ${built.sql} from (select ${sql.ident(read)}.*, row_number() over (order by ${order(readOrder)}) as __rn${counted} from (${query} limit ${sql.raw(String(plan.limit + 1))}) ${sql.ident(read)}) ${sql.ident(rows)}${joins} group by ())`,
      shape: built.shape,
    };
  }

  /**
   * An operation whose one root field is a list (a connection over every row, `__typename` beside it
   * allowed) selecting `nodes`, `edges` and `pageInfo` of scalars and to-one objects: one row per item
   * as plain columns (rows.ts), the page's rows read as the JSON form reads them (one more when
   * pageInfo is asked), cursors and pageInfo written in Node. Anything else throws (the JSON form).
   */
  rowsStatement(query: GraphQLObjectType, selectionSet: SelectionSetNode): RowsStatement {
    const rootKeys: string[] = [];
    let root: { key: string; nodes: FieldNode[] } | undefined;
    for (const [key, nodes] of this.fields(query, [selectionSet])) {
      if (key in Object.prototype) throw new Unsupported(`response key ${key}`);
      rootKeys.push(key);
      if (nodes[0]!.name.value === '__typename') continue;
      if (root) throw new Unsupported('more than one root field');
      root = { key, nodes };
    }
    const node = root?.nodes[0];
    const source = node && fieldSource(query.name, node.name.value);
    if (!root || source?.kind !== 'list') throw new Unsupported('not one list');
    const { field, args } = this.args(query, node!);
    const plan = planPage(args, sortKeys(source.listing, args.orderBy, this.viewer));
    const where = compileWhere(source.listing, args.where, this.viewer);
    const meta = this.meta(source.entity);
    const rows = this.alias();
    const type = this.objectType(field);
    const selected = this.fields(type, subSelections(root.nodes));
    const numbered = [...selected.values()].some((nodes) => nodes[0]!.name.value === 'pageInfo');
    const columns: Sql[] = [];
    // The sort values of each row, for its cursor (as the pg driver reads them: keyset.ts encodes).
    const keyReaders = plan.keys.map((key) => this.keyReader(meta, key.path));
    let keyColumns: number[] = []; // the columns are read only where a cursor is selected
    const cursorOf = (row: readonly Cell[]) =>
      JSON.stringify(
        encodeCursor(
          plan.keys,
          keyReaders.map((read, index) => read(row[keyColumns[index]!] ?? null)),
        ),
      );
    type PageWriter = (page: readonly (readonly Cell[])[], more: boolean) => string;
    const items =
      (write: RowWriter): PageWriter =>
      (page) => {
        let out = '';
        for (let index = 0; index < page.length; index++) out += (index ? ',' : '') + write(page[index]!);
        return `[${out}]`;
      };
    const { built: writers, joins } = this.level(() =>
      [...selected].map(([key, nodes]): [string, PageWriter] => {
        const name = nodes[0]!.name.value;
        const rowTree = (part: Part): RowWriter => {
          if (!part.tree) throw new Unsupported(`${type.name}.${name} is not plain columns`);
          return rowWriter(part.tree, columns);
        };
        if (name === '__typename') return [key, () => JSON.stringify(type.name)];
        if (name === 'nodes') {
          return [key, items(rowTree(this.object(this.listItemType(type, 'nodes'), nodes, rows, meta)))];
        }
        if (name === 'edges') {
          const edgeType = this.listItemType(type, 'edges');
          const parts: [string, RowWriter][] = [...this.fields(edgeType, subSelections(nodes))].map(
            ([edgeKey, edgeNodes]) => {
              const edgeField = edgeNodes[0]!.name.value;
              if (edgeKey in Object.prototype) throw new Unsupported(`response key ${edgeKey}`);
              if (edgeField === '__typename') return [edgeKey, () => JSON.stringify(edgeType.name)];
              if (edgeField === 'cursor') {
                this.cursors = true;
                return [edgeKey, cursorOf];
              }
              if (edgeField !== 'node') throw new Unsupported(`${edgeType.name}.${edgeField}`);
              return [edgeKey, rowTree(this.object(this.listItemType(edgeType, 'node'), edgeNodes, rows, meta))];
            },
          );
          const edge = objectWriter(parts.map(([edgeKey]) => edgeKey));
          return [key, items((row) => edge(parts.map(([, write]) => write(row))))];
        }
        if (name === 'pageInfo') return [key, this.pageInfoWriter(type, nodes, plan, cursorOf)];
        throw new Unsupported(`${type.name}.${name}`);
      }),
    );
    if (this.cursors) {
      // A key that is a column of the row is read from that column (sent once when also selected).
      keyColumns = plan.keys.map((key, index) =>
        columnIndex(
          columns,
          ownKeyColumn(meta, key.path)
            ? this.ref(rows, this.column(meta, key.path))
            : sql.ident(rows, keyColumnName(meta, key.path, index)),
        ),
      );
    }
    const keys = writers.map(([key]) => key);
    // The rows in the order read (a backward page from its end); the JSON form reads them the same way.
    const selectColumns = [...new Set(['id', ...(this.used.get(rows) ?? [])])];
    const { query: rowsQuery, readOrder } = pageRowsQuery(
      this.em,
      source.entity,
      where,
      plan,
      { kind: 'all' },
      {
        columns: selectColumns,
        limit: 'none',
        ownKeys: true,
      },
    );
    // readOrder's keys are the plan's, each in its place (keyColumnName), read the other way when backward.
    const order = sql.join(
      readOrder.map(
        (key, index) =>
          sql`${sql.ident(rows, keyColumnName(meta, key.path, index))} ${sql.raw(key.descending ? 'desc' : 'asc')} nulls ${sql.raw(key.nullsFirst ? 'first' : 'last')}`,
      ),
    );
    const limit = sql.raw(String(numbered ? plan.limit + 1 : plan.limit));
    const statement = sql`select ${sql.join(columns)} from (${rowsQuery} limit ${limit}) ${sql.ident(rows)}${joins} order by ${order}`;
    const rootKey = root.key;
    // Each object's key texts written once here, not per request.
    const connectionText = objectWriter(keys);
    const rootText = objectWriter(rootKeys);
    const typename = JSON.stringify(query.name);
    return {
      ...statement.render(),
      rows: (read) => {
        const more = read.length > plan.limit;
        const page = more ? read.slice(0, plan.limit) : read.slice();
        if (plan.backward) page.reverse();
        const connection = connectionText(writers.map(([, write]) => write(page, more)));
        return rootText(rootKeys.map((key) => (key === rootKey ? connection : typename)));
      },
    };
  }

  /** pageInfo from the page read (rowsStatement), as pageInfo() computes it in SQL. */
  private pageInfoWriter(
    connection: GraphQLObjectType,
    nodes: readonly FieldNode[],
    plan: PagePlan,
    cursorOf: (row: readonly Cell[]) => string,
  ): (page: readonly (readonly Cell[])[], more: boolean) => string {
    const type = this.listItemType(connection, 'pageInfo');
    const values: Record<string, (page: readonly (readonly Cell[])[], more: boolean) => string> = {
      __typename: () => JSON.stringify(type.name),
      hasNextPage: (_, more) => String(plan.backward ? plan.before !== undefined : more),
      hasPreviousPage: (_, more) => String(plan.backward ? more : plan.after !== undefined),
      startCursor: (page) => (page.length ? cursorOf(page[0]!) : 'null'),
      endCursor: (page) => (page.length ? cursorOf(page[page.length - 1]!) : 'null'),
    };
    const fields = [...this.fields(type, subSelections(nodes))].map(([key, fieldNodes]) => {
      const name = fieldNodes[0]!.name.value;
      if (key in Object.prototype || !Object.hasOwn(values, name)) throw new Unsupported(`PageInfo.${name}`);
      if (name.endsWith('Cursor')) this.cursors = true;
      return [key, values[name]!] as const;
    });
    const pageInfo = objectWriter(fields.map(([key]) => key));
    return (page, more) => pageInfo(fields.map(([, write]) => write(page, more)));
  }

  /** Whether a sort path is a scalar column of the entity itself (its value is that column's). */
  /** A sort value's text as the pg driver reads it (the cursor's JSON): text, or a number for int keys. */
  private keyReader(meta: EntityMetadata, path: string): (cell: Cell) => unknown {
    if (this.keyIsText(meta, path)) return (cell) => cell;
    const [own, nested] = path.split('.') as [string, string | undefined];
    let property = (meta.properties as Record<string, EntityProperty>)[own];
    if (property && nested)
      property = (this.metadata.get(property.type).properties as Record<string, EntityProperty>)[nested];
    const type = (property?.columnTypes?.[0] ?? '').toLowerCase().replace(/\(.*?\)/g, '');
    if (property?.enum || TEXT_COLUMN.test(type)) return (cell) => cell;
    if (INT_COLUMN.test(type)) return (cell) => (cell === null ? null : Number(cell));
    throw new Unsupported(`a cursor over ${type}`);
  }

  private listItemType(type: GraphQLObjectType, fieldName: string): GraphQLObjectType {
    const field = type.getFields()[fieldName];
    const item = field ? getNamedType(field.type) : undefined;
    if (!item || !isObjectType(item)) throw new Unsupported(`${type.name}.${fieldName}`);
    return item;
  }

  private edge(
    connection: GraphQLObjectType,
    nodes: readonly FieldNode[],
    rows: string,
    meta: EntityMetadata,
    cursor: () => Sql,
  ): Part {
    const edgeType = this.listItemType(connection, 'edges');
    return this.jsonObject(edgeType, subSelections(nodes), (name, partNodes) => {
      if (name === 'cursor') return value(cursor());
      if (name === 'node') return this.object(this.listItemType(edgeType, 'node'), partNodes, rows, meta);
      return undefined;
    });
  }

  private pageInfo(
    connection: GraphQLObjectType,
    nodes: readonly FieldNode[],
    plan: PagePlan,
    rows: string,
    cursor: () => Sql,
  ): Part {
    const type = this.listItemType(connection, 'pageInfo');
    const limit = sql.raw(String(plan.limit));
    const rn = sql.ident(rows, '__rn');
    const more = sql`coalesce(bool_or(${rn} > ${limit}), false)`;
    const last = () => {
      this.counted.add(rows);
      return sql`${rn} = least(${sql.ident(rows, '__n')}, ${limit})`;
    };
    const first = () => sql`${rn} = 1`;
    const values: Record<string, () => Sql> = {
      hasNextPage: () => (plan.backward ? sql.raw(String(plan.before !== undefined)) : more),
      hasPreviousPage: () => (plan.backward ? more : sql.raw(String(plan.after !== undefined))),
      startCursor: () => sql`min(${cursor()}) filter (where ${plan.backward ? last() : first()})`,
      endCursor: () => sql`min(${cursor()}) filter (where ${plan.backward ? first() : last()})`,
    };
    return this.jsonObject(type, subSelections(nodes), (name) =>
      Object.hasOwn(values, name) ? value(values[name]!()) : undefined,
    );
  }

  /**
   * The row's cursor as keyset.ts encodes it: base64url of `{"s":<signature>,"v":[<sort values>]}`,
   * each value as the pg driver reads it (text for uuid, bigint, numeric, dates and timestamps).
   */
  private cursor(plan: PagePlan, meta: EntityMetadata, rows: string): Sql {
    const values = plan.keys.map((key, index) => {
      const textual = this.keyIsText(meta, key.path);
      return sql`coalesce(to_json(${sql.ident(rows, keyColumnName(meta, key.path, index))}${sql.raw(textual ? '::text' : '')})::text, 'null')`;
    });
    // The signature is the sort keys' paths (the schema's words): a constant of the statement's text.
    const head = sql.literal(`{"s":${JSON.stringify(cursorSignature(plan.keys))},"v":[`);
    const json = sql`${head} || ${sql.join(values, ` || ',' || `)} || ']}'`;
    return sql`translate(encode(convert_to(${json}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
  }

  private keyIsText(meta: EntityMetadata, path: string): boolean {
    const [own, nested] = path.split('.') as [string, string | undefined];
    let property = (meta.properties as Record<string, EntityProperty>)[own];
    if (property && nested)
      property = (this.metadata.get(property.type).properties as Record<string, EntityProperty>)[nested];
    if (!property) throw new Unsupported(path);
    const type = (property.columnTypes?.[0] ?? '').toLowerCase();
    return /^(uuid|bigint|int8|numeric|decimal|date|timestamp)/.test(type);
  }
}
