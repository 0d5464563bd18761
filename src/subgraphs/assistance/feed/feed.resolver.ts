import type { EntityClass } from '@mikro-orm/core';
import { Arg, createUnionType, Ctx, FieldResolver, Resolver, Root, Subscription, type ClassType } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { DomainError, forbidden } from '../../../graphql/errors';
import type { FeedEntry } from '../../../graphql/feed/feed';
import { decodePosition } from '../../../graphql/feed/position';
import { ChangeEvent, ChangeStreamFilter, entryFilter, eventOf } from '../../../graphql/feed/types';
import { AuditAction, AuditChange } from '../../../graphql/mutations/audit.entity';
import { Activity, Participation } from '../activity/activity.entity';
import { Committee, CommitteeMember, CommitteeTargetSchool } from '../committee/committee.entity';
import { Attendance } from '../event/event.entity';
import { Guidance, Practice, PracticeEvidence, Problem, ProblemStatusChange } from '../guidance/guidance.entity';
import { SchoolMetric } from '../metric/school-metric.entity';
import { Partnership, PartnershipSchool } from '../partnership/partnership.entity';
import { AssistancePlan, PlanGoal } from '../plan/plan.entity';
import { Program } from '../program/program.entity';
import { AppointmentReference, PersonReference } from '../references';

/* The change feed as a subscription (issue 23): the stream, and each event's record. */

/**
 * The records an event can carry, by type: every type a write records in the audit trail (the
 * feed's test holds this to the declared writes), this subgraph's own (loaded here), links included,
 * and the people subgraph's (a reference its owner resolves).
 */
const OWN_RECORDS: Record<string, EntityClass<object>> = {
  Program,
  Partnership,
  PartnershipSchool,
  AssistancePlan,
  PlanGoal,
  Activity,
  Participation,
  Attendance,
  Committee,
  CommitteeMember,
  CommitteeTargetSchool,
  SchoolMetric,
  Problem,
  ProblemStatusChange,
  Guidance,
  Practice,
  PracticeEvidence,
};
const REFERENCED_RECORDS = { Person: PersonReference, Appointment: AppointmentReference };

export const ChangedRecord = createUnionType({
  name: 'ChangedRecord',
  description: 'The record a change event is about, with any of its fields (from any subgraph).',
  types: () => [...(Object.values(OWN_RECORDS) as ClassType[]), ...Object.values(REFERENCED_RECORDS)],
  resolveType: (value) => {
    if ('__typename' in value && typeof value.__typename === 'string') return value.__typename;
    return Object.entries(OWN_RECORDS).find(([, entity]) => value instanceof entity)?.[0];
  },
});

@Resolver(() => ChangeEvent)
export class ChangeEventResolver {
  @Subscription(() => ChangeEvent, {
    description:
      'Every committed change (mutations and imports) in the order of the feed, as it happens: those the caller may read (nationwide roles: all; a university: its partnerships, its own record, the schools and counties it assists; a county: its own; a committee: its target schools), matching `where`, from `after` a position or from now. Served over WebSocket (graphql-ws) and Server-Sent Events (graphql-sse) on /graphql, with a bearer token; the stream ends with TOKEN_EXPIRED when the token expires and SLOW_CONSUMER when the client falls too far behind (resume `after` the last position received).',
    subscribe: ({ args, context }) => {
      const ctx = context as Context;
      if (!ctx.live) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Subscriptions are served over WebSocket (graphql-ws) or Server-Sent Events (Accept: text/event-stream) on /graphql.',
        );
      }
      const { where, after } = args as { where?: ChangeStreamFilter | null; after?: string | null };
      const filter = entryFilter(where);
      const position = after ? decodePosition('after', after) : null;
      return ctx.live.open(ctx.viewer, filter, position);
    },
  })
  changes(
    @Root() entry: FeedEntry,
    @Arg('where', () => ChangeStreamFilter, {
      nullable: true,
      description: 'Which changes (all in reach when absent).',
    })
    _where: ChangeStreamFilter | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Start after this position (the `position` of an event received before); absent: from now.',
    })
    _after: string | null,
  ): ChangeEvent {
    return eventOf(entry);
  }

  @FieldResolver(() => ChangedRecord, {
    nullable: true,
    description:
      'The record as it is now, with the fields you select (rights as for queries); null once removed, or for a type not listed in ChangedRecord.',
  })
  record(@Root() event: ChangeEvent, @Ctx() ctx: Context) {
    if (event.action === AuditAction.DELETE) return null;
    const own = OWN_RECORDS[event.type];
    if (own) return ctx.loaders.one(own).load(event.id);
    return event.type in REFERENCED_RECORDS ? { __typename: event.type, id: event.id } : null;
  }

  @FieldResolver(() => AuditChange, {
    nullable: true,
    description:
      'The audit row of the change: who made it, through what, the row before and after. Rights: ministry_admin; anyone else gets null and FORBIDDEN.',
  })
  change(@Root() event: ChangeEvent, @Ctx() ctx: Context) {
    if (ctx.viewer.role !== 'ministry_admin') throw forbidden('Only the ministry reads the audit trail.');
    return ctx.loaders.one(AuditChange).load(event.changeId);
  }
}
