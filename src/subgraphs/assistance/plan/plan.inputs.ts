import { InputType } from 'type-graphql';
import { EnumInput, IdInput, IntInput, ListInput, TextInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';
import { ImprovementTask } from '../enums';

/** School years a plan may cover. */
export const PLAN_YEARS = { min: 2000, max: 2100 } as const;

@InputType({ description: 'A goal of a plan on one of the four improvement tasks.' })
export class PlanGoalInput {
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
export class UpdatePlanGoalInput extends RecordVersionInput {
  @TextInput('What the plan aims to achieve on this task', 4000, { optional: true })
  description?: string;
}
