import type { EntityClass } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { foreignKey } from '../../graphql/loaders';

/**
 * The records of this subgraph that join rows point at, in join-row order, through the per-request
 * loader (one batched statement for every parent of the list level). Dangling keys are skipped.
 */
export async function loadThrough<J extends object, T extends object>(
  ctx: Context,
  entity: EntityClass<T>,
  rows: J[],
  relation: (row: J) => unknown,
): Promise<T[]> {
  const ids = rows.map((row) => foreignKey(relation(row))).filter((id): id is string => id !== null);
  const loaded = await ctx.loaders.one(entity).loadMany(ids);
  return loaded
    .map((row) => {
      if (row instanceof Error) throw row;
      return row;
    })
    .filter((row): row is T => row !== null);
}

/** Rows sorted by the declaration order of an enum column (chair before members, …); stable. */
export function byRank<T, K extends string>(rows: T[], key: (row: T) => K, order: Record<string, K>): T[] {
  const rank = new Map(Object.values(order).map((value, index) => [value, index]));
  return [...rows].sort((a, b) => (rank.get(key(a)) ?? 0) - (rank.get(key(b)) ?? 0));
}
