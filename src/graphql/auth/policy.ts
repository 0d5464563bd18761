import { sql, type Sql } from '../../db/sql';
import type { Rule } from './rules';
import type { OrganisationRole } from './viewer';

/*
 * Policy is data the subgraphs declare, each about the tables it owns (src/subgraphs/<name>/policy.ts);
 * the engine (rules.ts, reach.ts, mutations/rights.ts, mutations/writes.ts) enforces the merged tables
 * and names no table itself. Merged once, at load, from every subgraph's export (src/subgraphs/policies.ts),
 * so that a subgraph served alone enforces the same rights as the composed API.
 */

/**
 * The rows of one kind of anchor an organisation may write under: SQL selecting their ids (`id`), for
 * the organisation's code `org` (a parameter). `rowsOf(kind)` is another kind's rows for the same role
 * and organisation, so that a rule can rest on one another subgraph declares.
 */
export type ScopeRows = (org: Sql, rowsOf: (kind: AnchorKind) => Sql) => Sql;

export interface Scope {
  /** Where the role may write, in words, after "a university" (mutation descriptions, README): `for its own partnerships`. */
  summary: string;
  rows: ScopeRows;
}

/** One part of an organisation role's reach: the people it reaches that way. */
export interface ReachPart {
  /** In words, after "people": `with a current appointment at the university`. */
  summary: string;
  /** Which of `ids` this part reaches for the organisation `org`: SQL selecting `id`. */
  people: (org: string, ids: readonly string[]) => Sql;
}

/** A kind of anchor: the policy's name for where a row hangs (`partnership`, `schoolStaff`, …). */
export type AnchorKind = string;

/** The kinds of anchor the engine knows: the ministry's alone, and any role that writes. */
export const MINISTRY_KIND = 'ministry';
export const ANY_WRITER_KIND = 'anyWriter';

export interface Policy {
  /** Guarded fields of the subgraph's types: `Type.field` → the rule that guards it (auth/rules.ts). */
  fields?: Readonly<Record<string, Rule>>;
  /** Per organisation role, the parts of its reach this subgraph's tables give. */
  reach?: Partial<Record<OrganisationRole, readonly ReachPart[]>>;
  /** The entity whose records reach guards, and the anchor kind of a write on one of its records. */
  reached?: { entity: string; anchor: AnchorKind };
  /** Per kind of anchor, per organisation role: where it may write (the ministry writes everywhere). */
  anchors?: Readonly<Record<AnchorKind, Partial<Record<OrganisationRole, Scope>>>>;
  /** Which property a constraint of the subgraph's tables guards (reported as the input field). */
  constraints?: Readonly<Record<string, string>>;
}

/** The policies of every subgraph, merged. */
export interface MergedPolicy {
  fields: Readonly<Record<string, Rule>>;
  reach: Partial<Record<OrganisationRole, readonly ReachPart[]>>;
  reached: { entity: string; anchor: AnchorKind } | undefined;
  anchors: Readonly<Record<AnchorKind, Partial<Record<OrganisationRole, Scope>>>>;
  constraints: Readonly<Record<string, string>>;
}

/** Merges the subgraphs' policies; a key declared twice is an error (each rule has one owner). */
export function mergePolicies(policies: Readonly<Record<string, Policy>>): MergedPolicy {
  const fields: Record<string, Rule> = {};
  const reach: Partial<Record<OrganisationRole, ReachPart[]>> = {};
  const anchors: Record<AnchorKind, Partial<Record<OrganisationRole, Scope>>> = {};
  const constraints: Record<string, string> = {};
  let reached: MergedPolicy['reached'];
  const once = (what: string, taken: boolean, owner: string) => {
    if (taken) throw new Error(`policy: ${what} is declared twice (again by ${owner})`);
  };
  for (const [owner, policy] of Object.entries(policies)) {
    for (const [key, rule] of Object.entries(policy.fields ?? {})) {
      once(`the field ${key}`, key in fields, owner);
      fields[key] = rule;
    }
    for (const [role, parts] of Object.entries(policy.reach ?? {}) as [OrganisationRole, ReachPart[]][]) {
      reach[role] = [...(reach[role] ?? []), ...parts];
    }
    for (const [kind, roles] of Object.entries(policy.anchors ?? {})) {
      const merged = (anchors[kind] ??= {});
      for (const [role, scope] of Object.entries(roles) as [OrganisationRole, Scope][]) {
        once(`the anchor ${kind} for ${role}`, role in merged, owner);
        merged[role] = scope;
      }
    }
    for (const [name, property] of Object.entries(policy.constraints ?? {})) {
      once(`the constraint ${name}`, name in constraints, owner);
      constraints[name] = property;
    }
    if (policy.reached) {
      once('the reached entity', reached !== undefined, owner);
      reached = policy.reached;
    }
  }
  return { fields, reach, reached, anchors, constraints };
}

let declared: MergedPolicy | undefined;

/** Installs the merged policy (src/subgraphs/policies.ts, once at load). */
export function declarePolicy(policy: MergedPolicy): void {
  declared = policy;
}

/** The merged policy; an error if none was declared (no rights without their tables). */
export function policy(): MergedPolicy {
  if (!declared) throw new Error('no policy declared (src/subgraphs/policies.ts is not loaded)');
  return declared;
}

/**
 * The scope of an anchor kind for a role as one statement: which of `ids` the organisation `org` may
 * write under. Its text is the same for any number of ids (they travel as one uuid[] parameter).
 */
export function scopeStatement(
  kind: AnchorKind,
  role: OrganisationRole,
  org: string,
  ids: readonly string[],
): Sql | undefined {
  const scope = policy().anchors[kind]?.[role];
  if (!scope) return undefined;
  const code = sql`${org}::text`;
  const rowsOf = (other: AnchorKind): Sql => {
    const found = policy().anchors[other]?.[role];
    if (!found) throw new Error(`policy: the anchor ${kind} for ${role} rests on ${other}, which it has not`);
    return found.rows(code, rowsOf);
  };
  return sql`select s.id::text as id from (${scope.rows(code, rowsOf)}) s where s.id = any(${ids}::uuid[])`;
}
