import type { EntityManager } from '@mikro-orm/postgresql';
import { hasReach, REACH_SUMMARY, reachOf } from '../auth/reach';
import type { OrganisationRole, Viewer } from '../auth/viewer';
import { forbidden } from '../errors';
import { sql, type Sql } from '../../db/sql';
import { query } from '../../db/statements';

/*
 * Rights of writes, per object: every row a mutation writes hangs off an anchor (declared per entity
 * in its *.mutations.ts, see writes.ts), and whether the caller may write there is decided here, from
 * the viewer alone, in one statement per kind of anchor:
 *
 *   anchor          ministry_admin  university (org: institution code)          county (org: division code)
 *   partnership     ✓               a partnership of the university             —
 *   activity        ✓               an activity of one of its partnerships      —
 *   plan            ✓               a plan of one of its partnerships           —
 *   schoolFigures   ✓               —                                           a school of the county
 *   schoolStaff     ✓               a school its partnerships cover             a school of the county
 *   university      ✓               the university itself                       —
 *   person          ✓               a person in its reach (auth/reach.ts)       a person in its reach
 *   anyWriter       ✓               ✓                                           ✓
 *   ministry        ✓               —                                           —
 * The tracking and guidance records (issue 14), where a committee (org: committee code) writes too:
 *   anchor          university                      county                 committee
 *   trackedSchool   a school its partnerships cover  a school of the county  a school it targets
 *   trackedCounty   a county it assists             the county itself      a county of a school it targets
 *   problem         a problem at such a school (or of such a county, when it names no school)
 *   adviser         as problem                      —                      as problem
 *   practice        as problem, for a practice
 *   committee       —                               —                      the committee itself
 * (anyWriter lets a committee record a person too.) analyst and anonymous write nothing.
 *
 * And, whatever the anchor, reach cannot be bought: a row an organisation writes may name only people
 * already in its reach (auth/reach.ts), or people this write created (outsideReach, below; Writes
 * applies it to every reference to a person, in single writes and imports alike).
 */

export type AnchorKind =
  | 'partnership'
  | 'activity'
  | 'plan'
  | 'schoolFigures'
  | 'schoolStaff'
  | 'university'
  | 'person'
  | 'anyWriter'
  | 'ministry'
  | 'trackedSchool'
  | 'trackedCounty'
  | 'problem'
  | 'adviser'
  | 'practice'
  | 'committee';

/** Where a row hangs: a kind and the id of the record of that kind (none for anyWriter and ministry). */
export interface Anchor {
  kind: AnchorKind;
  id?: string | null;
}

export const MINISTRY: Anchor = { kind: 'ministry' };
export const ANY_WRITER: Anchor = { kind: 'anyWriter' };

/** Roles that may write at all; the others are refused before any SQL. */
const WRITERS = new Set<Viewer['role']>(['university', 'county', 'committee', 'ministry_admin']);

/** Refuses a caller that may write nothing (anonymous, analyst, an organisation role without its org). */
export function assertWriter(viewer: Viewer): void {
  if (!WRITERS.has(viewer.role)) {
    throw forbidden(
      `The role ${viewer.role} may not write: send a bearer token with the role ministry_admin, or university, ` +
        'county or committee with its organisation (org); in development `npm run -s token -- --role university ' +
        '--org <institution code>` mints one. What each role may write: README, Identity and rights.',
    );
  }
  if (viewer.role !== 'ministry_admin' && !viewer.org) {
    throw forbidden(
      `A ${viewer.role} token must name its organisation (org) to write: mint it with --org <code> (npm run token).`,
    );
  }
}

/**
 * The ids (among `ids`) of the rows of one kind of anchor the organisation `org` may write under: one
 * `sql` statement whose text is the same for any number of ids (they travel as one uuid[] parameter).
 */
type Scope = (org: string, ids: string[]) => Sql;

/** Rows of `table` whose partnership is the university's. */
const OF_UNIVERSITY_PARTNERSHIP =
  (table: Sql): Scope =>
  (org, ids) => sql`
  select x.id::text as id from ${table} x
    join assistance.partnership p on p.id = x.partnership_id
    join directory.university u on u.id = p.university_id
   where u.code = ${org} and x.id = any(${ids}::uuid[])`;

/**
 * The schools and the counties (ids, as SQL over the organisation's code `o.code`) where each
 * organisation role records tracking and guidance (problems, guidance, practices).
 */
const TRACKED_SCHOOLS: Record<OrganisationRole, Sql> = {
  university: sql`select ps.school_id from assistance.partnership_school ps
      join assistance.partnership p on p.id = ps.partnership_id
      join directory.university u on u.id = p.university_id where u.code = o.code`,
  county: sql`select s.id from directory.school s join directory.county c on c.id = s.county_id where c.code = o.code`,
  committee: sql`select t.school_id from assistance.committee_target_school t
      join assistance.committee cm on cm.id = t.committee_id where cm.code = o.code`,
};
const TRACKED_COUNTIES: Record<OrganisationRole, Sql> = {
  university: sql`select p.county_id from assistance.partnership p
      join directory.university u on u.id = p.university_id where u.code = o.code`,
  county: sql`select c.id from directory.county c where c.code = o.code`,
  committee: sql`select s.county_id from assistance.committee_target_school t
      join assistance.committee cm on cm.id = t.committee_id
      join directory.school s on s.id = t.school_id where cm.code = o.code`,
};

/** `table`'s rows tracked by the organisation: at a tracked school, or (no school) in a tracked county. */
const TRACKED_ROWS =
  (table: Sql, role: OrganisationRole): Scope =>
  (org, ids) => sql`
  with o as (select ${org}::text as code)
  select x.id::text as id from ${table} x, o where x.id = any(${ids}::uuid[]) and case
    when x.school_id is not null then x.school_id in (${TRACKED_SCHOOLS[role]})
    else x.county_id in (${TRACKED_COUNTIES[role]}) end`;

const TRACKING_ROLES: OrganisationRole[] = ['university', 'county', 'committee'];
/** Per tracking kind, the roles it admits: the scope of each. */
const tracking = (roles: OrganisationRole[], scope: (role: OrganisationRole) => Scope) =>
  Object.fromEntries(roles.map((role) => [role, scope(role)]));

const COUNTY_SCHOOLS: Scope = (org, ids) => sql`select s.id::text as id from directory.school s
      join directory.county c on c.id = s.county_id where c.code = ${org} and s.id = any(${ids}::uuid[])`;

/** Per kind and organisation role: the ids (among `ids`) the organisation `org` may write under. */
const SCOPE_SQL: Partial<Record<AnchorKind, Partial<Record<OrganisationRole, Scope>>>> = {
  partnership: {
    university: (org, ids) => sql`select p.id::text as id from assistance.partnership p
      join directory.university u on u.id = p.university_id where u.code = ${org} and p.id = any(${ids}::uuid[])`,
  },
  activity: { university: OF_UNIVERSITY_PARTNERSHIP(sql.ident('assistance', 'activity')) },
  plan: { university: OF_UNIVERSITY_PARTNERSHIP(sql.ident('assistance', 'assistance_plan')) },
  schoolFigures: { county: COUNTY_SCHOOLS },
  schoolStaff: {
    county: COUNTY_SCHOOLS,
    university: (org, ids) => sql`select ps.school_id::text as id from assistance.partnership_school ps
      join assistance.partnership p on p.id = ps.partnership_id
      join directory.university u on u.id = p.university_id
     where u.code = ${org} and ps.school_id = any(${ids}::uuid[])`,
  },
  university: {
    university: (org, ids) =>
      sql`select u.id::text as id from directory.university u where u.code = ${org} and u.id = any(${ids}::uuid[])`,
  },
  committee: {
    committee: (org, ids) =>
      sql`select c.id::text as id from assistance.committee c where c.code = ${org} and c.id = any(${ids}::uuid[])`,
  },
  trackedSchool: tracking(
    TRACKING_ROLES,
    (role) => (org, ids) => sql`with o as (select ${org}::text as code)
      select s.id::text as id from directory.school s, o
       where s.id = any(${ids}::uuid[]) and s.id in (${TRACKED_SCHOOLS[role]})`,
  ),
  trackedCounty: tracking(
    TRACKING_ROLES,
    (role) => (org, ids) => sql`with o as (select ${org}::text as code)
      select c.id::text as id from directory.county c, o
       where c.id = any(${ids}::uuid[]) and c.id in (${TRACKED_COUNTIES[role]})`,
  ),
  problem: tracking(TRACKING_ROLES, (role) => TRACKED_ROWS(sql.ident('assistance', 'problem'), role)),
  // Guidance is given by committees, universities and the ministry, not by the county it is for.
  adviser: tracking(['university', 'committee'], (role) => TRACKED_ROWS(sql.ident('assistance', 'problem'), role)),
  practice: tracking(TRACKING_ROLES, (role) => TRACKED_ROWS(sql.ident('assistance', 'practice'), role)),
};

/**
 * Refuses (FORBIDDEN, before anything is written) unless the viewer may write under every anchor.
 * One statement per kind of anchor an organisation role needs checked; none for the ministry.
 */
export async function authorize(em: EntityManager, viewer: Viewer, anchors: Anchor[]): Promise<void> {
  const refused = await refusedAnchors(em, viewer, anchors);
  const first = refused.find((reason) => reason !== undefined);
  if (first) throw forbidden(first);
}

/**
 * Why the viewer may not write under each anchor (undefined where it may), in the anchors' order: the
 * same decision as authorize, for every row of a bulk import at once (still one statement per kind).
 */
export async function refusedAnchors(
  em: EntityManager,
  viewer: Viewer,
  anchors: Anchor[],
): Promise<(string | undefined)[]> {
  assertWriter(viewer);
  const reasons: (string | undefined)[] = anchors.map(() => undefined);
  if (viewer.role === 'ministry_admin') return reasons;
  const role = viewer.role as OrganisationRole;
  const org = viewer.org as string;
  const byKind = new Map<AnchorKind, Set<string>>();
  anchors.forEach((anchor, index) => {
    if (anchor.kind === 'anyWriter') return;
    if (anchor.kind === 'ministry' || !anchor.id) {
      reasons[index] = 'Only the ministry may write this.';
      return;
    }
    const ids = byKind.get(anchor.kind) ?? new Set<string>();
    ids.add(anchor.id);
    byKind.set(anchor.kind, ids);
  });
  for (const [kind, ids] of byKind) {
    let allowed: Set<string>;
    if (kind === 'person') {
      // A committee has no reach (no appointments of its own): it changes no person on record.
      allowed = hasReach(role) ? await reachOf(em, role, org, [...ids]) : new Set();
    } else {
      const scope = SCOPE_SQL[kind]?.[role];
      const rows = scope ? await query<{ id: string }>(em, scope(org, [...ids])) : [];
      allowed = new Set(rows.map((row) => row.id));
    }
    anchors.forEach((anchor, index) => {
      if (anchor.kind !== kind || allowed.has(anchor.id!)) return;
      reasons[index] =
        kind === 'person' || SCOPE_SQL[kind]?.[role]
          ? `This ${role} (${org}) may not write under ${kind} ${anchor.id}.`
          : `A ${role} may not write this.`;
    });
  }
  return reasons;
}

/**
 * Reach cannot be bought (README, Rights): of the people a write links (the references to a person in
 * the rows it creates, or in rows as an update leaves them), those outside the writer's reach, each
 * with the reason to give. Reach grows by rows that name a person, so a write that names only people
 * already in reach (or people it created: they are in it) cannot widen it. One statement for all the
 * people; none for the ministry (it reads everyone) nor for a role without reach (a committee reads
 * no personal attribute: there is nothing to widen).
 */
export async function outsideReach(em: EntityManager, viewer: Viewer, people: string[]): Promise<Map<string, string>> {
  assertWriter(viewer);
  const outside = new Map<string, string>();
  const { role, org } = viewer;
  if (!people.length || !hasReach(role) || !org) return outside;
  const within = await reachOf(em, role, org, [...new Set(people)]);
  for (const person of people) {
    if (within.has(person)) continue;
    outside.set(
      person,
      `person ${person} is outside the reach of this ${role} (${org}): a write may not name a person the ${role} may not already read, as linking them would let it read them. Its reach: ${REACH_SUMMARY[role]}. Record a new person with createPerson, or ask the ministry to record the link.`,
    );
  }
  return outside;
}
