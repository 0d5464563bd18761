import type { EntityMetadata } from '@mikro-orm/core';
import { DomainError, type ErrorCode } from '../../errors';
import type { Anchor } from '../rights';
import type { FieldProblem } from '../validation';
import { inputName, isRelation } from './columns';
import type { Values } from './rules';

/** One row of a write: its index among the rows, the path of its input, its values. */
export interface BulkRow {
  index: number;
  /** The input's path, as errors report fields: `input`, `input.participants[1]`, `rows[3]`. */
  path: string;
  values: Values;
}

/** One row of an update: the record, the version read, and the fields to change. */
export interface BulkUpdate extends BulkRow {
  id: string;
  version: number;
}

/** A refused row: which row, the field at fault (its path, or the row's), why, with its code. */
export interface RowProblem {
  index: number;
  field: string;
  message: string;
  code: ErrorCode;
}

/** A record an update will change: the row as it is (for the trail), and its values after the change. */
export interface PlannedUpdate {
  /** The row's index. */
  index: number;
  id: string;
  before: Values;
  after: Values;
  /** The properties the update changes. */
  changed: string[];
}

/** A row as the guards see it: its input's path and its property values. */
export interface VettedRow {
  path: string;
  values: Values;
}

/**
 * The problems of a write's rows so far. Two ways to refuse, one set of guards:
 * - a bulk write (an import) reports every refused row: a row's first refusal ends its vetting (the
 *   later guards skip it), and the others go on;
 * - a single mutation (`atomic`) is refused as a whole by its first FORBIDDEN, NOT_FOUND or CONFLICT
 *   (thrown at once), and reports its BAD_USER_INPUT problems together: its rows stay live for the
 *   domain rules, and rights are asked only of a write whose input holds no problem.
 */
export class Vetting {
  readonly problems: RowProblem[] = [];
  /** The problems as a single mutation reports them (a reference's carries its row, as it always has). */
  readonly fieldProblems: (FieldProblem & { row?: number })[] = [];
  readonly refused = new Set<number>();

  constructor(
    readonly rows: readonly { index: number }[],
    readonly atomic: boolean,
  ) {}

  /**
   * Refuses a row. In a single mutation anything but BAD_USER_INPUT is thrown at once (`error`: the
   * error to throw, else one with the message and code).
   */
  refuse(at: number, field: string, message: string, code: ErrorCode, error?: () => Error): void {
    if (this.atomic && code !== 'BAD_USER_INPUT') throw error?.() ?? new DomainError(code, message);
    this.refused.add(at);
    this.problems.push({ index: this.rows[at]!.index, field, message, code });
    this.fieldProblems.push({ field, message });
  }

  /** A reference's problem (reported with the row's position among the write's rows). */
  refuseReference(at: number, field: string, message: string): void {
    this.refuse(at, field, message, 'BAD_USER_INPUT');
    if (this.atomic) this.fieldProblems[this.fieldProblems.length - 1] = { row: at, field, message };
  }

  /** Whether the later guards still look at the row. */
  live(at: number): boolean {
    return this.atomic || !this.refused.has(at);
  }

  /** The positions of the rows the later guards look at. */
  open(count: number): number[] {
    const open: number[] = [];
    for (let at = 0; at < count; at++) if (this.live(at)) open.push(at);
    return open;
  }

  /** The rows whose rights are asked: a single mutation's only while its input holds no problem. */
  openForRights(count: number): number[] {
    return this.atomic && this.problems.length ? [] : this.open(count);
  }
}

/** A version other than the current one: the CONFLICT that carries the current version. */
export function staleVersion(
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
export function anchorField(meta: EntityMetadata, row: VettedRow, anchor: Anchor): string {
  const property = Object.keys(row.values).find(
    (key) => isRelation(meta.properties[key as never]) && anchor.id && row.values[key] === anchor.id,
  );
  return property ? `${row.path}.${inputName(meta, property)}` : row.path;
}
