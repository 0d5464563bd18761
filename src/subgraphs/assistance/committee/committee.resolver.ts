import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated, reference } from '../../../graphql/lookup';
import { Activity } from '../activity/activity.entity';
import { CommitteeRole } from '../enums';
import { Event } from '../event/event.entity';
import { byRank } from '../loading';
import { Program } from '../program/program.entity';
import { PersonReference, SchoolReference } from '../references';
import { Committee, CommitteeMember, CommitteeTargetSchool } from './committee.entity';
import { CommitteeListing } from '../listings';

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

  @FieldResolver(() => [CommitteeMember], {
    description: 'The people serving on the committee: the chair first, then vice chairs, members and secretaries.',
  })
  async members(@Root() committee: Committee, @Ctx() ctx: Context): Promise<CommitteeMember[]> {
    const rows = await ctx.loaders.many(CommitteeMember, 'committee').load(committee.id);
    return byRank(rows, (row) => row.role, CommitteeRole);
  }

  @FieldResolver(() => [SchoolReference], { description: 'The schools the committee targets.' })
  async targetSchools(@Root() committee: Committee, @Ctx() ctx: Context): Promise<{ id: string }[]> {
    const rows = await ctx.loaders.many(CommitteeTargetSchool, 'committee').load(committee.id);
    return rows.map((row) => reference(row.school)).filter((school) => school !== null);
  }

  @FieldResolver(() => [Event], { description: 'The events the committee held, earliest first.' })
  events(@Root() committee: Committee, @Ctx() ctx: Context): Promise<Event[]> {
    return ctx.loaders.many(Event, 'committee', { startDate: 'asc' }).load(committee.id);
  }

  @FieldResolver(() => [Activity], {
    description: 'What the committee did (field research, surveys, meetings), earliest first.',
  })
  activities(@Root() committee: Committee, @Ctx() ctx: Context): Promise<Activity[]> {
    return ctx.loaders.many(Activity, 'committee', { startDate: 'asc' }).load(committee.id);
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
