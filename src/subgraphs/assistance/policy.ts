import { sql, type Sql } from '../../db/sql';
import type { Policy, Scope, ScopeRows } from '../../graphql/auth/policy';
import type { OrganisationRole } from '../../graphql/auth/viewer';

/*
 * The assistance subgraph's rights rules (README, Identity and rights): where each organisation role
 * writes under the anchors of this subgraph's records, the parts of a university's reach its
 * partnerships give, and its constraints. A rule that runs through a partnership, a committee or a
 * participation into the directory's or the people's tables is here, with the linking table; one that
 * needs only another subgraph's tables rests on that subgraph's rule by its kind (`rowsOf`).
 *
 *   anchor          university                                county                  committee
 *   partnership     a partnership of the university           —                       —
 *   activity        an activity of one of its partnerships    —                       —
 *   plan            a plan of one of its partnerships         —                       —
 *   schoolStaff     a school its partnerships cover           (directory)             —
 *   committee       —                                         —                       the committee itself
 *   trackedSchool   a school its partnerships cover           (directory)             a school it targets
 *   trackedCounty   a county it assists                       (directory)             a county of a school it targets
 *   problem         a problem at such a school (or of such a county, when it names no school)
 *   adviser         as problem                                —                       as problem
 *   practice        as problem, for a practice
 */

/** The rows of `table` at a school the role tracks, or (naming no school) in a county it tracks. */
const trackedRows =
  (table: Sql): ScopeRows =>
  (_org, rowsOf) =>
    sql`select x.id from ${table} x where case
      when x.school_id is not null then x.school_id in (${rowsOf('trackedSchool')})
      else x.county_id in (${rowsOf('trackedCounty')}) end`;

const TRACKING_ROLES: OrganisationRole[] = ['university', 'county', 'committee'];
/** The same scope for each of the roles. */
const forRoles = (roles: OrganisationRole[], scope: Scope) =>
  Object.fromEntries(roles.map((role) => [role, scope])) as Partial<Record<OrganisationRole, Scope>>;

const ofPartnerships =
  (table: Sql): ScopeRows =>
  (_org, rowsOf) =>
    sql`select x.id from ${table} x where x.partnership_id in (${rowsOf('partnership')})`;

const COVERED_SCHOOLS: ScopeRows = (_org, rowsOf) =>
  sql`select ps.school_id as id from assistance.partnership_school ps where ps.partnership_id in (${rowsOf('partnership')})`;

const CURRENT = sql`(a.end_date is null or a.end_date >= current_date)`;

export const assistancePolicy: Policy = {
  anchors: {
    partnership: {
      university: {
        summary: 'for its own partnerships',
        rows: (_org, rowsOf) =>
          sql`select p.id from assistance.partnership p where p.university_id in (${rowsOf('university')})`,
      },
    },
    activity: {
      university: {
        summary: 'for the activities of its own partnerships',
        rows: ofPartnerships(sql.ident('assistance', 'activity')),
      },
    },
    plan: {
      university: {
        summary: 'for the plans of its own partnerships',
        rows: ofPartnerships(sql.ident('assistance', 'assistance_plan')),
      },
    },
    schoolStaff: { university: { summary: 'for the schools its partnerships cover', rows: COVERED_SCHOOLS } },
    committee: {
      committee: {
        summary: 'for itself',
        rows: (org) => sql`select c.id from assistance.committee c where c.code = ${org}`,
      },
    },
    trackedSchool: {
      university: { summary: 'at the schools its partnerships cover', rows: COVERED_SCHOOLS },
      committee: {
        summary: 'at its target schools',
        rows: (_org, rowsOf) =>
          sql`select t.school_id as id from assistance.committee_target_school t where t.committee_id in (${rowsOf('committee')})`,
      },
    },
    trackedCounty: {
      university: {
        summary: 'in the counties it assists',
        rows: (_org, rowsOf) =>
          sql`select p.county_id as id from assistance.partnership p where p.id in (${rowsOf('partnership')})`,
      },
      committee: {
        summary: 'in the counties of its target schools',
        rows: (_org, rowsOf) => sql`select s.county_id as id from assistance.committee_target_school t
          join directory.school s on s.id = t.school_id where t.committee_id in (${rowsOf('committee')})`,
      },
    },
    problem: forRoles(TRACKING_ROLES, {
      summary: 'for the problems it may record',
      rows: trackedRows(sql.ident('assistance', 'problem')),
    }),
    // Guidance is given by committees, universities and the ministry, not by the county it is for.
    adviser: forRoles(['university', 'committee'], {
      summary: 'for the problems it may record',
      rows: (_org, rowsOf) => rowsOf('problem'),
    }),
    practice: forRoles(TRACKING_ROLES, {
      summary: 'for the practices it may record',
      rows: trackedRows(sql.ident('assistance', 'practice')),
    }),
  },
  reach: {
    university: [
      {
        summary: 'with a current appointment at a school of a county it assists',
        people: (org, ids) => sql`
    select a.person_id as id from people.appointment a
      join directory.school s on s.id = a.school_id
      join assistance.partnership p on p.county_id = s.county_id
      join directory.university u on u.id = p.university_id
     where u.code = ${org} and a.person_id = any(${ids}) and ${CURRENT}`,
      },
      {
        summary: 'taking part in an activity of its partnerships',
        people: (org, ids) => sql`
    select pa.person_id as id from assistance.participation pa
      join assistance.activity ac on ac.id = pa.activity_id
      join assistance.partnership p on p.id = ac.partnership_id
      join directory.university u on u.id = p.university_id
     where u.code = ${org} and pa.person_id = any(${ids})`,
      },
    ],
  },
  constraints: {
    activity_dates_ordered: 'endDate',
    event_dates_ordered: 'endDate',
    assistance_plan_years_ordered: 'endYear',
    school_metric_year_range: 'year',
    activity_school_in_partnership_county: 'school',
    assistance_plan_school_in_partnership_county: 'school',
    partnership_school_school_in_partnership_county: 'school',
    problem_school_in_county: 'school',
    practice_school_in_county: 'school',
    problem_school_in_partnership_county: 'school',
    practice_school_in_partnership_county: 'school',
    problem_dates_ordered: 'statusOn',
    problem_finder_named: 'committee',
    guidance_adviser_named: 'givenBy',
    guidance_follow_up_ordered: 'followUpOn',
    practice_evidence_one_source: 'activity',
  },
};
