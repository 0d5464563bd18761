/** Rows sorted by the declaration order of an enum column (chair before members, …); stable. */
export function byRank<T, K extends string>(rows: T[], key: (row: T) => K, order: Record<string, K>): T[] {
  const rank = new Map(Object.values(order).map((value, index) => [value, index]));
  return [...rows].sort((a, b) => (rank.get(key(a)) ?? 0) - (rank.get(key(b)) ?? 0));
}
