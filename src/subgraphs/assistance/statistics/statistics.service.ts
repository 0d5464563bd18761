import type { Context } from '../../../graphql/context';
import { cachedQuery } from '../../../db/read-cache';
import { recordColumns, recordMapper } from '../../../graphql/records';
import type { Region } from '../../../shared/value-types';
import type { ActivityKind, ImprovementTask } from '../enums';
import { Program } from '../program/program.entity';
import { MEASURES, type Measure, type StatisticsRequest } from './statistics.request';
import { badInput } from '../../../graphql/errors';
import { STATISTICS_ROW_CAP } from './statistics.pricing';
import { KEY_COLUMN, statisticsStatement } from './statistics.sql';
import { SchoolMetricStatistics, StatisticsDimension, StatisticsKey, StatisticsRow } from './statistics.types';

type RawRow = Record<string, unknown>;

/** The programme table's columns, read with the buckets when `key.program` is selected. */
function programColumns(ctx: Context): readonly string[] {
  return recordColumns(ctx.em.getMetadata().get(Program.name));
}

const count = (value: unknown): number => Number(value ?? 0);
const metric = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const id = (value: unknown): { id: string } | null => (value ? { id: String(value) } : null);

function toRow(ctx: Context, request: StatisticsRequest, raw: RawRow): StatisticsRow {
  const at = (dimension: StatisticsDimension) => raw[KEY_COLUMN[dimension]] ?? null;
  let program: Program | null = null;
  if (request.withProgram && at(StatisticsDimension.PROGRAM)) {
    const columns: RawRow = {};
    for (const [name, value] of Object.entries(raw)) {
      if (name.startsWith('program__')) columns[name.slice('program__'.length)] = value;
    }
    program = recordMapper(ctx.em.getMetadata().get(Program.name))(columns) as Program;
  }
  const key: StatisticsKey = {
    province: id(at(StatisticsDimension.PROVINCE)),
    region: at(StatisticsDimension.REGION) as Region | null,
    county: id(at(StatisticsDimension.COUNTY)),
    university: id(at(StatisticsDimension.UNIVERSITY)),
    program,
    year: metric(at(StatisticsDimension.YEAR)),
    month: metric(at(StatisticsDimension.MONTH)),
    activityKind: at(StatisticsDimension.ACTIVITY_KIND) as ActivityKind | null,
    improvementTask: at(StatisticsDimension.IMPROVEMENT_TASK) as ImprovementTask | null,
  };
  const metrics = { schoolYears: count(raw.school_years) } as SchoolMetricStatistics;
  const row = { key, metrics } as StatisticsRow & Record<string, unknown>;
  for (const measure of Object.keys(MEASURES) as Measure[]) {
    const { field, metric: isMetric } = MEASURES[measure];
    if (measure === 'school_years') continue;
    if (isMetric) (metrics as unknown as Record<string, number | null>)[field] = metric(raw[measure]);
    else row[field] = count(raw[measure]);
  }
  return row;
}

async function execute(
  ctx: Context,
  request: StatisticsRequest,
  scopeIds: readonly string[],
  limit?: number,
): Promise<RawRow[]> {
  const statement = statisticsStatement(request, scopeIds, request.withProgram ? programColumns(ctx) : [], limit);
  return cachedQuery(ctx.em, statement.sql);
}

/** Root statistics: one statement, rows in key order. */
export async function statistics(ctx: Context, request: StatisticsRequest): Promise<StatisticsRow[]> {
  // One row past the cap says there are more than it allows, without reading them all.
  const rows = capped(await execute(ctx, request, [], STATISTICS_ROW_CAP + 1));
  return rows.map((raw) => toRow(ctx, request, raw));
}

/** The rows of one statistics field, refused past the row cap its price assumed (statistics.pricing.ts). */
function capped<T>(rows: T[]): T[] {
  if (rows.length > STATISTICS_ROW_CAP) throw tooManyRows();
  return rows;
}

const tooManyRows = () =>
  badInput(
    'groupBy',
    `these dimensions give more than ${STATISTICS_ROW_CAP} rows; group by fewer of them or filter the facts`,
  );

/** A bucket with nothing in it, for a parent without facts when nothing is grouped (one total row). */
function emptyRow(ctx: Context, request: StatisticsRequest): StatisticsRow {
  return toRow(ctx, request, {});
}

/**
 * Statistics on Program, Province and University: one per-request loader per distinct (scope,
 * arguments, selection), keyed by parent id, so the field on a list of N parents is one statement
 * grouped by the parent id as an extra key.
 */
export function scopedStatistics(ctx: Context, request: StatisticsRequest, parentId: string): Promise<StatisticsRow[]> {
  const loader = ctx.loaders.batched(`statistics:${JSON.stringify(request)}`, async (parentIds) => {
    const rows = await execute(ctx, request, parentIds);
    const byParent = new Map<string, StatisticsRow[]>(parentIds.map((parent) => [parent, []]));
    for (const raw of rows) byParent.get(String(raw[KEY_COLUMN.scope]))?.push(toRow(ctx, request, raw));
    return parentIds.map((parent) => {
      const found = byParent.get(parent) ?? [];
      return found.length === 0 && request.groupBy.length === 0 ? [emptyRow(ctx, request)] : found;
    });
  });
  // Past the row cap its price assumed, a parent's rows are refused (the batch's other parents are not).
  return loader.load(parentId).then(capped);
}
