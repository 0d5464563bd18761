import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated } from '../../../graphql/lookup';
import { County } from '../county/county.entity';
import { Province } from '../province/province.entity';
import { University } from '../university/university.entity';
import { School } from './school.entity';
import { SchoolListing } from '../listings';

@Resolver(() => School)
export class SchoolResolver extends entityQueries(School, {
  listing: SchoolListing,
  one: 'school',
  many: 'schools',
  what: 'school',
  code: 'ten-digit school code',
}) {
  @FieldResolver(() => County, { description: 'The county the school is in.' })
  county(@Root() school: School, @Ctx() ctx: Context): Promise<County | null> {
    return loadRelated(ctx, County, school.county);
  }

  @FieldResolver(() => Province, { description: 'The province the school is in.' })
  province(@Root() school: School, @Ctx() ctx: Context): Promise<Province | null> {
    return loadRelated(ctx, Province, school.province);
  }

  @FieldResolver(() => University, {
    nullable: true,
    description: 'For a university-affiliated high school, its university.',
  })
  university(@Root() school: School, @Ctx() ctx: Context): Promise<University | null> {
    return loadRelated(ctx, University, school.university);
  }
}
