import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Viewer } from '../auth/viewer';
import { AuditAction } from '../mutations/audit.entity';
import type { FeedEntry, ScopeKind } from './feed';
import type { EntryFilter } from './filter';
import type { Position } from './position';
import { badInput } from '../errors';
import { isId } from '../ids';

/** What a subscription asks the server for: a stream of the entries this viewer may get. */
export interface LiveFeed {
  open(viewer: Viewer, filter: EntryFilter, after: Position | null): Promise<AsyncIterable<FeedEntry>>;
}

/** The most ids one filter list may hold, and record types. */
export const MAX_FILTER_IDS = 100;

@InputType({
  description:
    'Which changes a subscription (or a webhook) gets: for each list given, the change must touch one of its records (a change touches the records it belongs to: an activity its partnership, university, county, province, programme and school). Lists combine with AND.',
})
export class ChangeStreamFilter {
  @Field(() => [ID], { nullable: true, description: 'Programmes (ids).' })
  programIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Provinces (ids).' })
  provinceIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Counties (ids).' })
  countyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Universities (ids).' })
  universityIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Schools (ids).' })
  schoolIds?: string[];

  @Field(() => [String], {
    nullable: true,
    description: 'Record types, e.g. ["Activity", "Participation"] (the `type` of the events).',
  })
  types?: string[];
}

const FILTER_KINDS: Record<Exclude<keyof ChangeStreamFilter, 'types'>, ScopeKind> = {
  programIds: 'program',
  provinceIds: 'province',
  countyIds: 'county',
  universityIds: 'university',
  schoolIds: 'school',
};

/** Checks a filter input (sizes, ids) and makes the in-memory filter; bad input names its field. */
export function entryFilter(input: ChangeStreamFilter | null | undefined, argument = 'where'): EntryFilter {
  const filter: EntryFilter = { ids: {} };
  if (!input) return filter;
  for (const [field, kind] of Object.entries(FILTER_KINDS) as [keyof typeof FILTER_KINDS, ScopeKind][]) {
    const ids = input[field];
    if (!ids) continue;
    if (ids.length > MAX_FILTER_IDS) throw badInput(`${argument}.${field}`, `has more than ${MAX_FILTER_IDS} ids`);
    ids.forEach((id, index) => {
      if (!isId(id)) throw badInput(`${argument}.${field}[${index}]`, 'is not an id');
    });
    filter.ids[kind] = new Set(ids.map((id) => id.toLowerCase()));
  }
  if (input.types) {
    if (input.types.length > MAX_FILTER_IDS)
      throw badInput(`${argument}.types`, `has more than ${MAX_FILTER_IDS} types`);
    input.types.forEach((type, index) => {
      if (!/^[A-Z][A-Za-z]{0,63}$/.test(type)) throw badInput(`${argument}.types[${index}]`, 'is not a type name');
    });
    filter.types = new Set(input.types);
  }
  return filter;
}

@ObjectType({
  description:
    'A committed change, as a subscription delivers it: which record, what happened, and its position in the feed (resume `after` it).',
})
export class ChangeEvent {
  @Field({
    description:
      'Where this change stands in the feed (opaque): subscribe again with `after` set to the last position received to resume without loss or duplicates.',
  })
  position!: string;

  @Field(() => Date, { description: 'When the change was made (its transaction began).' })
  at!: Date;

  @Field({ description: 'The type of the record changed, e.g. "Activity".' })
  type!: string;

  @Field(() => ID, { description: 'The id of the record changed.' })
  id!: string;

  @Field(() => AuditAction, { description: 'Created, changed or removed.' })
  action!: AuditAction;

  @Field(() => Int, {
    nullable: true,
    description: "The record's version after the change (before it, for a removal).",
  })
  version?: number | null;

  /** The audit row (the `change` field, for the ministry). */
  changeId!: string;
}

export function eventOf(entry: FeedEntry): ChangeEvent {
  return Object.assign(new ChangeEvent(), {
    position: entry.cursor,
    at: entry.at,
    type: entry.type,
    id: entry.recordId,
    action: entry.action,
    version: entry.version,
    changeId: entry.changeId,
  });
}
