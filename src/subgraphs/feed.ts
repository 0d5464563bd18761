import { sql, type Sql } from '../db/sql';
import type { OrganisationRole } from '../graphql/auth/viewer';
import { declareFeedScope } from '../graphql/feed/feed';

/*
 * What each change of the feed touches (graphql/feed/feed.ts), read from the changed row itself and
 * the rows it hangs from: read-only SQL across the three schemas, declared here, in one place.
 *   - the row's own references: school_id, county_id, university_id, partnership_id, program_id,
 *     province_id (a School, County, University, Partnership or Program change is its own reference);
 *   - the rows it hangs from: an activity (participations, evidence), a plan (goals), a problem
 *     (guidance, status changes), a practice (evidence), a metric, an event (attendance), a person's
 *     appointments (a Person change), a committee's target schools (a Committee change);
 *   - a partnership gives its university, county and programme; a school its county and province; a
 *     county its province.
 * One statement for a whole page of changes (the caller's `changes` fragment: id, entity, record_id, r).
 */
const SELF: Record<string, string> = {
  School: 'school_id',
  County: 'county_id',
  University: 'university_id',
  Partnership: 'partnership_id',
  Program: 'program_id',
  Province: 'province_id',
};

const selfKey = sql.raw(
  `case c.entity ${Object.entries(SELF)
    .map(([entity, key]) => `when '${entity}' then '${key}'`)
    .join(' ')} else 'self_id' end`,
);

/** Parent rows joined by a reference of the changed row: [table, the row's key that points at it]. */
const PARENTS: [string, string][] = [
  ['assistance.activity', 'activity_id'],
  ['assistance.assistance_plan', 'plan_id'],
  ['assistance.problem', 'problem_id'],
  ['assistance.practice', 'practice_id'],
  ['assistance.school_metric', 'metric_id'],
  ['assistance.event', 'event_id'],
];

const parents = sql.join(
  PARENTS.map(([table, key]) =>
    sql.raw(`select c.id, to_jsonb(x) as j from changes c join ${table} x on x.id = (c.r->>'${key}')::uuid`),
  ),
  ' union all ',
);

export const feedScopeSql = (changes: Sql): Sql => sql`
  with changes as (select id, entity, record_id, r from ${changes}),
  rows as (
    select c.id, c.r || jsonb_build_object(${selfKey}, c.record_id) as j from changes c
    union all ${parents}
    union all
    select c.id, to_jsonb(a) from changes c join people.appointment a on c.entity = 'Person' and a.person_id = c.record_id
    union all
    select c.id, to_jsonb(t) from changes c join assistance.committee_target_school t
        on c.entity = 'Committee' and t.committee_id = c.record_id
  ),
  direct as (
    select r.id, d.kind, d.ref from rows r cross join lateral (values
      ('school', r.j->>'school_id'), ('county', r.j->>'county_id'), ('university', r.j->>'university_id'),
      ('partnership', r.j->>'partnership_id'), ('program', r.j->>'program_id'), ('province', r.j->>'province_id')
    ) as d(kind, ref) where d.ref is not null
  ),
  via_partnership as (
    select d.id, v.kind, v.ref from direct d join assistance.partnership p on d.kind = 'partnership' and p.id = d.ref::uuid
      cross join lateral (values ('university', p.university_id::text), ('county', p.county_id::text),
                                 ('program', p.program_id::text)) as v(kind, ref)
  ),
  refs as (select * from direct union select * from via_partnership),
  places as (
    select r.id, v.kind, v.ref from refs r join directory.school s on r.kind = 'school' and s.id = r.ref::uuid
      cross join lateral (values ('county', s.county_id::text), ('province', s.province_id::text)) as v(kind, ref)
    union
    select r.id, 'province', c.province_id::text from refs r join directory.county c on r.kind = 'county' and c.id = r.ref::uuid
  ),
  every_ref as (select * from refs union select * from places)
  select id,
         coalesce(array_agg(distinct ref) filter (where kind = 'program'), '{}') as program,
         coalesce(array_agg(distinct ref) filter (where kind = 'province'), '{}') as province,
         coalesce(array_agg(distinct ref) filter (where kind = 'county'), '{}') as county,
         coalesce(array_agg(distinct ref) filter (where kind = 'university'), '{}') as university,
         coalesce(array_agg(distinct ref) filter (where kind = 'school'), '{}') as school
    from every_ref group by id`;

/*
 * Whose changes an organisation follows (its reach in the feed):
 *   university: its own record, and changes touching it (its partnerships and what hangs from them,
 *               its appointments, problems and guidance it recorded);
 *   county:     its own record, and changes touching it (its schools, partnerships, problems);
 *   committee:  changes at its target schools.
 */
const REACH_SQL: Record<OrganisationRole, (org: string) => Sql> = {
  university: (org) =>
    sql`select 'university' as kind, u.id::text as id from directory.university u where u.code = ${org}`,
  county: (org) => sql`select 'county' as kind, c.id::text as id from directory.county c where c.code = ${org}`,
  committee: (org) => sql`
    select 'school' as kind, t.school_id::text as id from assistance.committee_target_school t
      join assistance.committee cm on cm.id = t.committee_id where cm.code = ${org}`,
};

export const feedReachSql = (role: OrganisationRole, org: string): Sql => REACH_SQL[role](org);

declareFeedScope(feedScopeSql, feedReachSql);
