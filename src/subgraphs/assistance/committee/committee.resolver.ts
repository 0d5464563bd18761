import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated, reference } from '../../../graphql/lookup';
import { Activity } from '../activity/activity.entity';
import { Event } from '../event/event.entity';
import { Program } from '../program/program.entity';
import { PersonReference, SchoolReference } from '../references';
import { Committee, CommitteeMember, CommitteeTargetSchool } from './committee.entity';
import {
  ActivityListing,
  CommitteeListing,
  CommitteeMemberListing,
  CommitteeTargetSchoolListing,
  EventListing,
} from '../listings';
import { pageOf } from '../../../graphql/sql/field-sources';

// Declared when the module loads: type-graphql collects types before it calls field type thunks.
const CommitteeMemberConnection = connectionFor(CommitteeMember);
const CommitteeTargetSchoolConnection = connectionFor(CommitteeTargetSchool);

const membersOfCommittee = pageOf('Committee', 'members', CommitteeMember, 'committee', CommitteeMemberListing);
const targetSchoolsOfCommittee = pageOf(
  'Committee',
  'targetSchools',
  CommitteeTargetSchool,
  'committee',
  CommitteeTargetSchoolListing,
);
const eventsOfCommittee = pageOf('Committee', 'events', Event, 'committee', EventListing);
const activitiesOfCommittee = pageOf('Committee', 'activities', Activity, 'committee', ActivityListing);

@Resolver(() => Committee)
export class CommitteeResolver extends entityQueries(Committee, {
  listing: CommitteeListing,
  one: 'committee',
  many: 'committees',
  what: 'committee',
  code: 'committee code',
}) {
  @FieldResolver(() => Program, { description: 'The programme the committee supports.' })
  program(@Root() committee: Committee, @Ctx() ctx: Context): Promise<Program | null> {
    return loadRelated(ctx, Program, committee.program);
  }

  @FieldResolver(() => CommitteeMemberConnection, {
    description: 'The people serving on the committee, in the order appointed (sort by ROLE with `orderBy`).',
  })
  members(@Root() committee: Committee, @Ctx() ctx: Context, @Args(() => CommitteeMemberListing.Args) args: ListArgs) {
    return membersOfCommittee(ctx, committee.id, args);
  }

  @FieldResolver(() => CommitteeTargetSchoolConnection, {
    description: 'The schools the committee targets, a page at a time (filter and sort through `school`).',
  })
  targetSchools(
    @Root() committee: Committee,
    @Ctx() ctx: Context,
    @Args(() => CommitteeTargetSchoolListing.Args) args: ListArgs,
  ) {
    return targetSchoolsOfCommittee(ctx, committee.id, args);
  }

  @FieldResolver(() => connectionFor(Event), { description: 'The events the committee held, earliest first.' })
  events(@Root() committee: Committee, @Ctx() ctx: Context, @Args(() => EventListing.Args) args: ListArgs) {
    return eventsOfCommittee(ctx, committee.id, args);
  }

  @FieldResolver(() => connectionFor(Activity), {
    description: 'What the committee did (field research, surveys, meetings), earliest first.',
  })
  activities(@Root() committee: Committee, @Ctx() ctx: Context, @Args(() => ActivityListing.Args) args: ListArgs) {
    return activitiesOfCommittee(ctx, committee.id, args);
  }
}

@Resolver(() => CommitteeMember)
export class CommitteeMemberResolver {
  @FieldResolver(() => Committee, { description: 'The committee served on.' })
  committee(@Root() member: CommitteeMember, @Ctx() ctx: Context): Promise<Committee | null> {
    return loadRelated(ctx, Committee, member.committee);
  }

  @FieldResolver(() => PersonReference, { description: 'Who serves.' })
  person(@Root() member: CommitteeMember) {
    return reference(member.person);
  }
}

@Resolver(() => CommitteeTargetSchool)
export class CommitteeTargetSchoolResolver {
  @FieldResolver(() => Committee, { description: 'The committee.' })
  committee(@Root() link: CommitteeTargetSchool, @Ctx() ctx: Context): Promise<Committee | null> {
    return loadRelated(ctx, Committee, link.committee);
  }

  @FieldResolver(() => SchoolReference, { description: 'The school it targets.' })
  school(@Root() link: CommitteeTargetSchool) {
    return reference(link.school);
  }
}
