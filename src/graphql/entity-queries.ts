import type { EntityClass } from '@mikro-orm/core';
import { Arg, Args, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import { PageArgs, connectionOf, paginate } from './connection';
import type { Context } from './context';
import { compileWhere, sortKeys, type Listing, type OrderInput } from './listing/listing';
import { lookup } from './lookup';

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
}

/**
 * The root fields every owned entity type gets — `one(id | code)` and a paged `many` list —
 * declared once here and inherited by each type's resolver (type-graphql resolver inheritance).
 */
export function entityQueries<T extends { id: string }>(
  entity: ClassType<T> & EntityClass<T>,
  options: EntityQueryOptions,
) {
  const Connection = connectionOf(entity, entity.name, options.what);

  @Resolver()
  abstract class EntityQueries {
    one(ctx: Context, id?: string, code?: string): Promise<T | null> {
      return lookup(ctx, entity, options.code ? { id, code } : { id });
    }

    many(ctx: Context, page: PageArgs, where?: object, orderBy?: OrderInput[]) {
      return paginate(ctx.em, entity, compileWhere(options.listing, where), page, sortKeys(options.listing, orderBy));
    }
  }

  // Decorators applied as functions, so the field names and the optional `code` argument follow the options.
  const proto = EntityQueries.prototype;
  const oneKeys = options.code ? `id or ${options.code}` : 'id';
  Query(() => entity, {
    name: options.one,
    nullable: true,
    description: `One ${options.what} by ${oneKeys}; null when none matches.`,
  })(proto, 'one', Object.getOwnPropertyDescriptor(proto, 'one')!);
  Ctx()(proto, 'one', 0);
  Arg('id', () => ID, { nullable: true, description: `The ${options.what} id.` })(proto, 'one', 1);
  if (options.code) Arg('code', () => String, { nullable: true, description: `The ${options.code}.` })(proto, 'one', 2);
  Query(() => Connection, {
    name: options.many,
    description: `Every ${options.what}, a page at a time, in creation order.`,
  })(proto, 'many', Object.getOwnPropertyDescriptor(proto, 'many')!);
  Ctx()(proto, 'many', 0);
  Args(() => PageArgs)(proto, 'many', 1);
  Arg('where', () => options.listing.Where, { nullable: true, description: 'Only records matching these conditions.' })(
    proto,
    'many',
    2,
  );
  Arg('orderBy', () => [options.listing.OrderBy], {
    nullable: true,
    description: 'Sort keys, most significant first; ties are broken by id so paging is stable.',
  })(proto, 'many', 3);

  return EntityQueries;
}
