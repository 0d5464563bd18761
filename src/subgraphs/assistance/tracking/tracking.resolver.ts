import { Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf } from '../../../graphql/connection';
import { keptRootField } from '../../../graphql/kept-answers';
import type { Context } from '../../../graphql/context';
import { Cost, ListSize, WEIGHTS } from '../../../graphql/demand';
import { Partnership, PartnershipSchool } from '../partnership/partnership.entity';
import { Problem } from '../guidance/guidance.entity';
import { openProblems } from '../guidance/guidance.loaders';
import { Program } from '../program/program.entity';
import { CountyReference, ProvinceReference, SchoolReference, UniversityReference } from '../references';
import { foreignKey } from '../../../graphql/loaders';
import { loadProgress, progressPage, progressRollup, type RollupRow } from './tracking.service';
import {
  PartnershipProgress,
  ProgressListArgs,
  ProgressRollupArgs,
  ProgressRollupDimension,
  SchoolProgress,
  TaskRollup,
  TrackingArgs,
  TrackingStatus,
  type Progress,
} from './tracking.types';

const RULES =
  'Status rules and thresholds: see TrackingStatus and the arguments (defaults: quiet after 180 days, a 365-day window, goal tolerance 0.15, activity ratio 0.75).';

const PartnershipProgressConnection = connectionOf(
  PartnershipProgress,
  'PartnershipProgress',
  'partnership progress rows',
);
const SchoolProgressConnection = connectionOf(SchoolProgress, 'SchoolProgress', 'school progress rows');

@ObjectType({
  description: 'Partnerships of one group (programme, university, county or province) by status and task.',
})
export class ProgressRollupRow {
  rollup!: RollupRow;
  by!: ProgressRollupDimension;

  @Field(() => ID, { description: 'The id of the group (a programme, university, county or province-level unit).' })
  get key(): string {
    return this.rollup.key;
  }

  @Field(() => Int, { description: 'Partnerships in the group.' })
  get partnerships(): number {
    return this.rollup.partnerships;
  }

  @Field(() => Int, { description: 'Of them ON_TRACK.' })
  get onTrack(): number {
    return this.rollup.on_track;
  }

  @Field(() => Int, { description: 'Of them BEHIND.' })
  get behind(): number {
    return this.rollup.behind;
  }

  @Field(() => Int, { description: 'Of them QUIET.' })
  get quiet(): number {
    return this.rollup.quiet;
  }

  @Field(() => [TaskRollup], { description: 'Per improvement task, in task order.' })
  get tasks(): TaskRollup[] {
    return this.rollup.tasks;
  }
}

@Resolver(() => ProgressRollupRow)
export class ProgressRollupRowResolver {
  @FieldResolver(() => Program, { nullable: true, description: 'The programme (rolled up by PROGRAM).' })
  program(@Root() row: ProgressRollupRow, @Ctx() ctx: Context): Promise<Program | null> | null {
    return row.by === ProgressRollupDimension.PROGRAM ? ctx.loaders.one(Program).load(row.key) : null;
  }

  @FieldResolver(() => UniversityReference, { nullable: true, description: 'The university (by UNIVERSITY).' })
  university(@Root() row: ProgressRollupRow) {
    return row.by === ProgressRollupDimension.UNIVERSITY ? { id: row.key } : null;
  }

  @FieldResolver(() => CountyReference, { nullable: true, description: 'The county (by COUNTY).' })
  county(@Root() row: ProgressRollupRow) {
    return row.by === ProgressRollupDimension.COUNTY ? { id: row.key } : null;
  }

  @FieldResolver(() => ProvinceReference, { nullable: true, description: 'The province-level unit (by PROVINCE).' })
  province(@Root() row: ProgressRollupRow) {
    return row.by === ProgressRollupDimension.PROVINCE ? { id: row.key } : null;
  }
}

const OPEN_PROBLEMS = (of: string): string =>
  `Why, beside the figures: the problems recorded as concerning ${of} that are still open (OPEN or IN_PROGRESS), earliest found first, with their guidance (one statement for every row of the list level).`;

@Resolver(() => PartnershipProgress)
export class PartnershipProgressResolver {
  @FieldResolver(() => Partnership, { description: 'The partnership.' })
  partnership(@Root() progress: Progress, @Ctx() ctx: Context): Promise<Partnership | null> {
    return ctx.loaders.one(Partnership).load(progress.subjectId);
  }

  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [Problem], { description: OPEN_PROBLEMS('the partnership') })
  openProblems(@Root() progress: Progress, @Ctx() ctx: Context): Promise<Problem[]> {
    return openProblems(ctx, 'partnership').load(progress.subjectId);
  }
}

@Resolver(() => SchoolProgress)
export class SchoolProgressResolver {
  @FieldResolver(() => SchoolReference, { description: 'The school.' })
  school(@Root() progress: Progress) {
    return { id: progress.subjectId };
  }

  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [Problem], { description: OPEN_PROBLEMS('the school') })
  openProblems(@Root() progress: Progress, @Ctx() ctx: Context): Promise<Problem[]> {
    return openProblems(ctx, 'school').load(progress.subjectId);
  }
}

@Resolver()
export class TrackingResolver {
  @Cost(WEIGHTS.statistics)
  @Query(() => PartnershipProgressConnection, {
    description: `Progress of partnerships against their plans, computed in SQL as of a date, filtered, sorted and paged (keyset). ${RULES} ${keptRootField('partnershipProgress')}`,
  })
  partnershipProgress(@Args(() => ProgressListArgs) args: ProgressListArgs, @Ctx() ctx: Context) {
    return progressPage(ctx, 'partnership', args);
  }

  @Cost(WEIGHTS.statistics)
  @Query(() => SchoolProgressConnection, {
    description: `Progress of schools with plans against them, computed in SQL as of a date, filtered, sorted and paged (keyset). ${RULES} ${keptRootField('schoolProgress')}`,
  })
  schoolProgress(@Args(() => ProgressListArgs) args: ProgressListArgs, @Ctx() ctx: Context) {
    return progressPage(ctx, 'school', args);
  }

  @Cost(WEIGHTS.statistics)
  @ListSize({ assumedSize: 100 })
  @Query(() => [ProgressRollupRow], {
    description: `Partnerships' progress rolled up per programme, university, county or province: counts by status and the average share of the way per task, in one statement (groups by id). ${RULES} ${keptRootField('progressRollup')}`,
  })
  async progressRollup(@Args(() => ProgressRollupArgs) args: ProgressRollupArgs, @Ctx() ctx: Context) {
    const rows = await progressRollup(ctx, args);
    return rows.map((rollup) => Object.assign(new ProgressRollupRow(), { rollup, by: args.by }));
  }
}

/** A nested progress is a share of one batched statement per list level: cheaper per parent than a list. */
const NESTED_PROGRESS_COST = 10;

const PROGRESS = (what: string): string =>
  `${what} progress against its plans as of a date (one statement for every parent of the list level). ${RULES}`;

@Resolver(() => Partnership)
export class PartnershipTrackingResolver {
  @Cost(NESTED_PROGRESS_COST)
  @FieldResolver(() => PartnershipProgress, { description: PROGRESS("The partnership's") })
  progress(@Root() partnership: Partnership, @Ctx() ctx: Context, @Args(() => TrackingArgs) args: TrackingArgs) {
    return loadProgress(ctx, 'partnership', partnership.id, args);
  }
}

@Resolver(() => PartnershipSchool)
export class PartnershipSchoolTrackingResolver {
  @Cost(NESTED_PROGRESS_COST)
  @FieldResolver(() => SchoolProgress, { description: PROGRESS("The covered school's") })
  progress(@Root() link: PartnershipSchool, @Ctx() ctx: Context, @Args(() => TrackingArgs) args: TrackingArgs) {
    return loadProgress(ctx, 'school', foreignKey(link.school)!, args);
  }
}

@Resolver(() => SchoolReference)
export class SchoolTrackingResolver {
  @Cost(NESTED_PROGRESS_COST)
  @FieldResolver(() => SchoolProgress, { description: PROGRESS("The school's") })
  progress(@Root() school: { id: string }, @Ctx() ctx: Context, @Args(() => TrackingArgs) args: TrackingArgs) {
    return loadProgress(ctx, 'school', school.id, args);
  }
}

export { TrackingStatus };
