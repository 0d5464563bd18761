import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { entityQueries } from '../../../graphql/entity-queries';
import { loadRelated, reference } from '../../../graphql/lookup';
import { ImprovementTask } from '../enums';
import { byRank } from '../loading';
import { Partnership } from '../partnership/partnership.entity';
import { SchoolReference } from '../references';
import { AssistancePlan, PlanGoal, PlanScheduledActivity } from './plan.entity';
import { AssistancePlanListing } from '../listings';
import { ListSize } from '../../../graphql/demand';

@Resolver(() => AssistancePlan)
export class AssistancePlanResolver extends entityQueries(AssistancePlan, {
  listing: AssistancePlanListing,
  one: 'assistancePlan',
  many: 'assistancePlans',
  what: 'assistance plan',
}) {
  @FieldResolver(() => SchoolReference, { description: 'The school the plan is for.' })
  school(@Root() plan: AssistancePlan) {
    return reference(plan.school);
  }

  @FieldResolver(() => Partnership, {
    nullable: true,
    description: 'The partnership that drew the plan up; null for plans of the committee programme.',
  })
  partnership(@Root() plan: AssistancePlan, @Ctx() ctx: Context): Promise<Partnership | null> {
    return loadRelated(ctx, Partnership, plan.partnership);
  }

  @ListSize({ assumedSize: 4 })
  @FieldResolver(() => [PlanGoal], {
    description:
      'The goals of the plan, in the order of the four improvement tasks (educational quality, teaching force, students, management).',
  })
  async goals(@Root() plan: AssistancePlan, @Ctx() ctx: Context): Promise<PlanGoal[]> {
    const goals = await ctx.loaders.many(PlanGoal, 'plan').load(plan.id);
    return byRank(goals, (goal) => goal.task, ImprovementTask);
  }

  @ListSize({ assumedSize: 30 })
  @FieldResolver(() => [PlanScheduledActivity], {
    description: 'The activities the plan schedules, by school year then kind.',
  })
  schedule(@Root() plan: AssistancePlan, @Ctx() ctx: Context): Promise<PlanScheduledActivity[]> {
    return ctx.loaders.many(PlanScheduledActivity, 'plan', { year: 'asc', kind: 'asc' }).load(plan.id);
  }
}

@Resolver(() => PlanGoal)
export class PlanGoalResolver {
  @FieldResolver(() => AssistancePlan, { description: 'The plan the goal belongs to.' })
  plan(@Root() goal: PlanGoal, @Ctx() ctx: Context): Promise<AssistancePlan | null> {
    return loadRelated(ctx, AssistancePlan, goal.plan);
  }
}
