import { ReferenceKind, type EntityMetadata } from '@mikro-orm/core';

type Row = Record<string, unknown>;

interface Mapping {
  /** The entity's columns: scalar properties and to-one relations' foreign keys, in property order. */
  columns: string[];
  toRecord: (row: Row) => object;
}

const mappings = new WeakMap<EntityMetadata, Mapping>();

function mappingOf(meta: EntityMetadata): Mapping {
  let mapping = mappings.get(meta);
  if (mapping) return mapping;
  const fields: { name: string; column: string; relation: boolean; date: boolean }[] = [];
  for (const property of Object.values(meta.properties)) {
    const column = property.fieldNames?.[0];
    if (!column || property.persist === false) continue;
    const relation = property.kind === ReferenceKind.MANY_TO_ONE;
    if (!relation && property.kind !== ReferenceKind.SCALAR) continue;
    fields.push({ name: property.name, column, relation, date: property.runtimeType === 'Date' });
  }
  // Records are instances of the entity class, so type-graphql takes them as the resolver's root as
  // they are (it would copy anything else into a new entity, through the ORM's property setters).
  // Their prototype holds a plain data property for every field, between the record and the entity's
  // prototype: assigning a field then makes an own data property of the record (shadowing the ORM's
  // accessors further up), at the cost of a plain assignment, in the same order for every record.
  const prototype = Object.create((meta.class as { prototype: object }).prototype) as Row;
  for (const field of fields) {
    Object.defineProperty(prototype, field.name, { value: undefined, writable: true, enumerable: false });
  }
  const toRecord = (row: Row): object => {
    const record = Object.create(prototype) as Row;
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i]!;
      const raw = row[field.column];
      if (raw === null || raw === undefined) record[field.name] = null;
      else if (field.relation) record[field.name] = { id: raw };
      // timestamptz arrives as PostgreSQL's text form (the ORM turns off pg's Date parsing).
      else if (field.date) record[field.name] = raw instanceof Date ? raw : new Date(String(raw));
      else record[field.name] = raw;
    }
    return record;
  };
  mapping = { columns: fields.map((field) => field.column), toRecord };
  mappings.set(meta, mapping);
  return mapping;
}

/**
 * Maps raw rows to plain read-only records shaped like the entity: scalar properties by name, and
 * to-one relations as `{ id }` (what `foreignKey()` and the reference resolvers need). Resolvers only
 * read, so they skip ORM hydration (entity objects, references, collections, identity map, change
 * tracking), which cost about seven times the query itself on the benchmark's nested fetch.
 */
export function recordMapper(meta: EntityMetadata): (row: Row) => object {
  return mappingOf(meta).toRecord;
}

/** The columns a record is made of (what reads select instead of `*`). */
export function recordColumns(meta: EntityMetadata): readonly string[] {
  return mappingOf(meta).columns;
}
