import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import { Provenance } from '../../../db/provenance';
import { sql } from '../../../db/sql';
import { uuidv7s } from '../../ids';
import type { Values } from './rules';

/*
 * Between a mutation's input, the entity's properties and the table's columns, from the ORM's
 * metadata: the one description of a table the write statements are built from.
 */

export function isRelation(prop: EntityProperty | undefined): prop is EntityProperty {
  return prop?.kind === ReferenceKind.MANY_TO_ONE;
}

/** The input field of a property: `personId` for the relation `person`, else the property's name. */
export function inputName(meta: EntityMetadata, property: string): string {
  return isRelation(meta.properties[property as never]) ? `${property}Id` : property;
}

/** Input-shaped values to property values: `xId` → relation `x`; fields that are no column are left out. */
export function toProperties(meta: EntityMetadata, input: Values): Values {
  const values: Values = {};
  for (const key in input) {
    const value = input[key];
    if (value === undefined || key === 'id' || key === 'version') continue;
    const relation = key.endsWith('Id') ? meta.properties[key.slice(0, -2) as never] : undefined;
    if (isRelation(relation)) values[relation.name] = value;
    else if (meta.properties[key as never]?.kind === ReferenceKind.SCALAR) values[key] = value;
  }
  return values;
}

/** A row as `to_jsonb` gives it (column names) to property values. */
export function fromRow(meta: EntityMetadata, row: Values): Values {
  const values: Values = {};
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    const column = prop.fieldNames?.[0];
    const stored = prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.SCALAR;
    if (column && column in row && stored) values[prop.name] = row[column];
  }
  return values;
}

const defaults = new WeakMap<EntityMetadata, [string, unknown][]>();

/** The values a new instance of the entity starts with (its field initializers: `format = IN_PERSON`). */
function defaultsOf(meta: EntityMetadata): [string, unknown][] {
  let known = defaults.get(meta);
  if (!known) {
    const instance = new (meta.class as new () => Values)();
    known = [];
    for (const prop of Object.values(meta.properties)) {
      if (prop.kind === ReferenceKind.SCALAR && instance[prop.name] !== undefined)
        known.push([prop.name, instance[prop.name]]);
    }
    defaults.set(meta, known);
  }
  return known;
}

/** The entity's table, quoted by the kit. */
export const tableSql = (meta: EntityMetadata) => sql.ident(meta.schema!, meta.tableName);

/** New records of the entity from property values: its defaults, a new id, RECORDED, version 1, now. */
export function newRecords(meta: EntityMetadata, rows: Values[]): (Values & { id: string })[] {
  const now = new Date();
  const initial = defaultsOf(meta);
  const ids = uuidv7s(rows.length);
  return rows.map((values, at) => {
    const record: Values = {};
    for (let i = 0; i < initial.length; i++) record[initial[i]![0]] = initial[i]![1];
    for (const property in values) if (values[property] !== undefined) record[property] = values[property];
    record.id = ids[at];
    record.provenance = Provenance.RECORDED;
    record.version = 1;
    record.createdAt = now;
    record.updatedAt = now;
    return record as Values & { id: string };
  });
}

export const columnOf = (meta: EntityMetadata, property: string) => meta.properties[property as never]!.fieldNames[0]!;

/** The entity's unique keys (each a list of properties): its @Unique declarations and unique properties. */
export function uniqueKeys(meta: EntityMetadata): string[][] {
  const keys = meta.uniques.flatMap((unique) =>
    unique.properties ? [([] as string[]).concat(unique.properties as string | string[])] : [],
  );
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    if (prop.unique === true) keys.push([prop.name]);
  }
  return keys;
}
