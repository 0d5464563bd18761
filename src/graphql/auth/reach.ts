import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Sql } from '../../db/sql';
import { query } from '../../db/statements';
import type { Context } from '../context';
import { policy } from './policy';
import { type Viewer } from './viewer';

/*
 * The people an organisation role may see personal attributes of (with the personal:read scope), in
 * one statement per list level (a DataLoader batch): the union of the parts of its reach each subgraph
 * declares about its own tables (policy.ts, `reach`), and the people it recorded itself: the person's
 * creation in the audit trail (append-only, so no write can forge it) names this role and organisation.
 * A current appointment is one not ended (no end date, or one not past): a former teacher leaves the
 * reach with the post.
 *
 * Reach cannot be bought (README, Rights): no write of an organisation may name a person outside its
 * reach (writes.ts, rights.ts), so every row that grants reach names a person who was in it already, or
 * one the organisation created. A role without reach (a committee) reads no personal attribute, so its
 * writes have no reach to widen.
 */
export type ReachRole = 'university' | 'county';

/** The entity whose records reach guards: a row's reference to one is a link (writes.ts). */
export function reachedEntity(): string | undefined {
  return policy().reached?.entity;
}

const RECORDED = (role: string, org: string, ids: readonly string[]) => sql`
    select c.record_id as id from audit.change c
     where c.record_id = any(${ids}::uuid[]) and c.entity = ${reachedEntity()} and c.action = 'CREATE'
       and c.role = ${role} and c.org = ${org}`;

function reachSql(role: ReachRole, org: string, ids: readonly string[]): Sql {
  const parts = (policy().reach[role] ?? []).map((part) => part.people(org, ids));
  return sql.join([...parts, RECORDED(role, org, ids)], ' union ');
}

/** Whether the role has a reach (reads some people's personal attributes, and so could widen it). */
export function hasReach(role: string): role is ReachRole {
  return (role === 'university' || role === 'county') && Boolean(policy().reach[role]?.length);
}

/** Who is in the reach of a role, in words (refusals, field descriptions, README), from its parts. */
export function reachSummary(role: ReachRole): string {
  const parts = [...(policy().reach[role] ?? []).map((part) => `people ${part.summary}`), 'people it recorded'];
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')}, and ${parts.at(-1)}` : parts[0]!;
}

/**
 * Which of `ids` are people in the reach of an organisation of the role: one statement. Used by the
 * field rules (below) and by the rights of writes on people (graphql/mutations/rights.ts).
 */
export async function reachOf(
  em: EntityManager,
  role: ReachRole,
  org: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const rows = await query<{ id: string }>(em, reachSql(role, org, ids));
  return new Set(rows.map((row) => row.id));
}

/** Whether the person is in the reach of the viewer's organisation (false for any other role). */
export function inReach(ctx: Context, viewer: Viewer, personId: string): Promise<boolean> {
  const { role, org } = viewer;
  if (!hasReach(role) || !org) return Promise.resolve(false);
  return ctx.loaders
    .batched<boolean>(`reach:${role}:${org}`, async (ids) => {
      const found = await reachOf(ctx.em, role, org, ids);
      return ids.map((id) => found.has(id));
    })
    .load(personId);
}
