import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Sql } from '../../../db/sql';
import { copyRows, copyText, query, runScript } from '../../../db/statements';
import { auditIds, auditInserted, type AuditActor } from '../audit';
import { fromRow, tableSql } from './columns';
import type { Values } from './rules';

/*
 * The statements of writes, through the SQL kit: fixed text whatever the number of rows (arrays
 * and one JSON or COPY of the rows), built from the entity's metadata.
 */

/** From this many rows a statement, rows go through COPY into a staging table (fewer: one statement). */
export const COPY_FROM = 200;

/** Property values to a row of column values, for json_populate_recordset. */
function toColumns(meta: EntityMetadata, values: Values): Values {
  const row: Values = {};
  for (const property in values) {
    const column = meta.properties[property as never]?.fieldNames?.[0];
    if (column) row[column] = values[property];
  }
  return row;
}

const idents = (columns: readonly string[]) => sql.join(columns.map((column) => sql.ident(column)));

/** The columns of the given properties, in a stable order (the statement's text is the same for the same set). */
function columnsOf(meta: EntityMetadata, properties: Iterable<string>): string[] {
  const columns = new Set<string>();
  for (const property of properties) {
    const column = meta.properties[property as never]?.fieldNames?.[0];
    if (column) columns.add(column);
  }
  return [...columns].sort();
}

/**
 * New records (property values with their id) ready for insertRows: their columns, their rows as COPY's
 * text (COPY_FROM rows or more) or as JSON (fewer), and the ids of their audit rows. Made apart from the
 * statements so that an import makes its next chunk's while the database writes the previous one.
 */
export interface PreparedRows {
  records: (Values & { id: string })[];
  columns: string[];
  /** The rows as COPY's text (many rows) or as JSON for json_populate_recordset (a few). */
  copy?: string;
  json?: string;
  /** The ids of their audit rows (auditIds), should the insert write them. */
  auditIds: string;
}

export function prepareRows(meta: EntityMetadata, records: (Values & { id: string })[]): PreparedRows {
  const properties = new Set<string>();
  for (const record of records) for (const property in record) properties.add(property);
  const columns = columnsOf(meta, properties);
  const prepared: PreparedRows = { records, columns, auditIds: auditIds(records.length) };
  if (records.length < COPY_FROM) {
    prepared.json = JSON.stringify(records.map((record) => toColumns(meta, record)));
    return prepared;
  }
  const props = columns.map(
    (column) => (Object.values(meta.properties) as EntityProperty[]).find((p) => p.fieldNames?.[0] === column)!.name,
  );
  prepared.copy = copyText(records.map((record) => props.map((property) => record[property])));
  return prepared;
}

/**
 * Inserts prepared records (prepareRows): one statement of JSON for a few rows (a mutation's), COPY into
 * a staging table then one INSERT … SELECT for many (an import's chunk). `staged` remembers the staging
 * tables made in this transaction (stageOf; dropped at its end). With `audit`, the records' audit rows
 * (auditInserted) are written from the rows inserted: by the insert's own statement, or, where the
 * insert leaves the key checks out, by one statement from the staging table's rows just before it.
 */
export async function insertRows(
  em: EntityManager,
  meta: EntityMetadata,
  prepared: PreparedRows,
  staged: Map<string, Promise<unknown>>,
  audit?: AuditActor,
  vetted?: VettedKeys,
): Promise<void> {
  const { records, columns } = prepared;
  if (!records.length) return;
  const table = tableSql(meta);
  const insert = (source: Sql) => {
    const statement = sql`insert into ${table} (${idents(columns)}) select ${idents(columns)} from ${source}`;
    if (!audit) return statement;
    const inserted = sql.ident('inserted');
    return sql`with ${inserted} as (${statement} returning *)
      ${auditInserted(audit, meta.className, inserted, prepared.auditIds)}`;
  };
  if (prepared.json !== undefined) {
    await query(em, insert(sql`json_populate_recordset(null::${table}, ${prepared.json}::json)`));
    return;
  }
  // A temporary table of the entity's columns without its constraints, rows moved out of it at once
  // (then emptied: TRUNCATE of a table made in this transaction costs less than deleting its rows).
  const stage = await stageOf(em, meta, staged);
  await copyRows(em, sql`copy ${stage} (${idents(columns)}) from stdin`, prepared.copy!);
  const role = vetted ? await vetted(meta) : undefined;
  if (role === undefined) await query(em, insert(stage));
  else {
    // The rows' references were found and locked by the vetting (absentIds): PostgreSQL's check of
    // each row's foreign keys (a query per key and row, a third of the import's database time) would
    // find them again. Those row triggers are left out for this one statement (keyChecksOnly made sure
    // no other would be), then the table's statement triggers fired as the insert fires them.
    // The audit rows first, from the staging table's rows (those the insert copies), then the rest in
    // one round trip (runScript): the event loop is busy reading the next chunk meanwhile.
    if (audit) await query(em, auditInserted(audit, meta.className, stage, prepared.auditIds));
    await runScript(
      em,
      sql`set local session_replication_role = replica;
          insert into ${table} (${idents(columns)}) select ${idents(columns)} from ${stage};
          select set_config('session_replication_role', ${sql.literal(role)}, true);
          insert into ${table} select * from ${table} where false;
          truncate ${stage}`,
    );
    return;
  }
  await query(em, sql`truncate ${stage}`);
}

/**
 * The staging table of an entity's rows (insertRows): a temporary table of its columns without its
 * constraints, made once a transaction (`staged`, the first caller's statement; dropped at the commit).
 */
export async function stageOf(
  em: EntityManager,
  meta: EntityMetadata,
  staged: Map<string, Promise<unknown>>,
): Promise<Sql> {
  const stage = sql.ident(`stage_${meta.schema}_${meta.tableName}`);
  let made = staged.get(meta.className);
  if (!made) {
    made = query(
      em,
      sql`create temporary table ${stage} on commit drop as select * from ${tableSql(meta)} with no data`,
    );
    staged.set(meta.className, made);
  }
  await made;
  return stage;
}

/**
 * Whether the rows of a table whose references were vetted (and locked) may be inserted without
 * PostgreSQL's per-row foreign-key checks: the role to restore after, or undefined (the plain insert).
 * Only when the connection may set session_replication_role (a superuser, or `grant set on parameter
 * session_replication_role`), every foreign key of the table is one of the entity's relations to a
 * record's id (those vetReferences finds and locks), and an insert fires no row trigger but those keys'
 * checks (nor any trigger of the replica or always modes): nothing else is left out.
 */
export type VettedKeys = (meta: EntityMetadata) => Promise<string | undefined>;

export async function keyChecksOnly(em: EntityManager, meta: EntityMetadata): Promise<string | undefined> {
  const table = `${meta.schema}.${meta.tableName}`;
  // has_parameter_privilege came with PostgreSQL 15.
  const [server] = await query<{ version: number }>(
    em,
    sql`select current_setting('server_version_num')::int as version`,
  );
  if (!server || server.version < 150000) return undefined;
  const [found] = await query<{ role: string; allowed: boolean; others: boolean; keys: ForeignKey[] }>(
    em,
    sql`select current_setting('session_replication_role') as role,
               has_parameter_privilege('session_replication_role', 'SET') as allowed,
               exists (select 1 from pg_trigger t
                        where t.tgrelid = ${table}::regclass and t.tgenabled <> 'D'
                          and (t.tgenabled in ('R', 'A')
                               or (t.tgtype & 5 = 5 and t.tgfoid <> 'pg_catalog."RI_FKey_check_ins"'::regproc)))
               or exists (select 1 from pg_rewrite w where w.ev_class = ${table}::regclass and w.rulename <> '_RETURN') as others,
               coalesce((select json_agg(json_build_object(
                                  'columns', (select array_agg(a.attname) from pg_attribute a
                                               where a.attrelid = c.conrelid and a.attnum = any(c.conkey)),
                                  'table', (select n.nspname || '.' || r.relname from pg_class r
                                              join pg_namespace n on n.oid = r.relnamespace where r.oid = c.confrelid),
                                  'referenced', (select array_agg(a.attname) from pg_attribute a
                                                  where a.attrelid = c.confrelid and a.attnum = any(c.confkey))))
                           from pg_constraint c where c.conrelid = ${table}::regclass and c.contype = 'f'), '[]') as keys`,
  );
  if (!found?.allowed || found.others) return undefined;
  const metadata = em.getMetadata();
  const relations = (Object.values(meta.properties) as EntityProperty[]).filter(
    (prop) => prop.kind === ReferenceKind.MANY_TO_ONE,
  );
  const vetted = found.keys.every((key) =>
    relations.some((prop) => {
      const target = metadata.get(prop.type);
      return (
        key.columns.length === 1 &&
        key.columns[0] === prop.fieldNames[0] &&
        key.table === `${target.schema}.${target.tableName}` &&
        key.referenced.length === 1 &&
        key.referenced[0] === 'id'
      );
    }),
  );
  return vetted ? found.role : undefined;
}

interface ForeignKey {
  columns: string[];
  table: string;
  referenced: string[];
}

/** Sets the changed properties of records (property values with their id), one statement for all. */
export async function updateRows(em: EntityManager, meta: EntityMetadata, rows: Values[]): Promise<void> {
  if (!rows.length) return;
  const properties = new Set<string>();
  for (const row of rows) for (const property in row) if (property !== 'id') properties.add(property);
  const columns = columnsOf(meta, properties);
  const table = tableSql(meta);
  await query(
    em,
    sql`update ${table} t set ${sql.join(columns.map((column) => sql`${sql.ident(column)} = r.${sql.ident(column)}`))}
          from json_populate_recordset(null::${table}, ${JSON.stringify(rows.map((row) => toColumns(meta, row)))}::json) r
         where t.id = r.id`,
  );
}

/** Deletes one record. */
export async function deleteRow(em: EntityManager, meta: EntityMetadata, id: string): Promise<void> {
  await query(em, sql`delete from ${tableSql(meta)} where id = ${id}::uuid`);
}

/** Deletes the rows whose `column` names the parent: each one's id and row as it was (for the trail). */
export function deleteChildren(em: EntityManager, meta: EntityMetadata, column: string, parent: string) {
  return query<{ id: string; row: Values }>(
    em,
    sql`delete from ${tableSql(meta)} t where t.${sql.ident(column)} = ${parent}
        returning t.id::text as id, to_jsonb(t) as row`,
  );
}

/** Locks records (FOR UPDATE, one statement): each one's row as stored (`to_jsonb`) and its property values. */
export async function lockRows(
  em: EntityManager,
  meta: EntityMetadata,
  ids: string[],
): Promise<Map<string, { row: Values; values: Values }>> {
  if (!ids.length) return new Map();
  const rows = await query<{ row: Values }>(
    em,
    sql`select to_jsonb(t) as row from ${tableSql(meta)} t where t.id = any(${ids}::uuid[]) for update`,
  );
  return new Map(rows.map(({ row }) => [String(row.id), { row, values: fromRow(meta, row) }]));
}

/**
 * Of the ids wanted per table, those that name no record (one statement for every table): `type|id`.
 * Each one that exists is locked FOR KEY SHARE until the transaction ends, as PostgreSQL's foreign-key
 * check locks it: a row found here cannot be deleted (or its key changed) before the rows naming it are
 * committed. Only the missing come back (usually none): an import's chunk names thousands of records,
 * and reading each back cost more than finding it. EXCEPT reads both its sides whole, so every wanted
 * row that exists is found, and locked, whatever the plan.
 */
export async function absentIds(
  em: EntityManager,
  targets: { type: string; table: Sql; ids: string[] }[],
): Promise<Set<string>> {
  const wanted = targets.map((_, i) => sql.ident(`w${i}`));
  const missing = await query<{ t: string; id: string }>(
    em,
    sql`with ${sql.join(targets.map((target, i) => sql`${wanted[i]!} as (select ${target.ids}::uuid[] as ids)`))}
        ${sql.join(
          targets.map(
            (target, i) =>
              sql`select ${target.type}::text as t, m.id::text as id
                    from (select unnest(w.ids) as id from ${wanted[i]!} w
                          except
                          select f.id from (select x.id from ${target.table} x, ${wanted[i]!} w
                                             where x.id = any(w.ids) for key share of x) f) m`,
          ),
          ' union all ',
        )}`,
  );
  return new Set(missing.map((row) => `${row.t}|${row.id}`));
}

/**
 * Of the tuples of a unique key (`at` and one array of values per property), the `at` of those the
 * table already holds: one statement, the values as arrays (`unnest`).
 */
export async function takenKeys(
  em: EntityManager,
  meta: EntityMetadata,
  key: string[],
  at: number[],
  values: unknown[][],
): Promise<number[]> {
  const props = key.map((property) => meta.properties[property as never]! as EntityProperty);
  const names = props.map((_, i) => sql.ident(`k${i}`));
  const arrays = props.map((prop, i) => sql`${values[i]}::${sql.raw(prop.columnTypes[0]!)}[]`);
  const rows = await query<{ at: number }>(
    em,
    sql`select r.at from unnest(${at}::int[], ${sql.join(arrays)}) as r(at, ${sql.join(names)})
         where exists (select 1 from ${tableSql(meta)} t
                        where ${sql.and(props.map((prop, i) => sql`t.${sql.ident(prop.fieldNames[0]!)} = r.${names[i]!}`))})`,
  );
  return rows.map((row) => row.at);
}
