import type { EntityClass } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import type { Context } from './context';
import { paginate, planPage } from './listing/keyset';
import {
  compileWhere,
  connectionFor,
  defaultOrderInWords,
  sortKeys,
  type ListArgs,
  type Listing,
} from './listing/listing';
import { keptRootField } from './kept-answers';
import { lookup } from './lookup';
import { declareRootSources } from './sql/field-sources';

export interface EntityQueryOptions {
  /** Root field for one record, e.g. "province". */
  one: string;
  /** Root field for the paged list, e.g. "provinces". */
  many: string;
  /** How the docs name one record, e.g. "province". */
  what: string;
  /** Description of the natural `code` key, when the type has one. */
  code?: string;
  /** The type's `where` and `orderBy` inputs. */
  listing: Listing;
  /** Whether the answers of operations on the `one` field are kept whole (a dashboard's root: kept-answers.ts). */
  keepOne?: boolean;
}

/**
 * The root fields every owned entity type gets — `one(id | code)` and a paged `many` list —
 * declared once here and inherited by each type's resolver (type-graphql resolver inheritance).
 */
export function entityQueries<T extends { id: string }>(
  entity: ClassType<T> & EntityClass<T>,
  options: EntityQueryOptions,
) {
  const Connection = connectionFor(entity);
  declareRootSources(options.one, options.many, entity, options.code ? ['id', 'code'] : ['id'], options.listing);

  @Resolver()
  abstract class EntityQueries {
    one(ctx: Context, id?: string, code?: string): Promise<T | null> {
      return lookup(ctx, entity, options.code ? { id, code } : { id });
    }

    many(ctx: Context, args: ListArgs) {
      const plan = planPage(args, sortKeys(options.listing, args.orderBy, ctx.viewer));
      return paginate(ctx.em, entity, compileWhere(options.listing, args.where, ctx.viewer), plan);
    }
  }

  // Decorators applied as functions, so the field names and the optional `code` argument follow the options.
  const proto = EntityQueries.prototype;
  const oneKeys = options.code ? `id or ${options.code}` : 'id';
  Query(() => entity, {
    name: options.one,
    nullable: true,
    description: `One ${options.what} by ${oneKeys}; null when none matches.${options.keepOne ? ` ${keptRootField(options.one)}` : ''}`,
  })(proto, 'one', Object.getOwnPropertyDescriptor(proto, 'one')!);
  Ctx()(proto, 'one', 0);
  Arg('id', () => ID, { nullable: true, description: `The ${options.what} id.` })(proto, 'one', 1);
  if (options.code) Arg('code', () => String, { nullable: true, description: `The ${options.code}.` })(proto, 'one', 2);
  Query(() => Connection, {
    name: options.many,
    description: `Every ${options.what}, a page at a time, ${defaultOrderInWords(options.listing)} unless orderBy says otherwise.`,
  })(proto, 'many', Object.getOwnPropertyDescriptor(proto, 'many')!);
  Ctx()(proto, 'many', 0);
  Args(() => options.listing.Args)(proto, 'many', 1);

  return EntityQueries;
}
