import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated } from '../../../graphql/lookup';
import { Agency } from './agency.entity';
import { AgencyListing } from '../listings';
import { ListSize } from '../../../graphql/demand';

@Resolver(() => Agency)
export class AgencyResolver extends entityQueries(Agency, {
  listing: AgencyListing,
  one: 'agency',
  many: 'agencies',
  what: 'agency',
  code: 'short agency code, e.g. "MOE" or "NAEA"',
}) {
  @FieldResolver(() => Agency, {
    nullable: true,
    description: 'The agency this one belongs to (a department’s ministry).',
  })
  parent(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency | null> {
    return loadRelated(ctx, Agency, agency.parent);
  }

  @ListSize({ assumedSize: 20 })
  @FieldResolver(() => [Agency], { description: 'Offices, departments and institutions under this agency.' })
  children(@Root() agency: Agency, @Ctx() ctx: Context): Promise<Agency[]> {
    return ctx.loaders.many(Agency, 'parent', { code: 'asc' }).load(agency.id);
  }
}
