import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { MINISTRY } from '../../../graphql/mutations/rights';
import { declareWrites } from '../../../graphql/mutations/writes';
import { datesInOrder, matchesPartnership } from '../partnership/partnership.mutations';
import { AssistancePlan, PlanGoal } from './plan.entity';
import {
  AddPlanGoalInput,
  CreateAssistancePlanInput,
  UpdateAssistancePlanInput,
  UpdatePlanGoalInput,
} from './plan.inputs';

// A plan hangs off the partnership that drew it up (the committee programme's: the ministry's).
declareWrites(AssistancePlan, {
  hangs: ['partnership'],
  anchor: (plan) => (plan.partnership ? { kind: 'partnership', id: String(plan.partnership) } : MINISTRY),
  check: async (plan, writes) => [datesInOrder(plan, 'startYear', 'endYear'), await matchesPartnership(plan, writes)],
});

/** A goal's numbers: all or none, the target year not before the baseline's (as plan_goal_measured). */
const GOAL_NUMBERS = ['baseline', 'baselineYear', 'target', 'targetYear'] as const;

declareWrites(PlanGoal, {
  hangs: ['plan'],
  anchor: (goal) => ({ kind: 'plan', id: String(goal.plan) }),
  check: (goal) => {
    const missing = GOAL_NUMBERS.find((field) => (goal[field] ?? null) === null);
    if (goal.measure && missing) return { property: missing, message: 'is required with a measure' };
    if (!goal.measure) {
      const stray = GOAL_NUMBERS.find((field) => (goal[field] ?? null) !== null);
      return stray ? { property: stray, message: 'needs a measure' } : undefined;
    }
    return datesInOrder(goal, 'baselineYear', 'targetYear');
  },
});

@Resolver()
export class AssistancePlanMutations extends recordMutations(AssistancePlan, {
  field: 'assistancePlan',
  create: {
    name: 'createAssistancePlan',
    description: 'Draws up an assistance plan for a school with its goals on the improvement tasks.',
    input: CreateAssistancePlanInput,
    children: { goals: { entity: PlanGoal, parent: 'plan' } },
  },
  update: {
    name: 'updateAssistancePlan',
    description: 'Changes a plan at the version read.',
    input: UpdateAssistancePlanInput,
  },
}) {}

@Resolver()
export class PlanGoalMutations extends recordMutations(PlanGoal, {
  field: 'planGoal',
  create: {
    name: 'addPlanGoal',
    description: 'Adds a goal to a plan (one per task).',
    input: AddPlanGoalInput,
  },
  update: {
    name: 'updatePlanGoal',
    description: 'Changes a goal at the version read.',
    input: UpdatePlanGoalInput,
  },
  remove: {
    name: 'removePlanGoal',
    description: 'Removes a goal at the version read.',
  },
}) {}
