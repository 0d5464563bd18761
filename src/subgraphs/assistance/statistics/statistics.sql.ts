import { sql, type Sql } from '../../../db/sql';
import { Region } from '../../../shared/value-types';
import { ActivityKind, ImprovementTask, ParticipationRole } from '../enums';
import { MEASURES, type Family, type Measure, type StatisticsRequest } from './statistics.request';
import { StatisticsDimension } from './statistics.types';

/*
 * One SQL statement per statistics request. The selected measures are computed in "arms", one CTE
 * each, grouped by the same key columns: partnerships; counties and provinces reached (partnerships
 * and school coverage together); school coverage; activities (with their
 * participations and trainees); trainees alone, when no other activity measure is selected; school
 * metrics.
 * The arms are stacked with UNION ALL and merged per key, so measures of different tables share
 * their buckets without one table's rows multiplying another's. Only the selected measures' arms
 * are read, and only the joins their dimensions and filters need. Every value from the client is
 * a parameter (db/sql.ts).
 */

/** SQL text written in this file (identifiers, fixed expressions): never client input. */
const code = (text: string): Sql => sql.raw(text);

/** `expr` is one of `values` (one array parameter; none matches nothing). */
function inList(expr: Sql, values: readonly unknown[]): Sql {
  return values.length === 0 ? code('false') : sql`${expr} = any(${values})`;
}

/** The paths by which dimensions and filters reach a fact row. */
type Path = 'province' | 'region' | 'county' | 'university' | 'program' | 'date' | 'task' | 'kind';

/** How a dimension or filter reaches a fact row: an expression over the source and its joins. */
interface Reach {
  expr: string;
  /** The joins the expression reads. */
  needs?: string[];
  /**
   * Set when the expression is a column of the source's UNION: filters on it are then applied
   * inside every branch, where they can use that branch's indexes (the planner does not push a
   * semi-join such as `in (select id …)` into a union, and would read every branch whole).
   */
  unionColumn?: string;
}

/** A UNION ALL of branches, each giving an expression (or null, when it has none) for every column. */
interface Union {
  alias: string;
  branches: { from: string; columns: Record<string, string | null> }[];
}

interface Source {
  from: string | Union;
  /** Joins by name, in an order where each comes after those it uses. */
  joins: [name: string, text: string][];
  paths: Partial<Record<Path, Reach>>;
}

/** Partnerships: their county, university, programme and start; plan goals through the plans they drew up. */
const PARTNERSHIP: Source = {
  from: 'assistance.partnership p',
  joins: [
    ['pc', 'join directory.county pc on pc.id = p.county_id'],
    ['pp', 'join directory.province pp on pp.id = pc.province_id'],
    [
      'pg',
      'left join assistance.assistance_plan pap on pap.partnership_id = p.id ' +
        'left join assistance.plan_goal pg on pg.plan_id = pap.id',
    ],
  ],
  paths: {
    province: { expr: 'pc.province_id', needs: ['pc'] },
    region: { expr: 'pp.region', needs: ['pc', 'pp'] },
    county: { expr: 'p.county_id' },
    university: { expr: 'p.university_id' },
    program: { expr: 'p.program_id' },
    date: { expr: 'p.starts_on' },
    task: { expr: 'pg.task', needs: ['pg'] },
  },
};

/**
 * School coverage: a row per (school, covering partnership or committee). A partnership covers
 * the schools it lists and the schools of the plans it drew up; a committee covers its target
 * schools (no university, no date). Plans without a partnership add no coverage of their own.
 * UNION ALL, so filters reach each branch; a link listed twice is harmless, as every measure over
 * coverage counts distinct schools.
 */
const COVERAGE: Union = {
  alias: 'cov',
  branches: [
    {
      from: 'assistance.partnership_school ps join assistance.partnership p on p.id = ps.partnership_id',
      columns: {
        school_id: 'ps.school_id',
        partnership_id: 'p.id',
        program_id: 'p.program_id',
        university_id: 'p.university_id',
        starts_on: 'p.starts_on',
      },
    },
    {
      from: 'assistance.assistance_plan pl join assistance.partnership p on p.id = pl.partnership_id',
      columns: {
        school_id: 'pl.school_id',
        partnership_id: 'p.id',
        program_id: 'p.program_id',
        university_id: 'p.university_id',
        starts_on: 'p.starts_on',
      },
    },
    {
      from: 'assistance.committee_target_school t join assistance.committee c on c.id = t.committee_id',
      columns: {
        school_id: 't.school_id',
        partnership_id: null,
        program_id: 'c.program_id',
        university_id: null,
        starts_on: null,
      },
    },
  ],
};

/**
 * Reach: a row per county a programme reaches, and how: each partnership's county, and the county of
 * each school it covers (as in COVERAGE: listed by a partnership, in a plan a partnership drew up, or
 * targeted by a committee). So counties and provinces count the same way for a programme that works
 * through partnerships and for one that works through committees and has none.
 */
const REACH_UNION: Union = {
  alias: 'reach',
  branches: [
    {
      from: 'assistance.partnership p',
      columns: {
        county_id: 'p.county_id',
        school_id: null,
        partnership_id: 'p.id',
        program_id: 'p.program_id',
        university_id: 'p.university_id',
        starts_on: 'p.starts_on',
      },
    },
    ...COVERAGE.branches.map(({ from, columns }) => ({
      from: `${from} join directory.school rs on rs.id = ${columns.school_id}`,
      columns: { county_id: 'rs.county_id', ...columns },
    })),
  ],
};

const REACH: Source = {
  from: REACH_UNION,
  joins: [
    ['rc', 'join directory.county rc on rc.id = reach.county_id'],
    ['rp', 'join directory.province rp on rp.id = rc.province_id'],
    [
      'rg',
      // A partnership's row: the plans it drew up; a covered school's row: the school's plans within
      // that coverage (the covering partnership's, or, for a committee, those without a partnership).
      // Two joins on plain equalities (one matches per row), so each can be a hash or index join.
      'left join assistance.assistance_plan rpp on rpp.partnership_id = reach.partnership_id ' +
        'and reach.school_id is null ' +
        'left join assistance.assistance_plan rsp on rsp.school_id = reach.school_id ' +
        'and rsp.partnership_id is not distinct from reach.partnership_id ' +
        'left join assistance.plan_goal rg on rg.plan_id = coalesce(rpp.id, rsp.id)',
    ],
  ],
  paths: {
    province: { expr: 'rc.province_id', needs: ['rc'] },
    region: { expr: 'rp.region', needs: ['rc', 'rp'] },
    county: { expr: 'reach.county_id', unionColumn: 'county_id' },
    university: { expr: 'reach.university_id', unionColumn: 'university_id' },
    program: { expr: 'reach.program_id', unionColumn: 'program_id' },
    date: { expr: 'reach.starts_on', unionColumn: 'starts_on' },
    task: { expr: 'rg.task', needs: ['rg'] },
  },
};

const SCHOOL: Source = {
  from: COVERAGE,
  joins: [
    ['s', 'join directory.school s on s.id = cov.school_id'],
    ['sp', 'join directory.province sp on sp.id = s.province_id'],
    [
      'sg',
      // The school's plans within this coverage: the covering partnership's, or (committee) those without one.
      'left join assistance.assistance_plan sap on sap.school_id = cov.school_id ' +
        'and sap.partnership_id is not distinct from cov.partnership_id ' +
        'left join assistance.plan_goal sg on sg.plan_id = sap.id',
    ],
    // The covered schools' current appointments (read-only, across schemas): principals, teachers, staff.
    ['sa', 'left join people.appointment sa on sa.school_id = cov.school_id and sa.end_date is null'],
  ],
  paths: {
    province: { expr: 's.province_id', needs: ['s'] },
    region: { expr: 'sp.region', needs: ['s', 'sp'] },
    county: { expr: 's.county_id', needs: ['s'] },
    university: { expr: 'cov.university_id', unionColumn: 'university_id' },
    program: { expr: 'cov.program_id', unionColumn: 'program_id' },
    date: { expr: 'cov.starts_on', unionColumn: 'starts_on' },
    task: { expr: 'sg.task', needs: ['sg'] },
  },
};

/** Activities: the county is the activity's, else its school's, else its partnership's. */
const ACTIVITY: Source = {
  from: 'assistance.activity a',
  joins: [
    ['ap', 'left join assistance.partnership ap on ap.id = a.partnership_id'],
    ['as', 'left join directory.school asch on asch.id = a.school_id'],
    ['ac', 'left join directory.county ac on ac.id = coalesce(a.county_id, asch.county_id, ap.county_id)'],
    ['apv', 'left join directory.province apv on apv.id = ac.province_id'],
    // A row per participation (an activity without any keeps one row): the planner can probe the
    // activity_id index for the few activities a filter leaves, which it cannot do into a
    // pre-grouped count of the whole table.
    ['pn', 'left join assistance.participation pn on pn.activity_id = a.id'],
    // The role is a constant of the enum, not client input.
    ['pt', `join assistance.participation pt on pt.activity_id = a.id and pt.role = '${ParticipationRole.TRAINEE}'`],
  ],
  paths: {
    county: { expr: 'coalesce(a.county_id, asch.county_id, ap.county_id)', needs: ['ap', 'as'] },
    province: { expr: 'ac.province_id', needs: ['ap', 'as', 'ac'] },
    region: { expr: 'apv.region', needs: ['ap', 'as', 'ac', 'apv'] },
    university: { expr: 'coalesce(a.university_id, ap.university_id)', needs: ['ap'] },
    program: { expr: 'a.program_id' },
    date: { expr: 'a.start_date' },
    kind: { expr: 'a.kind' },
  },
};

const SOURCES: Record<Exclude<Family, 'metric'>, Source> = {
  partnership: PARTNERSHIP,
  reach: REACH,
  school: SCHOOL,
  activity: ACTIVITY,
};

/** A key column of the result: the scope (parent id) or a dimension. */
type KeyColumn = 'scope' | StatisticsDimension;

export const KEY_COLUMN: Record<KeyColumn, string> = {
  scope: 'k_scope',
  [StatisticsDimension.PROVINCE]: 'k_province',
  [StatisticsDimension.REGION]: 'k_region',
  [StatisticsDimension.COUNTY]: 'k_county',
  [StatisticsDimension.UNIVERSITY]: 'k_university',
  [StatisticsDimension.PROGRAM]: 'k_program',
  [StatisticsDimension.YEAR]: 'k_year',
  [StatisticsDimension.MONTH]: 'k_month',
  [StatisticsDimension.ACTIVITY_KIND]: 'k_activity_kind',
  [StatisticsDimension.IMPROVEMENT_TASK]: 'k_improvement_task',
};

const DIMENSION_PATH: Record<StatisticsDimension, Path> = {
  [StatisticsDimension.PROVINCE]: 'province',
  [StatisticsDimension.REGION]: 'region',
  [StatisticsDimension.COUNTY]: 'county',
  [StatisticsDimension.UNIVERSITY]: 'university',
  [StatisticsDimension.PROGRAM]: 'program',
  [StatisticsDimension.YEAR]: 'date',
  [StatisticsDimension.MONTH]: 'date',
  [StatisticsDimension.ACTIVITY_KIND]: 'kind',
  [StatisticsDimension.IMPROVEMENT_TASK]: 'task',
};

/** The key columns in result order: the scope, then the dimensions as given (MONTH brings YEAR along). */
export function keyColumns(request: StatisticsRequest): KeyColumn[] {
  const keys: KeyColumn[] = request.scope ? ['scope'] : [];
  for (const dimension of request.groupBy) {
    if (dimension === StatisticsDimension.MONTH && !request.groupBy.includes(StatisticsDimension.YEAR)) {
      keys.push(StatisticsDimension.YEAR);
    }
    keys.push(dimension);
  }
  return keys;
}

/** The SQL aggregate of each measure over its arm's joined rows. */
function aggregate(measure: Measure, fanOut: boolean, arm: Arm): string {
  switch (measure) {
    case 'partnerships':
      return fanOut ? 'count(distinct p.id)' : 'count(*)';
    case 'universities':
      return 'count(distinct p.university_id)';
    case 'counties':
      return 'count(distinct reach.county_id)';
    case 'provinces':
      return 'count(distinct rc.province_id)';
    case 'schools':
      return 'count(distinct cov.school_id)';
    // The people subgraph's AppointmentRole values (fixed text: a subgraph does not import another's code).
    case 'principals':
      return "count(distinct sa.person_id) filter (where sa.role = 'PRINCIPAL')";
    case 'teachers_and_staff':
      return "count(distinct sa.person_id) filter (where sa.role in ('TEACHER', 'STAFF'))";
    case 'activities':
      return fanOut ? 'count(distinct a.id)' : 'count(*)';
    case 'participants':
      return 'count(pn.id)';
    case 'people_trained':
      // The role is a constant of the enum, not client input.
      return arm === 'trainee'
        ? 'count(distinct pt.person_id)'
        : `count(distinct pn.person_id) filter (where pn.role = '${ParticipationRole.TRAINEE}')`;
    case 'school_years':
      return 'count(*)';
    default: {
      // <column>_sum or <column>_avg, for a school_metric column named in METRIC_COLUMNS.
      const cut = measure.lastIndexOf('_');
      return `${measure.slice(cut + 1)}(m.${measure.slice(0, cut)})::float8`;
    }
  }
}

/** The arms: groups of measures computed by one grouped query each. */
type Arm = 'partnership' | 'reach' | 'school' | 'activity' | 'trainee' | 'metric';

/**
 * Each measure's arm, given all the selected ones. People trained are counted over the activities'
 * participations: with the other activity measures, in their arm (one pass over the activities and
 * their joins); alone, in an arm of only the trainees' participations (buckets without trainees
 * then do not appear).
 */
function armsOf(measures: Measure[]): (measure: Measure) => Arm {
  const withActivities = measures.some((measure) => measure === 'activities' || measure === 'participants');
  return (measure) => (measure === 'people_trained' && !withActivities ? 'trainee' : MEASURES[measure].family);
}

/** The measure columns of the result, in a fixed order. */
export function measureColumns(request: StatisticsRequest): Measure[] {
  return (Object.keys(MEASURES) as Measure[]).filter((measure) => request.measures.includes(measure));
}

/** A condition on the value a path reaches, given that value's SQL expression. */
interface Condition {
  path: Path;
  test(expr: string): Sql;
}

/** Builds the key expressions and predicates of one arm over its source, collecting the joins they need. */
class SourceQuery {
  private readonly needed = new Set<string>();
  /** Conditions on union columns, applied inside the union's branches by from(). */
  private readonly branchConditions: { column: string; condition: Condition }[] = [];

  constructor(
    private readonly source: Source,
    private readonly request: StatisticsRequest,
    private readonly scopeIds: readonly string[],
  ) {}

  private reach(path: Path): Reach {
    const found = this.source.paths[path];
    if (!found) throw new Error(`statistics: no ${path} path for this source`);
    return found;
  }

  path(path: Path): string {
    const found = this.reach(path);
    for (const join of found.needs ?? []) this.needed.add(join);
    return found.expr;
  }

  need(join: string): void {
    this.needed.add(join);
  }

  needs(join: string): boolean {
    return this.needed.has(join);
  }

  keyExpression(key: KeyColumn): string {
    if (key === 'scope') return this.path(this.request.scope!);
    const expr = this.path(DIMENSION_PATH[key]);
    if (key === StatisticsDimension.YEAR) return `extract(year from ${expr})::int`;
    if (key === StatisticsDimension.MONTH) return `extract(month from ${expr})::int`;
    return expr;
  }

  /**
   * The filter (and scope) conditions; `time: false` leaves out the date conditions (metrics apply
   * them to the year). Codes are turned into ids by `in (select id …)`, a semi-join the planner
   * estimates from the code's statistics (an `= any(array(…))` InitPlan hid the row count, and at
   * 100× it chose whole-table hash joins).
   */
  private conditions(time: boolean): Condition[] {
    const { filter, scope } = this.request;
    const conditions: Condition[] = [];
    const on = (path: Path, test: (expr: Sql) => Sql) => conditions.push({ path, test: (expr) => test(code(expr)) });
    const idsByCode = (table: string, column: string, values: readonly unknown[]) => (expr: Sql) =>
      sql`${expr} in (select id from ${code(table)} where ${inList(code(column), values)})`;
    if (scope) on(scope, (expr) => inList(expr, this.scopeIds));
    if (filter.programCodes) on('program', idsByCode('assistance.program', 'code', filter.programCodes));
    if (filter.provinceCodes) on('province', idsByCode('directory.province', 'code', filter.provinceCodes));
    if (filter.regions) on('province', idsByCode('directory.province', 'region', filter.regions));
    if (filter.countyCodes) on('county', idsByCode('directory.county', 'code', filter.countyCodes));
    if (filter.universityCodes) on('university', idsByCode('directory.university', 'code', filter.universityCodes));
    if (filter.activityKinds) on('kind', (expr) => inList(expr, filter.activityKinds!));
    if (time) {
      const { from, to, years } = filter;
      if (from) on('date', (expr) => sql`${expr} >= ${from}::date`);
      if (to) on('date', (expr) => sql`${expr} <= ${to}::date`);
      if (years) on('date', (expr) => inList(sql`extract(year from ${expr})::int`, years));
    }
    return conditions;
  }

  /** The conditions to apply on the source's rows; those on union columns are kept for from(). */
  predicates(time: boolean): Sql[] {
    const where: Sql[] = [];
    for (const condition of this.conditions(time)) {
      const { unionColumn } = this.reach(condition.path);
      if (unionColumn) this.branchConditions.push({ column: unionColumn, condition });
      else where.push(condition.test(this.path(condition.path)));
    }
    return where;
  }

  /** FROM with the joins collected so far, in dependency order. */
  from(): Sql {
    const { from } = this.source;
    const joins = this.source.joins.filter(([name]) => this.needed.has(name)).map(([, text]) => code(text));
    return sql.join([typeof from === 'string' ? code(from) : this.union(from), ...joins], ' ');
  }

  /** The union with the branch conditions in each branch (a branch without the column cannot match). */
  private union(union: Union): Sql {
    const branches = union.branches.map((branch) => {
      const select = Object.entries(branch.columns).map(([column, expr]) => `${expr ?? 'null'} as ${column}`);
      const where = this.branchConditions.map(({ column, condition }) => {
        const expr = branch.columns[column];
        return expr ? condition.test(expr) : code('false');
      });
      return sql`select ${code(select.join(', '))} from ${code(branch.from)}${whereClause(where)}`;
    });
    return sql`(${sql.join(branches, ' union all ')}) ${code(union.alias)}`;
  }
}

const whereClause = (predicates: Sql[]): Sql =>
  predicates.length ? sql` where ${sql.join(predicates, ' and ')}` : code('');

const groupClause = (count: number): string =>
  count ? ` group by ${Array.from({ length: count }, (_, i) => i + 1).join(', ')}` : '';

/** One arm's CTE body: its rows grouped by the key columns, with its selected measures. */
function armQuery(
  arm: Arm,
  request: StatisticsRequest,
  keys: KeyColumn[],
  own: Measure[],
  scopeIds: readonly string[],
): Sql {
  if (arm === 'metric') return metricQuery(request, keys, own, scopeIds);
  const query = new SourceQuery(SOURCES[arm === 'trainee' ? 'activity' : arm], request, scopeIds);
  const keyList = keys.map((key) => `${query.keyExpression(key)} as ${KEY_COLUMN[key]}`);
  const where = query.predicates(true);
  if (arm === 'activity' && (own.includes('participants') || own.includes('people_trained'))) query.need('pn');
  if (arm === 'trainee') query.need('pt');
  if (arm === 'reach' && own.includes('provinces')) query.need('rc');
  if (arm === 'school' && (own.includes('principals') || own.includes('teachers_and_staff'))) query.need('sa');
  // Plan goals repeat the partnership rows, participations the activity rows: count them distinctly then.
  const fanOut = keys.includes(StatisticsDimension.IMPROVEMENT_TASK) || query.needs('pn');
  const select = [...keyList, ...own.map((measure) => `${aggregate(measure, fanOut, arm)} as ${measure}`)].join(', ');
  return sql`select ${code(select)} from ${query.from()}${whereClause(where)}${code(groupClause(keys.length))}`;
}

/**
 * Metrics: the distinct (bucket, school) pairs of the school coverage in scope (time not applied:
 * a school's figures are dated by their own school year), joined to the school's yearly figures,
 * which the time filters and YEAR apply to.
 */
function metricQuery(request: StatisticsRequest, keys: KeyColumn[], own: Measure[], scopeIds: readonly string[]): Sql {
  const query = new SourceQuery(SCHOOL, request, scopeIds);
  const innerKeys = keys.filter((key) => key !== StatisticsDimension.YEAR);
  const inner = [...innerKeys.map((key) => `${query.keyExpression(key)} as ${KEY_COLUMN[key]}`), 'cov.school_id'];
  const where = query.predicates(false);
  const schools = sql`select distinct ${code(inner.join(', '))} from ${query.from()}${whereClause(where)}`;
  const { filter } = request;
  const time: Sql[] = [];
  if (filter.from) time.push(sql`m.year >= ${Number(filter.from.slice(0, 4))}`);
  if (filter.to) time.push(sql`m.year <= ${Number(filter.to.slice(0, 4))}`);
  if (filter.years) time.push(inList(code('m.year'), filter.years));
  const select = [
    ...keys.map((key) => (key === StatisticsDimension.YEAR ? `m.year as ${KEY_COLUMN[key]}` : `sc.${KEY_COLUMN[key]}`)),
    ...own.map((measure) => `${aggregate(measure, false, 'metric')} as ${measure}`),
  ].join(', ');
  return sql`select ${code(select)} from (${schools}) sc join assistance.school_metric m on m.school_id = sc.school_id${whereClause(time)}${code(groupClause(keys.length))}`;
}

const measureFamily = (measure: Measure): Family => MEASURES[measure].family;

/** The SQL type of a measure column: counts are bigint, metric sums and averages double precision. */
const columnType = (measure: Measure): string =>
  measureFamily(measure) === 'metric' && measure !== 'school_years' ? 'float8' : 'int8';

/** Declaration order of an enum, for sorting buckets the way the schema lists the values. */
const declared = (values: Record<string, string>): string => Object.values(values).join(',');

const ORDER: Record<KeyColumn, (column: string) => Sql> = {
  scope: (column) => code(`t.${column}`),
  [StatisticsDimension.PROVINCE]: () => code('o_province.code'),
  [StatisticsDimension.REGION]: (column) =>
    sql`array_position(string_to_array(${declared(Region)}, ','), t.${code(column)})`,
  [StatisticsDimension.COUNTY]: () => code('o_county.code'),
  [StatisticsDimension.UNIVERSITY]: () => code('o_university.code'),
  [StatisticsDimension.PROGRAM]: () => code('o_program.code'),
  [StatisticsDimension.YEAR]: (column) => code(`t.${column}`),
  [StatisticsDimension.MONTH]: (column) => code(`t.${column}`),
  [StatisticsDimension.ACTIVITY_KIND]: (column) =>
    sql`array_position(string_to_array(${declared(ActivityKind)}, ','), t.${code(column)})`,
  [StatisticsDimension.IMPROVEMENT_TASK]: (column) =>
    sql`array_position(string_to_array(${declared(ImprovementTask)}, ','), t.${code(column)})`,
};

/** Tables joined to the merged buckets to sort entity keys by their codes. */
const ORDER_JOIN: Partial<Record<KeyColumn, string>> = {
  [StatisticsDimension.PROVINCE]: 'left join directory.province o_province on o_province.id = t.k_province',
  [StatisticsDimension.COUNTY]: 'left join directory.county o_county on o_county.id = t.k_county',
  [StatisticsDimension.UNIVERSITY]: 'left join directory.university o_university on o_university.id = t.k_university',
  [StatisticsDimension.PROGRAM]: 'left join assistance.program o_program on o_program.id = t.k_program',
};

export interface StatisticsStatement {
  sql: Sql;
  keys: KeyColumn[];
  measures: Measure[];
}

/**
 * The statement for a request: `scopeIds` are the parents (programmes, provinces or universities)
 * of a scoped request, `programColumns` the programme table's columns to read when `key.program`
 * is selected (returned as `program__<column>`).
 */
export function statisticsStatement(
  request: StatisticsRequest,
  scopeIds: readonly string[],
  programColumns: readonly string[],
  limit?: number,
): StatisticsStatement {
  const keys = keyColumns(request);
  const measures = measureColumns(request);
  const keyNames = keys.map((key) => KEY_COLUMN[key]);

  const armOf = armsOf(measures);
  const arms = [...new Set(measures.map(armOf))];
  const ctes = arms.map(
    (arm) =>
      sql`a_${code(arm)} as (${armQuery(
        arm,
        request,
        keys,
        measures.filter((measure) => armOf(measure) === arm),
        scopeIds,
      )})`,
  );
  // Every arm contributes all measure columns (null where not its own), so the arms line up.
  const stacked = arms.map((arm) => {
    const columns = [
      ...keyNames,
      ...measures.map((measure) => (armOf(measure) === arm ? measure : `null::${columnType(measure)} as ${measure}`)),
    ];
    return `select ${columns.join(', ')} from a_${arm}`;
  });
  const merged = [...keyNames, ...measures.map((measure) => `max(${measure}) as ${measure}`)].join(', ');
  const buckets = `select ${merged} from (${stacked.join(' union all ')}) u${groupClause(keyNames.length)}`;

  const output: Sql[] = [
    ...keyNames.map((name) => code(`t.${name}`)),
    ...measures.map((measure) =>
      code(
        measureFamily(measure) === 'metric' && measure !== 'school_years'
          ? `t.${measure}`
          : `coalesce(t.${measure}, 0)::int8 as ${measure}`,
      ),
    ),
  ];
  const joins = keys.flatMap((key) => (ORDER_JOIN[key] ? [ORDER_JOIN[key]] : []));
  if (request.withProgram && keys.includes(StatisticsDimension.PROGRAM)) {
    output.push(
      ...programColumns.map((column) => sql`o_program.${sql.ident(column)} as ${sql.ident(`program__${column}`)}`),
    );
  }
  const order = keys.map((key) => sql`${ORDER[key](KEY_COLUMN[key])} nulls last`);
  const text = sql`/* statistics */ with ${sql.join(ctes, ', ')} select ${sql.join(output, ', ')} from (${code(buckets)}) t ${code(joins.join(' '))}${
    order.length ? sql` order by ${sql.join(order, ', ')}` : code('')
  }${limit === undefined ? code('') : code(` limit ${Math.trunc(limit)}`)}`;
  return { sql: text, keys, measures };
}
