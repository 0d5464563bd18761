import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated } from '../../../graphql/lookup';
import { County } from '../county/county.entity';
import { Province } from '../province/province.entity';
import { Prefecture } from './prefecture.entity';
import { PrefectureListing } from '../listings';

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

  @FieldResolver(() => [County], { description: 'County-level divisions of the prefecture, by code.' })
  counties(@Root() prefecture: Prefecture, @Ctx() ctx: Context): Promise<County[]> {
    return ctx.loaders.many(County, 'prefecture', { code: 'asc' }).load(prefecture.id);
  }
}
