import type { EntityManager } from '@mikro-orm/postgresql';
import { ANY_WRITER_KIND, MINISTRY_KIND, policy, scopeStatement, type AnchorKind } from '../auth/policy';
import { hasReach, reachOf, reachSummary } from '../auth/reach';
import { RULES } from '../auth/rules';
import type { OrganisationRole, Viewer } from '../auth/viewer';
import { forbidden } from '../errors';
import { query } from '../../db/statements';
import type { RightsDeclaration } from './writes';

/*
 * Rights of writes, per object: every row a mutation writes hangs off an anchor (declared per entity
 * in its *.mutations.ts, see writes.ts), and whether the caller may write there is decided here, from
 * the viewer alone, in one statement per kind of anchor. What each kind admits, per organisation role,
 * is the subgraphs' policy (src/subgraphs/<name>/policy.ts, `anchors`: SQL and words); the ministry
 * writes under every anchor, `anyWriter` admits every role that writes, `ministry` only the ministry,
 * and the reached entity's anchor (a person) admits the organisations whose reach includes the record.
 * analyst and anonymous write nothing.
 *
 * And, whatever the anchor, reach cannot be bought: a row an organisation writes may name only people
 * already in its reach (auth/reach.ts), or people this write created (outsideReach, below; Writes
 * applies it to every reference to a person, in single writes and imports alike).
 */

/** Where a row hangs: a kind and the id of the record of that kind (none for anyWriter and ministry). */
export interface Anchor {
  kind: AnchorKind;
  id?: string | null;
}

export const MINISTRY: Anchor = { kind: MINISTRY_KIND };
export const ANY_WRITER: Anchor = { kind: ANY_WRITER_KIND };

/** Roles that may write at all; the others are refused before any SQL. */
const WRITERS = new Set<Viewer['role']>(['university', 'county', 'committee', 'ministry_admin']);

/** Refuses a caller that may write nothing (anonymous, analyst, an organisation role without its org). */
export function assertWriter(viewer: Viewer): void {
  if (!WRITERS.has(viewer.role)) {
    throw forbidden(
      `The role ${viewer.role} may not write: send a bearer token with the role ministry_admin, or university, ` +
        'county or committee with its organisation (org); in development `npm run -s token -- --role university ' +
        '--org <institution code>` mints one. What each role may write: README, Identity and rights.',
    );
  }
  if (viewer.role !== 'ministry_admin' && !viewer.org) {
    throw forbidden(
      `A ${viewer.role} token must name its organisation (org) to write: mint it with --org <code> (npm run token).`,
    );
  }
}

/**
 * Refuses (FORBIDDEN, before anything is written) unless the viewer may write under every anchor.
 * One statement per kind of anchor an organisation role needs checked; none for the ministry.
 */
export async function authorize(em: EntityManager, viewer: Viewer, anchors: Anchor[]): Promise<void> {
  const refused = await refusedAnchors(em, viewer, anchors);
  const first = refused.find((reason) => reason !== undefined);
  if (first) throw forbidden(first);
}

/**
 * Why the viewer may not write under each anchor (undefined where it may), in the anchors' order: the
 * same decision as authorize, for every row of a bulk import at once (still one statement per kind).
 */
export async function refusedAnchors(
  em: EntityManager,
  viewer: Viewer,
  anchors: Anchor[],
): Promise<(string | undefined)[]> {
  assertWriter(viewer);
  const reasons: (string | undefined)[] = anchors.map(() => undefined);
  if (viewer.role === 'ministry_admin') return reasons;
  const role = viewer.role as OrganisationRole;
  const org = viewer.org as string;
  const byKind = new Map<AnchorKind, Set<string>>();
  anchors.forEach((anchor, index) => {
    if (anchor.kind === ANY_WRITER_KIND) return;
    if (anchor.kind === MINISTRY_KIND || !anchor.id) {
      reasons[index] = 'Only the ministry may write this.';
      return;
    }
    const ids = byKind.get(anchor.kind) ?? new Set<string>();
    ids.add(anchor.id);
    byKind.set(anchor.kind, ids);
  });
  for (const [kind, ids] of byKind) {
    let allowed: Set<string>;
    const reached = kind === policy().reached?.anchor;
    const scope = reached ? undefined : scopeStatement(kind, role, org, [...ids]);
    if (reached) {
      // A committee has no reach (no appointments of its own): it changes no person on record.
      allowed = hasReach(role) ? await reachOf(em, role, org, [...ids]) : new Set();
    } else {
      const rows = scope ? await query<{ id: string }>(em, scope) : [];
      allowed = new Set(rows.map((row) => row.id));
    }
    anchors.forEach((anchor, index) => {
      if (anchor.kind !== kind || allowed.has(anchor.id!)) return;
      reasons[index] =
        reached || scope
          ? `This ${role} (${org}) may not write under ${kind} ${anchor.id}.`
          : `A ${role} may not write this.`;
    });
  }
  return reasons;
}

/**
 * Reach cannot be bought (README, Rights): of the people a write links (the references to a person in
 * the rows it creates, or in rows as an update leaves them), those outside the writer's reach, each
 * with the reason to give. Reach grows by rows that name a person, so a write that names only people
 * already in reach (or people it created: they are in it) cannot widen it. One statement for all the
 * people; none for the ministry (it reads everyone) nor for a role without reach (a committee reads
 * no personal attribute: there is nothing to widen).
 */
export async function outsideReach(em: EntityManager, viewer: Viewer, people: string[]): Promise<Map<string, string>> {
  assertWriter(viewer);
  const outside = new Map<string, string>();
  const { role, org } = viewer;
  if (!people.length || !hasReach(role) || !org) return outside;
  const within = await reachOf(em, role, org, [...new Set(people)]);
  for (const person of people) {
    if (within.has(person)) continue;
    outside.set(
      person,
      `person ${person} is outside the reach of this ${role} (${org}): a write may not name a person the ${role} may not already read, as linking them would let it read them. Its reach: ${reachSummary(role)}. Record a new person with createPerson, or ask the ministry to record the link.`,
    );
  }
  return outside;
}

/** The organisation roles, in the order the rights' words name them. */
const ORGANISATIONS: OrganisationRole[] = ['university', 'county', 'committee'];

/** How a mutation writes its record: its rights' words differ only in what a removal names (nobody). */
export type WriteAction = 'create' | 'update' | 'remove';

/** Where an organisation role may write rows under these rules, in words (none: it may not). */
function whereRoleWrites(role: OrganisationRole, kinds: readonly AnchorKind[]): string[] | 'anywhere' {
  if (kinds.includes(ANY_WRITER_KIND)) return 'anywhere';
  return kinds.flatMap((kind) => {
    if (kind === policy().reached?.anchor) return hasReach(role) ? ['for the people in its reach'] : [];
    const summary = policy().anchors[kind]?.[role]?.summary;
    return summary ? [summary] : [];
  });
}

/** The kinds a row of the action may hang off. */
const kindsOf = (rules: RightsDeclaration, action: WriteAction) =>
  action === 'create' ? (rules.createHangs ?? rules.hangs) : rules.hangs;

/** The organisation roles these rules let write (besides ministry_admin, which writes everything). */
export function rolesAllowed(rules: RightsDeclaration, action: WriteAction): OrganisationRole[] {
  return ORGANISATIONS.filter((role) => {
    const where = whereRoleWrites(role, kindsOf(rules, action));
    return where === 'anywhere' || where.length > 0;
  });
}

/** `for itself`, `for its schools` → `for itself and its schools` (a repeated leading word said once). */
function joinWords(words: string[]): string {
  const said = words.map((word, i) => {
    const lead = word.split(' ')[0];
    return i > 0 && words[i - 1]!.split(' ')[0] === lead ? word.slice(lead!.length + 1) : word;
  });
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} and ${said.at(-1)}` : (said[0] ?? '');
}

/**
 * Who may write rows under these rules, in words, generated from the rules' kinds and the policy's
 * scopes (mutation descriptions, README): `Rights: ministry_admin; a university for its own
 * partnerships, naming only people in its reach (Person.gender says who).` `linksPeople`: the rows
 * name people (a reference to the reached entity), so an organisation with reach names only its own.
 */
export function rightsInWords(rules: RightsDeclaration, action: WriteAction, linksPeople: boolean): string {
  const kinds = kindsOf(rules, action);
  const anywhere: string[] = [];
  // Roles by their words, in order: roles with the same words share them (`a university or county …`).
  const byWords = new Map<string, OrganisationRole[]>();
  for (const role of ORGANISATIONS) {
    const where = whereRoleWrites(role, kinds);
    if (where === 'anywhere') anywhere.push(role);
    else if (where.length) {
      const naming =
        linksPeople && action !== 'remove' && hasReach(role) && !kinds.includes(policy().reached?.anchor ?? '')
          ? ', naming only people in its reach'
          : '';
      const words = `${joinWords(where)}${naming}`;
      byWords.set(words, [...(byWords.get(words) ?? []), role]);
    }
  }
  // Where the reach is told (the field guarded by the personal rule), said once.
  const whoSays = Object.entries(policy().fields).find(([, rule]) => rule === RULES.personal)?.[0];
  let pointed = !whoSays;
  const qualified = [...byWords].map(([words, roles]) => {
    const said = `a ${roles.join(' or ')} ${words}`;
    if (pointed || !words.endsWith('in its reach')) return said;
    pointed = true;
    return `${said} (${whoSays} says who)`;
  });
  let text = `Rights: ${['ministry_admin', ...anywhere].join(', ')}${qualified.map((words) => `; ${words}`).join('')}.`;
  const names = rules.names?.filter((kind) => rolesAllowed({ hangs: [kind] }, action).length);
  if (names?.length && qualified.length) {
    const parties = names.join(' or ');
    text += ` Naming a ${parties} needs that ${parties}.`;
  }
  if (rules.ministryWhen)
    text += ` ${rules.ministryWhen[0]!.toUpperCase()}${rules.ministryWhen.slice(1)}, ministry_admin only.`;
  return text;
}
