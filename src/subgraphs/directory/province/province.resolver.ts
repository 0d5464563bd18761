import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { County } from '../county/county.entity';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from './province.entity';
import { ProvinceListing } from '../listings';

@Resolver(() => Province)
export class ProvinceResolver extends entityQueries(Province, {
  listing: ProvinceListing,
  one: 'province',
  many: 'provinces',
  what: 'province',
  code: 'two-digit GB/T 2260 division code, e.g. "64"',
}) {
  @FieldResolver(() => [Prefecture], { description: 'Prefectures of the province, by code.' })
  prefectures(@Root() province: Province, @Ctx() ctx: Context): Promise<Prefecture[]> {
    return ctx.loaders.many(Prefecture, 'province', { code: 'asc' }).load(province.id);
  }

  @FieldResolver(() => [County], { description: 'County-level divisions of the province, by code.' })
  counties(@Root() province: Province, @Ctx() ctx: Context): Promise<County[]> {
    return ctx.loaders.many(County, 'province', { code: 'asc' }).load(province.id);
  }
}
