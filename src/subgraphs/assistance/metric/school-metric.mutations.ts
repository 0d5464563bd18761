import { Resolver } from 'type-graphql';
import { recordMutations } from '../../../graphql/mutations/runner';
import { declareWrites } from '../../../graphql/mutations/writes';
import { SchoolMetric } from './school-metric.entity';
import { CreateSchoolMetricInput, UpdateSchoolMetricInput } from './school-metric.inputs';

/** Figures that cannot exceed another (the database holds them too: school_metric_figures_valid). */
const AT_MOST = [
  ['seniorTitleTeachers', 'teachers'],
  ['undergraduateAdmissions', 'graduates'],
] as const;

// A school's figures are its county's to record.
declareWrites(SchoolMetric, {
  hangs: ['schoolFigures'],
  anchor: (metric) => ({ kind: 'schoolFigures', id: String(metric.school) }),
  check: (metric) => {
    const broken = AT_MOST.find(([part, whole]) => Number(metric[part]) > Number(metric[whole]));
    return broken ? { property: broken[0], message: `must not exceed ${broken[1]}` } : undefined;
  },
});

@Resolver()
export class SchoolMetricMutations extends recordMutations(SchoolMetric, {
  field: 'schoolMetric',
  create: {
    name: 'createSchoolMetric',
    description:
      "Records a school's figures for a school year (one record per school and year: another is a CONFLICT).",
    input: CreateSchoolMetricInput,
  },
  update: {
    name: 'updateSchoolMetric',
    description: "Corrects a school's figures at the version read.",
    input: UpdateSchoolMetricInput,
  },
}) {}
