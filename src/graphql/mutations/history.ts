import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs, connectionOf } from '../connection';
import type { Context } from '../context';
import { badField, forbidden } from '../errors';
import { isId } from '../ids';
import { paginate, planPage } from '../listing/keyset';
import { equalities } from '../listing/listing';
import { AuditChange } from './audit.entity';

const ChangeConnection = connectionOf(AuditChange, 'Change', 'changes');

/**
 * A record's history from the audit trail, oldest change first, for the ministry: who changed it,
 * when, through which operation and request, and its row before and after each change.
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
    if (ctx.viewer.role !== 'ministry_admin') throw forbidden('Only the ministry reads the audit trail.');
    if (!isId(id)) throw badField('id', 'is not an id (a UUID, as every record has)');
    return paginate(ctx.em, AuditChange, equalities({ recordId: id }), planPage(args, []));
  }
}
