import type { EntityClass } from '@mikro-orm/core';
import type { Anchor } from '../rights';
import type { Writes } from '../writes';

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

export type Found = Problem | undefined | (Problem | undefined)[];

/** A rule's findings as a list of problems. */
export const problemsFound = (found: Found): Problem[] =>
  [found].flat().filter((problem): problem is Problem => problem !== undefined);

const RULES = new Map<string, WriteRules>();

export function declareWrites(entity: EntityClass<object>, rules: WriteRules): void {
  RULES.set(entity.name, rules);
}

export function rulesOf(entity: EntityClass<object>): WriteRules {
  const rules = RULES.get(entity.name);
  // No declared rights, no write: a new entity cannot be written by accident without them.
  if (!rules) throw new Error(`${entity.name} declares no write rules (declareWrites)`);
  return rules;
}
