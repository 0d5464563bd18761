import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { reference } from '../../../graphql/lookup';
import { Activity } from '../activity/activity.entity';
import { Committee } from '../committee/committee.entity';
import { Event } from '../event/event.entity';
import { Partnership } from '../partnership/partnership.entity';
import { AgencyReference } from '../references';
import { Program } from './program.entity';
import { ProgramListing } from '../listings';

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

  @FieldResolver(() => [Partnership], {
    description: 'The university–county partnerships of the programme, in creation order.',
  })
  partnerships(@Root() program: Program, @Ctx() ctx: Context): Promise<Partnership[]> {
    return ctx.loaders.many(Partnership, 'program').load(program.id);
  }

  @FieldResolver(() => [Committee], { description: 'The expert committees supporting the programme.' })
  committees(@Root() program: Program, @Ctx() ctx: Context): Promise<Committee[]> {
    return ctx.loaders.many(Committee, 'program').load(program.id);
  }

  @FieldResolver(() => [Activity], { description: 'Everything done under the programme, earliest first.' })
  activities(@Root() program: Program, @Ctx() ctx: Context): Promise<Activity[]> {
    return ctx.loaders.many(Activity, 'program', { startDate: 'asc' }).load(program.id);
  }

  @FieldResolver(() => [Event], {
    description: 'Conferences, seminars and other events of the programme, earliest first.',
  })
  events(@Root() program: Program, @Ctx() ctx: Context): Promise<Event[]> {
    return ctx.loaders.many(Event, 'program', { startDate: 'asc' }).load(program.id);
  }
}
