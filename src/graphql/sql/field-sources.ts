import type { EntityClass } from '@mikro-orm/core';
import type { Context } from '../context';
import type { ListArgs, Listing } from '../listing/listing';

/**
 * Where a GraphQL field's value comes from, declared once: the resolver loads it through the
 * per-request DataLoaders, and the operation compiler (compile.ts) reads the same declaration to put
 * the field into one SQL statement. Fields of plain columns and to-one relations need no declaration
 * (they follow from the ORM metadata); only these do.
 */
export type FieldSource =
  /** A root field finding one record by exactly one of its unique keys. */
  | { kind: 'lookup'; entity: EntityClass<object>; keys: string[] }
  /** A root list: a page of every record (where, orderBy, keyset paging). */
  | { kind: 'list'; entity: EntityClass<object>; listing: Listing }
  /** A page of the records whose `foreignKey` points at the parent. */
  | { kind: 'page'; entity: EntityClass<object>; foreignKey: string; listing: Listing }
  /** How many records point at the parent through `foreignKey`. */
  | { kind: 'count'; entity: EntityClass<object>; foreignKey: string }
  /**
   * One record of those pointing at the parent that match `where`: the first (by id) whose
   * `preferNull` property is null, else the first.
   */
  | {
      kind: 'pick';
      entity: EntityClass<object>;
      foreignKey: string;
      where: Record<string, string>;
      preferNull: string;
    };

const sources = new Map<string, FieldSource>();

function declare(typeName: string, fieldName: string, source: FieldSource): void {
  sources.set(`${typeName}.${fieldName}`, source);
}

/** Every declaration, as `Type.field`: the compiler checks each names a field of the schema. */
export function declaredFields(): string[] {
  return [...sources.keys()];
}

/** The declared source of `Type.field`, if any. */
export function fieldSource(typeName: string, fieldName: string): FieldSource | undefined {
  return sources.get(`${typeName}.${fieldName}`);
}

export function declareRootSources(
  one: string,
  many: string,
  entity: EntityClass<object>,
  keys: string[],
  listing: Listing,
): void {
  declare('Query', one, { kind: 'lookup', entity, keys });
  declare('Query', many, { kind: 'list', entity, listing });
}

/** `Type.field` is a page of `entity` rows whose `foreignKey` is the parent; returns its resolver body. */
export function pageOf<T extends { id: string }>(
  typeName: string,
  fieldName: string,
  entity: EntityClass<T>,
  foreignKey: string,
  listing: Listing,
) {
  declare(typeName, fieldName, { kind: 'page', entity: entity as EntityClass<object>, foreignKey, listing });
  return (ctx: Context, parentId: string, args: ListArgs) =>
    ctx.loaders.page(entity, foreignKey, listing, args).load(parentId);
}

/** `Type.field` counts the `entity` rows whose `foreignKey` is the parent; returns its resolver body. */
export function countOf<T extends object>(
  typeName: string,
  fieldName: string,
  entity: EntityClass<T>,
  foreignKey: string,
) {
  declare(typeName, fieldName, { kind: 'count', entity: entity as EntityClass<object>, foreignKey });
  return (ctx: Context, parentId: string) => ctx.loaders.count(entity, foreignKey).load(parentId);
}

/** `Type.field` picks one `entity` row of the parent's (see FieldSource 'pick'); returns its resolver body. */
export function pickOf<T extends { id: string }>(
  typeName: string,
  fieldName: string,
  entity: EntityClass<T>,
  foreignKey: string,
  where: Record<string, string>,
  preferNull: keyof T & string,
) {
  declare(typeName, fieldName, { kind: 'pick', entity: entity as EntityClass<object>, foreignKey, where, preferNull });
  return async (ctx: Context, parentId: string): Promise<T | null> => {
    const rows = await ctx.loaders.many(entity, foreignKey, {}, where).load(parentId);
    return rows.find((row) => row[preferNull] === null || row[preferNull] === undefined) ?? rows[0] ?? null;
  };
}
