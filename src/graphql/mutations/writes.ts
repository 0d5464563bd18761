import { ReferenceKind, type EntityClass, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { Viewer } from '../auth/viewer';
import { badField, DomainError, notFound } from '../errors';
import { isId } from '../ids';
import { Provenance } from '../provenance';
import { AuditAction, type Change } from './audit';
import { authorize, type Anchor } from './rights';

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
  /** Domain rules on the row as it will be, in code (the database holds what it can as constraints). */
  check?(values: Values, writes: Writes): Problem | undefined | Promise<Problem | undefined>;
}

const RULES = new Map<string, WriteRules>();

export function declareWrites(entity: EntityClass<object>, rules: WriteRules): void {
  RULES.set(entity.name, rules);
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

const tableOf = (meta: EntityMetadata) => `"${meta.schema}"."${meta.tableName}"`;

/**
 * The writes of one mutation, inside its transaction: every row created, changed or removed goes
 * through here, and so, generically, through the same guards in the same order:
 *   ids well formed → the records it refers to exist (one statement per write) → domain rules →
 *   rights on the row before and after (rights.ts) → the version the client read (updates, removals;
 *   the row is locked first) → the statement → its change noted for the audit trail.
 * Constraint violations the database reports are mapped to BAD_USER_INPUT or CONFLICT at the path.
 */
export class Writes {
  readonly changes: Change[] = [];

  constructor(
    readonly em: EntityManager,
    readonly viewer: Viewer,
  ) {}

  meta(entity: EntityClass<object>): EntityMetadata {
    return this.em.getMetadata().get(entity.name);
  }

  /** Creates rows (one INSERT for all of them); returns their new ids in order. */
  async create(entity: EntityClass<object>, rows: NewRow[]): Promise<string[]> {
    if (!rows.length) return [];
    const meta = this.meta(entity);
    const rules = rulesOf(entity);
    const prepared = rows.map((row) => ({ path: row.path, values: toProperties(meta, row.values) }));
    await this.requireReferences(meta, prepared);
    await authorize(
      this.em,
      this.viewer,
      prepared.flatMap((row) => rules.anchor(row.values)),
    );
    for (const row of prepared) await this.check(meta, rules, row.values, row.path);
    const now = new Date();
    const defaults = defaultsOf(meta);
    const inserted = prepared.map((row) => ({
      ...defaults,
      ...row.values,
      id: uuidv7(),
      provenance: Provenance.RECORDED,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
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
    for (const [property, value] of Object.entries(changes)) {
      if (value === null && !meta.properties[property as never]?.nullable) {
        throw badField(`${path}.${inputName(meta, property)}`, 'cannot be null');
      }
    }
    const after = { ...before, ...changes };
    await this.requireReferences(meta, [{ path, values: changes }]);
    await authorize(this.em, this.viewer, [rules.anchor(after)].flat());
    await this.check(meta, rules, after, path);
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
      const rows = await this.em.execute<{ id: string; row: Values }[]>(
        `delete from ${tableOf(childMeta)} t where t."${column}" = ? returning t.id::text as id, to_jsonb(t) as row`,
        [id],
      );
      for (const removed of rows) this.note(childMeta, removed.id, AuditAction.DELETE, removed.row);
    }
    await this.guarded(meta, path, () => this.em.nativeDelete(entity, { id } as never));
    this.note(meta, id, AuditAction.DELETE, row);
  }

  /**
   * Locks the record (FOR UPDATE: a concurrent write of it waits for this transaction), checks the
   * caller's right on it as it is, then the version the client read: a write that read an older
   * version is a CONFLICT carrying the current one (after the rights: no version leaks to others).
   */
  private async lockOne(meta: EntityMetadata, id: string, version: number, path: string, rules: WriteRules) {
    if (!isId(id)) throw badField(`${path}.id`, 'is not an id (a UUID, as every record has)');
    const [found] = await this.em.execute<{ row: Values }[]>(
      `select to_jsonb(t) as row from ${tableOf(meta)} t where t.id = ? for update`,
      [id],
    );
    if (!found) throw notFound(meta.className, id);
    const values = fromRow(meta, found.row);
    await authorize(this.em, this.viewer, [rules.anchor(values)].flat());
    const current = Number(found.row.version);
    if (current !== version) {
      throw new DomainError(
        'CONFLICT',
        `${meta.className} ${id} is at version ${current}, not ${version}: it changed since it was read. Read it again, then retry.`,
        { currentVersion: current, field: `${path}.version` },
      );
    }
    return { row: found.row, values };
  }

  /** Every record the rows refer to exists (one statement); ids are UUIDs (none sent otherwise). */
  private async requireReferences(meta: EntityMetadata, rows: { path: string; values: Values }[]): Promise<void> {
    const wanted: { table: string; id: string; field: string; type: string }[] = [];
    for (const row of rows) {
      for (const [property, value] of Object.entries(row.values)) {
        const prop = meta.properties[property as never];
        if (!isRelation(prop) || value === null) continue;
        const field = `${row.path}.${property}Id`;
        if (!isId(value)) throw badField(field, 'is not an id (a UUID, as every record has)');
        const target = this.em.getMetadata().get(prop.type);
        wanted.push({ table: tableOf(target), id: value, field, type: target.className });
      }
    }
    if (!wanted.length) return;
    const tables = [...new Set(wanted.map((item) => item.table))];
    const found: { t: string; id: string }[] = await this.em.execute(
      tables.map((table) => `select ? as t, id::text as id from ${table} where id in (?)`).join(' union all '),
      tables.flatMap((table) => [table, [...new Set(wanted.filter((item) => item.table === table).map((i) => i.id))]]),
    );
    const present = new Set(found.map((row) => `${row.t}|${row.id}`));
    const missing = wanted.find((item) => !present.has(`${item.table}|${item.id}`));
    if (missing) throw badField(missing.field, `no ${missing.type} has the id ${missing.id}`);
  }

  private async check(meta: EntityMetadata, rules: WriteRules, values: Values, path: string): Promise<void> {
    const problem = await rules.check?.(values, this);
    if (problem) throw badField(`${path}.${inputName(meta, problem.property)}`, problem.message);
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
