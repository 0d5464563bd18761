import { Directive, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../../graphql/scalars';
import { Region } from '../../../shared/value-types';
import { ActivityKind, ImprovementTask } from '../enums';
import { Program } from '../program/program.entity';
import { CountyReference, ProvinceReference, UniversityReference } from '../references';
import { STATISTICS_ROW_WEIGHT } from './statistics.pricing';

/*
 * The GraphQL shape of grouped statistics. What each measure counts and how each dimension reaches
 * each fact table is documented here, in the schema, because GraphiQL is the data teams' manual;
 * statistics.sql.ts implements exactly these rules.
 */

export enum StatisticsDimension {
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
  COUNTY = 'COUNTY',
  UNIVERSITY = 'UNIVERSITY',
  PROGRAM = 'PROGRAM',
  YEAR = 'YEAR',
  MONTH = 'MONTH',
  ACTIVITY_KIND = 'ACTIVITY_KIND',
  IMPROVEMENT_TASK = 'IMPROVEMENT_TASK',
}

registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description:
    'A dimension to group statistics by. Each measure is counted in its own fact table (see `StatisticsRow`) and ' +
    'each dimension reaches that table its own way, described per value. A dimension that cannot reach the fact ' +
    'table of a selected measure is rejected (BAD_USER_INPUT, `argumentPath` "groupBy"); a fact row that lacks the ' +
    'value (an activity without a county, a committee-covered school without a university) falls in the null bucket.',
  valuesConfig: {
    PROVINCE: {
      description:
        "By province-level unit of the county: a partnership's county; a school's own county; for counties and " +
        "provinces, the county reached (a partnership's, or a covered school's); an activity's county (else its " +
        'school’s, else its partnership’s county); for metrics, the school’s county.',
    },
    REGION: {
      description: 'By economic region of that province (the `Region` of the directory).',
    },
    COUNTY: {
      description: 'By county, reached as for PROVINCE.',
    },
    UNIVERSITY: {
      description:
        "By university: a partnership's university; for schools, counties, provinces and metrics, the university of " +
        'the partnership reaching the county or covering the school (committee coverage: null bucket); an ' +
        "activity's university, else its partnership's.",
    },
    PROGRAM: {
      description:
        "By programme: the partnership's; for schools, counties, provinces and metrics, the programme of the " +
        "partnership or committee reaching the county or covering the school; the activity's.",
    },
    YEAR: {
      description:
        'By calendar year of each fact’s own date: partnership start (`startsOn`); for schools, counties and ' +
        'provinces, the start of the partnership reaching the county or covering the school (committee coverage has ' +
        'no date: null bucket); activity start date; metric school year.',
    },
    MONTH: {
      description:
        'By calendar month of the same dates as YEAR; the key carries both `year` and `month`. Metrics are yearly: ' +
        'MONTH is rejected with metric measures.',
    },
    ACTIVITY_KIND: {
      description: 'By kind of activity; applies to the activity measures only (rejected with any other).',
    },
    IMPROVEMENT_TASK: {
      description:
        'By improvement task of plan goals: for partnerships, the goals of the plans they drew up; for schools and ' +
        'metrics, the goals of the school’s plans within its coverage (the covering partnership’s plans, or plans ' +
        'without a partnership for committee coverage); for counties and provinces, the one or the other, as the ' +
        'county is reached through a partnership or a covered school; no goal: null bucket. Rejected with activity ' +
        'measures.',
    },
  },
});

@InputType('StatisticsFilter', {
  description:
    'Restricts the facts counted by statistics. Conditions combine with AND; a list matches any of its values (an ' +
    'empty list matches nothing); each condition applies to every selected measure through the same path as the ' +
    'dimension of the same name. A condition that cannot apply to a selected measure is rejected (BAD_USER_INPUT).',
})
export class StatisticsFilter {
  @Field(() => [String], { nullable: true, description: 'Only these programmes (by programme code).' })
  programCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only these province-level units (two-digit GB/T 2260 codes), reached as for PROVINCE.',
  })
  provinceCodes?: string[] | null;

  @Field(() => [Region], { nullable: true, description: 'Only provinces of these economic regions.' })
  regions?: Region[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only these counties (six-digit GB/T 2260 codes), reached as for COUNTY.',
  })
  countyCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Only these universities (the ministry's ten-digit institution codes), reached as for UNIVERSITY.",
  })
  universityCodes?: string[] | null;

  @Field(() => [ActivityKind], {
    nullable: true,
    description: 'Only activities of these kinds; applies to the activity measures only (rejected with any other).',
  })
  activityKinds?: ActivityKind[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Only facts dated on or after this day (the dates of YEAR; metrics: school years from this year on). Facts ' +
      'without a date are left out.',
  })
  from?: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'Only facts dated on or before this day (inclusive; metrics: school years up to this year).',
  })
  to?: string | null;

  @Field(() => [Int], {
    nullable: true,
    description: 'Only facts whose YEAR is one of these (metrics: these school years).',
  })
  years?: number[] | null;
}

@ObjectType('StatisticsKey', {
  description:
    'The bucket a statistics row counts: one field per dimension, set for the dimensions grouped by and null ' +
    'otherwise (or for the null bucket of a dimension, see `StatisticsDimension`).',
})
export class StatisticsKey {
  @Field(() => ProvinceReference, { nullable: true, description: 'The province-level unit (PROVINCE).' })
  province!: { id: string } | null;

  @Field(() => Region, { nullable: true, description: 'The economic region (REGION).' })
  region!: Region | null;

  @Field(() => CountyReference, { nullable: true, description: 'The county (COUNTY).' })
  county!: { id: string } | null;

  @Field(() => UniversityReference, { nullable: true, description: 'The university (UNIVERSITY).' })
  university!: { id: string } | null;

  @Field(() => Program, { nullable: true, description: 'The programme (PROGRAM).' })
  program!: Program | null;

  @Field(() => Int, { nullable: true, description: 'The calendar year (YEAR, and also set with MONTH).' })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: 'The month of `year`, 1–12 (MONTH).' })
  month!: number | null;

  @Field(() => ActivityKind, { nullable: true, description: 'The activity kind (ACTIVITY_KIND).' })
  activityKind!: ActivityKind | null;

  @Field(() => ImprovementTask, { nullable: true, description: 'The improvement task (IMPROVEMENT_TASK).' })
  improvementTask!: ImprovementTask | null;
}

@ObjectType('SchoolMetricStatistics', {
  description:
    'Sums and averages of the yearly school figures (`SchoolMetric`) of the schools in scope: each school counted ' +
    'once per bucket and school year, however many partnerships or committees cover it. Sums are Float because ' +
    'they can exceed the 32-bit GraphQL Int; sums and averages are null when the bucket has no figures.',
})
export class SchoolMetricStatistics {
  @Field(() => Int, { description: 'How many school-year figure rows the bucket holds.' })
  schoolYears!: number;

  @Field(() => Float, { nullable: true, description: 'Total students enrolled.' })
  enrolledStudentsSum!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average students enrolled per school year.' })
  enrolledStudentsAvg!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total full-time teachers.' })
  teachersSum!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average full-time teachers per school year.' })
  teachersAvg!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total teachers with a senior professional title.' })
  seniorTitleTeachersSum!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average teachers with a senior professional title per school year.',
  })
  seniorTitleTeachersAvg!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total graduates.' })
  graduatesSum!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average graduates per school year.' })
  graduatesAvg!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total graduates admitted to undergraduate programmes.' })
  undergraduateAdmissionsSum!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Average graduates admitted to undergraduate programmes per school year.',
  })
  undergraduateAdmissionsAvg!: number | null;

  @Field(() => Float, { nullable: true, description: 'Total teacher-training hours.' })
  trainingHoursSum!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average teacher-training hours per school year.' })
  trainingHoursAvg!: number | null;
}

@ObjectType('StatisticsRow', {
  description:
    'One bucket of grouped statistics, computed in one SQL statement with only the measures selected. Fact ' +
    'tables: partnerships and universities count `partnership` rows; schools counts the distinct schools covered ' +
    'by partnerships (their schools, and the schools of the plans they drew up) or targeted by committees, and ' +
    'principals and teachersAndStaff the people currently appointed at those schools; ' +
    'counties and provinces count what partnerships and that coverage reach together, so a programme that works ' +
    'through committees (no partnership) and one that works through partnerships are counted alike; activities, ' +
    'participants and peopleTrained count `activity` rows and their participations; metrics aggregate the yearly ' +
    'figures of the schools in scope. Counts are 0 for a bucket that only other measures reach.',
})
// Each row is an aggregate over many facts with its measures, several times the work and bytes of a record.
@Directive(`@cost(weight: ${STATISTICS_ROW_WEIGHT})`)
export class StatisticsRow {
  @Field(() => StatisticsKey, { description: 'The bucket: the values of the dimensions grouped by.' })
  key!: StatisticsKey;

  @Field(() => Int, { description: 'University–county partnerships (a committee programme has none: 0).' })
  partnerships!: number;

  @Field(() => Int, { description: 'Distinct universities of those partnerships.' })
  universities!: number;

  @Field(() => Int, {
    description:
      'Distinct counties reached: the county of each partnership, and the county of each school covered (listed ' +
      'by a partnership, planned for by a partnership, or targeted by a committee). The same rule for every ' +
      'programme: one without partnerships counts the counties of its committees’ target schools.',
  })
  counties!: number;

  @Field(() => Int, {
    description: 'Distinct province-level units reached: those of the counties counted by `counties`.',
  })
  provinces!: number;

  @Field(() => Int, {
    description:
      'Distinct schools covered: listed by a partnership, planned for by a partnership, or targeted by a committee ' +
      '(the same rule for every programme).',
  })
  schools!: number;

  @Field(() => Int, {
    description:
      'Distinct persons holding a current PRINCIPAL appointment at the schools counted by `schools` (the ' +
      'committee programme’s document counts the principals of its target schools it guided).',
  })
  principals!: number;

  @Field(() => Int, {
    description: 'Distinct persons holding a current TEACHER or STAFF appointment at the schools counted by `schools`.',
  })
  teachersAndStaff!: number;

  @Field(() => Int, { description: 'Activities.' })
  activities!: number;

  @Field(() => Int, { description: 'Participations (person–activity rows) in those activities, in any role.' })
  participants!: number;

  @Field(() => Int, {
    description:
      'Distinct persons who took part in those activities in the TRAINEE role (the same rule for every programme: ' +
      'one whose activities record no trainee counts 0; other roles are counted by `participants`).',
  })
  peopleTrained!: number;

  @Field(() => SchoolMetricStatistics, { description: 'Sums and averages of the yearly figures of the schools.' })
  metrics!: SchoolMetricStatistics;
}
