import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../../graphql/connection';
import type { ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated } from '../../../graphql/lookup';
import { County } from '../county/county.entity';
import { Province } from '../province/province.entity';
import { Prefecture } from './prefecture.entity';
import { CountyListing, PrefectureListing } from '../listings';
import { pageOf } from '../../../graphql/sql/field-sources';

const countiesOfPrefecture = pageOf('Prefecture', 'counties', County, 'prefecture', CountyListing);

@Resolver(() => Prefecture)
export class PrefectureResolver extends entityQueries(Prefecture, {
  listing: PrefectureListing,
  one: 'prefecture',
  many: 'prefectures',
  what: 'prefecture',
  code: 'four-digit GB/T 2260 division code, e.g. "6404"',
}) {
  @FieldResolver(() => Province, { description: 'The province the prefecture belongs to.' })
  province(@Root() prefecture: Prefecture, @Ctx() ctx: Context): Promise<Province | null> {
    return loadRelated(ctx, Province, prefecture.province);
  }

  @FieldResolver(() => connectionOf(County, 'County', 'county-level division'), {
    description:
      'County-level divisions of the prefecture, a page at a time (by code unless `orderBy` says otherwise).',
  })
  counties(@Root() prefecture: Prefecture, @Ctx() ctx: Context, @Args(() => CountyListing.Args) args: ListArgs) {
    return countiesOfPrefecture(ctx, prefecture.id, args);
  }
}
