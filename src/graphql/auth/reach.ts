import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Sql } from '../../db/sql';
import { query } from '../../db/statements';
import type { Context } from '../context';
import { type Viewer } from './viewer';

/*
 * The people an organisation role may see personal attributes of (with the personal:read scope), in
 * one statement per list level (a DataLoader batch). Read-only SQL across the three schemas, declared
 * here, in one place:
 *   university: people with a current appointment at the university or at a school of a county it
 *               assists (a partnership of the university with that county), people taking part in an
 *               activity of its partnerships, and people it recorded itself;
 *   county:     people with a current appointment at a school of the county, and people it recorded.
 * A current appointment is one not ended (no end date, or one not past): a former teacher leaves the
 * reach with the post. "Recorded itself": the person's creation in the audit trail (append-only, so
 * no write can forge it) names this role and organisation: it wrote those attributes.
 *
 * Reach cannot be bought (README, Rights): no write of an organisation may name a person outside its
 * reach (writes.ts, rights.ts), so every row above that grants reach names a person who was in it
 * already, or one the organisation created. A role without an entry here (a committee) reads no
 * personal attribute, so its writes have no reach to widen.
 */
/** The entity whose records reach guards: a row's reference to one is a link (writes.ts). */
export const REACHED_ENTITY = 'Person';

const CURRENT = sql`(a.end_date is null or a.end_date >= current_date)`;
const RECORDED = (role: string, org: string, ids: readonly string[]) => sql`
    select c.record_id from audit.change c
     where c.record_id = any(${ids}::uuid[]) and c.entity = ${REACHED_ENTITY} and c.action = 'CREATE'
       and c.role = ${role} and c.org = ${org}`;

const REACH_SQL: Record<'university' | 'county', (org: string, ids: readonly string[]) => Sql> = {
  university: (org, ids) => sql`
    select a.person_id as id from people.appointment a
      join directory.university u on u.id = a.university_id
     where u.code = ${org} and a.person_id = any(${ids}) and ${CURRENT}
    union
    select a.person_id from people.appointment a
      join directory.school s on s.id = a.school_id
      join assistance.partnership p on p.county_id = s.county_id
      join directory.university u on u.id = p.university_id
     where u.code = ${org} and a.person_id = any(${ids}) and ${CURRENT}
    union
    select pa.person_id from assistance.participation pa
      join assistance.activity ac on ac.id = pa.activity_id
      join assistance.partnership p on p.id = ac.partnership_id
      join directory.university u on u.id = p.university_id
     where u.code = ${org} and pa.person_id = any(${ids})
    union ${RECORDED('university', org, ids)}`,
  county: (org, ids) => sql`
    select a.person_id as id from people.appointment a
      join directory.school s on s.id = a.school_id
      join directory.county c on c.id = s.county_id
     where c.code = ${org} and a.person_id = any(${ids}) and ${CURRENT}
    union ${RECORDED('county', org, ids)}`,
};

/** Whether the role has a reach (reads some people's personal attributes, and so could widen it). */
export function hasReach(role: string): role is 'university' | 'county' {
  return Object.hasOwn(REACH_SQL, role);
}

/** Who is in the reach of each role, in words (refusals, README). */
export const REACH_SUMMARY: Record<'university' | 'county', string> = {
  university:
    'people with a current appointment at the university or at a school of a county it assists, people taking part in its activities, and people it recorded',
  county: 'people with a current appointment at a school of the county, and people it recorded',
};

/**
 * Which of `ids` are people in the reach of an organisation of the role: one statement. Used by the
 * field rules (below) and by the rights of writes on people (graphql/mutations/rights.ts).
 */
export async function reachOf(
  em: EntityManager,
  role: 'university' | 'county',
  org: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await query<{ id: string }>(em, REACH_SQL[role](org, ids));
  return new Set(rows.map((row) => row.id));
}

/** Whether the person is in the reach of the viewer's organisation (false for any other role). */
export function inReach(ctx: Context, viewer: Viewer, personId: string): Promise<boolean> {
  const { role, org } = viewer;
  if ((role !== 'university' && role !== 'county') || !org) return Promise.resolve(false);
  return ctx.loaders
    .batched<boolean>(`reach:${role}:${org}`, async (ids) => {
      const found = await reachOf(ctx.em, role, org, ids);
      return ids.map((id) => found.has(id));
    })
    .load(personId);
}
