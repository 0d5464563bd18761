import type { GraphQLResolveInfo } from 'graphql';
import { Args, ArgsType, Ctx, Field, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { keptRootField } from '../../../graphql/kept-answers';
import { Program } from '../program/program.entity';
import { ProvinceReference, UniversityReference } from '../references';
import { prepareRequest, selectedMeasures, type ScopeKind } from './statistics.request';
import { scopedStatistics, statistics } from './statistics.service';
import { StatisticsDimension, StatisticsFilter, StatisticsRow } from './statistics.types';
import { Cost, ListSize, WEIGHTS } from '../../../graphql/demand';

@ArgsType()
export class StatisticsArgs {
  @Field(() => [StatisticsDimension], {
    defaultValue: [],
    description:
      'The dimensions to group by, in sort order (any combination, each at most once; none: one total row). ' +
      'Rows are sorted by these keys in this order: entities by code, enums in declaration order, years and ' +
      'months ascending, null buckets last.',
  })
  groupBy!: StatisticsDimension[];

  @Field(() => StatisticsFilter, { nullable: true, description: 'Which facts to count; all when omitted.' })
  filter?: StatisticsFilter | null;
}

const DESCRIPTION =
  'Grouped statistics computed in SQL: one row per bucket of `groupBy`, with the measures selected (only those ' +
  'are computed, in one statement). See `StatisticsRow` for what each measure counts and `StatisticsDimension` ' +
  `for how each dimension applies. ${keptRootField('statistics')}`;

function run(ctx: Context, info: GraphQLResolveInfo, args: StatisticsArgs, scope?: { kind: ScopeKind; id: string }) {
  const request = prepareRequest(args.groupBy ?? [], args.filter, selectedMeasures(info), scope?.kind);
  return scope ? scopedStatistics(ctx, request, scope.id) : statistics(ctx, request);
}

@Resolver()
export class StatisticsResolver {
  @Cost(WEIGHTS.statistics)
  @ListSize({ assumedSize: 100 })
  @Query(() => [StatisticsRow], { description: DESCRIPTION })
  statistics(@Args(() => StatisticsArgs) args: StatisticsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return run(ctx, info, args);
  }
}

@Resolver(() => Program)
export class ProgramStatisticsResolver {
  @Cost(WEIGHTS.statistics)
  @ListSize({ assumedSize: 100 })
  @FieldResolver(() => [StatisticsRow], {
    description: `${DESCRIPTION} Limited to the facts of this programme (PROGRAM path).`,
  })
  statistics(
    @Root() program: Program,
    @Args(() => StatisticsArgs) args: StatisticsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return run(ctx, info, args, { kind: 'program', id: program.id });
  }
}

@Resolver(() => ProvinceReference)
export class ProvinceStatisticsResolver {
  @Cost(WEIGHTS.statistics)
  @ListSize({ assumedSize: 100 })
  @FieldResolver(() => [StatisticsRow], {
    description: `${DESCRIPTION} Limited to the facts located in this province-level unit (PROVINCE path).`,
  })
  statistics(
    @Root() province: { id: string },
    @Args(() => StatisticsArgs) args: StatisticsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return run(ctx, info, args, { kind: 'province', id: province.id });
  }
}

@Resolver(() => UniversityReference)
export class UniversityStatisticsResolver {
  @Cost(WEIGHTS.statistics)
  @ListSize({ assumedSize: 100 })
  @FieldResolver(() => [StatisticsRow], {
    description: `${DESCRIPTION} Limited to the facts of this university (UNIVERSITY path).`,
  })
  statistics(
    @Root() university: { id: string },
    @Args(() => StatisticsArgs) args: StatisticsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return run(ctx, info, args, { kind: 'university', id: university.id });
  }
}
