import { ReferenceKind, type EntityMetadata, type EntityProperty, type MetadataStorage } from '@mikro-orm/core';
import { sql, type Sql } from '../../db/sql';
import type { Comparison, Filter } from './listing';

/**
 * The tables of one SELECT: the entity read (alias `e`, or another) and the to-one relations its
 * filter and sort keys follow, each joined once per path (`left join` where the relation may be
 * null, `join` where it may not), with aliases unique within the statement.
 */
export class FromClause {
  private readonly joins: Sql[] = [];
  private readonly byPath = new Map<string, Table>();
  readonly root: Table;

  constructor(
    readonly metadata: MetadataStorage,
    meta: EntityMetadata,
    private readonly aliases: AliasCounter = new AliasCounter(),
    alias = 'e',
  ) {
    this.root = new Table(this, meta, alias, '');
  }

  /** `"schema"."table" alias` and its joins. */
  get sql(): Sql {
    return sql.join([sql`${tableName(this.root.meta)} ${sql.ident(this.root.alias)}`, ...this.joins], ' ');
  }

  /** A nested SELECT's tables, with aliases that differ from this statement's. */
  nested(meta: EntityMetadata): FromClause {
    return new FromClause(this.metadata, meta, this.aliases, this.aliases.next());
  }

  /** @internal The target of `relation` of `from`, joined once per path. */
  join(from: Table, relation: EntityProperty, kind: 'left' | 'auto'): Table {
    const path = `${from.path}.${relation.name}`;
    let table = this.byPath.get(path);
    if (!table) {
      const meta = this.metadata.get(relation.type);
      table = new Table(this, meta, this.aliases.next(), path);
      const inner = kind === 'auto' && !relation.nullable;
      this.joins.push(
        sql`${sql.raw(inner ? 'join' : 'left join')} ${tableName(meta)} ${sql.ident(table.alias)} on ${from.column(relation.name)} = ${table.column('id')}`,
      );
      this.byPath.set(path, table);
    }
    return table;
  }
}

/** Aliases `t1`, `t2`… of one statement (its nested SELECTs included). */
export class AliasCounter {
  private count = 0;
  next(): string {
    this.count += 1;
    return `t${this.count}`;
  }
}

export function tableName(meta: EntityMetadata): Sql {
  return sql.ident(meta.schema!, meta.tableName);
}

/** One table of a SELECT: its columns by entity property, and the relations it can follow. */
export class Table {
  constructor(
    private readonly from: FromClause,
    readonly meta: EntityMetadata,
    readonly alias: string,
    readonly path: string,
  ) {}

  property(name: string): EntityProperty {
    const property = (this.meta.properties as Record<string, EntityProperty | undefined>)[name];
    if (!property) throw new Error(`${this.meta.className}.${name} is not a property`);
    return property;
  }

  /** The column of a property (a to-one relation's is its foreign key), qualified by the alias. */
  column(name: string): Sql {
    const column = this.property(name).fieldNames?.[0];
    if (!column) throw new Error(`${this.meta.className}.${name} is not a column`);
    return sql`${sql.ident(this.alias)}.${sql.ident(column)}`;
  }

  /** The record a to-one relation points at, joined (`left`: always a left join, as sort keys are). */
  to(relation: string, kind: 'left' | 'auto' = 'auto'): Table {
    return this.from.join(this, this.property(relation), kind);
  }

  /** The column a sort or filter path (`nameZh`, `county.nameZh`) reads, joining what it goes through. */
  pathColumn(path: string, kind: 'left' | 'auto' = 'auto'): Sql {
    const steps = path.split('.');
    const table = steps.slice(0, -1).reduce<Table>((from, step) => from.to(step, kind), this);
    return table.column(steps[steps.length - 1]!);
  }

  /** The SELECT of a nested query over `meta` (aliases distinct from this statement's). */
  nested(meta: EntityMetadata): FromClause {
    return this.from.nested(meta);
  }

  get metadata(): MetadataStorage {
    return this.from.metadata;
  }
}

const OPERATORS: Record<Exclude<Comparison, 'in' | 'notIn'>, string> = {
  eq: '=',
  ne: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  ilike: 'ilike',
};

/**
 * `column <op> value`; null compares as `is null` / `is not null`; lists as one array parameter.
 * `constant`: the value is one the schema fixes (an enum's, a boolean; see listing.ts), written as a
 * literal.
 */
export function comparison(column: Sql, operator: Comparison, value: unknown, constant = false): Sql {
  if (value === null) {
    if (operator === 'eq') return sql`${column} is null`;
    if (operator === 'ne') return sql`${column} is not null`;
  }
  if (operator === 'in') return sql`${column} = any(${value})`;
  if (operator === 'notIn') return sql`${column} <> all(${value})`;
  const right = !constant
    ? sql`${value}`
    : typeof value === 'boolean'
      ? sql.raw(String(value))
      : sql.literal(String(value));
  return sql`${column} ${sql.raw(OPERATORS[operator])} ${right}`;
}

/**
 * A Filter (listing.ts) as a condition on the rows of `table` (empty: no condition). Conditions
 * through a to-one relation join it (once per path; on the target's id alone, its foreign key
 * instead); a to-many relation is a subquery of the parent ids: `some` the parents of a matching child,
 * `none` not those, `every` not the parents of a child that does not match. A condition that says
 * nothing (an empty object, `OR: []`, `NOT: {}`) is left out wherever it stands, in an OR too.
 *
 * A to-one relation's equality on a unique column of its target (`province: { code: { eq: $1 } }`)
 * is `e.province_id = (select id … where code = $1)` instead of a join: PostgreSQL evaluates the
 * subquery once and seeks the foreign key's index, so a page sorted by an index that starts with the
 * foreign key (school's (province_id, name_zh, id)) is read in order with no sort. Only where no NOT
 * is above it (`positive`): where no target matches, the subquery is null and so is the comparison,
 * where the join's was false; a WHERE (and AND/OR) takes both as "no row", NOT does not.
 */
export function whereSql(filter: Filter, table: Table, positive = true): Sql {
  const pruned = prune(filter);
  return pruned ? render(pruned, table, positive) : sql.empty;
}

function render(filter: Filter, table: Table, positive: boolean): Sql {
  switch (filter.kind) {
    case 'and':
      return sql.and(filter.items.map((item) => render(item, table, positive)));
    case 'or':
      return sql.or(filter.items.map((item) => render(item, table, positive)));
    case 'not':
      return sql`not (${render(filter.item, table, false)})`;
    case 'property': {
      const column = table.column(filter.property);
      return sql.and(
        filter.conditions.map(([operator, value]) => comparison(column, operator, value, filter.constant)),
      );
    }
    case 'toOne': {
      const inner = filter.filter;
      if (inner.kind === 'property' && inner.property === 'id')
        return render({ ...inner, property: filter.property }, table, positive);
      const lookup = positive ? uniqueLookup(table, filter.property, inner) : null;
      if (lookup) return lookup;
      return render(inner, table.to(filter.property), positive);
    }
    case 'toMany': {
      // By the child's foreign key (its many-to-one property), named with the type: the parent's
      // entity has no inverse collection, so subgraphs need not import each other's classes.
      const from = table.nested(table.metadata.get(filter.type));
      const relation = from.root.property(filter.foreignKey);
      if (relation.kind !== ReferenceKind.MANY_TO_ONE || relation.type !== table.meta.className) {
        throw new Error(`${filter.type}.${filter.foreignKey} is not a foreign key to ${table.meta.className}`);
      }
      const parent = from.root.column(filter.foreignKey);
      // The child's condition is its subquery's WHERE, under a NOT for `every`.
      const matches = whereSql(filter.filter, from.root, filter.quantifier !== 'every');
      const condition = filter.quantifier === 'every' && !matches.isEmpty ? sql`not (${matches})` : matches;
      const ids = sql`select ${parent} from ${from.sql} where ${all([sql`${parent} is not null`, condition])}`;
      const id = table.column('id');
      return filter.quantifier === 'some' ? sql`${id} in (${ids})` : sql`${id} not in (${ids})`;
    }
  }
}

/**
 * `fk = (select id from target where column = $1)` where `filter` is one non-null equality on a column
 * the target's metadata declares unique (so the subquery gives at most one row); null otherwise.
 */
function uniqueLookup(table: Table, relationName: string, filter: Filter): Sql | null {
  if (filter.kind !== 'property' || filter.conditions.length !== 1) return null;
  const [operator, value] = filter.conditions[0]!;
  if (operator !== 'eq' || value === null || value === undefined) return null;
  const relation = table.property(relationName);
  const owner =
    relation.kind === ReferenceKind.MANY_TO_ONE || (relation.kind === ReferenceKind.ONE_TO_ONE && relation.owner);
  if (!owner || relation.fieldNames?.length !== 1) return null;
  const meta = table.metadata.get(relation.type);
  const property = (meta.properties as Record<string, EntityProperty | undefined>)[filter.property];
  if (!property || !isUnique(meta, property)) return null;
  const from = table.nested(meta); // its alias only now: a statement's text changes only where this applies
  const target = from.root;
  const match = comparison(target.column(filter.property), operator, value, filter.constant);
  return sql`${table.column(relationName)} = (select ${target.column('id')} from ${from.sql} where ${match})`;
}

/** Whether `property` is one column whose values the entity declares unique (alone, on the whole table). */
function isUnique(meta: EntityMetadata, property: EntityProperty): boolean {
  if (property.fieldNames?.length !== 1) return false;
  if (property.primary || property.unique === true || typeof property.unique === 'string') return true;
  return meta.uniques.some((unique) => {
    if (unique.expression) return false;
    const properties = Array.isArray(unique.properties) ? unique.properties : [unique.properties];
    return properties.length === 1 && properties[0] === property.name;
  });
}

/** The filter without its conditions that say nothing; null when nothing is left. */
function prune(filter: Filter): Filter | null {
  switch (filter.kind) {
    case 'and':
    case 'or': {
      const items = filter.items.map(prune).filter((item): item is Filter => item !== null);
      return items.length ? { kind: filter.kind, items } : null;
    }
    case 'not': {
      const item = prune(filter.item);
      return item ? { kind: 'not', item } : null;
    }
    case 'property':
      return filter.conditions.length ? filter : null;
    case 'toOne': {
      const inner = prune(filter.filter);
      return inner ? { ...filter, filter: inner } : null;
    }
    case 'toMany':
      return filter;
  }
}

/** The conditions that are not empty, and-ed; empty when none is left. */
export function all(parts: readonly Sql[]): Sql {
  const given = parts.filter((part) => !part.isEmpty);
  return given.length ? sql.and(given) : sql.empty;
}
