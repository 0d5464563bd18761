import type { EntityClass } from '@mikro-orm/core';
import { MINISTRY_KIND, type AnchorKind } from '../../auth/policy';
import type { Anchor } from '../rights';
import type { Writes } from '../writes';

/** A row's values by entity property; to-one relations as the id they point at. */
export type Values = Record<string, unknown>;

/** A domain rule's refusal: the property at fault (its input name is reported) and why. */
export interface Problem {
  property: string;
  message: string;
}

/** Where the rows of an entity may hang, as data: what the rights' words say (rights.ts, rightsInWords). */
export interface RightsDeclaration {
  /** The kinds of anchor a row hangs off, one of them (none: the ministry's alone). */
  hangs: readonly AnchorKind[];
  /** For a new row, when they differ (a person: anyone who writes may record one). */
  createHangs?: readonly AnchorKind[];
  /** The parties a row may name (`committee`, `university`), each only by itself or the ministry. */
  names?: readonly AnchorKind[];
  /** When the row is the ministry's alone, in words: `once marked for promotion`. */
  ministryWhen?: string;
}

/** What every write of an entity obeys, declared once per entity in its feature's *.mutations.ts. */
export interface WriteRules extends RightsDeclaration {
  /**
   * Where a row hangs, for rights (rights.ts): asked of the row before and after a change; all must
   * allow. Only kinds the declaration names (or the ministry): a row under another is an error, so the
   * words generated from the declaration are the rights enforced.
   */
  anchor(values: Values): Anchor | Anchor[];
  /**
   * Domain rules on the row as it will be, in code (the database holds what it can as constraints):
   * its problem, or a list of the independent rules' findings so that every problem is reported.
   */
  check?(values: Values, writes: Writes): Found | Promise<Found>;
}

export type Found = Problem | undefined | (Problem | undefined)[];

/** A rule's findings as a list of problems. */
export const problemsFound = (found: Found): Problem[] =>
  found === undefined
    ? []
    : Array.isArray(found)
      ? found.filter((problem): problem is Problem => problem !== undefined)
      : [found];

/** One anchor or several, as a list (without Array.prototype.flat: asked of every row of an import). */
export const anchorList = (found: Anchor | Anchor[]): Anchor[] => (Array.isArray(found) ? found : [found]);

const RULES = new Map<string, WriteRules>();

export function declareWrites(entity: EntityClass<object>, rules: WriteRules): void {
  const declared = new Set([MINISTRY_KIND, ...rules.hangs, ...(rules.createHangs ?? []), ...(rules.names ?? [])]);
  const anchor = (values: Values): Anchor[] => {
    const anchors = anchorList(rules.anchor(values));
    const undeclared = anchors.find((found) => !declared.has(found.kind));
    if (undeclared)
      throw new Error(`${entity.name} hangs a row off ${undeclared.kind}, which its rules do not declare`);
    return anchors;
  };
  RULES.set(entity.name, { ...rules, anchor });
}

/** The entities writes may change (and so record in the audit trail), by name. */
export function writableEntities(): string[] {
  return [...RULES.keys()];
}

/** The write rules an entity declared (undefined: none, so it cannot be written). */
export function declaredRules(entity: EntityClass<object>): WriteRules | undefined {
  return RULES.get(entity.name);
}

export function rulesOf(entity: EntityClass<object>): WriteRules {
  const rules = RULES.get(entity.name);
  // No declared rights, no write: a new entity cannot be written by accident without them.
  if (!rules) throw new Error(`${entity.name} declares no write rules (declareWrites)`);
  return rules;
}
