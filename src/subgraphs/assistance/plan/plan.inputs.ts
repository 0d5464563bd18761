import { InputType } from 'type-graphql';
import { EnumInput, IdInput, IntInput, ListInput, NumberInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { GoalMeasure, ImprovementTask } from '../enums';

/** School years a plan may cover. */
export const PLAN_YEARS = { min: 2000, max: 2100 } as const;

/** The bounds of a goal's numbers (percentages and per-teacher figures alike). */
const GOAL_VALUES = { min: 0, max: 100_000 } as const;

/**
 * What measures a goal, added to an input class: all of it or none (a goal without a number keeps
 * working); the writes' check of PlanGoal holds the rule, the database too (plan_goal_measured).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a TypeScript mixin takes any constructor
function withGoalNumbers<B extends new (...args: any[]) => object>(Base: B, name: string) {
  // Registered (type-graphql inherits fields only through registered classes), never referenced itself.
  @InputType(name, { description: 'What measures a goal.' })
  class WithGoalNumbers extends Base {
    @EnumInput(
      GoalMeasure,
      'The school figure that measures the goal; with it baseline, baselineYear, target and targetYear (null: none)',
      {
        optional: true,
      },
    )
    measure?: GoalMeasure | null;

    @NumberInput('The value of the measure when the plan was drawn up', GOAL_VALUES.min, GOAL_VALUES.max, {
      optional: true,
    })
    baseline?: number | null;

    @IntInput('The school year of the baseline', PLAN_YEARS.min, PLAN_YEARS.max, { optional: true })
    baselineYear?: number | null;

    @NumberInput('The value the plan aims for', GOAL_VALUES.min, GOAL_VALUES.max, { optional: true })
    target?: number | null;

    @IntInput('The school year the target is due, not before the baseline year', PLAN_YEARS.min, PLAN_YEARS.max, {
      optional: true,
    })
    targetYear?: number | null;
  }
  return WithGoalNumbers;
}

@InputType({ description: 'A goal of a plan on one of the four improvement tasks.' })
export class PlanGoalInput extends withGoalNumbers(class {}, 'PlanGoalNumbersInput') {
  @EnumInput(ImprovementTask, 'The improvement task (one goal per task and plan).')
  task!: ImprovementTask;

  @TextInput('What the plan aims to achieve on this task', 4000)
  description!: string;
}

@InputType({ description: 'A "one school, one policy" assistance plan, with its goals.' })
export class CreateAssistancePlanInput {
  @IdInput("The school the plan is for; with a partnership, a school of the partnership's county.")
  schoolId!: string;

  @IdInput('The partnership that drew it up (none: a plan of the committee programme, ministry only).', {
    optional: true,
  })
  partnershipId?: string | null;

  @TextInput('Title', 255)
  title!: string;

  @IntInput('First school year covered', PLAN_YEARS.min, PLAN_YEARS.max)
  startYear!: number;

  @IntInput('Last school year covered, not before the first', PLAN_YEARS.min, PLAN_YEARS.max)
  endYear!: number;

  @ListInput(PlanGoalInput, 'Its goals, one per improvement task', 4, {
    by: (goal: PlanGoalInput) => goal.task,
    what: 'a task',
  })
  goals?: PlanGoalInput[];
}

@InputType({ description: 'A plan to change.' })
export class UpdateAssistancePlanInput extends RecordVersionInput {
  @TextInput('Title', 255, { optional: true })
  title?: string;

  @IntInput('First school year covered', PLAN_YEARS.min, PLAN_YEARS.max, { optional: true })
  startYear?: number;

  @IntInput('Last school year covered', PLAN_YEARS.min, PLAN_YEARS.max, { optional: true })
  endYear?: number;
}

@InputType({ description: 'A goal to add to a plan.' })
export class AddPlanGoalInput extends PlanGoalInput {
  @IdInput('The plan.')
  planId!: string;
}

@InputType({ description: 'A goal to change.' })
export class UpdatePlanGoalInput extends withGoalNumbers(RecordVersionInput, 'PlanGoalNumbersUpdateInput') {
  @TextInput('What the plan aims to achieve on this task', 4000, { optional: true })
  description?: string;
}
