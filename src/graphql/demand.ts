import { Directive } from 'type-graphql';

/*
 * Demand-control declarations (Apollo Federation 2.9's @cost and @listSize, from IBM's cost spec):
 * they compose into the supergraph, document the price of a field in the committed schema, and are
 * what src/server/protection/cost.ts reads to price every operation before it runs.
 */

/** A field whose work is heavier than reading one row: an aggregate, a search, a count. */
export function Cost(weight: number): MethodDecorator & PropertyDecorator {
  return Directive(`@cost(weight: ${weight})`) as MethodDecorator & PropertyDecorator;
}

/** How many items a plain list field is assumed to hold (or which argument says so). */
export function ListSize(options: {
  assumedSize: number;
  slicingArguments?: string[];
}): MethodDecorator & PropertyDecorator {
  const slicing = options.slicingArguments?.length
    ? `, slicingArguments: [${options.slicingArguments.map((name) => JSON.stringify(name)).join(', ')}]`
    : '';
  return Directive(`@listSize(assumedSize: ${options.assumedSize}${slicing})`) as MethodDecorator & PropertyDecorator;
}

/** Weights shared by several fields. */
export const WEIGHTS = {
  /** Grouped statistics: one aggregate statement over many rows. */
  statistics: 50,
  /** Name search: one ranked statement over every named table. */
  search: 20,
  /** A connection's totalCount: one count statement per list. */
  totalCount: 5,
  /** A per-row count (staff of a school), batched per list level. */
  count: 2,
  /** A mutation field: one transaction of a dozen statements (locks, checks, writes, audit). */
  mutation: 10,
  /**
   * Per character of a case-insensitive text match (`contains`, `startsWith`): PostgreSQL folds the
   * pattern's case again for every row it compares, so the work is rows × pattern length.
   */
  textMatchPerCharacter: 8,
} as const;
