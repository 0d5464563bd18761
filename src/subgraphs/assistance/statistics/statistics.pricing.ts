import type { StatisticsDimension } from './statistics.types';

/*
 * What a statistics field may cost and return. Its rows grow with the product of its dimensions'
 * buckets, so its list size is priced by them (src/server/protection/cost.ts), never above the row
 * cap, and the cap is enforced when the rows come back: the estimate is an upper bound on the rows.
 */

/** The price of one row (`@cost` on StatisticsRow; a record costs 1). */
export const STATISTICS_ROW_WEIGHT = 4;

/** Rows one statistics field may return (per parent, on Program, Province and University). */
export const STATISTICS_ROW_CAP = 5_000;

/**
 * Buckets each dimension can have, from the reference data and the enums, rounded up, each with its
 * null bucket (e.g. 32 province-level units + null; about 175 counties with facts at every scale).
 */
export const DIMENSION_BUCKETS = {
  PROVINCE: 33,
  REGION: 5,
  COUNTY: 250,
  UNIVERSITY: 80,
  PROGRAM: 10,
  YEAR: 12,
  MONTH: 121,
  ACTIVITY_KIND: 11,
  IMPROVEMENT_TASK: 5,
} as const satisfies Record<`${StatisticsDimension}`, number>;

/** How the cost model sizes a list of StatisticsRow: by its `groupBy` argument. */
export const STATISTICS_LIST_SIZE = {
  argument: 'groupBy',
  sizes: DIMENSION_BUCKETS as Readonly<Record<string, number>>,
  max: STATISTICS_ROW_CAP,
  // On a parent, the dimension it scopes to has one bucket (a province's statistics by PROVINCE).
  byParent: {
    Province: { PROVINCE: 1, REGION: 1 },
    University: { UNIVERSITY: 1 },
    Program: { PROGRAM: 1 },
  } as Readonly<Record<string, Readonly<Record<string, number>>>>,
};
