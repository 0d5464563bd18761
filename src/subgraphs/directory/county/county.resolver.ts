import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated } from '../../../graphql/lookup';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from '../province/province.entity';
import { School } from '../school/school.entity';
import { County } from './county.entity';
import { CountyListing, SchoolListing } from '../listings';
import { pageOf } from '../../../graphql/sql/field-sources';

const schoolsOfCounty = pageOf('County', 'schools', School, 'county', SchoolListing);

@Resolver(() => County)
export class CountyResolver extends entityQueries(County, {
  listing: CountyListing,
  one: 'county',
  many: 'counties',
  what: 'county-level division',
  code: 'six-digit GB/T 2260 division code, e.g. "640422"',
  // The county dashboard's root (schema/operations/county-schools.graphql).
  keepOne: true,
}) {
  @FieldResolver(() => Prefecture, { description: 'The prefecture the county belongs to.' })
  prefecture(@Root() county: County, @Ctx() ctx: Context): Promise<Prefecture | null> {
    return loadRelated(ctx, Prefecture, county.prefecture);
  }

  @FieldResolver(() => Province, { description: 'The province the county belongs to.' })
  province(@Root() county: County, @Ctx() ctx: Context): Promise<Province | null> {
    return loadRelated(ctx, Province, county.province);
  }

  @FieldResolver(() => connectionFor(School), { description: 'Senior middle schools in the county, by code.' })
  schools(@Root() county: County, @Ctx() ctx: Context, @Args(() => SchoolListing.Args) args: ListArgs) {
    return schoolsOfCounty(ctx, county.id, args);
  }
}
