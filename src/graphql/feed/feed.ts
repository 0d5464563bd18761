import { sql, type Sql } from '../../db/sql';
import { query, type Database } from '../../db/statements';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganisationRole } from '../auth/viewer';
import { AuditAction } from '../mutations/audit.entity';
import { beforeTransaction, encodePosition, type Position } from './position';

/*
 * The change feed: the audit trail (audit.change, one row per changed record, written in the write's
 * transaction) read in (tx, id) order, only below the oldest transaction still running. A row of a
 * transaction that is still open (or that commits after a later one) is therefore never skipped: it
 * is not handed out until every transaction before it has ended, and nothing can appear behind a
 * position once it was handed out. Readers resume from any position; the table is the record.
 */

/** What a change touches, as dashboards filter it: ids of each kind (the scope SQL of the subgraphs). */
export interface Scope {
  program: string[];
  province: string[];
  county: string[];
  university: string[];
  school: string[];
}

export const SCOPE_KINDS = ['program', 'province', 'county', 'university', 'school'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export interface FeedEntry {
  position: Position;
  /** The position as clients see it. */
  cursor: string;
  /** The audit row's id. */
  changeId: string;
  at: Date;
  /** The record's GraphQL type. */
  type: string;
  recordId: string;
  action: AuditAction;
  /** The record's version after the change (before it, for a removal); null if it has none. */
  version: number | null;
  scope: Scope;
}

/**
 * The SQL that says what each change touches, declared by the subgraphs (they know the tables):
 * given a fragment naming the audit rows (`id, entity, record_id, r`, r the row as JSON), one row
 * per change with an array of ids per scope kind. Registered once at load (src/subgraphs/feed.ts).
 */
export type ScopeSql = (changes: Sql) => Sql;
let scopeSql: ScopeSql | undefined;

/**
 * The reach of an organisation role in the feed, declared by the subgraphs: rows (kind, id) of the
 * records whose changes the organisation may follow (graphql/feed/filter.ts, Reach).
 */
export type ReachSql = (role: OrganisationRole, org: string) => Sql;
let reachSql: ReachSql | undefined;

export function declareFeedScope(scope: ScopeSql, reach: ReachSql): void {
  scopeSql = scope;
  reachSql = reach;
}

/** What an organisation may follow: ids per scope kind (one statement, once per subscription). */
export async function organisationReach(
  on: EntityManager | Database,
  role: OrganisationRole,
  org: string,
): Promise<Partial<Record<ScopeKind, Set<string>>>> {
  if (!reachSql) throw new Error('no feed reach declared (src/subgraphs/feed.ts is not loaded)');
  const rows = await query<{ kind: ScopeKind; id: string }>(on, reachSql(role, org));
  const reach: Partial<Record<ScopeKind, Set<string>>> = {};
  for (const row of rows) (reach[row.kind] ??= new Set()).add(row.id);
  return reach;
}

interface EntryRow {
  tx: string;
  id: string;
  /** timestamptz: the driver gives text (MikroORM's type parsers) or a Date. */
  at: Date | string;
  entity: string;
  record_id: string;
  action: AuditAction;
  version: number | null;
  scope: Partial<Scope> | null;
}

export interface ReadOptions {
  /** At most this many entries (the caller reads again from the last one). */
  limit: number;
  /** Not past this position (a catch-up that a live stream takes over from). */
  upTo?: Position;
}

/**
 * The entries after `after`, in feed order, up to `limit`, none of a transaction at or above the
 * oldest one still running. ONE statement, whatever the number of entries (scopes included).
 */
export async function readFeed(
  on: EntityManager | Database,
  after: Position,
  options: ReadOptions,
): Promise<FeedEntry[]> {
  if (!scopeSql) throw new Error('no feed scope declared (src/subgraphs/feed.ts is not loaded)');
  const upTo = options.upTo ? sql`and (c.tx, c.id) <= (${options.upTo.tx}::xid8, ${options.upTo.id}::uuid)` : sql.empty;
  const changes = sql`
    select c.id, c.tx, c.at, c.entity, c.record_id, c.action, coalesce(c.after, c.before) as r
      from audit.change c
     where (c.tx, c.id) > (${after.tx}::xid8, ${after.id}::uuid)
       and c.tx < pg_snapshot_xmin(pg_current_snapshot())
       ${upTo}
     order by c.tx, c.id
     limit ${options.limit}`;
  const rows = await query<EntryRow>(
    on,
    sql`with page as materialized (${changes}),
         scopes as (${scopeSql(sql`page`)})
       select p.tx::text as tx, p.id, p.at, p.entity, p.record_id, p.action,
              (p.r->>'version')::int as version, to_jsonb(s) as scope
         from page p left join scopes s on s.id = p.id
        order by p.tx, p.id`,
  );
  return rows.map(toEntry);
}

function toEntry(row: EntryRow): FeedEntry {
  const position = { tx: row.tx, id: row.id };
  const scope = row.scope ?? {};
  return {
    position,
    cursor: encodePosition(position),
    changeId: row.id,
    at: new Date(row.at),
    type: row.entity,
    recordId: row.record_id,
    action: row.action,
    version: row.version,
    scope: {
      program: scope.program ?? [],
      province: scope.province ?? [],
      county: scope.county ?? [],
      university: scope.university ?? [],
      school: scope.school ?? [],
    },
  };
}

/**
 * "Now": the position before the oldest transaction still running. Every entry after it is one
 * this reader has not been handed yet (entries of transactions that already committed above that
 * bound come too: at least once, never lost).
 */
export async function currentPosition(on: EntityManager | Database): Promise<Position> {
  const [row] = await query<{ tx: string }>(on, sql`select pg_snapshot_xmin(pg_current_snapshot())::text as tx`);
  return beforeTransaction(row!.tx);
}
