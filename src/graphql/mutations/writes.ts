import type { EntityClass, EntityMetadata, EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { reachedEntity } from '../auth/reach';
import type { Viewer } from '../auth/viewer';
import { badField, DomainError, forbidden, notFound } from '../errors';
import { isId } from '../ids';
import { AuditAction, type AuditActor, type Change } from './audit';
import { authorize, outsideReach, refusedAnchors } from './rights';
import { refuseAll, type FieldProblem } from './validation';
import { columnOf, inputName, isRelation, newRecords, tableSql, toProperties, uniqueKeys } from './writes/columns';
import { guarded } from './writes/constraints';
import { anchorList, problemsFound, rulesOf, type Values, type WriteRules } from './writes/rules';
import {
  deleteChildren,
  deleteRow,
  insertRows,
  keyChecksOnly,
  lockRows,
  prepareRows,
  stageOf,
  absentIds,
  takenKeys,
  updateRows,
  type PreparedRows,
} from './writes/statements';
import {
  anchorField,
  staleVersion,
  Vetting,
  type BulkRow,
  type BulkUpdate,
  type PlannedUpdate,
  type RowProblem,
  type VettedRow,
} from './writes/vetting';

export {
  declaredRules,
  declareWrites,
  type Problem,
  type RightsDeclaration,
  type Values,
  type WriteRules,
  writableEntities,
} from './writes/rules';
export { inputName } from './writes/columns';
export { COPY_FROM } from './writes/statements';
export type { BulkRow, BulkUpdate, PlannedUpdate, RowProblem } from './writes/vetting';

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

/** Rows made ready for their insert (Writes.prepareInsert): one statement's per BULK_CHUNK rows. */
export interface PreparedInsert {
  entity: EntityClass<object>;
  statements: PreparedRows[];
}

/** Rows a statement of a bulk write carries (an import's chunk). */
export const BULK_CHUNK = 5_000;

/**
 * The writes of one mutation or one import, inside its transaction. Every row created or changed goes
 * through ONE set of guards, set-based (one statement per guard for all the rows), in the same order:
 *   ids well formed → the records it refers to exist → rights on the row before and after (rights.ts)
 *   → the people the row names are in the writer's reach (reach cannot be bought: refusedLinks) →
 *   domain rules (their lookups batched) → unique keys (an import's, within the file and against the
 *   table; a mutation's single row is left to the constraint) → the version the client read (updates;
 *   the rows are locked first) → the statement → each change noted for the audit trail.
 * A single mutation is a write of one row (create, update): the same guards, refusing as a whole
 * (see Vetting). Constraint violations the database reports are mapped to BAD_USER_INPUT or CONFLICT.
 */
export class Writes {
  readonly changes: Change[] = [];
  private readonly batches = new Map<string, DataLoader<string, unknown>>();
  /** Writes in several calls (an import's chunks): the unique keys and records met so far, by row. */
  private readonly met = new Map<string, Map<string, number>>();
  /** The staging tables of this transaction (statements.ts). */
  private readonly staged = new Map<string, Promise<unknown>>();
  /** Per table, whether its vetted rows skip the per-row key checks (keyChecksOnly), asked once. */
  private readonly keyChecked = new Map<string, Promise<string | undefined>>();
  private readonly keyChecks = (meta: EntityMetadata) => {
    let known = this.keyChecked.get(meta.className);
    if (!known) {
      known = keyChecksOnly(this.em, meta);
      this.keyChecked.set(meta.className, known);
    }
    return known;
  };

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {}

  meta(entity: EntityClass<object>): EntityMetadata {
    return this.em.getMetadata().get(entity.name);
  }

  private metOf(name: string): Map<string, number> {
    let map = this.met.get(name);
    if (!map) {
      map = new Map();
      this.met.set(name, map);
    }
    return map;
  }

  /**
   * Creates rows (a mutation's record, or its children: one statement); returns their new ids in
   * order. Every problem of the rows and the `earlier` ones of the same input (its children's, found by
   * referenceProblems) are refused together.
   */
  async create(entity: EntityClass<object>, rows: NewRow[], earlier: FieldProblem[] = []): Promise<string[]> {
    if (!rows.length) return [];
    const vetting = new Vetting(
      rows.map((_, index) => ({ index })),
      true,
    );
    const { values } = await this.vetCreatesWith(
      entity,
      rows.map((row, index) => ({ index, path: row.path, values: row.values })),
      vetting,
    );
    refuseAll([...vetting.fieldProblems, ...earlier]);
    const path = rows.length === 1 ? rows[0]!.path : rows[0]!.path.replace(/\[\d+\]$/, '');
    return this.insertVetted(entity, values, { path });
  }

  /** Changes the given fields of one record at the version the client read. */
  async update(entity: EntityClass<object>, id: string, version: number, input: Values, path: string): Promise<void> {
    if (!isId(id)) throw badField(`${path}.id`, 'is not an id (a UUID, as every record has)');
    const vetting = new Vetting([{ index: 0 }], true);
    const { planned } = await this.vetUpdatesWith(entity, [{ index: 0, path, values: input, id, version }], vetting);
    refuseAll(vetting.fieldProblems);
    await this.updateVetted(entity, planned, { path });
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
    if (!isId(id)) throw badField(`${path}.id`, 'is not an id (a UUID, as every record has)');
    const found = (await lockRows(this.em, meta, [id])).get(id);
    if (!found) throw notFound(meta.className, id);
    await authorize(this.em, this.viewer, [rulesOf(entity).anchor(found.values)].flat());
    const conflict = staleVersion(meta, id, Number(found.row.version), version, path);
    if (conflict) throw conflict;
    for (const child of cascade) {
      const childMeta = this.meta(child.entity);
      for (const removed of await deleteChildren(this.em, childMeta, columnOf(childMeta, child.foreignKey), id)) {
        this.note(childMeta, removed.id, AuditAction.DELETE, removed.row);
      }
    }
    await guarded(meta, path, () => deleteRow(this.em, meta, id));
    this.note(meta, id, AuditAction.DELETE, found.row);
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
   * The guards of a create for many rows, every refused row reported (a bulk import): references (one
   * statement), rights (one per kind of anchor), the people named, domain rules (their lookups
   * batched), unique keys within the rows and against the table (one statement per key). Returns each
   * row's property values, and the problems.
   */
  async vetCreates(
    entity: EntityClass<object>,
    rows: BulkRow[],
  ): Promise<{ values: Values[]; problems: RowProblem[] }> {
    return this.vetCreatesWith(entity, rows, new Vetting(rows, false));
  }

  private async vetCreatesWith(
    entity: EntityClass<object>,
    rows: BulkRow[],
    vetting: Vetting,
  ): Promise<{ values: Values[]; problems: RowProblem[] }> {
    const meta = this.meta(entity);
    const prepared = rows.map((row) => ({ path: row.path, values: toProperties(meta, row.values) }));
    await this.vetReferences(meta, prepared, vetting);
    await this.vetRules(meta, rulesOf(entity), prepared, vetting);
    if (!vetting.atomic) await this.vetUniques(meta, prepared, vetting);
    return { values: prepared.map((row) => row.values), problems: vetting.problems };
  }

  /**
   * The guards of an update for many rows, every refused row reported: the records locked (one
   * statement), each named once, the caller's right on it as it is, its version, the change (something,
   * no null where none may be), then as for creates on the record as it will be.
   */
  async vetUpdates(
    entity: EntityClass<object>,
    rows: BulkUpdate[],
  ): Promise<{ planned: PlannedUpdate[]; problems: RowProblem[] }> {
    return this.vetUpdatesWith(entity, rows, new Vetting(rows, false));
  }

  private async vetUpdatesWith(
    entity: EntityClass<object>,
    rows: BulkUpdate[],
    vetting: Vetting,
  ): Promise<{ planned: PlannedUpdate[]; problems: RowProblem[] }> {
    const meta = this.meta(entity);
    const rules = rulesOf(entity);
    const locked = await lockRows(this.em, meta, [...new Set(rows.map((row) => row.id).filter(isId))]);
    const first = this.metOf(`${meta.className}:update`);
    rows.forEach((row, at) => {
      // Within an import a record is changed once; a mutation may change one twice (its own steps).
      const earlier = vetting.atomic ? undefined : first.get(row.id);
      if (earlier !== undefined) {
        vetting.refuse(at, `${row.path}.id`, `names the record of row ${earlier + 1} again`, 'BAD_USER_INPUT');
      } else if (!locked.has(row.id)) {
        vetting.refuse(at, `${row.path}.id`, `${meta.className} ${row.id} not found`, 'NOT_FOUND', () =>
          notFound(meta.className, row.id),
        );
      }
      if (earlier === undefined) first.set(row.id, row.index);
    });
    const current = rows.map((row) => ({ path: row.path, values: locked.get(row.id)?.values ?? {} }));
    await this.vetRights(meta, rules, current, vetting, vetting.open(rows.length));
    const changes = rows.map((row) => toProperties(meta, row.values));
    rows.forEach((row, at) => {
      if (!vetting.live(at)) return;
      const found = locked.get(row.id)!;
      const conflict = staleVersion(meta, row.id, Number(found.row.version), row.version, row.path);
      if (conflict) return vetting.refuse(at, `${row.path}.version`, conflict.message, 'CONFLICT', () => conflict);
      if (!Object.keys(changes[at]!).length) {
        return vetting.refuse(at, row.path, 'names nothing to change', 'BAD_USER_INPUT', () =>
          badField(row.path, 'names nothing to change'),
        );
      }
      for (const [property, value] of Object.entries(changes[at]!)) {
        if (value === null && !meta.properties[property as never]?.nullable && vetting.live(at)) {
          vetting.refuse(at, `${row.path}.${inputName(meta, property)}`, 'cannot be null', 'BAD_USER_INPUT');
        }
      }
    });
    await this.vetReferences(
      meta,
      rows.map((row, at) => ({ path: row.path, values: vetting.live(at) ? changes[at]! : {} })),
      vetting,
    );
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
   * Vetted rows (vetCreates) made into records ready for their statements (prepareRows), BULK_CHUNK rows
   * a statement: their ids, their rows as COPY's text, their audit rows' ids. An import prepares its
   * chunk while the database writes the previous one.
   */
  prepareInsert(entity: EntityClass<object>, rows: Values[]): PreparedInsert {
    const meta = this.meta(entity);
    const statements: PreparedRows[] = [];
    for (let start = 0; start < rows.length; start += BULK_CHUNK) {
      statements.push(prepareRows(meta, newRecords(meta, rows.slice(start, start + BULK_CHUNK))));
    }
    return { entity, statements };
  }

  /**
   * What a bulk insert of vetted rows (insertVetted with vettedKeys) asks before its first rows, asked
   * now: its staging table made and whether its key checks may be left out (one statement each, once a
   * transaction). An import sends them first, so that they run while its first rows are read.
   */
  async prepareBulkInsert(entity: EntityClass<object>): Promise<void> {
    const meta = this.meta(entity);
    await Promise.all([stageOf(this.em, meta, this.staged), this.keyChecks(meta)]);
  }

  /**
   * Inserts vetted rows (vetCreates, or prepared by prepareInsert), BULK_CHUNK rows a statement, noting
   * each change for the trail; with `audit` (an import), each statement writes its records' audit rows
   * itself (insertRows). `onChunk` hears of each statement's rows. Returns the new ids in the rows' order.
   */
  async insertVetted(
    entity: EntityClass<object>,
    rows: Values[] | PreparedInsert,
    options: {
      path?: string;
      audit?: AuditActor;
      /** The rows' references were vetted in this transaction (vetCreates found and locked them). */
      vettedKeys?: boolean;
      onChunk?: (rows: number) => void | Promise<void>;
    } = {},
  ): Promise<string[]> {
    const meta = this.meta(entity);
    const ids: string[] = [];
    const vetted = options.vettedKeys ? this.keyChecks : undefined;
    const prepared = Array.isArray(rows) ? this.prepareInsert(entity, rows) : rows;
    if (prepared.entity !== entity) throw new Error(`rows prepared for ${prepared.entity.name}, not ${entity.name}`);
    for (const statement of prepared.statements) {
      await guarded(meta, options.path ?? 'rows', () =>
        insertRows(this.em, meta, statement, this.staged, options.audit, vetted),
      );
      for (const record of statement.records) {
        this.note(meta, record.id, AuditAction.CREATE, null, options.audit !== undefined);
        ids.push(record.id);
      }
      await options.onChunk?.(statement.records.length);
    }
    return ids;
  }

  /** Applies vetted updates (vetUpdates), BULK_CHUNK records a statement. */
  async updateVetted(
    entity: EntityClass<object>,
    planned: PlannedUpdate[],
    options: { path?: string; onChunk?: (rows: number) => void | Promise<void> } = {},
  ): Promise<void> {
    const meta = this.meta(entity);
    const now = new Date();
    for (let start = 0; start < planned.length; start += BULK_CHUNK) {
      const chunk = planned.slice(start, start + BULK_CHUNK);
      const rows = chunk.map((update) => {
        const row: Values = { id: update.id, version: Number(update.before.version) + 1, updatedAt: now };
        for (const property of update.changed) row[property] = update.after[property];
        return row;
      });
      await guarded(meta, options.path ?? 'rows', () => updateRows(this.em, meta, rows));
      for (const update of chunk) this.note(meta, update.id, AuditAction.UPDATE, update.before);
      await options.onChunk?.(chunk.length);
    }
  }

  /** Rights (one statement per kind of anchor) on the given rows. */
  private async vetRights(
    meta: EntityMetadata,
    rules: WriteRules,
    rows: VettedRow[],
    vetting: Vetting,
    open: number[],
  ): Promise<void> {
    // A row may hang off several anchors (all must allow): asked together, then read back per row.
    const anchors = open.map((at) => anchorList(rules.anchor(rows[at]!.values)));
    const reasons = await refusedAnchors(this.em, this.viewer, anchors.flat());
    let k = 0;
    open.forEach((at, row) => {
      for (const anchor of anchors[row]!) {
        const reason = reasons[k++];
        if (reason && !vetting.refused.has(at)) {
          vetting.refuse(at, anchorField(meta, rows[at]!, anchor), reason, 'FORBIDDEN', () => forbidden(reason));
        }
      }
    });
  }

  /**
   * Rights, the people the rows link (both on the rows whose input holds no problem), then the domain
   * rules (all rows' at once, so that their lookups batch). The rows are as they will be.
   */
  private async vetRules(meta: EntityMetadata, rules: WriteRules, rows: VettedRow[], vetting: Vetting): Promise<void> {
    await this.vetRights(meta, rules, rows, vetting, vetting.openForRights(rows.length));
    const linked = vetting.openForRights(rows.length);
    for (const refusal of await this.refusedLinks(
      meta,
      linked.map((at) => rows[at]!),
    )) {
      const at = linked[refusal.row]!;
      if (vetting.refused.has(at)) continue;
      vetting.refuse(at, refusal.field, refusal.message, 'FORBIDDEN', () => {
        const field = refusal.field;
        return new DomainError('FORBIDDEN', `${field}: ${refusal.message}`, { field, argumentPath: field });
      });
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
      const seen = this.metOf(`${meta.className}:${key.join(',')}`);
      const at: number[] = [];
      const values: unknown[][] = key.map(() => []);
      const first = inputName(meta, key[0]!);
      // Asked of every row of an import: plain loops, the key's text built once.
      rows: for (const row of vetting.open(rows.length)) {
        const given = rows[row]!.values;
        let text = '';
        for (let i = 0; i < key.length; i++) {
          const value = given[key[i]!];
          if (value === null || value === undefined) continue rows;
          text += i ? `|${String(value)}` : String(value);
        }
        const earlier = seen.get(text);
        if (earlier !== undefined) {
          vetting.refuse(row, `${rows[row]!.path}.${first}`, `${names}: the same as row ${earlier + 1}`, 'CONFLICT');
          continue;
        }
        seen.set(text, vetting.rows[row]!.index);
        at.push(row);
        key.forEach((property, i) => values[i]!.push(given[property]));
      }
      if (!at.length) continue;
      for (const taken of await takenKeys(this.em, meta, key, at, values)) {
        const field = `${rows[taken]!.path}.${first}`;
        vetting.refuse(taken, field, `${names}: a record with these values already exists`, 'CONFLICT');
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
    const vetting = new Vetting(
      rows.map((_, index) => ({ index })),
      false,
    );
    await this.vetReferences(meta, prepared, vetting);
    return vetting.problems.map(({ field, message }) => ({ field, message }));
  }

  /** Each reference of the live rows that is no id or names no record: one statement for all of them. */
  private async vetReferences(meta: EntityMetadata, rows: VettedRow[], vetting: Vetting): Promise<void> {
    const problems: { row: number; field: string; message: string }[] = [];
    // Per table: the ids wanted, and where (row, property) each was named.
    const wanted = new Map<string, { ids: Set<string>; at: { row: number; property: string; id: string }[] }>();
    rows.forEach((row, index) => {
      if (!vetting.live(index)) return;
      for (const property in row.values) {
        const value = row.values[property];
        const prop = meta.properties[property as never] as EntityProperty | undefined;
        if (value === null || value === undefined || !isRelation(prop)) continue;
        let table = wanted.get(prop.type);
        if (!table) {
          table = { ids: new Set(), at: [] };
          wanted.set(prop.type, table);
        }
        // An id met before is one (an import names the same records many times: each is tested once).
        if (!table.ids.has(value as string)) {
          if (!isId(value)) {
            problems.push({
              row: index,
              field: `${row.path}.${property}Id`,
              message: 'is not an id (a UUID, as every record has)',
            });
            continue;
          }
          table.ids.add(value);
        }
        table.at.push({ row: index, property, id: value as string });
      }
    });
    if (wanted.size) {
      const metadata = this.em.getMetadata();
      const absent = await absentIds(
        this.em,
        [...wanted].map(([type, table]) => ({ type, table: tableSql(metadata.get(type)), ids: [...table.ids] })),
      );
      for (const [type, table] of wanted) {
        for (const item of table.at) {
          if (!absent.has(`${type}|${item.id}`)) continue;
          const field = `${rows[item.row]!.path}.${item.property}Id`;
          problems.push({ row: item.row, field, message: `no ${metadata.get(type).className} has the id ${item.id}` });
        }
      }
    }
    problems.sort((a, b) => a.row - b.row);
    for (const problem of problems) vetting.refuseReference(problem.row, problem.field, problem.message);
  }

  /**
   * Reach cannot be bought (rights.ts, outsideReach): each person the rows name (any reference to the
   * reached entity, whatever the table: a new relation to a person is covered without a declaration)
   * that is outside the writer's reach, unless this write created them. One statement for all rows.
   */
  private async refusedLinks(meta: EntityMetadata, rows: VettedRow[]): Promise<(FieldProblem & { row: number })[]> {
    const reached = reachedEntity();
    const properties = (Object.values(meta.properties) as EntityProperty[]).filter(
      (prop) => isRelation(prop) && prop.type === reached,
    );
    if (!properties.length || this.viewer.role === 'ministry_admin') return [];
    const created = new Set(
      this.changes
        .filter((change) => change.entity === reached && change.action === AuditAction.CREATE)
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

  private note(
    meta: EntityMetadata,
    recordId: string,
    action: AuditAction,
    before: Values | null,
    audited = false,
  ): void {
    this.changes.push({
      entity: meta.className,
      table: `${meta.schema}.${meta.tableName}`,
      recordId,
      action,
      before,
      ...(audited ? { audited } : {}),
    });
  }
}
