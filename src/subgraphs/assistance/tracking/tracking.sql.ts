/*
 * Progress of partnerships and schools against their plans, in one set-based statement (issue 14).
 * `progressSql` computes, for every subject a fragment selects, its goals (baseline, latest figure,
 * target, share of the way), its activities by kind in the window against what its plans schedule,
 * its last activity and its status; the lists, the DataLoader of nested fields and the rollups wrap
 * it. Every subject's work is a GROUP BY or an index lookup (metrics by school and year), never a
 * correlated scan of another CTE, so a page costs the same at 100× as at 1× plus the scope's size.
 */
import { sql, type Sql } from '../../../db/sql';
import { GoalMeasure, ImprovementTask } from '../enums';

/** The thresholds of the status rules (tracking.types.ts documents them as arguments). */
export interface TrackingRules {
  asOf: string;
  quietAfterDays: number;
  windowDays: number;
  goalTolerance: number;
  activityRatio: number;
}

/** What a subject is: whose plans (by column of assistance_plan) and whose activities (of activity). */
export type SubjectKind = 'partnership' | 'school';
const SUBJECT_COLUMN: Record<SubjectKind, Sql> = {
  partnership: sql.raw('partnership_id'),
  school: sql.raw('school_id'),
};

/** Each measure from one assistance.school_metric row `sm`; whether lower is better. */
export const MEASURES: Record<GoalMeasure, { value: string; lowerIsBetter: boolean }> = {
  [GoalMeasure.UNDERGRADUATE_ADMISSION_RATE]: {
    value: '100.0 * sm.undergraduate_admissions / nullif(sm.graduates, 0)',
    lowerIsBetter: false,
  },
  [GoalMeasure.SENIOR_TITLE_TEACHER_SHARE]: {
    value: '100.0 * sm.senior_title_teachers / nullif(sm.teachers, 0)',
    lowerIsBetter: false,
  },
  [GoalMeasure.STUDENTS_PER_TEACHER]: {
    value: 'sm.enrolled_students::float8 / nullif(sm.teachers, 0)',
    lowerIsBetter: true,
  },
  [GoalMeasure.TRAINING_HOURS_PER_TEACHER]: {
    value: 'sm.training_hours::float8 / nullif(sm.teachers, 0)',
    lowerIsBetter: false,
  },
};

const measureValue = sql.raw(
  `case g.measure ${Object.entries(MEASURES)
    .map(([measure, { value }]) => `when '${measure}' then ${value}`)
    .join(' ')} end`,
);

/** The school year a date falls in (September to August, named by the year it starts in). */
export function schoolYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return month >= 9 ? year : year - 1;
}

const TASKS = Object.values(ImprovementTask);

/** The per-task average share column of a progress row (for sorting, filtering and rollups). */
export const shareColumn = (task: ImprovementTask): Sql => sql.ident(`share_${task.toLowerCase()}`);

/**
 * One row per subject of `subjects` (a statement selecting a column `id`): id, status,
 * last_activity_on (text), days_since_last_activity, behind_on (tasks), behind_on_activities (kinds),
 * goals and activities (json arrays; empty without `detail`, which counts and rollups do without),
 * share_<task> (average share of the way over its goals).
 */
export function progressSql(kind: SubjectKind, subjects: Sql, rules: TrackingRules, detail = true): Sql {
  const column = SUBJECT_COLUMN[kind];
  const asOf = sql`${rules.asOf}::date`;
  const windowStart = sql`(${asOf} - ${rules.windowDays}::int + 1)`;
  const years = windowYears(rules);
  return sql`
with subjects as (${subjects}),
plans as (
  select pl.id, pl.school_id, pl.${column} as subject
    from assistance.assistance_plan pl join subjects s on s.id = pl.${column}
   where pl.start_year <= ${schoolYearOf(rules.asOf)}::int
),
goals as (
  select p.subject, g.task, g.measure, g.baseline, g.baseline_year, g.target, g.target_year,
         m.year as latest_year, m.value as latest
    from plans p join assistance.plan_goal g on g.plan_id = p.id
    left join lateral (
      select sm.year, ${measureValue} as value from assistance.school_metric sm
       where sm.school_id = p.school_id and sm.year >= g.baseline_year
         and sm.year <= least(g.target_year, ${schoolYearOf(rules.asOf)}::int)
       order by sm.year desc limit 1
    ) m on g.measure is not null
),
goal_shares as (
  select g.*,
         case when g.latest is null then null
              when g.target = g.baseline then
                case when (g.latest - g.target) * (case when g.measure = any(${lowerIsBetter()}) then -1 else 1 end) >= 0
                     then 1.0 else 0.0 end
              else greatest(0.0, least(1.0, (g.latest - g.baseline) / (g.target - g.baseline))) end as share,
         case when g.latest_year is null then null
              else coalesce(greatest(0.0, least(1.0,
                     (g.latest_year - g.baseline_year)::float8 / nullif(g.target_year - g.baseline_year, 0))), 1.0)
         end as expected
    from goals g
),
goal_rows as materialized (
  select s.*, s.share < s.expected - ${rules.goalTolerance}::float8 as behind from goal_shares s
),
last_activity as (
  select a.${column} as subject, max(a.start_date) as last_on
    from assistance.activity a join subjects s on s.id = a.${column}
   where a.start_date <= ${asOf}
   group by 1
),
done as (
  select a.${column} as subject, a.kind, count(*)::int as done
    from assistance.activity a join subjects s on s.id = a.${column}
   where a.start_date between ${windowStart} and ${asOf}
   group by 1, 2
),
planned as (
  select p.subject, sa.kind, sum(sa.planned_count * w.share) as planned
    from plans p join assistance.plan_scheduled_activity sa on sa.plan_id = p.id
    join unnest(${years.map((y) => y.year)}::int[], ${years.map((y) => y.share)}::float8[]) as w(year, share) on w.year = sa.year
   group by 1, 2
),
activity_rows as (
  select coalesce(d.subject, p.subject) as subject, coalesce(d.kind, p.kind) as kind,
         coalesce(d.done, 0) as done, coalesce(p.planned, 0.0) as planned,
         coalesce(d.done, 0) < floor(coalesce(p.planned, 0.0) * ${rules.activityRatio}::float8) as behind
    from done d full join planned p on p.subject = d.subject and p.kind = d.kind
),
goal_agg as (
  select subject,
         ${
           detail
             ? sql`json_agg(json_build_object('task', task, 'measure', measure, 'baseline', baseline, 'baselineYear', baseline_year,
           'target', target, 'targetYear', target_year, 'latest', latest, 'latestYear', latest_year, 'share', share,
           'expected', expected, 'behind', coalesce(behind, false))
           order by array_position(${TASKS}::text[], task::text))`
             : sql`null::json`
         } as goals,
         coalesce(array_agg(distinct task order by task) filter (where behind), '{}') as behind_on,
         ${sql.join(TASKS.map((task) => sql`avg(share::numeric) filter (where task = ${task})::float8 as ${shareColumn(task)}`))}
    from goal_rows group by subject
),
activity_agg as (
  select subject,
         ${
           detail
             ? sql`json_agg(json_build_object('kind', kind, 'done', done, 'planned', planned, 'behind', behind)
           order by kind) filter (where done > 0 or planned > 0)`
             : sql`null::json`
         } as activities,
         coalesce(array_agg(kind order by kind) filter (where behind), '{}') as behind_on_activities
    from activity_rows group by subject
)
select s.id, l.last_on::text as last_activity_on, (${asOf} - l.last_on) as days_since_last_activity,
       case when l.last_on is null or ${asOf} - l.last_on > ${rules.quietAfterDays}::int then 'QUIET'
            when cardinality(g.behind_on) > 0 or cardinality(a.behind_on_activities) > 0 then 'BEHIND'
            else 'ON_TRACK' end as status,
       coalesce(g.goals, '[]') as goals, coalesce(a.activities, '[]') as activities,
       coalesce(g.behind_on::text[], '{}') as behind_on, coalesce(a.behind_on_activities::text[], '{}') as behind_on_activities,
       ${sql.join(TASKS.map((task) => sql`g.${shareColumn(task)}`))}
  from subjects s
  left join goal_agg g on g.subject = s.id
  left join activity_agg a on a.subject = s.id
  left join last_activity l on l.subject = s.id`;
}

const DAY_MS = 86_400_000;
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * The school years the window (the `windowDays` days up to `asOf`) overlaps, each with the share of
 * its days inside the window: what the plans schedule for a year counts in the window by that share.
 * Computed here (a handful of years), so the statement joins the schedule to them instead of doing
 * date arithmetic per scheduled row.
 */
export function windowYears(rules: TrackingRules): Array<{ year: number; share: number }> {
  const end = dayOf(rules.asOf) + 1;
  const start = end - rules.windowDays;
  const first = schoolYearOf(new Date(start * DAY_MS).toISOString().slice(0, 10));
  const years: Array<{ year: number; share: number }> = [];
  for (let year = first; year <= schoolYearOf(rules.asOf); year++) {
    const [from, to] = [dayOf(`${year}-09-01`), dayOf(`${year + 1}-09-01`)];
    years.push({ year, share: (Math.min(to, end) - Math.max(from, start)) / (to - from) });
  }
  return years;
}

function lowerIsBetter(): string[] {
  return Object.entries(MEASURES)
    .filter(([, m]) => m.lowerIsBetter)
    .map(([measure]) => measure);
}
