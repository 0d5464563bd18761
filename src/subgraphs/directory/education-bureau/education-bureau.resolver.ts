import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated } from '../../../graphql/lookup';
import { County } from '../county/county.entity';
import { Prefecture } from '../prefecture/prefecture.entity';
import { Province } from '../province/province.entity';
import { EducationBureau } from './education-bureau.entity';
import { EducationBureauListing } from '../listings';

@Resolver(() => EducationBureau)
export class EducationBureauResolver extends entityQueries(EducationBureau, {
  listing: EducationBureauListing,
  one: 'educationBureau',
  many: 'educationBureaus',
  what: 'education bureau',
  code: 'six-digit division code of the area the bureau serves, e.g. "640400"',
}) {
  @FieldResolver(() => Province, { description: 'The province the bureau is in.' })
  province(@Root() bureau: EducationBureau, @Ctx() ctx: Context): Promise<Province | null> {
    return loadRelated(ctx, Province, bureau.province);
  }

  @FieldResolver(() => Prefecture, {
    nullable: true,
    description: 'The prefecture it serves (prefecture and county bureaus).',
  })
  prefecture(@Root() bureau: EducationBureau, @Ctx() ctx: Context): Promise<Prefecture | null> {
    return loadRelated(ctx, Prefecture, bureau.prefecture);
  }

  @FieldResolver(() => County, { nullable: true, description: 'The county it serves (county bureaus).' })
  county(@Root() bureau: EducationBureau, @Ctx() ctx: Context): Promise<County | null> {
    return loadRelated(ctx, County, bureau.county);
  }
}
