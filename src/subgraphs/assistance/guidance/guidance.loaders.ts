import type DataLoader from 'dataloader';
import type { Context } from '../../../graphql/context';
import { OPEN_PROBLEM_STATUSES } from '../enums';
import { Problem } from './guidance.entity';

/** What open problems can be grouped by: the foreign key of a problem. */
export type ProblemPlace = 'school' | 'county' | 'partnership';

/**
 * The open problems (OPEN or IN_PROGRESS) of each school, county or partnership, earliest found first:
 * a per-request DataLoader, one statement for every key of a list level (indexes: problem_school_id,
 * problem_county_status, problem_partnership_id). `openProblems` fields use it; so may other types
 * (a partnership's or a school's progress): `openProblems(ctx, 'partnership').load(partnershipId)`.
 */
export function openProblems(ctx: Context, by: ProblemPlace): DataLoader<string, Problem[]> {
  return ctx.loaders.many(Problem, by, { foundOn: 'asc' }, { status: OPEN_PROBLEM_STATUSES });
}
