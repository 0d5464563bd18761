import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { v7 as uuidv7 } from 'uuid';
import { REACHED_ENTITY } from '../auth/reach';
import type { Viewer } from '../auth/viewer';
import { badField, DomainError, notFound, type ErrorCode } from '../errors';
import { isId } from '../ids';
import { Provenance } from '../../db/provenance';
import { sql } from '../../db/sql';
import { query } from '../../db/statements';
import { AuditAction, type Change } from './audit';
import { executeBound } from './bound';
import { authorize, outsideReach, refusedAnchors, type Anchor } from './rights';
import { refuseAll, type FieldProblem } from './validation';

/** A row's values by entity property; to-one relations as the id they point at. */
export type Values = Record<string, unknown>;

/** A domain rule's refusal: the property at fault (its input name is reported) and why. */
export interface Problem {
  property: string;
  message: string;
}

/** What every write of an entity obeys, declared once per entity in its feature's *.mutations.ts. */
export interface WriteRules {
  /** Where a row hangs, for rights (rights.ts): asked of the row before and after a change; all must allow. */
  anchor(values: Values): Anchor | Anchor[];
  /**
   * Domain rules on the row as it will be, in code (the database holds what it can as constraints):
   * its problem, or a list of the independent rules' findings so that every problem is reported.
   */
  check?(values: Values, writes: Writes): Found | Promise<Found>;
}

type Found = Problem | undefined | (Problem | undefined)[];

/** A rule's findings as a list of problems. */
const problemsFound = (found: Found): Problem[] =>
  [found].flat().filter((problem): problem is Problem => problem !== undefined);

const RULES = new Map<string, WriteRules>();

export function declareWrites(entity: EntityClass<object>, rules: WriteRules): void {
  RULES.set(entity.name, rules);
}

/** The entities writes may change (and so record in the audit trail), by name. */
export function writableEntities(): string[] {
  return [...RULES.keys()];
}

function rulesOf(entity: EntityClass<object>): WriteRules {
  const rules = RULES.get(entity.name);
  // No declared rights, no write: a new entity cannot be written by accident without them.
  if (!rules) throw new Error(`${entity.name} declares no write rules (declareWrites)`);
  return rules;
}

/** One row to create: input-shaped values (`personId` for the relation `person`) and their path. */
export interface NewRow {
  values: Values;
  /** Path of the row's input, e.g. `input` or `input.participants[2]`. */
  path: string;
}

/** A child list removed with its parent (so that the trail has each child's row too). */
export interface Cascade {
  entity: EntityClass<object>;
  /** The child's relation to the parent. */
  foreignKey: string;
}

/** Which property a constraint guards, where the database names it (reported as the input field). */
const CONSTRAINT_PROPERTIES: Record<string, string> = {
  activity_dates_ordered: 'endDate',
  event_dates_ordered: 'endDate',
  appointment_dates_ordered: 'endDate',
  assistance_plan_years_ordered: 'endYear',
  school_metric_year_range: 'year',
  activity_school_in_partnership_county: 'school',
  assistance_plan_school_in_partnership_county: 'school',
  partnership_school_school_in_partnership_county: 'school',
  appointment_one_current_principal: 'role',
  problem_school_in_county: 'school',
  practice_school_in_county: 'school',
  problem_school_in_partnership_county: 'school',
  practice_school_in_partnership_county: 'school',
  problem_dates_ordered: 'statusOn',
  problem_finder_named: 'committee',
  guidance_adviser_named: 'givenBy',
  guidance_follow_up_ordered: 'followUpOn',
  practice_evidence_one_source: 'activity',
};

const PG_CODES: Record<string, { code: 'BAD_USER_INPUT' | 'CONFLICT'; what: string }> = {
  '23505': { code: 'CONFLICT', what: 'a record with these values already exists' },
  '23503': { code: 'BAD_USER_INPUT', what: 'refers to a record that does not exist' },
  '23514': { code: 'BAD_USER_INPUT', what: 'breaks a rule of the data' },
  '23502': { code: 'BAD_USER_INPUT', what: 'is required' },
  '22001': { code: 'BAD_USER_INPUT', what: 'is too long' },
  '22003': { code: 'BAD_USER_INPUT', what: 'is out of range' },
  '22007': { code: 'BAD_USER_INPUT', what: 'is not a valid date or time' },
  '22008': { code: 'BAD_USER_INPUT', what: 'is not a valid date or time' },
};

/** A constraint the database enforced, as the client's error (bad input or conflict), or the error as it is. */
function constraintError(error: unknown, meta: EntityMetadata, path: string): unknown {
  const failure = error as { code?: string; sqlState?: string; constraint?: string; column?: string };
  const state = failure.sqlState ?? failure.code;
  const known = state ? PG_CODES[state] : undefined;
  if (!known) return error;
  const constraint = failure.constraint ?? null;
  const property =
    (constraint && CONSTRAINT_PROPERTIES[constraint]) ||
    Object.values(meta.properties).find((prop) => prop.fieldNames?.[0] === failure.column)?.name;
  const field = property ? `${path}.${inputName(meta, property)}` : path;
  const message = `${field}: ${known.what}${constraint ? ` (${constraint})` : ''}`;
  return new DomainError(known.code, message, { field, argumentPath: field, constraint });
}

function isRelation(prop: EntityProperty | undefined): prop is EntityProperty {
  return prop?.kind === ReferenceKind.MANY_TO_ONE;
}

/** The input field of a property: `personId` for the relation `person`, else the property's name. */
export function inputName(meta: EntityMetadata, property: string): string {
  return isRelation(meta.properties[property as never]) ? `${property}Id` : property;
}

/** Input-shaped values to property values: `xId` → relation `x`; fields that are no column are left out. */
function toProperties(meta: EntityMetadata, input: Values): Values {
  const values: Values = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'id' || key === 'version') continue;
    const relation = key.endsWith('Id') ? meta.properties[key.slice(0, -2) as never] : undefined;
    if (isRelation(relation)) values[relation.name] = value;
    else if (meta.properties[key as never]?.kind === ReferenceKind.SCALAR) values[key] = value;
  }
  return values;
}

/** A row as `to_jsonb` gives it (column names) to property values. */
function fromRow(meta: EntityMetadata, row: Values): Values {
  const values: Values = {};
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    const column = prop.fieldNames?.[0];
    const stored = prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.SCALAR;
    if (column && column in row && stored) values[prop.name] = row[column];
  }
  return values;
}

/** The values a new instance of the entity starts with (its field initializers: `format = IN_PERSON`). */
function defaultsOf(meta: EntityMetadata): Values {
  const instance = new (meta.class as new () => Values)();
  const values: Values = {};
  for (const prop of Object.values(meta.properties)) {
    if (prop.kind === ReferenceKind.SCALAR && instance[prop.name] !== undefined)
      values[prop.name] = instance[prop.name];
  }
  return values;
}

/** The entity's table, quoted by the kit (`tableOf`: its text, for the statements still built as strings). */
const tableSql = (meta: EntityMetadata) => sql.ident(meta.schema!, meta.tableName);
const tableOf = (meta: EntityMetadata) => tableSql(meta).render().text;

/** New records of the entity from property values: its defaults, a new id, RECORDED, version 1, now. */
function newRecords(meta: EntityMetadata, rows: Values[]): (Values & { id: string })[] {
  const now = new Date();
  const defaults = Object.entries(defaultsOf(meta));
  return rows.map((values) => {
    const record: Values = {};
    for (const [property, value] of defaults) record[property] = value;
    for (const property in values) if (values[property] !== undefined) record[property] = values[property];
    record.id = uuidv7();
    record.provenance = Provenance.RECORDED;
    record.version = 1;
    record.createdAt = now;
    record.updatedAt = now;
    return record as Values & { id: string };
  });
}

/** Property values to a row of column values (relations as the id they point at), for json_populate_recordset. */
function toColumns(meta: EntityMetadata, values: Values): Values {
  const row: Values = {};
  for (const [property, value] of Object.entries(values)) {
    const column = meta.properties[property as never]?.fieldNames?.[0];
    if (column) row[column] = value;
  }
  return row;
}

/** Rows a statement of a bulk write carries (one JSON parameter each). */
export const BULK_CHUNK = 5_000;

/** One row of a bulk write (an import): its index among the rows, and the path of its input. */
export interface BulkRow {
  index: number;
  /** The input's path, as Writes reports fields: `rows[3]`, `rows[3].participants[1]`. */
  path: string;
  values: Values;
}

/** One row of a bulk update: the record, the version read, and the fields to change. */
export interface BulkUpdate extends BulkRow {
  id: string;
  version: number;
}

/** A refused row of a bulk write: which row, the field at fault (its path, or the row's), why, with its code. */
export interface RowProblem {
  index: number;
  field: string;
  message: string;
  code: ErrorCode;
}

/** A record a bulk write will change: the row as it is (for the trail), and its values after the change. */
export interface PlannedUpdate {
  /** The row's index. */
  index: number;
  id: string;
  before: Values;
  after: Values;
  /** The properties the update changes. */
  changed: string[];
}

/**
 * The writes of one mutation, inside its transaction: every row created, changed or removed goes
 * through here, and so, generically, through the same guards in the same order:
 *   ids well formed → the records it refers to exist (one statement per write) → rights on the row
 *   before and after (rights.ts) → the people the row names are in the writer's reach (reach cannot
 *   be bought: refusedLinks) → domain rules → the version the client read (updates, removals; the row
 *   is locked first) → the statement → its change noted for the audit trail.
 * Constraint violations the database reports are mapped to BAD_USER_INPUT or CONFLICT at the path.
 */
export class Writes {
  readonly changes: Change[] = [];
  private readonly batches = new Map<string, DataLoader<string, unknown>>();
  /** Bulk writes in several calls (an import's chunks): the unique keys and records met so far, by row. */
  private readonly met = new Map<string, Map<string, number>>();

  private metOf(name: string): Map<string, number> {
    let map = this.met.get(name);
    if (!map) {
      map = new Map();
      this.met.set(name, map);
    }
    return map;
  }

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {}

  meta(entity: EntityClass<object>): EntityMetadata {
    return this.em.getMetadata().get(entity.name);
  }

  /**
   * Creates rows (one INSERT for all of them); returns their new ids in order. Every problem of the
   * rows (references, domain rules) and the `earlier` ones of the same input (its children's, found
   * by referenceProblems) are refused together; rights are checked once every reference exists.
   */
  async create(entity: EntityClass<object>, rows: NewRow[], earlier: FieldProblem[] = []): Promise<string[]> {
    if (!rows.length) return [];
    const meta = this.meta(entity);
    const rules = rulesOf(entity);
    const prepared = rows.map((row) => ({ path: row.path, values: toProperties(meta, row.values) }));
    const problems: FieldProblem[] = await this.missingReferences(meta, prepared);
    if (!problems.length) {
      await authorize(
        this.em,
        this.viewer,
        prepared.flatMap((row) => rules.anchor(row.values)),
      );
      await this.requireLinks(meta, prepared);
    }
    for (const row of prepared) problems.push(...(await this.check(meta, rules, row.values, row.path)));
    refuseAll([...problems, ...earlier]);
    const inserted = newRecords(
      meta,
      prepared.map((row) => row.values),
    );
    await this.guarded(meta, rows.length === 1 ? rows[0]!.path : commonPath(rows), () =>
      this.em.insertMany(entity, inserted as never[]),
    );
    for (const row of inserted) this.note(meta, row.id, AuditAction.CREATE, null);
    return inserted.map((row) => row.id);
  }

  /** Changes the given fields of one record at the version the client read. */
  async update(entity: EntityClass<object>, id: string, version: number, input: Values, path: string): Promise<void> {
    const meta = this.meta(entity);
    const rules = rulesOf(entity);
    const { row, values: before } = await this.lockOne(meta, id, version, path, rules);
    const changes = toProperties(meta, input);
    if (!Object.keys(changes).length) throw badField(path, 'names nothing to change');
    const problems: FieldProblem[] = [];
    for (const [property, value] of Object.entries(changes)) {
      if (value === null && !meta.properties[property as never]?.nullable) {
        problems.push({ field: `${path}.${inputName(meta, property)}`, message: 'cannot be null' });
      }
    }
    const after = { ...before, ...changes };
    problems.push(...(await this.missingReferences(meta, [{ path, values: changes }])));
    if (!problems.length) {
      await authorize(this.em, this.viewer, [rules.anchor(after)].flat());
      // The row as it will be (an update may revive a link that grants reach: an ended appointment's end).
      await this.requireLinks(meta, [{ path, values: after }]);
    }
    problems.push(...(await this.check(meta, rules, after, path)));
    refuseAll(problems);
    await this.guarded(meta, path, () =>
      this.em.nativeUpdate(
        entity,
        { id } as never,
        {
          ...changes,
          version: (before.version as number) + 1,
          updatedAt: new Date(),
        } as never,
      ),
    );
    this.note(meta, id, AuditAction.UPDATE, row);
  }

  /** Removes one record at the version the client read, with its `cascade` children (each audited). */
  async remove(
    entity: EntityClass<object>,
    id: string,
    version: number,
    path: string,
    cascade: Cascade[] = [],
  ): Promise<void> {
    const meta = this.meta(entity);
    const { row } = await this.lockOne(meta, id, version, path, rulesOf(entity));
    for (const child of cascade) {
      const childMeta = this.meta(child.entity);
      const column = childMeta.properties[child.foreignKey as never]?.fieldNames[0];
      const rows = await query<{ id: string; row: Values }>(
        this.em,
        sql`delete from ${tableSql(childMeta)} t where t.${sql.ident(column!)} = ${id}
            returning t.id::text as id, to_jsonb(t) as row`,
      );
      for (const removed of rows) this.note(childMeta, removed.id, AuditAction.DELETE, removed.row);
    }
    await this.guarded(meta, path, () => this.em.nativeDelete(entity, { id } as never));
    this.note(meta, id, AuditAction.DELETE, row);
  }

  /** Locks records (FOR UPDATE, one statement): each one's row as stored (`to_jsonb`) and its property values. */
  private async lockRows(meta: EntityMetadata, ids: string[]): Promise<Map<string, { row: Values; values: Values }>> {
    const valid = [...new Set(ids.filter(isId))];
    if (!valid.length) return new Map();
    const rows = await query<{ row: Values }>(
      this.em,
      sql`select to_jsonb(t) as row from ${tableSql(meta)} t where t.id = any(${valid}::uuid[]) for update`,
    );
    return new Map(rows.map(({ row }) => [String(row.id), { row, values: fromRow(meta, row) }]));
  }

  /**
   * Locks the record (FOR UPDATE: a concurrent write of it waits for this transaction), checks the
   * caller's right on it as it is, then the version the client read: a write that read an older
   * version is a CONFLICT carrying the current one (after the rights: no version leaks to others).
   */
  private async lockOne(meta: EntityMetadata, id: string, version: number, path: string, rules: WriteRules) {
    if (!isId(id)) throw badField(`${path}.id`, 'is not an id (a UUID, as every record has)');
    const found = (await this.lockRows(meta, [id])).get(id);
    if (!found) throw notFound(meta.className, id);
    await authorize(this.em, this.viewer, [rules.anchor(found.values)].flat());
    const conflict = staleVersion(meta, id, Number(found.row.version), version, path);
    if (conflict) throw conflict;
    return found;
  }

  /**
   * A lookup of a domain rule, batched per write: the rules of many rows checked together (a bulk
   * import checks every row's at once) send one statement for all their lookups, not one per row.
   * Not cached: the write changes what the next lookup should see.
   */
  batched<V>(name: string, load: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.batches.get(name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(load, { cache: false, maxBatchSize: BULK_CHUNK });
      this.batches.set(name, loader);
    }
    return loader as DataLoader<string, V>;
  }

  /**
   * The guards of create() for many rows at once, reporting every refused row instead of throwing at
   * the first (a bulk import), each set-based: references (one statement), rights (one per kind of
   * anchor), domain rules (their lookups batched), unique keys within the rows and against the table
   * (one statement per key). Returns each row's property values, and the problems.
   */
  async vetCreates(
    entity: EntityClass<object>,
    rows: BulkRow[],
  ): Promise<{ values: Values[]; problems: RowProblem[] }> {
    const meta = this.meta(entity);
    const vetting = new Vetting(rows);
    const prepared = rows.map((row) => ({ path: row.path, values: toProperties(meta, row.values) }));
    for (const missing of await this.missingReferences(meta, prepared)) {
      vetting.refuse(missing.row, missing.field, missing.message, 'BAD_USER_INPUT');
    }
    await this.vetRules(meta, rulesOf(entity), prepared, vetting);
    await this.vetUniques(meta, prepared, vetting);
    return { values: prepared.map((row) => row.values), problems: vetting.problems };
  }

  /**
   * The guards of update() for many rows at once, every refused row reported: the records locked (one
   * statement), each named once, the caller's right on it as it is, its version, the change (something,
   * no null where none may be), then as for creates on the record as it will be.
   */
  async vetUpdates(
    entity: EntityClass<object>,
    rows: BulkUpdate[],
  ): Promise<{ planned: PlannedUpdate[]; problems: RowProblem[] }> {
    const meta = this.meta(entity);
    const rules = rulesOf(entity);
    const vetting = new Vetting(rows);
    const locked = await this.lockRows(
      meta,
      rows.map((row) => row.id),
    );
    const first = this.metOf(`${meta.className}:update`);
    rows.forEach((row, at) => {
      const earlier = first.get(row.id);
      if (earlier !== undefined) {
        vetting.refuse(at, `${row.path}.id`, `names the record of row ${earlier + 1} again`, 'BAD_USER_INPUT');
      } else if (!locked.has(row.id)) {
        vetting.refuse(at, `${row.path}.id`, `${meta.className} ${row.id} not found`, 'NOT_FOUND');
      }
      if (earlier === undefined) first.set(row.id, row.index);
    });
    const current = rows.map((row) => ({ path: row.path, values: locked.get(row.id)?.values ?? {} }));
    await this.vetRights(meta, rules, current, vetting);
    const changes = rows.map((row) => toProperties(meta, row.values));
    rows.forEach((row, at) => {
      if (vetting.refused.has(at)) return;
      const found = locked.get(row.id)!;
      const conflict = staleVersion(meta, row.id, Number(found.row.version), row.version, row.path);
      if (conflict) return vetting.refuse(at, `${row.path}.version`, conflict.message, 'CONFLICT');
      if (!Object.keys(changes[at]!).length)
        return vetting.refuse(at, row.path, 'names nothing to change', 'BAD_USER_INPUT');
      for (const [property, value] of Object.entries(changes[at]!)) {
        if (value === null && !meta.properties[property as never]?.nullable) {
          return vetting.refuse(at, `${row.path}.${inputName(meta, property)}`, 'cannot be null', 'BAD_USER_INPUT');
        }
      }
    });
    const open = rows.map((row, at) => ({ path: row.path, values: vetting.refused.has(at) ? {} : changes[at]! }));
    for (const missing of await this.missingReferences(meta, open)) {
      vetting.refuse(missing.row, missing.field, missing.message, 'BAD_USER_INPUT');
    }
    const after = rows.map((row, at) => ({ path: row.path, values: { ...current[at]!.values, ...changes[at] } }));
    await this.vetRules(meta, rules, after, vetting);
    const planned = rows.flatMap((row, at) =>
      vetting.refused.has(at)
        ? []
        : [
            {
              index: row.index,
              id: row.id,
              before: locked.get(row.id)!.row,
              after: after[at]!.values,
              changed: Object.keys(changes[at]!),
            },
          ],
    );
    return { planned, problems: vetting.problems };
  }

  /**
   * Inserts rows vetted by vetCreates, BULK_CHUNK rows a statement (INSERT … SELECT FROM
   * json_populate_recordset of one JSON parameter), noting each change for the trail; `onChunk` hears
   * of each statement's rows. Returns the new ids in the rows' order.
   */
  async insertVetted(
    entity: EntityClass<object>,
    rows: Values[],
    onChunk?: (rows: number) => void | Promise<void>,
  ): Promise<string[]> {
    const meta = this.meta(entity);
    const ids: string[] = [];
    for (let start = 0; start < rows.length; start += BULK_CHUNK) {
      const records = newRecords(meta, rows.slice(start, start + BULK_CHUNK));
      const names = new Set<string>();
      const columnRows = records.map((record) => {
        const row = toColumns(meta, record);
        for (const column in row) names.add(column);
        return row;
      });
      const columns = [...names].map((column) => `"${column}"`).join(', ');
      await this.guarded(meta, 'rows', () =>
        executeBound(
          this.em,
          `insert into ${tableOf(meta)} (${columns}) select ${columns} from json_populate_recordset(null::${tableOf(meta)}, ?::json)`,
          [JSON.stringify(columnRows)],
        ),
      );
      for (const record of records) {
        this.note(meta, record.id, AuditAction.CREATE, null);
        ids.push(record.id);
      }
      await onChunk?.(records.length);
    }
    return ids;
  }

  /** Applies updates vetted by vetUpdates, BULK_CHUNK records a statement (UPDATE … FROM json_populate_recordset). */
  async updateVetted(
    entity: EntityClass<object>,
    planned: PlannedUpdate[],
    onChunk?: (rows: number) => void | Promise<void>,
  ): Promise<void> {
    const meta = this.meta(entity);
    const now = new Date();
    for (let start = 0; start < planned.length; start += BULK_CHUNK) {
      const chunk = planned.slice(start, start + BULK_CHUNK);
      const changed = new Set(chunk.flatMap((update) => update.changed));
      const columns = [...changed, 'version', 'updatedAt'].map((p) => meta.properties[p as never]!.fieldNames[0]!);
      const rows = chunk.map((update) =>
        toColumns(meta, { ...update.after, id: update.id, version: Number(update.before.version) + 1, updatedAt: now }),
      );
      await this.guarded(meta, 'rows', () =>
        executeBound(
          this.em,
          `update ${tableOf(meta)} t set ${columns.map((c) => `"${c}" = r."${c}"`).join(', ')}
             from json_populate_recordset(null::${tableOf(meta)}, ?::json) r where t.id = r.id`,
          [JSON.stringify(rows)],
        ),
      );
      for (const update of chunk) this.note(meta, update.id, AuditAction.UPDATE, update.before);
      await onChunk?.(chunk.length);
    }
  }

  /** Rights (one statement per kind of anchor) on the rows not yet refused. */
  private async vetRights(meta: EntityMetadata, rules: WriteRules, rows: VettedRow[], vetting: Vetting): Promise<void> {
    const open = vetting.open(rows.length);
    // A row may hang off several anchors (all must allow): asked together, then read back per row.
    const anchors = open.map((at) => [rules.anchor(rows[at]!.values)].flat());
    const reasons = await refusedAnchors(this.em, this.viewer, anchors.flat());
    let k = 0;
    open.forEach((at, row) => {
      for (const anchor of anchors[row]!) {
        const reason = reasons[k++];
        if (reason && !vetting.refused.has(at)) {
          vetting.refuse(at, anchorField(meta, rows[at]!, anchor), reason, 'FORBIDDEN');
        }
      }
    });
  }

  /**
   * Rights, the people the rows link, then the domain rules (all rows' at once, so that their lookups
   * batch), on the rows not yet refused. The rows are as they will be (creates, updates' after).
   */
  private async vetRules(meta: EntityMetadata, rules: WriteRules, rows: VettedRow[], vetting: Vetting): Promise<void> {
    await this.vetRights(meta, rules, rows, vetting);
    const open = vetting.open(rows.length);
    for (const refusal of await this.refusedLinks(
      meta,
      open.map((at) => rows[at]!),
    )) {
      const at = open[refusal.row]!;
      if (!vetting.refused.has(at)) vetting.refuse(at, refusal.field, refusal.message, 'FORBIDDEN');
    }
    const checked = vetting.open(rows.length);
    const found = await Promise.all(checked.map((at) => rules.check?.(rows[at]!.values, this)));
    checked.forEach((at, k) => {
      for (const problem of problemsFound(found[k])) {
        vetting.refuse(at, `${rows[at]!.path}.${inputName(meta, problem.property)}`, problem.message, 'BAD_USER_INPUT');
      }
    });
  }

  /** Unique keys: no two rows with the same, none the table already holds (one statement per key). */
  private async vetUniques(meta: EntityMetadata, rows: VettedRow[], vetting: Vetting): Promise<void> {
    for (const key of uniqueKeys(meta)) {
      const names = key.map((property) => inputName(meta, property)).join(', ');
      const columns = key.map((property) => columnOf(meta, property));
      const seen = this.metOf(`${meta.className}:${key.join(',')}`);
      const tuples: Values[] = [];
      for (const at of vetting.open(rows.length)) {
        const values = rows[at]!.values;
        const tuple: Values = { at };
        let complete = true;
        let text = '';
        key.forEach((property, i) => {
          const value = values[property];
          if (value === null || value === undefined) complete = false;
          tuple[columns[i]!] = value;
          text += `${String(value)}|`;
        });
        if (!complete) continue;
        const earlier = seen.get(text);
        if (earlier !== undefined) {
          const message = `${names}: the same as row ${earlier + 1}`;
          vetting.refuse(at, `${rows[at]!.path}.${inputName(meta, key[0]!)}`, message, 'CONFLICT');
          continue;
        }
        seen.set(text, vetting.rows[at]!.index);
        tuples.push(tuple);
      }
      if (!tuples.length) continue;
      const props = key.map((property) => meta.properties[property as never]!);
      const taken = await executeBound<{ at: number }>(
        this.em,
        `select r.at from json_to_recordset(?::json) as r(at int, ${props.map((p) => `"${p.fieldNames[0]}" ${p.columnTypes[0]}`).join(', ')})
          where exists (select 1 from ${tableOf(meta)} t where ${props.map((p) => `t."${p.fieldNames[0]}" = r."${p.fieldNames[0]}"`).join(' and ')})`,
        [JSON.stringify(tuples)],
      );
      for (const { at } of taken) {
        vetting.refuse(
          at,
          `${rows[at]!.path}.${inputName(meta, key[0]!)}`,
          `${names}: a record with these values already exists`,
          'CONFLICT',
        );
      }
    }
  }

  /**
   * The references of rows to create later in the same write (a record's children, before the record
   * exists) that name no record: so that a write reports its children's problems with its own.
   * `except` is the relation to the parent, which does not exist yet.
   */
  async referenceProblems(entity: EntityClass<object>, rows: NewRow[], except: string): Promise<FieldProblem[]> {
    const meta = this.meta(entity);
    const prepared = rows.map((row) => {
      const values = toProperties(meta, row.values);
      delete values[except];
      return { path: row.path, values };
    });
    return (await this.missingReferences(meta, prepared)).map(({ field, message }) => ({ field, message }));
  }

  /** Each reference of the rows that is no id or names no record: one statement for all of them. */
  private async missingReferences(
    meta: EntityMetadata,
    rows: { path: string; values: Values }[],
  ): Promise<(FieldProblem & { row: number })[]> {
    const problems: (FieldProblem & { row: number })[] = [];
    // Per table: the ids wanted, and where (row, property) each was named.
    const wanted = new Map<
      string,
      { type: string; ids: Set<string>; at: { row: number; property: string; id: string }[] }
    >();
    rows.forEach((row, index) => {
      for (const property in row.values) {
        const value = row.values[property];
        const prop = meta.properties[property as never];
        if (value === null || value === undefined || !isRelation(prop)) continue;
        if (!isId(value)) {
          problems.push({
            row: index,
            field: `${row.path}.${property}Id`,
            message: 'is not an id (a UUID, as every record has)',
          });
          continue;
        }
        let table = wanted.get(prop.type);
        if (!table) {
          table = { type: prop.type, ids: new Set(), at: [] };
          wanted.set(prop.type, table);
        }
        table.ids.add(value);
        table.at.push({ row: index, property, id: value });
      }
    });
    if (!wanted.size) return problems;
    const targets = [...wanted.values()].map((item) => ({
      ...item,
      table: tableSql(this.em.getMetadata().get(item.type)),
    }));
    const found = await query<{ t: string; id: string }>(
      this.em,
      sql.join(
        targets.map(
          (target) =>
            sql`select ${target.type}::text as t, id::text as id from ${target.table} where id = any(${[...target.ids]}::uuid[])`,
        ),
        ' union all ',
      ),
    );
    const present = new Set(found.map((row) => `${row.t}|${row.id}`));
    for (const target of targets) {
      for (const item of target.at) {
        if (present.has(`${target.type}|${item.id}`)) continue;
        const field = `${rows[item.row]!.path}.${item.property}Id`;
        problems.push({
          row: item.row,
          field,
          message: `no ${this.em.getMetadata().get(target.type).className} has the id ${item.id}`,
        });
      }
    }
    return problems.sort((a, b) => a.row - b.row);
  }

  /**
   * Reach cannot be bought (rights.ts, outsideReach): each person the rows name (any reference to the
   * reached entity, whatever the table: a new relation to a person is covered without a declaration)
   * that is outside the writer's reach, unless this write created them. One statement for all rows.
   */
  private async refusedLinks(meta: EntityMetadata, rows: VettedRow[]): Promise<(FieldProblem & { row: number })[]> {
    const properties = (Object.values(meta.properties) as EntityProperty[]).filter(
      (prop) => isRelation(prop) && prop.type === REACHED_ENTITY,
    );
    if (!properties.length || this.viewer.role === 'ministry_admin') return [];
    const created = new Set(
      this.changes
        .filter((change) => change.entity === REACHED_ENTITY && change.action === AuditAction.CREATE)
        .map((change) => change.recordId),
    );
    const links = rows.flatMap((row, index) =>
      properties.flatMap((prop) => {
        const person = row.values[prop.name];
        return person === null || person === undefined || created.has(String(person))
          ? []
          : [{ row: index, field: `${row.path}.${inputName(meta, prop.name)}`, person: String(person) }];
      }),
    );
    const outside = await outsideReach(
      this.em,
      this.viewer,
      links.map((link) => link.person),
    );
    return links.flatMap((link) => {
      const message = outside.get(link.person);
      return message ? [{ row: link.row, field: link.field, message }] : [];
    });
  }

  /** refusedLinks for single writes: FORBIDDEN at the first link refused, with its field. */
  private async requireLinks(meta: EntityMetadata, rows: VettedRow[]): Promise<void> {
    const [refused] = await this.refusedLinks(meta, rows);
    if (refused) {
      throw new DomainError('FORBIDDEN', `${refused.field}: ${refused.message}`, {
        field: refused.field,
        argumentPath: refused.field,
      });
    }
  }

  /** The domain rule's problem with a row, as a field problem (none: empty). */
  private async check(meta: EntityMetadata, rules: WriteRules, values: Values, path: string): Promise<FieldProblem[]> {
    return problemsFound(await rules.check?.(values, this)).map((problem) => ({
      field: `${path}.${inputName(meta, problem.property)}`,
      message: problem.message,
    }));
  }

  private async guarded<R>(meta: EntityMetadata, path: string, statement: () => Promise<R>): Promise<R> {
    try {
      return await statement();
    } catch (error) {
      throw constraintError(error, meta, path);
    }
  }

  private note(meta: EntityMetadata, recordId: string, action: AuditAction, before: Values | null): void {
    this.changes.push({
      entity: meta.className,
      table: `${meta.schema}.${meta.tableName}`,
      recordId,
      action,
      before,
    });
  }
}

/** The list path of several rows (`input.participants[0]`, … → `input.participants`). */
function commonPath(rows: NewRow[]): string {
  return rows[0]!.path.replace(/\[\d+\]$/, '');
}

/** A row as the guards see it: its input's path and its property values. */
interface VettedRow {
  path: string;
  values: Values;
}

/** The problems of a bulk write's rows so far, and which rows are refused (the later guards skip them). */
class Vetting {
  readonly problems: RowProblem[] = [];
  readonly refused = new Set<number>();

  constructor(readonly rows: BulkRow[]) {}

  refuse(at: number, field: string, message: string, code: ErrorCode): void {
    this.refused.add(at);
    this.problems.push({ index: this.rows[at]!.index, field, message, code });
  }

  /** The positions of the rows not refused. */
  open(count: number): number[] {
    const open: number[] = [];
    for (let at = 0; at < count; at++) if (!this.refused.has(at)) open.push(at);
    return open;
  }
}

/** A version other than the current one: the CONFLICT that carries the current version. */
function staleVersion(
  meta: EntityMetadata,
  id: string,
  current: number,
  version: number,
  path: string,
): DomainError | undefined {
  if (current === version) return undefined;
  return new DomainError(
    'CONFLICT',
    `${meta.className} ${id} is at version ${current}, not ${version}: it changed since it was read. Read it again, then retry.`,
    { currentVersion: current, field: `${path}.version` },
  );
}

/** The input field a row's anchor is, when it is one of the row's references (else the row). */
function anchorField(meta: EntityMetadata, row: VettedRow, anchor: Anchor): string {
  const property = Object.keys(row.values).find(
    (key) => isRelation(meta.properties[key as never]) && anchor.id && row.values[key] === anchor.id,
  );
  return property ? `${row.path}.${inputName(meta, property)}` : row.path;
}

const columnOf = (meta: EntityMetadata, property: string) => meta.properties[property as never]!.fieldNames[0]!;

/** The entity's unique keys (each a list of properties): its @Unique declarations and unique properties. */
function uniqueKeys(meta: EntityMetadata): string[][] {
  const keys = meta.uniques.flatMap((unique) =>
    unique.properties ? [([] as string[]).concat(unique.properties as string | string[])] : [],
  );
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    if (prop.unique === true) keys.push([prop.name]);
  }
  return keys;
}
