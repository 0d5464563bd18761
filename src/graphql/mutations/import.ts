import type { EntityClass } from '@mikro-orm/core';
import { channel } from 'node:diagnostics_channel';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  coerceInputValue,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage, type ClassType } from 'type-graphql';
import type { Viewer } from '../auth/viewer';
import { DomainError, type ErrorCode } from '../errors';
import { writeAudit, type AuditActor } from './audit';
import { assertWriter } from './rights';
import { beforeCommit, type Children } from './runner';
import { FAILED, quickCoercion } from './coercion';
import { inputProblems, passesRules } from './validation';
import {
  BULK_CHUNK,
  COPY_FROM,
  Writes,
  type BulkRow,
  type BulkUpdate,
  type PreparedInsert,
  type RowProblem,
  type Values,
} from './writes';

/*
 * Bulk import (README, Import): many rows of one kind of record, all or nothing, through the guards of
 * the single mutations. A row is the input of the kind's create mutation (an update's, when it has an
 * `id`), checked in the same order:
 *   1. the caller may write at all (rights.ts), before anything;
 *   2. each row is coerced to the mutation's GraphQL input type (types, required fields, enums, dates),
 *      then validated by the input class's class-validator rules: every problem of every row;
 *   3. in ONE transaction, set-based (Writes.vetCreates / vetUpdates, the guards every single mutation
 *      goes through too, as a write of one row): references, rights per row, the people named, domain
 *      rules, unique keys, versions; then the rows are written BULK_CHUNK at a time (COPY into a
 *      staging table, then one INSERT … SELECT), their children (an activity's participants) checked
 *      against them and written; then the audit trail, one row per record, one statement per table
 *      (audit.ts), as for any write.
 * Any problem anywhere: the transaction is rolled back and every problem is reported as (row, column,
 * message, code); nothing is written. A dry run does all of it and rolls back.
 */

/** What one kind of import writes, with the inputs of its single mutations. */
export interface ImportKind {
  /** The name on the command line (`--kind activities`). */
  name: string;
  /** Its value of the API's ImportKind enum. */
  enumValue: string;
  description: string;
  entity: EntityClass<object>;
  /** The create mutation's input: a row without `id`. */
  create: ClassType;
  /** Lists of the create input created with the record (an activity's participants). */
  children?: Children;
  /** The update mutation's input: a row with `id` (and `version`). None: the kind only creates. */
  update?: ClassType;
}

const KINDS = new Map<string, ImportKind>();

/** Declares a kind of import (next to the kind's mutations). */
export function declareImport(kind: ImportKind): ImportKind {
  KINDS.set(kind.name, kind);
  return kind;
}

export function importKinds(): ImportKind[] {
  return [...KINDS.values()];
}

export function importKind(name: string): ImportKind | undefined {
  return KINDS.get(name);
}

/** One row of an import as read: a JSON object, or a CSV record (every cell text). */
export type ImportRow = Record<string, unknown>;

/** A refused row: its number (1 = the first row), the column (a path into it, null: the row), why, the code. */
export interface ImportProblem {
  row: number | null;
  column: string | null;
  message: string;
  code: ErrorCode;
}

export type ImportAction = 'CREATE' | 'UPDATE';

export interface ImportOutcome {
  kind: string;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  /** Per row (in order): what it did or, in a dry run, would do; the record's id (null: a create in a dry run). */
  records: { row: number; action: ImportAction; id: string | null }[];
}

export interface ImportProgress {
  stage: 'validate' | 'check' | 'write' | 'audit';
  done: number;
  total: number;
}

export interface ImportOptions {
  kind: ImportKind;
  rows: ImportRow[];
  /** Whether the rows are CSV records (text cells, converted to the input's types first). */
  csv?: boolean;
  /** A schema holding the kind's input types (its subgraph's). */
  schema: GraphQLSchema;
  viewer: Viewer;
  actor: AuditActor;
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
}

/**
 * A refused import: every problem. Its code is the problems' when they all share one (FORBIDDEN for
 * rows of another organisation's), else BAD_USER_INPUT; `extensions.problems` lists them.
 */
export class ImportRefused extends DomainError {
  constructor(readonly problems: ImportProblem[]) {
    const codes = new Set(problems.map((problem) => problem.code));
    const code = codes.size === 1 ? [...codes][0]! : 'BAD_USER_INPUT';
    const rows = new Set(problems.map((problem) => problem.row)).size;
    super(code, `The import was refused (${problems.length} problem(s) in ${rows} row(s)); nothing was written.`, {
      problems,
    });
  }
}

/** Thrown inside the transaction of a dry run: rolls it back, carrying what would have been done. */
class DryRunDone extends Error {
  constructor(readonly outcome: ImportOutcome) {
    super('dry run');
  }
}

/** `rows[3].participants[1].personId` → row 4, column `participants[1].personId`. */
function located(field: string | null, message: string, code: ErrorCode): ImportProblem {
  const match = field ? /^rows\[(\d+)\](?:\.(.+))?$/.exec(field) : null;
  return { row: match ? Number(match[1]) + 1 : null, column: match?.[2] ?? null, message, code };
}

const fromRowProblem = (problem: RowProblem) => located(problem.field, problem.message, problem.code);

const byRow = (a: ImportProblem, b: ImportProblem) => (a.row ?? 0) - (b.row ?? 0);

/** Whether a row is an update: it names a record. */
const isUpdate = (row: ImportRow) => row.id !== undefined && row.id !== null && row.id !== '';

/** A checked row: its index, and its input as an instance of the input class. */
interface ReadyRow {
  index: number;
  path: string;
  input: Values;
}

/** Rows read, checked and written together: while the database writes one chunk, the next is read. */
const CHUNK = BULK_CHUNK;

/** The smallest chunk the last rows are cut into, and the first chunk (see chunkEnd). */
const TAIL_CHUNK = 1_000;

/**
 * Where the chunk that starts at `start` ends. CHUNK rows each, but the first is TAIL_CHUNK rows and
 * the last CHUNK rows (up to CHUNK + TAIL_CHUNK - 1) are cut in halves (5,000 → 2,500, 1,250, 1,250),
 * none under TAIL_CHUNK: the database has nothing to do until the first chunk is read and JavaScript
 * nothing while the database writes the last, so the shorter they are, the less of the import's time has
 * one core working alone (on 20,000 rows, a 5,000-row first chunk was read for ~0.15 s with the database
 * idle; a 5,000-row last chunk was ~15% of the import).
 */
export function chunkEnd(start: number, total: number): number {
  const left = total - start;
  if (start === 0 && left - CHUNK >= TAIL_CHUNK) return TAIL_CHUNK;
  if (left - CHUNK >= TAIL_CHUNK) return start + CHUNK;
  const half = Math.ceil(left / 2);
  return left - half < TAIL_CHUNK ? total : start + half;
}

/** The import's stages as they start and end, for a timeline (test/bench/profile/pg-timeline.cjs). */
const STAGES = channel('agapi:import');

/** Runs `work` as a stage of chunk `start` (published when someone listens). */
async function staged<T>(stage: string, start: number, work: () => Promise<T>): Promise<T> {
  if (!STAGES.hasSubscribers) return work();
  STAGES.publish({ stage, start, phase: 'start' });
  try {
    return await work();
  } finally {
    STAGES.publish({ stage, start, phase: 'end' });
  }
}

/** Rows read between two turns of the event loop (see readChunk). */
const YIELD_EVERY = 100;

const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Runs an import (see the top of this file); throws ImportRefused with every problem. */
export async function runImport(em: EntityManager, options: ImportOptions): Promise<ImportOutcome> {
  const { rows, viewer } = options;
  assertWriter(viewer);
  const run: ImportRun = {
    options,
    problems: [],
    records: [],
    checked: 0,
    done: 0,
    progress: async (stage, done) => options.onProgress?.({ stage, done, total: rows.length }),
  };
  try {
    return await em.transactional(async (tx) => {
      const writes = new Writes(tx, viewer);
      // A pipeline of chunks in one transaction: while PostgreSQL writes chunk n (its COPY, insert and
      // audit trail, the heavy statements), chunk n+1 is vetted (its light statements queue on the
      // connection behind chunk n's) and chunk n+2 read and validated (JavaScript). Vetting a chunk before
      // the one ahead of it is written sees the same: its unique keys are checked against the earlier
      // chunks' rows in memory (Writes.met), and no row of an import can name a record the import creates
      // (their ids are made at the insert).
      let vetting: Promise<Settled<VettedChunk>> | undefined;
      // The statements the first write waits for (its staging table, its key checks) go first: they
      // run while the first rows are read.
      let writing: Promise<Settled<void>> = settle(
        options.dryRun || rows.length < COPY_FROM ? Promise.resolve() : writes.prepareBulkInsert(options.kind.entity),
      );
      // The chunk vetted last is written once the one before it is.
      const writeVetted = async () => {
        if (!vetting) return;
        const checked = await vetting;
        const written = await writing;
        // A failed write aborts the transaction: its error is the one, not the vetting's after it.
        if (!written.ok) throw written.error;
        if (!checked.ok) throw checked.error;
        writing = settle(staged('write', checked.value.start, () => writeChunk(writes, run, checked.value)));
      };
      // At least one chunk, even of no rows (the checks of an empty import run as for any).
      let start = 0;
      do {
        const end = chunkEnd(start, rows.length);
        const from = start;
        const chunk = await staged('read', from, () => readChunk(run, from, end));
        await writeVetted();
        vetting = settle(staged('vet', from, () => vetChunk(writes, run, chunk, from)));
        start = end;
      } while (start < rows.length);
      await writeVetted();
      const written = await writing;
      if (!written.ok) throw written.error;
      if (run.problems.length) throw new ImportRefused(run.problems.sort(byRow));
      await staged('end', rows.length, () => beforeCommit(writes));
      const outcome: ImportOutcome = {
        kind: options.kind.name,
        dryRun: options.dryRun ?? false,
        rows: rows.length,
        created: run.records.filter((record) => record.action === 'CREATE').length,
        updated: run.records.filter((record) => record.action === 'UPDATE').length,
        records: run.records.sort((a, b) => a.row - b.row),
      };
      if (options.dryRun) throw new DryRunDone(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof DryRunDone) return error.outcome;
    // A constraint the checks did not foresee (the database's last word), as a problem of the import.
    if (error instanceof DomainError && !(error instanceof ImportRefused) && error.extensions.code !== 'FORBIDDEN') {
      const field = error.extensions.field as string | undefined;
      const last = located(field ?? null, error.message, error.extensions.code as ErrorCode);
      throw new ImportRefused([...run.problems, last]);
    }
    throw error;
  }
}

/** A promise's outcome, kept until it is asked for (a rejection is not left unhandled meanwhile). */
type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

/** The state of an import as its chunks go through. */
interface ImportRun {
  options: ImportOptions;
  /** Every problem so far; once there is one, chunks are only checked (to report every problem), not written. */
  problems: ImportProblem[];
  records: ImportOutcome['records'];
  /** Rows checked against the database. */
  checked: number;
  /** Rows through every stage. */
  done: number;
  progress: (stage: ImportProgress['stage'], done: number) => Promise<void>;
}

/** The rows `start` to `end` coerced and validated (step 2): the creates and updates ready for the database. */
async function readChunk(
  run: ImportRun,
  start: number,
  end: number,
): Promise<{ creates: ReadyRow[]; updates: ReadyRow[] }> {
  const { kind, rows, schema, csv } = run.options;
  const creates: ReadyRow[] = [];
  const updates: ReadyRow[] = [];
  for (let index = start; index < end; index++) {
    // Now and then the answers of the database are let in, so that the previous chunk's next statement
    // is sent while this one is read (the two cores work at once).
    if ((index - start) % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate);
    const row = rows[index]!;
    const update = isUpdate(row);
    const path = `rows[${index}]`;
    const inputClass = update ? kind.update : kind.create;
    if (!inputClass) {
      run.problems.push(
        located(`${path}.id`, `${kind.name} are only created by an import: leave id out`, 'BAD_USER_INPUT'),
      );
      continue;
    }
    const type = schema.getType(inputClass.name) as GraphQLInputObjectType;
    const given = csv ? fromCells(type, row) : row;
    // The compiled coercion and rules decide a valid row; a row they refuse is asked again the slow
    // way (coerceInputValue, class-validator), which words its problems.
    const quick = isObject(given) ? quickCoercion(type)(given) : FAILED;
    const found = quick !== FAILED ? (quick as Values) : coerceRow(given, type, path);
    if (typeof found === 'string') {
      run.problems.push(located(path, found, 'BAD_USER_INPUT'));
      continue;
    }
    if (Array.isArray(found)) {
      run.problems.push(...found);
      continue;
    }
    const input = toInstance(inputClass, found) as Values;
    const invalid = passesRules(input) === true ? [] : await inputProblems(path, input);
    if (invalid.length) {
      run.problems.push(...invalid.map((problem) => located(problem.field, problem.message, 'BAD_USER_INPUT')));
      continue;
    }
    (update ? updates : creates).push({ index, path, input });
  }
  await run.progress('validate', end);
  return { creates, updates };
}

/** A chunk's rows after the database's checks (vetChunk), ready to be written (writeChunk). */
interface VettedChunk {
  /** The chunk's first row. */
  start: number;
  count: number;
  /** The creates that passed, with their property values. */
  passed: { row: ReadyRow; values: Values }[];
  /** Their records made ready for the insert (no dry run): ids, COPY's text, the audit rows' ids. */
  prepared?: PreparedInsert;
  changed: Awaited<ReturnType<Writes['vetUpdates']>>;
}

/** The input without the lists of children created with the record (an activity's participants). */
function parentValues(kind: ImportKind, input: Values): Values {
  const values = { ...input };
  for (const key of Object.keys(kind.children ?? {})) delete values[key];
  return values;
}

/** One chunk's checks in the transaction (step 3, before the writes): every problem noted in the run. */
async function vetChunk(
  writes: Writes,
  run: ImportRun,
  chunk: { creates: ReadyRow[]; updates: ReadyRow[] },
  start: number,
): Promise<VettedChunk> {
  const { kind } = run.options;
  const { creates, updates } = chunk;
  const bulk = (row: ReadyRow): BulkRow => ({
    index: row.index,
    path: row.path,
    values: parentValues(kind, row.input),
  });
  const vetted = await writes.vetCreates(kind.entity, creates.map(bulk));
  const changed = await writes.vetUpdates(
    kind.entity,
    updates.map((row): BulkUpdate => ({ ...bulk(row), id: String(row.input.id), version: Number(row.input.version) })),
  );
  run.problems.push(...vetted.problems.map(fromRowProblem), ...changed.problems.map(fromRowProblem));
  const count = creates.length + updates.length;
  run.checked += count;
  await run.progress('check', run.checked);
  const refused = new Set(vetted.problems.map((problem) => problem.index));
  const passed = creates.flatMap((row, at) => (refused.has(row.index) ? [] : [{ row, values: vetted.values[at]! }]));
  // Made now, while the database still writes the previous chunk: its statements then follow at once.
  const prepared =
    run.options.dryRun || run.problems.length
      ? undefined
      : writes.prepareInsert(
          kind.entity,
          passed.map((item) => item.values),
        );
  return { start, count, passed, prepared, changed };
}

/**
 * One vetted chunk's writes, while no row of the import has failed and it is no dry run: its records,
 * then their children checked against them, and their audit trail. With children, the records that
 * passed are written even in a dry run or after a failure, so that their children are checked as the
 * single mutation checks them; the end rolls it all back.
 */
async function writeChunk(writes: Writes, run: ImportRun, chunk: VettedChunk): Promise<void> {
  const { kind, dryRun } = run.options;
  const { count, passed, prepared, changed } = chunk;
  const children = Object.entries(kind.children ?? {});
  const writing = () => !run.problems.length && !dryRun;
  // The rows' references were vetted (and locked) just before; written for good, the insert's statement
  // writes their audit rows too (rolled back with the rest on a failure).
  const insertOptions = () => ({ vettedKeys: true, ...(writing() ? { audit: run.options.actor } : {}) });
  const ids =
    children.length || writing()
      ? await writes.insertVetted(kind.entity, prepared ?? passed.map((item) => item.values), insertOptions())
      : [];
  for (const [key, child] of children) {
    const childRows = passed.flatMap(({ row }, at) =>
      ((row.input[key] as Values[] | null | undefined) ?? []).map(
        (item, j): BulkRow => ({
          index: row.index,
          path: `${row.path}.${key}[${j}]`,
          values: { ...item, [`${child.parent}Id`]: ids[at] },
        }),
      ),
    );
    const checked = await writes.vetCreates(child.entity, childRows);
    run.problems.push(...checked.problems.map(fromRowProblem));
    if (writing()) await writes.insertVetted(child.entity, checked.values, insertOptions());
  }
  if (writing()) {
    await writes.updateVetted(kind.entity, changed.planned);
    await run.progress('write', run.done + count);
    // The trail of the chunk's records, as for any write (audit.ts), in the same transaction.
    await writeAudit(writes.em, run.options.actor, writes.changes.splice(0));
  }
  run.done += count;
  if (writing()) await run.progress('audit', run.done);
  passed.forEach(({ row }, at) =>
    run.records.push({ row: row.index + 1, action: 'CREATE', id: dryRun ? null : (ids[at] ?? null) }),
  );
  for (const update of changed.planned) run.records.push({ row: update.index + 1, action: 'UPDATE', id: update.id });
}

/**
 * A row coerced to the input type as GraphQL coerces a mutation's variables (types, required fields,
 * enums, dates; unknown fields refused): the value, or its problems, or why it is no object at all.
 */
function coerceRow(row: unknown, type: GraphQLInputObjectType, path: string): Values | ImportProblem[] | string {
  if (!isObject(row)) return 'must be an object of column values';
  const problems: ImportProblem[] = [];
  const value = coerceInputValue(row, type, (at, _invalid, error: GraphQLError) => {
    // A missing or unknown field is reported at its object, with its name in the message.
    const named = /^Field "(\w+)" (?:of required type|is not defined)/.exec(error.message)?.[1];
    const column = [...at.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)), named ? `.${named}` : '']
      .join('')
      .replace(/^\./, '');
    problems.push(located(column ? `${path}.${column}` : path, error.message, 'BAD_USER_INPUT'));
  }) as Values;
  return problems.length ? problems : value;
}

/**
 * A CSV record's text cells as the values of the input's fields: an empty cell is a value not given;
 * integers and booleans parsed; a list of objects (participants) as JSON (`[{…}]`) or as items
 * separated by `;` whose fields (in the order the item type declares them) are separated by `:`
 * (`<personId>:TRAINER;<personId>:TRAINEE`). What cannot be read is passed on as text, for the
 * coercion to report.
 */
function fromCells(type: GraphQLInputObjectType, cells: ImportRow): Values {
  const fields = type.getFields();
  const values: Values = {};
  for (const column in cells) {
    const cell = cells[column];
    if (cell === '' || cell === undefined || cell === null) continue;
    const field = fields[column];
    values[column] = field && typeof cell === 'string' ? fromText(field.type, cell) : cell;
  }
  return values;
}

function fromText(type: GraphQLInputType, text: string): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    const item = getNamedType(inner);
    if (text.trimStart().startsWith('[')) {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    }
    const items = text.split(';').filter((part) => part.trim() !== '');
    if (!isInputObjectType(item)) return items.map((part) => fromText(item, part.trim()));
    const names = Object.keys(item.getFields());
    return items.map((part) => {
      const values: Values = {};
      part.split(':').forEach((piece, i) => {
        const name = names[i] ?? `field${i + 1}`;
        const field = item.getFields()[name];
        values[name] = field ? fromText(field.type, piece.trim()) : piece;
      });
      return values;
    });
  }
  const named = getNamedType(inner).name;
  if ((named === 'Int' || named === 'Float') && /^[+-]?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (named === 'Boolean' && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text;
}

/** Nested input fields of each input class (those class-validator descends into), found once. */
const nestedFields = new Map<ClassType, { name: string; type: ClassType }[]>();

function nestedOf(target: ClassType): { name: string; type: ClassType }[] {
  let known = nestedFields.get(target);
  if (!known) {
    const storage = getMetadataStorage();
    const inputClasses = new Set(storage.inputTypes.map((input) => input.target));
    known = storage.fields
      .filter((field) => field.target === target || target.prototype instanceof field.target)
      .map((field) => ({ name: field.name, type: field.getType() as ClassType }))
      .filter((field) => inputClasses.has(field.type));
    nestedFields.set(target, known);
  }
  return known;
}

/** A coerced input as an instance of its class, nested inputs too (class-validator reads their rules). */
export function toInstance(target: ClassType, value: Values): object {
  const instance = Object.assign(new target(), value) as Values;
  for (const field of nestedOf(target)) {
    const nested = value[field.name];
    if (Array.isArray(nested)) instance[field.name] = nested.map((item) => toInstance(field.type, item as Values));
    else if (nested && typeof nested === 'object') instance[field.name] = toInstance(field.type, nested as Values);
  }
  return instance;
}
