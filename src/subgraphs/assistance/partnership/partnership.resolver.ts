import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated, reference } from '../../../graphql/lookup';
import { Activity } from '../activity/activity.entity';
import { AssistancePlan } from '../plan/plan.entity';
import { Program } from '../program/program.entity';
import { CountyReference, SchoolReference, UniversityReference } from '../references';
import { Partnership, PartnershipSchool } from './partnership.entity';
import { ActivityListing, PartnershipListing, PartnershipSchoolListing } from '../listings';
import { ListSize } from '../../../graphql/demand';
import { pageOf } from '../../../graphql/sql/field-sources';

// Declared when the module loads: type-graphql collects types before it calls field type thunks.
export const PartnershipSchoolConnection = connectionFor(PartnershipSchool);

const schoolsOfPartnership = pageOf(
  'Partnership',
  'schools',
  PartnershipSchool,
  'partnership',
  PartnershipSchoolListing,
);
const activitiesOfPartnership = pageOf('Partnership', 'activities', Activity, 'partnership', ActivityListing);

@Resolver(() => Partnership)
export class PartnershipResolver extends entityQueries(Partnership, {
  listing: PartnershipListing,
  one: 'partnership',
  many: 'partnerships',
  what: 'partnership',
}) {
  @FieldResolver(() => Program, { description: 'The programme the partnership belongs to.' })
  program(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<Program | null> {
    return loadRelated(ctx, Program, partnership.program);
  }

  @FieldResolver(() => UniversityReference, { description: 'The assisting university.' })
  university(@Root() partnership: Partnership) {
    return reference(partnership.university);
  }

  @FieldResolver(() => CountyReference, { description: 'The assisted county.' })
  county(@Root() partnership: Partnership) {
    return reference(partnership.county);
  }

  @FieldResolver(() => SchoolReference, {
    nullable: true,
    description: "The university's affiliated high school, where one takes part.",
  })
  affiliatedHighSchool(@Root() partnership: Partnership) {
    return reference(partnership.affiliatedHighSchool);
  }

  @FieldResolver(() => PartnershipSchoolConnection, {
    description: 'The county senior middle schools the partnership covers, a page at a time (through `school`).',
  })
  schools(
    @Root() partnership: Partnership,
    @Ctx() ctx: Context,
    @Args(() => PartnershipSchoolListing.Args) args: ListArgs,
  ) {
    return schoolsOfPartnership(ctx, partnership.id, args);
  }

  @ListSize({ assumedSize: 5 })
  @FieldResolver(() => [AssistancePlan], {
    description: 'The assistance plans the partnership drew up, by first school year.',
  })
  plans(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<AssistancePlan[]> {
    return ctx.loaders.many(AssistancePlan, 'partnership', { startYear: 'asc' }).load(partnership.id);
  }

  @FieldResolver(() => connectionFor(Activity), { description: 'What the partnership did, earliest first.' })
  activities(@Root() partnership: Partnership, @Ctx() ctx: Context, @Args(() => ActivityListing.Args) args: ListArgs) {
    return activitiesOfPartnership(ctx, partnership.id, args);
  }
}

@Resolver(() => PartnershipSchool)
export class PartnershipSchoolResolver {
  @FieldResolver(() => Partnership, { description: 'The partnership.' })
  partnership(@Root() link: PartnershipSchool, @Ctx() ctx: Context): Promise<Partnership | null> {
    return loadRelated(ctx, Partnership, link.partnership);
  }

  @FieldResolver(() => SchoolReference, { description: 'The school it covers.' })
  school(@Root() link: PartnershipSchool) {
    return reference(link.school);
  }
}
