import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { ListSize } from '../../../graphql/demand';
import { entityQueries } from '../../../graphql/entity-queries';
import { connectionFor, type ListArgs } from '../../../graphql/listing/listing';
import { loadRelated, reference } from '../../../graphql/lookup';
import { pageOf } from '../../../graphql/sql/field-sources';
import { Activity } from '../activity/activity.entity';
import { Committee } from '../committee/committee.entity';
import {
  GuidanceListing,
  PracticeEvidenceListing,
  PracticeListing,
  ProblemListing,
  ProblemStatusChangeListing,
} from '../listings';
import { SchoolMetric } from '../metric/school-metric.entity';
import { Partnership } from '../partnership/partnership.entity';
import { CountyReference, PersonReference, SchoolReference, UniversityReference } from '../references';
import { Guidance, Practice, PracticeEvidence, Problem, ProblemStatusChange } from './guidance.entity';
import { openProblems, type ProblemPlace } from './guidance.loaders';

type Key = { id: string };

// Declared when the module loads: type-graphql collects types before it calls field type thunks.
const StatusChangeConnection = connectionFor(ProblemStatusChange);
const EvidenceConnection = connectionFor(PracticeEvidence);

const problems = (typeName: string, foreignKey: ProblemPlace) =>
  pageOf(typeName, 'problems', Problem, foreignKey, ProblemListing);
const practices = (typeName: string, foreignKey: 'school' | 'county' | 'partnership') =>
  pageOf(typeName, 'practices', Practice, foreignKey, PracticeListing);

const problemsOfSchool = problems('School', 'school');
const problemsOfCounty = problems('County', 'county');
const problemsOfPartnership = problems('Partnership', 'partnership');
const practicesOfSchool = practices('School', 'school');
const practicesOfCounty = practices('County', 'county');
const practicesOfPartnership = practices('Partnership', 'partnership');
const guidanceOfProblem = pageOf('Problem', 'guidance', Guidance, 'problem', GuidanceListing);
const statusChangesOfProblem = pageOf(
  'Problem',
  'statusChanges',
  ProblemStatusChange,
  'problem',
  ProblemStatusChangeListing,
);
const evidenceOfPractice = pageOf('Practice', 'evidence', PracticeEvidence, 'practice', PracticeEvidenceListing);

const PROBLEMS = 'Problems found there (filter by `status`, `severity`, `task`…), earliest found first.';
const PRACTICES = 'Good practice recorded there (filter `promotedOn: { isNull: false }` for the promoted).';
const OPEN = 'Its open problems (OPEN or IN_PROGRESS), earliest found first.';

@Resolver(() => Problem)
export class ProblemResolver extends entityQueries(Problem, {
  listing: ProblemListing,
  one: 'problem',
  many: 'problems',
  what: 'problem',
}) {
  @FieldResolver(() => SchoolReference, { nullable: true, description: 'The school it was found at, if one.' })
  school(@Root() problem: Problem) {
    return reference(problem.school);
  }

  @FieldResolver(() => CountyReference, { description: "The county: the school's, or the one it is about." })
  county(@Root() problem: Problem) {
    return reference(problem.county);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership it concerns, if one.' })
  partnership(@Root() problem: Problem, @Ctx() ctx: Context): Promise<Partnership | null> {
    return loadRelated(ctx, Partnership, problem.partnership);
  }

  @FieldResolver(() => Committee, { nullable: true, description: 'The committee that found it (foundBy COMMITTEE).' })
  committee(@Root() problem: Problem, @Ctx() ctx: Context): Promise<Committee | null> {
    return loadRelated(ctx, Committee, problem.committee);
  }

  @FieldResolver(() => UniversityReference, {
    nullable: true,
    description: 'The university that found it (foundBy UNIVERSITY).',
  })
  university(@Root() problem: Problem) {
    return reference(problem.university);
  }

  @FieldResolver(() => connectionFor(Guidance), { description: 'The guidance given for it, earliest first.' })
  guidance(@Root() problem: Problem, @Ctx() ctx: Context, @Args(() => GuidanceListing.Args) args: ListArgs) {
    return guidanceOfProblem(ctx, problem.id, args);
  }

  @FieldResolver(() => StatusChangeConnection, {
    description: 'Its status history, oldest first: OPEN when found, then every change.',
  })
  statusChanges(
    @Root() problem: Problem,
    @Ctx() ctx: Context,
    @Args(() => ProblemStatusChangeListing.Args) args: ListArgs,
  ) {
    return statusChangesOfProblem(ctx, problem.id, args);
  }
}

@Resolver(() => ProblemStatusChange)
export class ProblemStatusChangeResolver {
  @FieldResolver(() => Problem, { description: 'The problem whose status changed.' })
  problem(@Root() change: ProblemStatusChange, @Ctx() ctx: Context): Promise<Problem | null> {
    return loadRelated(ctx, Problem, change.problem);
  }
}

@Resolver(() => Guidance)
export class GuidanceResolver extends entityQueries(Guidance, {
  listing: GuidanceListing,
  one: 'guidance',
  many: 'guidanceRecords',
  what: 'piece of guidance',
}) {
  @FieldResolver(() => Problem, { description: 'The problem it was given for.' })
  problem(@Root() guidance: Guidance, @Ctx() ctx: Context): Promise<Problem | null> {
    return loadRelated(ctx, Problem, guidance.problem);
  }

  @FieldResolver(() => Committee, { nullable: true, description: 'The committee whose member gave it, if one.' })
  committee(@Root() guidance: Guidance, @Ctx() ctx: Context): Promise<Committee | null> {
    return loadRelated(ctx, Committee, guidance.committee);
  }

  @FieldResolver(() => UniversityReference, {
    nullable: true,
    description: 'The university whose team gave it, if one.',
  })
  university(@Root() guidance: Guidance) {
    return reference(guidance.university);
  }

  @FieldResolver(() => PersonReference, { nullable: true, description: 'The person who gave it, if recorded.' })
  person(@Root() guidance: Guidance) {
    return reference(guidance.person);
  }
}

@Resolver(() => Practice)
export class PracticeResolver extends entityQueries(Practice, {
  listing: PracticeListing,
  one: 'practice',
  many: 'practices',
  what: 'practice',
}) {
  @FieldResolver(() => SchoolReference, { nullable: true, description: 'The school where it was done, if one.' })
  school(@Root() practice: Practice) {
    return reference(practice.school);
  }

  @FieldResolver(() => CountyReference, { description: "The county: the school's, or where it was done." })
  county(@Root() practice: Practice) {
    return reference(practice.county);
  }

  @FieldResolver(() => UniversityReference, { nullable: true, description: 'The university that did it, if one.' })
  university(@Root() practice: Practice) {
    return reference(practice.university);
  }

  @FieldResolver(() => Partnership, { nullable: true, description: 'The partnership it was done under, if one.' })
  partnership(@Root() practice: Practice, @Ctx() ctx: Context): Promise<Partnership | null> {
    return loadRelated(ctx, Partnership, practice.partnership);
  }

  @FieldResolver(() => EvidenceConnection, {
    description: 'What it rests on: activities and metric records, in the order recorded.',
  })
  evidence(@Root() practice: Practice, @Ctx() ctx: Context, @Args(() => PracticeEvidenceListing.Args) args: ListArgs) {
    return evidenceOfPractice(ctx, practice.id, args);
  }
}

@Resolver(() => PracticeEvidence)
export class PracticeEvidenceResolver {
  @FieldResolver(() => Practice, { description: 'The practice it supports.' })
  practice(@Root() evidence: PracticeEvidence, @Ctx() ctx: Context): Promise<Practice | null> {
    return loadRelated(ctx, Practice, evidence.practice);
  }

  @FieldResolver(() => Activity, { nullable: true, description: 'The activity, when the evidence is one.' })
  activity(@Root() evidence: PracticeEvidence, @Ctx() ctx: Context): Promise<Activity | null> {
    return loadRelated(ctx, Activity, evidence.activity);
  }

  @FieldResolver(() => SchoolMetric, { nullable: true, description: 'The school figures, when the evidence is those.' })
  metric(@Root() evidence: PracticeEvidence, @Ctx() ctx: Context): Promise<SchoolMetric | null> {
    return loadRelated(ctx, SchoolMetric, evidence.metric);
  }
}

/* The tracking fields of schools, counties and partnerships. */

@Resolver(() => SchoolReference)
export class SchoolGuidanceResolver {
  @FieldResolver(() => connectionFor(Problem), { description: PROBLEMS })
  problems(@Root() school: Key, @Ctx() ctx: Context, @Args(() => ProblemListing.Args) args: ListArgs) {
    return problemsOfSchool(ctx, school.id, args);
  }

  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [Problem], { description: OPEN })
  openProblems(@Root() school: Key, @Ctx() ctx: Context): Promise<Problem[]> {
    return openProblems(ctx, 'school').load(school.id);
  }

  @FieldResolver(() => connectionFor(Practice), { description: PRACTICES })
  practices(@Root() school: Key, @Ctx() ctx: Context, @Args(() => PracticeListing.Args) args: ListArgs) {
    return practicesOfSchool(ctx, school.id, args);
  }
}

@Resolver(() => CountyReference)
export class CountyGuidanceResolver {
  @FieldResolver(() => connectionFor(Problem), { description: `${PROBLEMS} Those at its schools included.` })
  problems(@Root() county: Key, @Ctx() ctx: Context, @Args(() => ProblemListing.Args) args: ListArgs) {
    return problemsOfCounty(ctx, county.id, args);
  }

  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [Problem], { description: `${OPEN} Those at its schools included.` })
  openProblems(@Root() county: Key, @Ctx() ctx: Context): Promise<Problem[]> {
    return openProblems(ctx, 'county').load(county.id);
  }

  @FieldResolver(() => connectionFor(Practice), { description: `${PRACTICES} Those at its schools included.` })
  practices(@Root() county: Key, @Ctx() ctx: Context, @Args(() => PracticeListing.Args) args: ListArgs) {
    return practicesOfCounty(ctx, county.id, args);
  }
}

@Resolver(() => Partnership)
export class PartnershipGuidanceResolver {
  @FieldResolver(() => connectionFor(Problem), { description: 'Problems recorded as concerning the partnership.' })
  problems(@Root() partnership: Partnership, @Ctx() ctx: Context, @Args(() => ProblemListing.Args) args: ListArgs) {
    return problemsOfPartnership(ctx, partnership.id, args);
  }

  @ListSize({ assumedSize: 10 })
  @FieldResolver(() => [Problem], { description: OPEN })
  openProblems(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<Problem[]> {
    return openProblems(ctx, 'partnership').load(partnership.id);
  }

  @FieldResolver(() => connectionFor(Practice), { description: 'Good practice done under the partnership.' })
  practices(@Root() partnership: Partnership, @Ctx() ctx: Context, @Args(() => PracticeListing.Args) args: ListArgs) {
    return practicesOfPartnership(ctx, partnership.id, args);
  }
}
