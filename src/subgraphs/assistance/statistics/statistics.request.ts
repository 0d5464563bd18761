import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../../../graphql/errors';
import type { Region } from '../../../shared/value-types';
import type { ActivityKind } from '../enums';
import { selectedFields } from './statistics.selection';
import { StatisticsDimension, type StatisticsFilter } from './statistics.types';

/**
 * The fact tables statistics count in; every measure belongs to exactly one. `reach` is the union of
 * the partnerships and the school coverage (see statistics.sql.ts): the counties and provinces a
 * programme reaches, counted the same way whether it works through partnerships or committees.
 */
export type Family = 'partnership' | 'reach' | 'school' | 'activity' | 'metric';

/** The school_metric columns that metrics aggregate, with the GraphQL name they go by. */
export const METRIC_COLUMNS = {
  enrolled_students: 'enrolledStudents',
  teachers: 'teachers',
  senior_title_teachers: 'seniorTitleTeachers',
  graduates: 'graduates',
  undergraduate_admissions: 'undergraduateAdmissions',
  training_hours: 'trainingHours',
} as const;
export type MetricColumn = keyof typeof METRIC_COLUMNS;
export type MetricMeasure = `${MetricColumn}_${'sum' | 'avg'}`;

/** A measure, named as its SQL column; the GraphQL field it answers is in MEASURES. */
export type Measure =
  | 'partnerships'
  | 'universities'
  | 'counties'
  | 'provinces'
  | 'schools'
  | 'principals'
  | 'teachers_and_staff'
  | 'activities'
  | 'participants'
  | 'people_trained'
  | 'school_years'
  | MetricMeasure;

interface MeasureInfo {
  family: Family;
  /** The field of StatisticsRow (or, under `metrics`, of SchoolMetricStatistics) it answers. */
  field: string;
  metric?: boolean;
}

export const MEASURES: Record<Measure, MeasureInfo> = {
  partnerships: { family: 'partnership', field: 'partnerships' },
  universities: { family: 'partnership', field: 'universities' },
  counties: { family: 'reach', field: 'counties' },
  provinces: { family: 'reach', field: 'provinces' },
  schools: { family: 'school', field: 'schools' },
  principals: { family: 'school', field: 'principals' },
  teachers_and_staff: { family: 'school', field: 'teachersAndStaff' },
  activities: { family: 'activity', field: 'activities' },
  participants: { family: 'activity', field: 'participants' },
  people_trained: { family: 'activity', field: 'peopleTrained' },
  school_years: { family: 'metric', field: 'schoolYears', metric: true },
  ...(Object.fromEntries(
    (Object.entries(METRIC_COLUMNS) as [MetricColumn, string][]).flatMap(([column, field]) =>
      (['sum', 'avg'] as const).map((aggregate) => [
        `${column}_${aggregate}`,
        { family: 'metric', field: `${field}${aggregate === 'sum' ? 'Sum' : 'Avg'}`, metric: true },
      ]),
    ),
  ) as Record<MetricMeasure, MeasureInfo>),
};

/** What a family is called in error messages. */
const FAMILY_MEASURES: Record<Family, string> = {
  partnership: 'the partnership measures (partnerships, universities)',
  reach: 'the reach measures (counties, provinces)',
  school: 'the school measures (schools, principals, teachersAndStaff)',
  activity: 'the activity measures (activities, participants, peopleTrained)',
  metric: 'metrics',
};

/**
 * The measure computed for a family when the client selects no measure at all (only `key`). Reach has
 * none: its buckets are those of the partnerships and the school coverage together.
 */
const PRESENCE: Partial<Record<Family, Measure>> = {
  partnership: 'partnerships',
  school: 'schools',
  activity: 'activities',
  metric: 'school_years',
};

/** Why a dimension cannot reach a family's fact table. */
const NOT_APPLICABLE: Partial<Record<StatisticsDimension, Partial<Record<Family, string>>>> = {
  [StatisticsDimension.ACTIVITY_KIND]: {
    partnership: 'a partnership has no activity kind',
    reach: 'a county reached has no activity kind',
    school: 'a school coverage has no activity kind',
    metric: 'school figures have no activity kind',
  },
  [StatisticsDimension.IMPROVEMENT_TASK]: {
    activity: 'activities are not linked to plan goals',
  },
  [StatisticsDimension.MONTH]: {
    metric: 'school figures are yearly',
  },
};

export type ScopeKind = 'program' | 'province' | 'university';

/** A validated statistics request: what to group by, filter on and compute. */
export interface StatisticsRequest {
  groupBy: StatisticsDimension[];
  filter: NormalizedFilter;
  measures: Measure[];
  families: Family[];
  /** Whether `key.program` is selected: the programme rows are then read in the same statement. */
  withProgram: boolean;
  /** For the fields on Program, Province and University: the parent the statistics are limited to. */
  scope?: ScopeKind;
}

export interface NormalizedFilter {
  programCodes?: string[];
  provinceCodes?: string[];
  regions?: Region[];
  countyCodes?: string[];
  universityCodes?: string[];
  activityKinds?: ActivityKind[];
  from?: string;
  to?: string;
  years?: number[];
}

const MAX_LIST = 1000;
const YEARS = { min: 1900, max: 2100 };

function codes(path: string, values: string[] | null | undefined, pattern: RegExp, what: string) {
  if (values === null || values === undefined) return undefined;
  if (values.length > MAX_LIST) throw badInput(path, `at most ${MAX_LIST} values, got ${values.length}`);
  const bad = values.find((value) => !pattern.test(value));
  if (bad !== undefined) throw badInput(path, `"${bad}" is not ${what}`);
  return [...new Set(values)].sort();
}

function list<T>(path: string, values: T[] | null | undefined): T[] | undefined {
  if (values === null || values === undefined) return undefined;
  if (values.length > MAX_LIST) throw badInput(path, `at most ${MAX_LIST} values, got ${values.length}`);
  return [...new Set(values)].sort();
}

/** Checks the filter's values and puts it in a canonical form (sorted, deduplicated lists). */
export function normalizeFilter(filter: StatisticsFilter | null | undefined): NormalizedFilter {
  if (!filter) return {};
  const years = list('filter.years', filter.years);
  const badYear = years?.find((year) => year < YEARS.min || year > YEARS.max);
  if (badYear !== undefined) {
    throw badInput('filter.years', `years must be between ${YEARS.min} and ${YEARS.max}, got ${badYear}`);
  }
  const from = filter.from ?? undefined;
  const to = filter.to ?? undefined;
  if (from !== undefined && to !== undefined && from > to) {
    throw badInput('filter.to', `${to} is before filter.from ${from}`);
  }
  const normalized: NormalizedFilter = {
    programCodes: codes('filter.programCodes', filter.programCodes, /^.{1,255}$/s, 'a programme code'),
    provinceCodes: codes('filter.provinceCodes', filter.provinceCodes, /^\d{2}$/, 'a two-digit province code'),
    regions: list('filter.regions', filter.regions),
    countyCodes: codes('filter.countyCodes', filter.countyCodes, /^\d{6}$/, 'a six-digit county code'),
    universityCodes: codes(
      'filter.universityCodes',
      filter.universityCodes,
      /^\d{10}$/,
      'a ten-digit university institution code',
    ),
    activityKinds: list('filter.activityKinds', filter.activityKinds),
    from,
    to,
    years,
  };
  for (const key of Object.keys(normalized) as (keyof NormalizedFilter)[]) {
    if (normalized[key] === undefined) delete normalized[key];
  }
  return normalized;
}

/** The measures the client selected on the rows of this field (walking fragments and `metrics`). */
export function selectedMeasures(info: GraphQLResolveInfo): { measures: Measure[]; withProgram: boolean } {
  const row = selectedFields(info, info.fieldNodes);
  const metrics = selectedFields(info, row.get('metrics') ?? []);
  const key = selectedFields(info, row.get('key') ?? []);
  const measures = (Object.entries(MEASURES) as [Measure, MeasureInfo][])
    .filter(([, measure]) => (measure.metric ? metrics : row).has(measure.field))
    .map(([name]) => name);
  return { measures, withProgram: key.has('program') };
}

/**
 * Validates a request against the applicability rules (see StatisticsDimension's description):
 * duplicated dimensions, dimensions or filter conditions that cannot reach a selected measure's
 * fact table are BAD_USER_INPUT. With no measure selected, every family the grouping reaches
 * contributes its buckets.
 */
export function prepareRequest(
  groupBy: StatisticsDimension[],
  filterInput: StatisticsFilter | null | undefined,
  selection: { measures: Measure[]; withProgram: boolean },
  scope?: ScopeKind,
): StatisticsRequest {
  const seen = new Set<StatisticsDimension>();
  for (const dimension of groupBy) {
    if (seen.has(dimension)) throw badInput('groupBy', `${dimension} is listed more than once`);
    seen.add(dimension);
  }
  const filter = normalizeFilter(filterInput);
  const reaches = (family: Family, dimension: StatisticsDimension) => !NOT_APPLICABLE[dimension]?.[family];
  const filterReaches = (family: Family) => filter.activityKinds === undefined || family === 'activity';

  let measures = selection.measures;
  if (measures.length === 0) {
    const families = (Object.keys(PRESENCE) as Family[]).filter(
      (family) => groupBy.every((dimension) => reaches(family, dimension)) && filterReaches(family),
    );
    if (families.length === 0) {
      throw badInput('groupBy', `no measure can be grouped by ${groupBy.join(' and ')} together`);
    }
    measures = families.map((family) => PRESENCE[family]!);
  }
  const families = [...new Set(measures.map((measure) => MEASURES[measure].family))];
  for (const family of families) {
    for (const dimension of groupBy) {
      const why = NOT_APPLICABLE[dimension]?.[family];
      if (why) throw badInput('groupBy', `${dimension} does not apply to ${FAMILY_MEASURES[family]}: ${why}`);
    }
    if (!filterReaches(family)) {
      throw badInput(
        'filter.activityKinds',
        `applies to the activity measures only, not to ${FAMILY_MEASURES[family]}`,
      );
    }
  }
  return { groupBy, filter, measures, families, withProgram: selection.withProgram, scope };
}
