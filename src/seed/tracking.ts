/**
 * What the tracking mechanism (issue 14) reads beyond the plans: the numbers of each plan goal
 * (measure, baseline, target) and the activities each plan schedules per school year. Synthetic.
 *
 * Everything here draws from streams forked by plan id (`tracking/…`), never from the streams the
 * rest of the seed uses, and the schedule rows are made after every other row: the rows and figures
 * of the seed before this feature stay exactly as they were.
 */
import { ActivityKind, GoalMeasure, ImprovementTask } from '../subgraphs/assistance/enums';
import { PlanScheduledActivity, type PlanGoal } from '../subgraphs/assistance/plan/plan.entity';
import { synthetic, type SeedContext, type SeededPlan } from './context';
import type { Rng } from './random';
import type { MetricYear } from './schools';

type GoalNumbers = Pick<PlanGoal, 'measure' | 'baseline' | 'baselineYear' | 'target' | 'targetYear'>;

const tenth = (value: number): number => Math.round(value * 10) / 10;

/**
 * The goal numbers of a plan, from the figures its descriptions already state (admission rate and
 * senior-title share, in whole percent of the baseline year; the yearly training hours per teacher)
 * and, for students per teacher, a cut of 4–15% drawn from the plan's own stream.
 */
export function goalMeasures(
  rng: Rng,
  base: MetricYear,
  targetYear: number,
  stated: { rateNow: number; rateTarget: number; seniorNow: number; seniorTarget: number; hoursTarget: number },
): Record<ImprovementTask, GoalNumbers> {
  const numbers = (measure: GoalMeasure, baseline: number, target: number): GoalNumbers => ({
    measure,
    baseline,
    baselineYear: base.year,
    target,
    targetYear,
  });
  const perTeacher = (value: number): number => tenth(value / Math.max(1, base.teachers));
  const studentsNow = perTeacher(base.enrolledStudents);
  return {
    [ImprovementTask.EDUCATIONAL_QUALITY]: numbers(
      GoalMeasure.UNDERGRADUATE_ADMISSION_RATE,
      stated.rateNow,
      stated.rateTarget,
    ),
    [ImprovementTask.TEACHING_FORCE_CAPACITY]: numbers(
      GoalMeasure.SENIOR_TITLE_TEACHER_SHARE,
      stated.seniorNow,
      stated.seniorTarget,
    ),
    [ImprovementTask.STUDENT_WELL_ROUNDEDNESS]: numbers(
      GoalMeasure.STUDENTS_PER_TEACHER,
      studentsNow,
      tenth(studentsNow * (1 - rng.float(0.04, 0.15))),
    ),
    [ImprovementTask.SCHOOL_MANAGEMENT]: numbers(
      GoalMeasure.TRAINING_HOURS_PER_TEACHER,
      perTeacher(base.trainingHours),
      stated.hoursTarget,
    ),
  };
}

/** What a trusteeship plan schedules a school year: the measures document 004 lists, as the seed does them. */
const PARTNERSHIP_YEAR: ReadonlyArray<[ActivityKind, number]> = [
  [ActivityKind.TEACHER_VISIT, 3],
  [ActivityKind.COLLEGE_STUDENT_TEACHING_PRACTICE, 2],
  [ActivityKind.PRINCIPAL_TRAINING, 1],
  [ActivityKind.TEACHER_PLACEMENT_TRAINING, 1],
  [ActivityKind.STUDENT_CAMP, 2],
  [ActivityKind.LAB_OPEN_DAY, 1],
];

function schedule(rng: Rng, plan: SeededPlan): Array<[ActivityKind, number, number]> {
  const rows: Array<[ActivityKind, number, number]> = [];
  if (!plan.byPartnership) {
    // The committee's plans: a field research visit in some years (the committee visits few schools).
    for (let year = plan.startYear; year <= plan.endYear; year++) {
      if (rng.chance(0.25)) rows.push([ActivityKind.FIELD_RESEARCH, year, 1]);
    }
    return rows;
  }
  rows.push([ActivityKind.PRINCIPAL_TEAM_DISPATCH, plan.startYear, 1]);
  // About a third of the plans are more ambitious than what the partnership turns out to do.
  const ambitious = rng.chance(0.35)
    ? new Set(
        rng.sample(
          PARTNERSHIP_YEAR.map(([kind]) => kind),
          rng.int(1, 2),
        ),
      )
    : null;
  for (let year = plan.startYear; year <= plan.endYear; year++) {
    for (const [kind, count] of PARTNERSHIP_YEAR) {
      rows.push([kind, year, count + (ambitious?.has(kind) ? rng.int(1, 3) : 0)]);
    }
  }
  return rows;
}

/** The plans' schedules (PlanScheduledActivity), after every other row of the seed. */
export function seedSchedules(ctx: SeedContext): void {
  for (const plan of ctx.plans) {
    for (const [kind, year, plannedCount] of schedule(ctx.rng.fork(`tracking/schedule/${plan.id}`), plan)) {
      ctx.sink.add(PlanScheduledActivity, {
        id: ctx.ids.next(),
        ...synthetic,
        plan: plan.id,
        kind,
        year,
        plannedCount,
      });
    }
  }
}
