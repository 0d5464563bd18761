import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFor, defaultOrderInWords, type ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { reference } from '../../../graphql/lookup';
import { Activity } from '../activity/activity.entity';
import { Committee } from '../committee/committee.entity';
import { Event } from '../event/event.entity';
import { Partnership } from '../partnership/partnership.entity';
import { AgencyReference } from '../references';
import { Program } from './program.entity';
import { ActivityListing, CommitteeListing, EventListing, PartnershipListing, ProgramListing } from '../listings';
import { pageOf } from '../../../graphql/sql/field-sources';

const partnershipsOfProgram = pageOf('Program', 'partnerships', Partnership, 'program', PartnershipListing);
const committeesOfProgram = pageOf('Program', 'committees', Committee, 'program', CommitteeListing);
const activitiesOfProgram = pageOf('Program', 'activities', Activity, 'program', ActivityListing);
const eventsOfProgram = pageOf('Program', 'events', Event, 'program', EventListing);

@Resolver(() => Program)
export class ProgramResolver extends entityQueries(Program, {
  listing: ProgramListing,
  one: 'program',
  many: 'programs',
  what: 'programme',
  code: 'programme code',
}) {
  @FieldResolver(() => AgencyReference, {
    nullable: true,
    description: 'The agency that issued the notice launching the programme, where known.',
  })
  issuingAgency(@Root() program: Program) {
    return reference(program.issuingAgency);
  }

  @FieldResolver(() => connectionFor(Partnership), {
    description: `The university–county partnerships of the programme, ${defaultOrderInWords(PartnershipListing)} unless orderBy says otherwise.`,
  })
  partnerships(@Root() program: Program, @Ctx() ctx: Context, @Args(() => PartnershipListing.Args) args: ListArgs) {
    return partnershipsOfProgram(ctx, program.id, args);
  }

  @FieldResolver(() => connectionFor(Committee), { description: 'The expert committees supporting the programme.' })
  committees(@Root() program: Program, @Ctx() ctx: Context, @Args(() => CommitteeListing.Args) args: ListArgs) {
    return committeesOfProgram(ctx, program.id, args);
  }

  @FieldResolver(() => connectionFor(Activity), { description: 'Everything done under the programme, earliest first.' })
  activities(@Root() program: Program, @Ctx() ctx: Context, @Args(() => ActivityListing.Args) args: ListArgs) {
    return activitiesOfProgram(ctx, program.id, args);
  }

  @FieldResolver(() => connectionFor(Event), {
    description: 'Conferences, seminars and other events of the programme, earliest first.',
  })
  events(@Root() program: Program, @Ctx() ctx: Context, @Args(() => EventListing.Args) args: ListArgs) {
    return eventsOfProgram(ctx, program.id, args);
  }
}
