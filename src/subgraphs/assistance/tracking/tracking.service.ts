/*
 * Reads of progress: a page of a list (one statement, plus one for totalCount when selected), the
 * progress of many parents for a nested field (one statement per list level, through a per-request
 * DataLoader) and rollups (one statement). The SQL is tracking.sql.ts's.
 */
import { PageInfo, Page, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../graphql/connection';
import type { Context } from '../../../graphql/context';
import { badInput } from '../../../graphql/errors';
import { isId } from '../../../graphql/ids';
import { OrderDirection } from '../../../graphql/listing/operators';
import { query } from '../../../db/statements';
import { cachedQuery } from '../../../db/read-cache';
import { sql, type Sql } from '../../../db/sql';
import { ImprovementTask } from '../enums';
import { progressSql, shareColumn, type SubjectKind, type TrackingRules } from './tracking.sql';
import {
  ProgressOrderField,
  ProgressRollupDimension,
  type Progress,
  type ProgressListArgs,
  type ProgressRollupArgs,
  type ProgressWhere,
  type TrackingArgs,
  type TrackingStatus,
} from './tracking.types';

const today = (): string => new Date().toISOString().slice(0, 10);

function inRange(path: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value) || value < min || value > max) throw badInput(path, `must be from ${min} to ${max}`);
  return value;
}

/** The rules of the arguments, checked (BAD_USER_INPUT with the argument's name). */
export function rulesOf(args: TrackingArgs): TrackingRules {
  return {
    asOf: args.asOf ?? today(),
    quietAfterDays: inRange('quietAfterDays', args.quietAfterDays, 0, 3650),
    windowDays: inRange('windowDays', args.windowDays, 1, 3650),
    goalTolerance: inRange('goalTolerance', args.goalTolerance, 0, 1),
    activityRatio: inRange('activityRatio', args.activityRatio, 0, 10),
  };
}

interface ProgressRow {
  id: string;
  status: TrackingStatus;
  last_activity_on: string | null;
  days_since_last_activity: number | null;
  goals: Array<Record<string, unknown>>;
  activities: Progress['activities'];
  behind_on: Progress['behindOn'];
  behind_on_activities: Progress['behindOnActivities'];
  sort_key?: string | null;
}

function toProgress(kind: SubjectKind, row: ProgressRow, asOf: string): Progress {
  return {
    kind,
    subjectId: row.id,
    asOf,
    status: row.status,
    lastActivityOn: row.last_activity_on,
    daysSinceLastActivity: row.days_since_last_activity,
    // The SQL names the share `share`/`expected`; the API spells them out.
    goals: row.goals.map(({ share, expected, ...goal }) => ({
      ...(goal as unknown as Progress['goals'][number]),
      shareOfTheWay: share as number | null,
      expectedShare: expected as number | null,
    })),
    activities: row.activities,
    behindOn: row.behind_on,
    behindOnActivities: row.behind_on_activities,
  };
}

/** The records a filter names by ids and/or codes, as a uuid[] expression; undefined when it names none. */
function named(
  where: ProgressWhere | null | undefined,
  scope: 'program' | 'university' | 'county' | 'province',
): Sql | undefined {
  const ids = where?.[`${scope}Ids`];
  const codes = where?.[`${scope}Codes`];
  if (!ids && !codes) return undefined;
  const bad = ids?.findIndex((value) => !isId(value)) ?? -1;
  if (bad >= 0) throw badInput(`where.${scope}Ids.${bad}`, 'is not an id (a UUID)');
  const table = sql.ident(scope === 'program' ? 'assistance' : 'directory', scope);
  const byCode = codes ? sql`array(select id from ${table} where code = any(${codes}::text[]))` : undefined;
  const byId = ids ? sql`${ids}::uuid[]` : undefined;
  return byId && byCode ? sql`(${byId} || ${byCode})` : (byId ?? byCode);
}

/** The subjects a `where` selects (its scope conditions; status and the like apply to the computed rows). */
function scopeSql(kind: SubjectKind, where: ProgressWhere | null | undefined): Sql {
  const program = named(where, 'program');
  const university = named(where, 'university');
  const county = named(where, 'county');
  const province = named(where, 'province');
  const conditions: Sql[] = [];
  if (kind === 'partnership') {
    if (program) conditions.push(sql`x.program_id = any(${program})`);
    if (university) conditions.push(sql`x.university_id = any(${university})`);
  } else {
    // A school is in a programme through a partnership covering it or a committee targeting it.
    const covering = sql`select 1 from assistance.partnership_school ps join assistance.partnership pa on pa.id = ps.partnership_id where ps.school_id = x.id`;
    if (program) {
      conditions.push(
        sql`(exists (${covering} and pa.program_id = any(${program})) or exists (select 1 from assistance.committee_target_school t join assistance.committee cm on cm.id = t.committee_id where t.school_id = x.id and cm.program_id = any(${program})))`,
      );
    }
    if (university) conditions.push(sql`exists (${covering} and pa.university_id = any(${university}))`);
    conditions.push(sql`exists (select 1 from assistance.assistance_plan pl where pl.school_id = x.id)`);
  }
  if (county) conditions.push(sql`x.county_id = any(${county})`);
  if (province) conditions.push(sql`c.province_id = any(${province})`);
  const table = kind === 'partnership' ? sql`assistance.partnership` : sql`directory.school`;
  return sql`select x.id from ${table} x join directory.county c on c.id = x.county_id where ${sql.and(conditions)}`;
}

/** Conditions on computed rows `p` (status, tasks behind, quiet since). */
function rowConditions(where: ProgressWhere | null | undefined): Sql[] {
  const conditions: Sql[] = [];
  if (where?.status) conditions.push(sql`p.status = any(${where.status}::text[])`);
  if (where?.behindOn) conditions.push(sql`p.behind_on && ${where.behindOn}::text[]`);
  if (where?.quietSince) {
    conditions.push(sql`(p.last_activity_on is null or p.last_activity_on::date < ${where.quietSince}::date)`);
  }
  return conditions;
}

const SHARE_FIELDS: Record<string, ImprovementTask> = Object.fromEntries(
  Object.values(ImprovementTask).map((task) => [`SHARE_${task}`, task]),
);

/** The sort key of a field as SQL on `p` (never null: sentinels sort missing values) and its type. */
function sortKey(field: ProgressOrderField): { expression: Sql; type: Sql } {
  if (field === ProgressOrderField.STATUS) {
    return { expression: sql`array_position(array['QUIET', 'BEHIND', 'ON_TRACK'], p.status)`, type: sql`int` };
  }
  if (field === ProgressOrderField.LAST_ACTIVITY_ON) {
    return { expression: sql`coalesce(p.last_activity_on::date, '0001-01-01'::date)`, type: sql`date` };
  }
  return { expression: sql`coalesce(p.${shareColumn(SHARE_FIELDS[field]!)}, 2.0)`, type: sql`float8` };
}

/** A cursor names the order it was made in: its key is only comparable (and castable) in that order. */
const encodeCursor = (field: string, key: string, id: string): string =>
  Buffer.from(JSON.stringify([field, key, id])).toString('base64url');

function decodeCursor(cursor: string, field: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value[0] === field &&
      typeof value[1] === 'string' &&
      isId(value[2])
    ) {
      return [value[1], value[2]];
    }
  } catch {
    // reported below
  }
  throw badInput('after', 'is not a cursor of this list in this order');
}

/** A page of progress rows of `kind` (one statement; totalCount another, only when selected). */
export async function progressPage(ctx: Context, kind: SubjectKind, args: ProgressListArgs): Promise<Page<Progress>> {
  const rules = rulesOf(args);
  const first = inRange('first', args.first ?? DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
  const field = args.orderBy?.field ?? ProgressOrderField.STATUS;
  const { expression, type } = sortKey(field);
  const descending = args.orderBy?.direction === OrderDirection.DESC;
  const direction = sql.raw(descending ? 'desc' : 'asc');
  const conditions = rowConditions(args.where);
  const scope = scopeSql(kind, args.where);
  const rows = sql`(${progressSql(kind, scope, rules)}) p`;
  const keyset = args.after
    ? (() => {
        const [key, id] = decodeCursor(args.after, field);
        return sql`(${expression}, p.id) ${sql.raw(descending ? '<' : '>')} (${key}::${type}, ${id}::uuid)`;
      })()
    : undefined;
  const found = await cachedQuery<ProgressRow>(
    ctx.em,
    sql`select p.*, (${expression})::text as sort_key from ${rows}
         where ${sql.and(keyset ? [...conditions, keyset] : conditions)}
         order by ${expression} ${direction}, p.id ${direction} limit ${first + 1}::int`,
  );
  const page = found.slice(0, first);
  const cursors = page.map((row) => encodeCursor(field, row.sort_key!, row.id));
  const pageInfo: PageInfo = {
    hasNextPage: found.length > first,
    hasPreviousPage: Boolean(args.after),
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  };
  return new Page(
    page.map((row) => toProgress(kind, row, rules.asOf)),
    (index) => cursors[index]!,
    pageInfo,
    async () => {
      const [count] = await cachedQuery<{ n: number }>(
        ctx.em,
        sql`select count(*)::int as n from (${progressSql(kind, scope, rules, false)}) p where ${sql.and(conditions)}`,
      );
      return count?.n ?? 0;
    },
  );
}

/** The progress of one subject (batched with the other parents of its list level, per kind and rules). */
export function loadProgress(
  ctx: Context,
  kind: SubjectKind,
  id: string,
  args: TrackingArgs,
): Promise<Progress | null> {
  const rules = rulesOf(args);
  const loader = ctx.loaders.batched(`progress:${kind}:${JSON.stringify(rules)}`, async (keys) => {
    const rows = await query<ProgressRow>(
      ctx.em,
      progressSql(kind, sql`select unnest(${keys.filter(isId)}::uuid[]) as id`, rules),
    );
    const byId = new Map(rows.map((row) => [row.id, toProgress(kind, row, rules.asOf)]));
    return keys.map((key) => byId.get(key) ?? null);
  });
  return loader.load(id);
}

/** A rollup row as the SQL returns it. */
export interface RollupRow {
  key: string;
  partnerships: number;
  on_track: number;
  behind: number;
  quiet: number;
  tasks: Array<{ task: ImprovementTask; averageShare: number | null; behind: number }>;
}

const ROLLUP_KEYS: Record<ProgressRollupDimension, Sql> = {
  [ProgressRollupDimension.PROGRAM]: sql`pa.program_id`,
  [ProgressRollupDimension.UNIVERSITY]: sql`pa.university_id`,
  [ProgressRollupDimension.COUNTY]: sql`pa.county_id`,
  [ProgressRollupDimension.PROVINCE]: sql`c.province_id`,
};

/**
 * Partnerships' progress counted by status and averaged per task, per group of `by` (one statement).
 * Averages sum in numeric: exact, so a parallel plan's order of partial sums cannot change the answer.
 */
export function progressRollup(ctx: Context, args: ProgressRollupArgs): Promise<RollupRow[]> {
  const rules = rulesOf(args);
  const key = ROLLUP_KEYS[args.by];
  const tasks = Object.values(ImprovementTask).map(
    (task) =>
      sql`json_build_object('task', ${task}::text, 'averageShare', avg(p.${shareColumn(task)}::numeric)::float8, 'behind', count(*) filter (where ${task}::text = any(p.behind_on)))`,
  );
  return cachedQuery<RollupRow>(
    ctx.em,
    sql`select ${key}::text as key, count(*)::int as partnerships,
               count(*) filter (where p.status = 'ON_TRACK')::int as on_track,
               count(*) filter (where p.status = 'BEHIND')::int as behind,
               count(*) filter (where p.status = 'QUIET')::int as quiet,
               json_build_array(${sql.join(tasks)}) as tasks
          from (${progressSql('partnership', scopeSql('partnership', args.where), rules, false)}) p
          join assistance.partnership pa on pa.id = p.id join directory.county c on c.id = pa.county_id
         where ${sql.and(rowConditions(args.where))}
         group by ${key} order by ${key}`,
  );
}
