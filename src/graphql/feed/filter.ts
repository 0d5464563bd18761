import { SCOPE_KINDS, type FeedEntry, type Scope, type ScopeKind } from './feed';

/*
 * Which entries a subscriber gets: those in its reach (the rights of its role) and matching its
 * filter. Both are sets of ids per scope kind, checked in memory against each entry's scope (the
 * feed reads scopes once per page for every subscriber).
 */

/** A filter: for each kind given, the entry must touch one of its ids; `types` limits the record types. */
export interface EntryFilter {
  ids: Partial<Record<ScopeKind, ReadonlySet<string>>>;
  types?: ReadonlySet<string>;
}

/**
 * The reach of a subscriber: everything (nationwide roles), or the entries touching one of these ids
 * (an organisation role: its university, its county, a committee's schools and counties).
 */
export type Reach = 'all' | Partial<Record<ScopeKind, ReadonlySet<string>>>;

function touches(scope: Scope, kind: ScopeKind, ids: ReadonlySet<string>): boolean {
  for (const id of scope[kind]) if (ids.has(id)) return true;
  return false;
}

export function inReach(entry: FeedEntry, reach: Reach): boolean {
  if (reach === 'all') return true;
  for (const kind of SCOPE_KINDS) {
    const ids = reach[kind];
    if (ids && touches(entry.scope, kind, ids)) return true;
  }
  return false;
}

export function matches(entry: FeedEntry, filter: EntryFilter): boolean {
  if (filter.types && !filter.types.has(entry.type)) return false;
  for (const kind of SCOPE_KINDS) {
    const ids = filter.ids[kind];
    if (ids && !touches(entry.scope, kind, ids)) return false;
  }
  return true;
}
