import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated } from '../../../graphql/lookup';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from '../province/province.entity';
import { School } from '../school/school.entity';
import { University } from './university.entity';
import { SchoolListing, UniversityListing } from '../listings';
import { pageOf } from '../../../graphql/sql/field-sources';

const affiliatedHighSchoolsOfUniversity = pageOf(
  'University',
  'affiliatedHighSchools',
  School,
  'university',
  SchoolListing,
);

@Resolver(() => University)
export class UniversityResolver extends entityQueries(University, {
  listing: UniversityListing,
  one: 'university',
  many: 'universities',
  what: 'university',
  code: 'ten-digit institution code of the ministry, e.g. "4111010001"',
}) {
  @FieldResolver(() => Province, { description: 'The province of the main campus.' })
  province(@Root() university: University, @Ctx() ctx: Context): Promise<Province | null> {
    return loadRelated(ctx, Province, university.province);
  }

  @FieldResolver(() => Prefecture, { description: 'The prefecture-level city of the main campus.' })
  prefecture(@Root() university: University, @Ctx() ctx: Context): Promise<Prefecture | null> {
    return loadRelated(ctx, Prefecture, university.prefecture);
  }

  @FieldResolver(() => connectionFor(School), { description: 'High schools affiliated to the university.' })
  affiliatedHighSchools(
    @Root() university: University,
    @Ctx() ctx: Context,
    @Args(() => SchoolListing.Args) args: ListArgs,
  ) {
    return affiliatedHighSchoolsOfUniversity(ctx, university.id, args);
  }
}
