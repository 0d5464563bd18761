import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs, connectionOf } from '../connection';
import type { Context } from '../context';
import { badField, forbidden } from '../errors';
import { isId } from '../ids';
import { paginate, planPage } from '../listing/keyset';
import { compileWhere, defineListing, equalities, sortKeys, type ListArgs } from '../listing/listing';
import { OrderDirection } from '../listing/operators';
import { AuditAction, AuditChange } from './audit.entity';

const ChangeConnection = connectionOf(AuditChange, 'Change', 'changes');

/** What the ministry filters and sorts the audit trail by (the listing engine's `ChangeWhere`, `ChangeOrderBy`). */
export const ChangeListing = defineListing({
  name: 'Change',
  plural: 'changes',
  fields: {
    id: 'id',
    at: 'datetime',
    subject: 'string',
    role: 'string',
    org: 'string',
    operationName: 'string',
    requestId: 'string',
    mutation: 'string',
    entity: 'string',
    recordId: 'id',
    action: { enum: AuditAction, name: 'ChangeAction' },
  },
  orderFields: { AT: 'at', ENTITY: 'entity', ROLE: 'role', ORG: 'org', SUBJECT: 'subject' },
  defaultOrder: [{ field: 'AT', direction: OrderDirection.ASC }],
});

function assertMinistry(ctx: Context): void {
  if (ctx.viewer.role !== 'ministry_admin') throw forbidden('Only the ministry reads the audit trail.');
}

/**
 * The audit trail for the ministry: one record's history, and every change paged with filters (who,
 * which organisation, which type, which dates), keyset pages as every list.
 */
@Resolver()
export class HistoryResolver {
  @Query(() => ChangeConnection, {
    description:
      'The changes made to a record through the API (any type: give its id), oldest first, from the append-only audit trail. Rights: ministry_admin; anyone else gets FORBIDDEN.',
  })
  history(
    @Arg('id', () => ID, { description: 'The id of the record (of any type).' }) id: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ) {
    assertMinistry(ctx);
    if (!isId(id)) throw badField('id', 'is not an id (a UUID, as every record has)');
    return paginate(ctx.em, AuditChange, equalities({ recordId: id }), planPage(args, []));
  }

  @Query(() => ChangeConnection, {
    description:
      'Every change made through the API (mutations and imports), from the append-only audit trail, filtered (who: `subject`, `role`, `org`; what: `entity`, `recordId`, `action`, `mutation`; when: `at`) and sorted, oldest first unless `orderBy` says otherwise. Rights: ministry_admin; anyone else gets FORBIDDEN.',
  })
  changes(@Args(() => ChangeListing.Args) args: ListArgs, @Ctx() ctx: Context) {
    assertMinistry(ctx);
    const plan = planPage(args, sortKeys(ChangeListing, args.orderBy, ctx.viewer));
    return paginate(ctx.em, AuditChange, compileWhere(ChangeListing, args.where, ctx.viewer), plan);
  }
}
