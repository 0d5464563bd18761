import { InputType } from 'type-graphql';
import { IdInput, IntInput } from '../../../graphql/mutations/fields';
import { RecordVersionInput } from '../../../graphql/mutations/runner';

/** School years a metric may be recorded for (the database holds the same range). */
export const METRIC_YEARS = { min: 2000, max: 2100 } as const;
/** Largest count a figure may be. */
const MAX_COUNT = 1_000_000;

@InputType({ description: "One school's figures for one school year." })
export class CreateSchoolMetricInput {
  @IdInput('The school.')
  schoolId!: string;

  @IntInput('School year (the calendar year it starts in)', METRIC_YEARS.min, METRIC_YEARS.max)
  year!: number;

  @IntInput('Students enrolled', 0, MAX_COUNT)
  enrolledStudents!: number;

  @IntInput('Full-time teachers', 0, MAX_COUNT)
  teachers!: number;

  @IntInput('Teachers with a senior professional title (no more than the teachers)', 0, MAX_COUNT)
  seniorTitleTeachers!: number;

  @IntInput('Students graduating that year', 0, MAX_COUNT)
  graduates!: number;

  @IntInput('Graduates admitted to undergraduate programmes (no more than the graduates)', 0, MAX_COUNT)
  undergraduateAdmissions!: number;

  @IntInput('Teacher-training hours delivered to the staff that year', 0, MAX_COUNT)
  trainingHours!: number;
}

@InputType({ description: "A school's figures to correct." })
export class UpdateSchoolMetricInput extends RecordVersionInput {
  @IntInput('Students enrolled', 0, MAX_COUNT, { optional: true })
  enrolledStudents?: number;

  @IntInput('Full-time teachers', 0, MAX_COUNT, { optional: true })
  teachers?: number;

  @IntInput('Teachers with a senior professional title', 0, MAX_COUNT, { optional: true })
  seniorTitleTeachers?: number;

  @IntInput('Students graduating that year', 0, MAX_COUNT, { optional: true })
  graduates?: number;

  @IntInput('Graduates admitted to undergraduate programmes', 0, MAX_COUNT, { optional: true })
  undergraduateAdmissions?: number;

  @IntInput('Teacher-training hours', 0, MAX_COUNT, { optional: true })
  trainingHours?: number;
}
