import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated, reference } from '../../../graphql/lookup';
import { Committee } from '../committee/committee.entity';
import { Partnership } from '../partnership/partnership.entity';
import { Program } from '../program/program.entity';
import { CountyReference, PersonReference, SchoolReference, UniversityReference } from '../references';
import { Activity, Participation } from './activity.entity';
import { ActivityListing, ParticipationListing } from '../listings';
import { pageOf } from '../../../graphql/sql/field-sources';

const participationsOfActivity = pageOf('Activity', 'participations', Participation, 'activity', ParticipationListing);

@Resolver(() => Activity)
export class ActivityResolver extends entityQueries(Activity, {
  listing: ActivityListing,
  one: 'activity',
  many: 'activities',
  what: 'activity',
}) {
  @FieldResolver(() => Program, { description: 'The programme the activity was done under.' })
  program(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Program | null> {
    return loadRelated(ctx, Program, activity.program);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership that did it, if one did.' })
  partnership(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Partnership | null> {
    return loadRelated(ctx, Partnership, activity.partnership);
  }

  @FieldResolver(() => Committee, { nullable: true, description: 'The expert committee that did it, if one did.' })
  committee(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Committee | null> {
    return loadRelated(ctx, Committee, activity.committee);
  }

  @FieldResolver(() => UniversityReference, {
    nullable: true,
    description: 'The university that ran the activity, if any.',
  })
  university(@Root() activity: Activity) {
    return reference(activity.university);
  }

  @FieldResolver(() => SchoolReference, {
    nullable: true,
    description: 'The school the activity was for or at, if one.',
  })
  school(@Root() activity: Activity) {
    return reference(activity.school);
  }

  @FieldResolver(() => CountyReference, { nullable: true, description: 'The county the activity was for, if one.' })
  county(@Root() activity: Activity) {
    return reference(activity.county);
  }

  @FieldResolver(() => connectionFor(Participation), {
    description: 'The people recorded as taking part, in the order recorded.',
  })
  participations(
    @Root() activity: Activity,
    @Ctx() ctx: Context,
    @Args(() => ParticipationListing.Args) args: ListArgs,
  ) {
    return participationsOfActivity(ctx, activity.id, args);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver extends entityQueries(Participation, {
  listing: ParticipationListing,
  one: 'participation',
  many: 'participations',
  what: 'participation',
}) {
  @FieldResolver(() => Activity, { description: 'The activity taken part in.' })
  activity(@Root() participation: Participation, @Ctx() ctx: Context): Promise<Activity | null> {
    return loadRelated(ctx, Activity, participation.activity);
  }

  @FieldResolver(() => PersonReference, { description: 'Who took part.' })
  person(@Root() participation: Participation) {
    return reference(participation.person);
  }
}
