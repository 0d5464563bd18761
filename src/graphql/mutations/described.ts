import { MetadataStorage, ReferenceKind, type EntityClass } from '@mikro-orm/core';
import { reachedEntity } from '../auth/reach';
import { rightsInWords, type WriteAction } from './rights';
import { declaredRules } from './writes';

/*
 * The rights a mutation states in its description are generated, not written: each mutation names the
 * entity whose write rules it obeys (recordMutations does it for every create, update and removal), and
 * the schema's build (federation.ts) appends the words rightsInWords makes of those rules and the
 * policy's scopes. A rule changed is a description changed.
 */

/** What a mutation writes, for its rights' words. */
export interface DescribedWrite {
  /** The entity whose write rules decide (the record the mutation creates, changes or removes). */
  entity: EntityClass<object>;
  action: WriteAction;
  /** Entities created with it (children): people they name count as named by the mutation. */
  with?: EntityClass<object>[];
  /** The row as the mutation leaves it is the ministry's alone (a promotion): whatever the rules say. */
  ministryOnly?: boolean;
}

const DESCRIBED = new Map<string, DescribedWrite>();

/** Declares what the mutation `name` writes (its description then states its rights). */
export function describeWrite(name: string, write: DescribedWrite): void {
  DESCRIBED.set(name, write);
}

/** The mutations declared so far, by name. */
export function describedWrites(): ReadonlyMap<string, DescribedWrite> {
  return DESCRIBED;
}

/** Whether the entity has a relation to the reached entity (a person), from its decorators. */
function linksReached(entity: EntityClass<object>): boolean {
  const reached = reachedEntity();
  const meta = Object.values(MetadataStorage.getMetadata()).find((found) => found.class === entity);
  return Object.values(meta?.properties ?? {}).some((prop) => {
    if (prop.kind !== ReferenceKind.MANY_TO_ONE) return false;
    // A relation across subgraphs names its target (`@ManyToOne('Person')`), one within gives its class.
    const target: unknown = typeof prop.entity === 'function' ? prop.entity() : (prop.entity ?? prop.type);
    return (typeof target === 'string' ? target : (target as { name?: string } | undefined)?.name) === reached;
  });
}

/** The rights of the mutation `name` in words (undefined: it declares no write). */
export function writeRights(name: string): string | undefined {
  const write = DESCRIBED.get(name);
  if (!write) return undefined;
  if (write.ministryOnly) return 'Rights: ministry_admin.';
  const rules = declaredRules(write.entity);
  if (!rules) throw new Error(`${name} writes ${write.entity.name}, which declares no write rules`);
  const linksPeople = [write.entity, ...(write.with ?? [])].some(linksReached);
  return rightsInWords(rules, write.action, linksPeople);
}
