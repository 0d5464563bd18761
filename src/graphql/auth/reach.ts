import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Sql } from '../../db/sql';
import { query } from '../../db/statements';
import type { Context } from '../context';
import { type Viewer } from './viewer';

/*
 * The people an organisation role may see personal attributes of (with the personal:read scope), in
 * one statement per list level (a DataLoader batch). Read-only SQL across the three schemas, declared
 * here, in one place:
 *   university: people appointed at the university, at a school of a county it assists (a partnership
 *               of the university with that county), or taking part in an activity of its partnerships;
 *   county:     people appointed at a school of the county.
 */
const REACH_SQL: Record<'university' | 'county', (org: string, ids: readonly string[]) => Sql> = {
  university: (org, ids) => sql`
    select a.person_id as id from people.appointment a
      join directory.university u on u.id = a.university_id
     where u.code = ${org} and a.person_id = any(${ids})
    union
    select a.person_id from people.appointment a
      join directory.school s on s.id = a.school_id
      join assistance.partnership p on p.county_id = s.county_id
      join directory.university u on u.id = p.university_id
     where u.code = ${org} and a.person_id = any(${ids})
    union
    select pa.person_id from assistance.participation pa
      join assistance.activity ac on ac.id = pa.activity_id
      join assistance.partnership p on p.id = ac.partnership_id
      join directory.university u on u.id = p.university_id
     where u.code = ${org} and pa.person_id = any(${ids})`,
  county: (org, ids) => sql`
    select a.person_id as id from people.appointment a
      join directory.school s on s.id = a.school_id
      join directory.county c on c.id = s.county_id
     where c.code = ${org} and a.person_id = any(${ids})`,
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
