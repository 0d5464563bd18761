import type { EntityClass } from '@mikro-orm/core';
import type { Context } from './context';
import { badInput } from './errors';
import { isId } from './ids';
import { foreignKey } from './loaders';

/** Finds one record by exactly one of its keys (`id`, or a natural `code`); null when absent. */
export function lookup<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  keys: { id?: string | null; code?: string | null },
): Promise<T | null> {
  const given = Object.entries(keys).filter(([, value]) => value !== undefined && value !== null);
  if (given.length !== 1) {
    throw badInput(Object.keys(keys).join('|'), `give exactly one of ${Object.keys(keys).join(', ')}`);
  }
  const [field, value] = given[0] as [string, string];
  if (field === 'id' && !isId(value)) throw badInput('id', 'is not an id (a UUID, as every record has)');
  return ctx.loaders.one(entity, field).load(value);
}

/** Loads the target of a to-one relation of the same subgraph through the per-request loader. */
export function loadRelated<T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  relation: unknown,
): Promise<T | null> {
  const id = foreignKey(relation);
  return id === null ? Promise.resolve(null) : ctx.loaders.one(entity).load(id);
}

/** A reference to an entity another subgraph owns: its key is all the gateway needs. */
export function reference(relation: unknown): { id: string } | null {
  const id = foreignKey(relation);
  return id === null ? null : { id };
}
