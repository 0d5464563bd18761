import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { Viewer } from '../auth/viewer';
import { uuidv7s } from '../ids';
import { AuditAction } from './audit.entity';
import { sql, type Sql } from '../../db/sql';
import { query } from '../../db/statements';

export { AuditAction };

/** Who wrote, and through what: the same for every change of one mutation (or one import). */
export interface AuditActor {
  subject: string | null;
  role: string;
  org: string | null;
  operationName: string | null;
  requestId: string | null;
  /** The mutation field, or the import's name (`import:activities`). */
  mutation: string;
}

export function actorOf(
  viewer: Viewer,
  mutation: string,
  request: { operationName?: string | null; requestId?: string | null },
): AuditActor {
  return {
    subject: viewer.subject,
    role: viewer.role,
    org: viewer.org,
    // In distributed mode the gateway names its subgraph fetch `<operation>__<subgraph>__<n>`.
    operationName: request.operationName?.replace(/__\w+?__\d+$/, '') ?? null,
    requestId: request.requestId ?? null,
    mutation,
  };
}

/** One record's change: the row after it is read from the table when the trail is written. */
export interface Change {
  /** The record's GraphQL type, e.g. "Activity". */
  entity: string;
  /** Its table, `schema.table`. */
  table: string;
  recordId: string;
  action: AuditAction;
  /** The row before (`to_jsonb` of it); null for a creation. */
  before: Record<string, unknown> | null;
  /** Its audit row is written already, by the statement that made the change (auditInserted). */
  audited?: boolean;
}

/** The columns of an audit row, in the order of the statements below. */
const COLUMNS = sql`audit.change (id, subject, role, org, operation_name, request_id, mutation, entity, record_id, action, before, after)`;

/** Who wrote, as the statement's parameters (the same for every row). */
const actorValues = (actor: AuditActor) =>
  sql`${actor.subject}, ${actor.role}, ${actor.org}, ${actor.operationName}, ${actor.requestId}, ${actor.mutation}`;

/**
 * The ids of `count` audit rows (auditInserted), made in the app as every id, in order: as PostgreSQL's
 * array literal, one text parameter (made ahead of the statement, nothing left to convert when it is sent).
 */
export function auditIds(count: number): string {
  return `{${uuidv7s(count).join(',')}}`;
}

/**
 * The audit rows of records created by the statement it ends: `inserted` names its CTE of the insert's
 * `returning *` (or the staging table of its rows), `ids` (auditIds) one id per row it inserts. The same
 * content as writeAudit's for a creation (`after` is `to_jsonb` of the row as inserted), without the rows
 * travelling back and forth (an import's chunk: the trail is written from the staging table's rows in the
 * insert's statement). The ids are given to the records in the order of the records' ids.
 */
export function auditInserted(actor: AuditActor, entity: string, inserted: Sql, ids: string): Sql {
  return sql`insert into ${COLUMNS}
    select (${ids}::uuid[])[row_number() over (order by r.id)], ${actorValues(actor)},
           ${entity}, r.id, 'CREATE', null, to_jsonb(r)
      from ${inserted} r`;
}

/**
 * Writes the audit rows of `changes` in the caller's transaction: ONE statement per table, whatever
 * the number of rows (the changes travel as one JSON array; each row's `after` is `to_jsonb` of the
 * record as it now is, null once deleted). For a mutation and for a bulk import alike: an import of
 * 100,000 rows into one table is one statement here.
 */
export async function writeAudit(em: EntityManager, actor: AuditActor, changes: readonly Change[]): Promise<void> {
  const byTable = new Map<string, Change[]>();
  for (const change of changes) {
    if (change.audited) continue;
    const list = byTable.get(change.table) ?? [];
    list.push(change);
    byTable.set(change.table, list);
  }
  for (const [table, list] of byTable) {
    const [schema, name] = table.split('.') as [string, string];
    const rows = list.map((change) => ({
      id: uuidv7(),
      entity: change.entity,
      record_id: change.recordId,
      action: change.action,
      before: change.before,
    }));
    await query(
      em,
      sql`insert into ${COLUMNS}
       select c.id, ${actorValues(actor)}, c.entity, c.record_id, c.action, c.before, case when c.action = 'DELETE' then null else to_jsonb(t) end
         from json_to_recordset(${JSON.stringify(rows)}::json) as c(id uuid, entity text, record_id uuid, action text, before jsonb)
         left join ${sql.ident(schema, name)} t on t.id = c.record_id`,
    );
  }
}
