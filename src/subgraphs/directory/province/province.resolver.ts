import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../../graphql/connection';
import type { ListArgs } from '../../../graphql/listing/listing';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { County } from '../county/county.entity';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from './province.entity';
import { CountyListing, ProvinceListing } from '../listings';
import { ListSize } from '../../../graphql/demand';
import { pageOf } from '../../../graphql/sql/field-sources';

const countiesOfProvince = pageOf('Province', 'counties', County, 'province', CountyListing);

@Resolver(() => Province)
export class ProvinceResolver extends entityQueries(Province, {
  listing: ProvinceListing,
  one: 'province',
  many: 'provinces',
  what: 'province',
  code: 'two-digit GB/T 2260 division code, e.g. "64"',
}) {
  @ListSize({ assumedSize: 25 })
  @FieldResolver(() => [Prefecture], { description: 'Prefectures of the province, by code.' })
  prefectures(@Root() province: Province, @Ctx() ctx: Context): Promise<Prefecture[]> {
    return ctx.loaders.many(Prefecture, 'province', { code: 'asc' }).load(province.id);
  }

  @FieldResolver(() => connectionOf(County, 'County', 'county-level division'), {
    description: 'County-level divisions of the province, a page at a time (by code unless `orderBy` says otherwise).',
  })
  counties(@Root() province: Province, @Ctx() ctx: Context, @Args(() => CountyListing.Args) args: ListArgs) {
    return countiesOfProvince(ctx, province.id, args);
  }
}
