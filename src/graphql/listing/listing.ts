import { ArgsType, Field, InputType, registerEnumType, type ClassType } from 'type-graphql';
import { connectionOf, PageArgs } from '../connection';
import { fieldUse } from '../auth/rules';
import type { Viewer } from '../auth/viewer';
import { isId } from '../ids';
import { badInput } from '../errors';
import { escapeLike } from '../sql/like';
import { Provenance } from '../../db/provenance';
import {
  BooleanFilter,
  DateFilter,
  DateTimeFilter,
  IdFilter,
  IntFilter,
  MAX_IN_LIST,
  NullsOrder,
  OrderDirection,
  StringFilter,
} from './operators';

/** How a scalar field is filtered: one of the shared operator inputs, or an enum filter. */
export type FieldKind = 'id' | 'string' | 'int' | 'date' | 'datetime' | 'boolean' | { enum: object; name: string };

export interface ListingSpec {
  /** The GraphQL type name: `School` gives `SchoolWhere`, `SchoolOrderBy`, `SchoolOrderField`. */
  name: string;
  /** Plural noun for the docs, e.g. "schools". */
  plural: string;
  /** Filterable scalar properties of the entity and how to filter them. */
  fields: Record<string, FieldKind>;
  /** To-one relations (entity property → target type name) that `where` can follow. */
  toOne?: Record<string, string>;
  /**
   * To-many relations (`where` field → the child type and its foreign key to this type): `some`/`every`/
   * `none`. Declared by the child's many-to-one property, not by an inverse ORM collection, so the
   * parent's entity needs no import of the child's (src/shared/cross-links.ts).
   */
  toMany?: Record<string, ToMany>;
  /** Sort keys: enum value → property path (`nameZh`, or `county.nameZh` through a to-one relation). */
  orderFields: Record<string, string>;
  /** The default order when the client gives none (the id tie-breaker always follows). */
  defaultOrder?: OrderInput[];
}

/** The records of type `type` whose many-to-one property `foreignKey` points at the parent. */
export interface ToMany {
  type: string;
  foreignKey: string;
}

export interface OrderInput {
  field: string;
  direction?: OrderDirection;
  nulls?: NullsOrder;
}

/** One resolved sort key: a property path, its direction and where nulls go. */
export interface SortKey {
  path: string;
  descending: boolean;
  nullsFirst: boolean;
  /** Whether the value can be null (false lets the keyset condition skip its null branches). */
  nullable?: boolean;
}

/** Sort keys one `orderBy` may give. */
export const MAX_ORDER_KEYS = 5;

/** The arguments of every list field: paging, `where` and `orderBy`. */
export interface ListArgs extends PageArgs {
  where?: object | null;
  orderBy?: OrderInput[] | null;
}

export interface Listing {
  spec: ListingSpec;
  /** The argument type of this type's list fields (root and nested alike). */
  Args: ClassType<ListArgs>;
  Where: ClassType;
  ListFilter: ClassType;
  OrderBy: ClassType;
  OrderField: object;
}

const registry = new Map<string, Listing>();

function listingNamed(name: string): Listing {
  const listing = registry.get(name);
  if (!listing) throw new Error(`no listing is defined for ${name}`);
  return listing;
}

const enumFilters = new Map<object, ClassType>();

/** `<Enum>Filter { eq in notIn isNull }`, one per enum, shared by every where that uses it. */
function enumFilter(enumType: object, enumName: string): ClassType {
  let filter = enumFilters.get(enumType);
  if (filter) return filter;
  @InputType(`${enumName}Filter`, { description: `Conditions on a ${enumName} field.` })
  class EnumFilter {}
  const proto = EnumFilter.prototype;
  Field(() => enumType, { nullable: true, description: 'Equal to.' })(proto, 'eq');
  Field(() => enumType, { nullable: true, description: 'Not equal to.' })(proto, 'ne');
  Field(() => [enumType], { nullable: true, description: 'One of these values.' })(proto, 'in');
  Field(() => [enumType], { nullable: true, description: 'None of these values.' })(proto, 'notIn');
  Field(() => Boolean, { nullable: true, description: 'true: the field is null; false: it is not.' })(proto, 'isNull');
  filter = EnumFilter;
  enumFilters.set(enumType, filter);
  return filter;
}

function operatorInput(kind: FieldKind): ClassType {
  if (typeof kind === 'object') return enumFilter(kind.enum, kind.name);
  const inputs = {
    id: IdFilter,
    string: StringFilter,
    int: IntFilter,
    date: DateFilter,
    datetime: DateTimeFilter,
    boolean: BooleanFilter,
  };
  return inputs[kind];
}

const LABELS: Record<string, string> = {
  id: 'the id',
  nameZh: 'the Chinese name',
  nameEn: 'the English (or pinyin) name',
  createdAt: 'when the record was created',
  updatedAt: 'when the record last changed',
};

/** Words for a property path in the docs: `county.nameZh` reads "county → the Chinese name". */
function humanize(path: string): string {
  return path
    .split('.')
    .map((property) => LABELS[property] ?? property.replace(/([A-Z])/g, ' $1').toLowerCase())
    .join(' → ');
}

/** The order a list takes without `orderBy`, in words for descriptions ("by code", "by start date"). */
export function defaultOrderInWords(listing: Listing): string {
  const keys = (listing.spec.defaultOrder ?? []).map((order) => {
    const words = humanize(listing.spec.orderFields[order.field] ?? order.field);
    return order.direction === OrderDirection.DESC ? `${words} (latest first)` : words;
  });
  // Ids are UUIDv7, made in the order records are created: the tie-break is creation order.
  return keys.length ? `by ${keys.join(', then ')}, then in creation order` : 'in creation order';
}

/**
 * Declares the `where` and `orderBy` inputs of one entity type from its spec. Relations are named by
 * type, and resolved lazily, so specs in different subgraphs can point at each other freely.
 */
export function defineListing(spec: ListingSpec): Listing {
  if (registry.has(spec.name)) throw new Error(`listing ${spec.name} is defined twice`);

  @InputType(`${spec.name}Where`, {
    description: `Conditions on ${spec.plural}; all given conditions must hold. Combine with AND, OR and NOT.`,
  })
  class Where {}
  const where = Where.prototype;
  for (const [property, kind] of Object.entries(spec.fields)) {
    // Made now, not inside the thunk: type-graphql collects input types before it calls thunks.
    const input = operatorInput(kind);
    Field(() => input, { nullable: true, description: `Conditions on ${humanize(property)}.` })(where, property);
  }
  for (const [property, target] of Object.entries(spec.toOne ?? {})) {
    Field(() => listingNamed(target).Where, {
      nullable: true,
      description: `Conditions on the ${humanize(property)} (a ${target}).`,
    })(where, property);
  }
  for (const [property, { type: target }] of Object.entries(spec.toMany ?? {})) {
    Field(() => listingNamed(target).ListFilter, {
      nullable: true,
      description: `Conditions on the ${humanize(property)} (${target} records): some, every or none of them.`,
    })(where, property);
  }
  Field(() => [Where], { nullable: true, description: 'Every one of these must hold.' })(where, 'AND');
  Field(() => [Where], { nullable: true, description: 'At least one of these must hold.' })(where, 'OR');
  Field(() => Where, { nullable: true, description: 'This must not hold.' })(where, 'NOT');

  @InputType(`${spec.name}ListFilter`, { description: `Conditions on a list of ${spec.plural}.` })
  class ListFilter {}
  const list = ListFilter.prototype;
  Field(() => Where, { nullable: true, description: `At least one of the ${spec.plural} matches.` })(list, 'some');
  Field(() => Where, {
    nullable: true,
    description: `Every one of the ${spec.plural} matches (true when there are none).`,
  })(list, 'every');
  Field(() => Where, { nullable: true, description: `None of the ${spec.plural} matches.` })(list, 'none');

  const OrderField = Object.fromEntries(Object.keys(spec.orderFields).map((value) => [value, value]));
  registerEnumType(OrderField, {
    name: `${spec.name}OrderField`,
    description: `What ${spec.plural} can be sorted by.`,
    valuesConfig: Object.fromEntries(
      Object.entries(spec.orderFields).map(([value, path]) => [
        value,
        { description: `By ${humanize(path).replace('.', ' → ')}.` },
      ]),
    ),
  });

  @InputType(`${spec.name}OrderBy`, { description: `One sort key for ${spec.plural}.` })
  class OrderBy {}
  const order = OrderBy.prototype;
  Field(() => OrderField, { description: 'What to sort by.' })(order, 'field');
  Field(() => OrderDirection, {
    nullable: true,
    defaultValue: OrderDirection.ASC,
    description: 'Sort direction (ASC by default).',
  })(order, 'direction');
  Field(() => NullsOrder, {
    nullable: true,
    description: 'Where rows without a value go (LAST for ASC, FIRST for DESC by default).',
  })(order, 'nulls');

  @ArgsType()
  class Args extends PageArgs {}
  Field(() => Where, { nullable: true, description: `Only ${spec.plural} matching these conditions.` })(
    Args.prototype,
    'where',
  );
  Field(() => [OrderBy], {
    nullable: true,
    description: `Sort keys, most significant first (at most ${MAX_ORDER_KEYS}, each field once); ties are broken by id so paging is stable.`,
  })(Args.prototype, 'orderBy');

  const listing: Listing = { spec, Args, Where, ListFilter, OrderBy, OrderField };
  registry.set(spec.name, listing);
  return listing;
}

type Operators = Record<string, unknown>;

/** A comparison of one column with a value (or with null: `is null`, `is not null`). */
export type Comparison = 'eq' | 'ne' | 'in' | 'notIn' | 'gt' | 'gte' | 'lt' | 'lte' | 'ilike';

/**
 * A `where` input checked and resolved against the listings and the viewer's rights: what the SQL
 * kit renders (where-sql.ts), by entity property names, before any table or alias is known.
 */
export type Filter =
  | { kind: 'and' | 'or'; items: Filter[] }
  | { kind: 'not'; item: Filter }
  /**
   * Conditions on one property, all of which must hold (in the order given). `constant`: the values
   * are an enum's own values (or booleans), written into the text (where-sql.ts).
   */
  | { kind: 'property'; property: string; conditions: [Comparison, unknown][]; constant?: boolean }
  /** Conditions on the record a to-one relation points at. */
  | { kind: 'toOne'; property: string; filter: Filter }
  /** Some, every or none of the records of `type` whose `foreignKey` points at the row match. */
  | { kind: 'toMany'; type: string; foreignKey: string; quantifier: 'some' | 'every' | 'none'; filter: Filter };

/** No condition: every row. */
export const EVERY_ROW: Filter = { kind: 'and', items: [] };

/** `property = value` for each entry, or `property in (…)` for a list (a rule's row filter, a loader's fixed condition). */
export function equalities(values: Readonly<Record<string, unknown>>): Filter {
  const items: Filter[] = Object.entries(values).map(([property, value]) => ({
    kind: 'property',
    property,
    conditions: [Array.isArray(value) ? ['in', value] : ['eq', value]],
  }));
  return items.length === 1 ? items[0]! : { kind: 'and', items };
}

/** Every condition of `filters` (nothing for none). */
export function allOf(...filters: Filter[]): Filter {
  const items = filters.filter((filter) => !(filter.kind === 'and' && filter.items.length === 0));
  return items.length === 1 ? items[0]! : { kind: 'and', items };
}

function compileOperators(argumentPath: string, operators: Operators, kind: FieldKind): [Comparison, unknown][] {
  // By operator, the last given winning where two set the same one (isNull with eq or ne).
  const condition = new Map<Comparison, unknown>();
  for (const [operator, value] of Object.entries(operators)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length > MAX_IN_LIST) {
      throw badInput(`${argumentPath}.${operator}`, `at most ${MAX_IN_LIST} values, got ${value.length}`);
    }
    const ids = kind === 'id' && operator !== 'isNull' ? (Array.isArray(value) ? value : [value]) : [];
    if (!ids.every(isId)) throw badInput(`${argumentPath}.${operator}`, 'is not an id');
    switch (operator) {
      case 'eq':
      case 'ne':
      case 'in':
      case 'notIn':
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        condition.set(operator, value);
        break;
      case 'contains':
        condition.set('ilike', `%${escapeLike(String(value))}%`);
        break;
      case 'startsWith':
        condition.set('ilike', `${escapeLike(String(value))}%`);
        break;
      case 'isNull':
        // Combined with another operator on the same field, isNull: false is implied by it.
        if (value) condition.set('eq', null);
        else condition.set('ne', null);
        break;
      default:
        throw badInput(`${argumentPath}.${operator}`, 'is not an operator');
    }
  }
  return [...condition];
}

/**
 * Whether the values compared are few and fixed by the schema: one value of an enum (checked to be
 * one of its values) or a boolean. Those are written into the statement's text, so that the generic
 * plan of its prepared statement knows them (their frequency in the column's statistics: a value
 * matching most rows makes an index in the page's order the better plan) at the cost of at most one
 * statement per value.
 */
function isConstant(kind: FieldKind, conditions: [Comparison, unknown][]): boolean {
  const allowed = (value: unknown) =>
    typeof kind === 'object'
      ? Object.values(kind.enum).includes(value)
      : kind === 'boolean' && typeof value === 'boolean';
  return conditions.every(
    ([operator, value]) => value === null || (operator !== 'in' && operator !== 'notIn' && allowed(value)),
  );
}

/**
 * Bounds on the shape of a `where`: each relation followed is a join or a subquery, and their cost
 * multiplies (four nested to-many hops took PostgreSQL seconds), while deep AND/OR/NOT nesting would
 * exhaust the stack of the filter compilers. Checked before any SQL.
 */
export const WHERE_LIMITS = { depth: 8, relations: 3, conditions: 100 } as const;

interface WhereWalk {
  depth: number;
  relations: number;
  /** Conditions compiled so far in the whole `where` (shared by every branch). */
  counted: { conditions: number };
}

/**
 * Checks a `where` input (limits, operators, ids, the viewer's rights on guarded fields) and resolves
 * it into a Filter: bad input fails here with its argument path, before any SQL.
 */
export function compileWhere(
  listing: Listing,
  where: object | null | undefined,
  viewer: Viewer,
  argumentPath = 'where',
  walk: WhereWalk = { depth: 0, relations: 0, counted: { conditions: 0 } },
): Filter {
  if (!where) return EVERY_ROW;
  if (walk.depth > WHERE_LIMITS.depth) {
    throw badInput(argumentPath, `nests AND/OR/NOT and relations more than ${WHERE_LIMITS.depth} deep`);
  }
  const { spec } = listing;
  const deeper = (relation: boolean): WhereWalk => {
    const relations = walk.relations + (relation ? 1 : 0);
    if (relations > WHERE_LIMITS.relations) {
      throw badInput(argumentPath, `follows more than ${WHERE_LIMITS.relations} relations in one filter`);
    }
    return { depth: walk.depth + 1, relations, counted: walk.counted };
  };
  const parts: Filter[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined || value === null) continue;
    const path = `${argumentPath}.${key}`;
    if (++walk.counted.conditions > WHERE_LIMITS.conditions) {
      throw badInput(path, `the filter has more than ${WHERE_LIMITS.conditions} conditions`);
    }
    if (key === 'AND' || key === 'OR') {
      const items = (value as object[]).map((item, index) =>
        compileWhere(listing, item, viewer, `${path}[${index}]`, deeper(false)),
      );
      parts.push({ kind: key === 'AND' ? 'and' : 'or', items });
    } else if (key === 'NOT') {
      parts.push({ kind: 'not', item: compileWhere(listing, value as object, viewer, path, deeper(false)) });
    } else if (key in spec.fields) {
      // A guarded field (auth/rules.ts) is refused, or matched only where the caller may read it.
      const visibleOnly = fieldUse(viewer, spec.name, key, path, 'filter');
      const kind = spec.fields[key]!;
      const conditions = compileOperators(path, value as Operators, kind);
      parts.push({ kind: 'property', property: key, conditions, constant: isConstant(kind, conditions) });
      if (visibleOnly) parts.push(equalities(visibleOnly));
    } else if (spec.toOne && key in spec.toOne) {
      const filter = compileWhere(listingNamed(spec.toOne[key]!), value as object, viewer, path, deeper(true));
      parts.push({ kind: 'toOne', property: key, filter });
    } else if (spec.toMany && key in spec.toMany) {
      const { type, foreignKey } = spec.toMany[key]!;
      const target = listingNamed(type);
      for (const [quantifier, sub] of Object.entries(value as Record<string, object | null>)) {
        if (!sub) continue;
        const filter = compileWhere(target, sub, viewer, `${path}.${quantifier}`, deeper(true));
        const some = quantifier as 'some' | 'every' | 'none';
        parts.push({ kind: 'toMany', type, foreignKey, quantifier: some, filter });
      }
    } else {
      throw badInput(path, 'is not a filterable field');
    }
  }
  return parts.length === 1 ? parts[0]! : { kind: 'and', items: parts };
}

/** The sort keys for an `orderBy` input (or the spec's default), each with explicit nulls placement. */
export function sortKeys(listing: Listing, orderBy: OrderInput[] | null | undefined, viewer: Viewer): SortKey[] {
  // Each key adds a column to every row's cursor and a term to the keyset condition (which grows with
  // the square of the keys): a handful is all an order needs, and a key twice orders nothing more.
  if (orderBy && orderBy.length > MAX_ORDER_KEYS) {
    throw badInput('orderBy', `at most ${MAX_ORDER_KEYS} sort keys, got ${orderBy.length}`);
  }
  const seen = new Set<string>();
  for (const [index, order] of (orderBy ?? []).entries()) {
    if (seen.has(order.field)) throw badInput(`orderBy[${index}].field`, `${order.field} is already a sort key`);
    seen.add(order.field);
  }
  const given = orderBy?.length ? orderBy : (listing.spec.defaultOrder ?? []);
  return given.map((order, index) => {
    const descending = order.direction === OrderDirection.DESC;
    const path = listing.spec.orderFields[order.field];
    if (!path) throw badInput('orderBy.field', `${order.field} is not a sort key of ${listing.spec.name}`);
    // Sorting by a guarded field would order rows by values the caller may not read.
    const { typeName, property } = ownerOf(listing, path);
    fieldUse(viewer, typeName, property, `orderBy[${index}].field`, 'sort');
    return { path, descending, nullsFirst: order.nulls ? order.nulls === NullsOrder.FIRST : descending };
  });
}

/** The type and property a sort path ends at: `person.nameEn` of appointments is `Person.nameEn`. */
function ownerOf(listing: Listing, path: string): { typeName: string; property: string } {
  const steps = path.split('.');
  let current = listing;
  for (const step of steps.slice(0, -1)) current = listingNamed(current.spec.toOne?.[step] ?? '');
  return { typeName: current.spec.name, property: steps[steps.length - 1]! };
}

/** Columns every record has (see BaseEntity), filterable on every type. */
export const RECORD_FIELDS: Record<string, FieldKind> = {
  id: 'id',
  provenance: { enum: Provenance, name: 'Provenance' },
  createdAt: 'datetime',
  updatedAt: 'datetime',
};

/** The `<Type>Connection` of an entity type (root and nested lists share it). */
export function connectionFor(entity: ClassType): ClassType {
  return connectionOf(entity, entity.name, listingNamed(entity.name).spec.plural);
}
