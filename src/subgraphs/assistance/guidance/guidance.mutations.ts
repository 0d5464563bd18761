import type { GraphQLResolveInfo } from 'graphql';
import { sql } from '../../../db/sql';
import { query } from '../../../db/statements';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context';
import { Cost, WEIGHTS } from '../../../graphql/demand';
import { MINISTRY, type Anchor } from '../../../graphql/mutations/rights';
import {
  answer,
  createWithChildren,
  payloadOf,
  recordMutations,
  RecordVersionInput,
  runMutation,
} from '../../../graphql/mutations/runner';
import { describeWrite } from '../../../graphql/mutations/described';
import {
  declareWrites,
  type Problem as RuleProblem,
  type Values,
  type Writes,
} from '../../../graphql/mutations/writes';
import { ProblemStatus, TrackingParty } from '../enums';
import { datesInOrder, matchesPartnership } from '../partnership/partnership.mutations';
import { Guidance, Practice, PracticeEvidence, Problem, ProblemStatusChange } from './guidance.entity';
import {
  AddGuidanceInput,
  ChangeProblemStatusInput,
  CreatePracticeInput,
  CreateProblemInput,
  UpdateGuidanceInput,
  UpdatePracticeInput,
  UpdateProblemInput,
} from './guidance.inputs';

/*
 * Writes of the tracking and guidance records (README, Tracking and guidance). Rights (rights.ts):
 * a problem or practice hangs off its place (its school, else its county), where the university of a
 * covering partnership, the county and a committee targeting the school record; naming a committee or
 * a university as the finder or adviser needs that committee or university (or the ministry). Guidance
 * hangs off its problem, for advisers only (committee, university, ministry); a status change off its
 * problem. Marking a practice for promotion is the ministry's, and a marked practice is the ministry's.
 */

const id = (value: unknown) => (value === null || value === undefined ? null : String(value));

/** Where a problem or practice is: its school, else its county. */
const placeOf = (values: Values): Anchor =>
  values.school ? { kind: 'trackedSchool', id: id(values.school) } : { kind: 'trackedCounty', id: id(values.county) };

/** The committee and university a record names (as finder, adviser, or doer): theirs to write. */
const namedParties = (values: Values): Anchor[] => [
  ...(values.committee ? [{ kind: 'committee' as const, id: id(values.committee) }] : []),
  ...(values.university ? [{ kind: 'university' as const, id: id(values.university) }] : []),
];

/** The committee is named exactly with COMMITTEE, the university exactly with UNIVERSITY. */
function partyNamed(values: Values, party: string): RuleProblem | undefined {
  const who = values[party];
  if ((who === TrackingParty.COMMITTEE) !== Boolean(values.committee)) {
    return { property: 'committee', message: `is given exactly when ${party} is COMMITTEE` };
  }
  if ((who === TrackingParty.UNIVERSITY) !== Boolean(values.university)) {
    return { property: 'university', message: `is given exactly when ${party} is UNIVERSITY` };
  }
  return undefined;
}

/**
 * The school named is in the county named (a trigger holds it in the database too:
 * school_in_county); the rows checked together ask in one statement.
 */
async function schoolInCounty(values: Values, writes: Writes): Promise<RuleProblem | undefined> {
  if (!values.school) return undefined;
  const countyOf = writes.batched<string | null>('schoolCounty', async (schools) => {
    const rows = await query<{ id: string; county: string }>(
      writes.em,
      sql`select id::text as id, county_id::text as county from directory.school where id = any(${schools}::uuid[])`,
    );
    const byId = new Map(rows.map((row) => [row.id, row.county]));
    return schools.map((school) => byId.get(school) ?? null);
  });
  const county = await countyOf.load(String(values.school));
  return county && county !== String(values.county)
    ? { property: 'school', message: 'is not a school of the county' }
    : undefined;
}

declareWrites(Problem, {
  hangs: ['trackedSchool', 'trackedCounty'],
  names: ['committee', 'university'],
  anchor: (problem) => [placeOf(problem), ...namedParties(problem)],
  check: async (problem, writes) => [
    partyNamed(problem, 'foundBy'),
    datesInOrder(problem, 'foundOn', 'statusOn'),
    await schoolInCounty(problem, writes),
    await matchesPartnership(problem, writes),
  ],
});

declareWrites(ProblemStatusChange, {
  hangs: ['problem'],
  anchor: (change) => ({ kind: 'problem', id: id(change.problem) }),
});

declareWrites(Guidance, {
  hangs: ['adviser'],
  names: ['committee', 'university'],
  anchor: (guidance) => [{ kind: 'adviser', id: id(guidance.problem) }, ...namedParties(guidance)],
  check: async (guidance, writes) =>
    (guidance.givenBy === TrackingParty.COUNTY
      ? { property: 'givenBy', message: 'guidance is given by a committee, a university or the ministry' }
      : undefined) ??
    partyNamed(guidance, 'givenBy') ??
    datesInOrder(guidance, 'givenOn', 'followUpOn') ??
    (await committeeMember(guidance, writes)),
});

declareWrites(Practice, {
  hangs: ['trackedSchool', 'trackedCounty'],
  names: ['committee', 'university'],
  ministryWhen: 'once marked for promotion',
  // Once the ministry marks a practice for promotion, it is the ministry's.
  anchor: (practice) => [placeOf(practice), ...namedParties(practice), ...(practice.promotedOn ? [MINISTRY] : [])],
  check: async (practice, writes) => [
    await schoolInCounty(practice, writes),
    await matchesPartnership(practice, writes),
  ],
});

declareWrites(PracticeEvidence, {
  hangs: ['practice'],
  anchor: (evidence) => ({ kind: 'practice', id: id(evidence.practice) }),
  check: (evidence) =>
    Boolean(evidence.activity) === Boolean(evidence.metric)
      ? { property: 'activity', message: 'give exactly one of activityId and metricId' }
      : undefined,
});

/** Guidance a committee gave names one of its members as the person, if it names one (one statement for all rows). */
async function committeeMember(values: Values, writes: Writes): Promise<RuleProblem | undefined> {
  if (!values.committee || !values.person) return undefined;
  const isMember = writes.batched<boolean>('committeeMember', async (pairs) => {
    const given = pairs.map((pair) => ({ c: pair.split('|')[0], p: pair.split('|')[1] }));
    const rows = await query<{ key: string }>(
      writes.em,
      sql`select m.committee_id::text || '|' || m.person_id::text as key from assistance.committee_member m
        join json_to_recordset(${JSON.stringify(given)}::json) as r(c uuid, p uuid) on m.committee_id = r.c and m.person_id = r.p`,
    );
    const found = new Set(rows.map((row) => row.key));
    return pairs.map((pair) => found.has(pair));
  });
  return (await isMember.load(`${String(values.committee)}|${String(values.person)}`))
    ? undefined
    : { property: 'person', message: 'is not a member of the committee' };
}

/** A new problem is OPEN from the day it was found, and its history starts there. */
async function createProblem(writes: Writes, input: CreateProblemInput): Promise<string> {
  const problemId = await createWithChildren(writes, Problem, {
    ...input,
    status: ProblemStatus.OPEN,
    statusOn: input.foundOn,
  });
  await writes.create(ProblemStatusChange, [
    { values: { problemId, status: ProblemStatus.OPEN, changedOn: input.foundOn }, path: 'input' },
  ]);
  return problemId;
}

// changeProblemStatus changes a problem under its rules; a promotion leaves the practice the ministry's.
describeWrite('changeProblemStatus', { entity: Problem, action: 'update' });
describeWrite('promotePractice', { entity: Practice, action: 'update', ministryOnly: true });

@Resolver()
export class ProblemMutations extends recordMutations(Problem, {
  field: 'problem',
  create: {
    name: 'createProblem',
    description: `Records a problem found at a school or a county, OPEN from the day found (its status history starts there).`,
    input: CreateProblemInput,
    write: createProblem,
  },
  update: {
    name: 'updateProblem',
    description: 'Changes what a problem says (not its status), at the version read.',
    input: UpdateProblemInput,
  },
}) {
  @Mutation(() => payloadOf(Problem, 'problem'), {
    nullable: true,
    description:
      "Changes a problem's status at the version read and records the change in its history (`statusChanges`), in one transaction.",
  })
  @Cost(WEIGHTS.mutation)
  async changeProblemStatus(
    @Arg('input', () => ChangeProblemStatusInput, { description: 'The problem, the version read and its new status.' })
    input: ChangeProblemStatusInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const written = await runMutation({ ctx, info, input }, async (writes, valid) => {
      await writes.update(
        Problem,
        valid.id,
        valid.version,
        { status: valid.status, statusOn: valid.statusOn },
        'input',
      );
      await writes.create(ProblemStatusChange, [
        {
          values: { problemId: valid.id, status: valid.status, changedOn: valid.statusOn, note: valid.note ?? null },
          path: 'input',
        },
      ]);
      return valid.id;
    });
    return answer(ctx, Problem, 'problem', written);
  }
}

@Resolver()
export class GuidanceMutations extends recordMutations(Guidance, {
  field: 'guidance',
  create: {
    name: 'addGuidance',
    description: 'Records guidance given for a problem.',
    input: AddGuidanceInput,
  },
  update: {
    name: 'updateGuidance',
    description: "Records guidance's follow-up (or changes it) at the version read.",
    input: UpdateGuidanceInput,
  },
}) {}

@Resolver()
export class PracticeMutations extends recordMutations(Practice, {
  field: 'practice',
  create: {
    name: 'createPractice',
    description: `Records good practice with the activities and metric records it rests on (one transaction).`,
    input: CreatePracticeInput,
    children: { evidence: { entity: PracticeEvidence, parent: 'practice' } },
  },
  update: {
    name: 'updatePractice',
    description: 'Changes a practice at the version read.',
    input: UpdatePracticeInput,
  },
}) {
  @Mutation(() => payloadOf(Practice, 'practice'), {
    nullable: true,
    description: 'Marks a practice for promotion: `promotedOn` today, `promotedBy` the caller.',
  })
  @Cost(WEIGHTS.mutation)
  async promotePractice(
    @Arg('input', () => RecordVersionInput, { description: 'The practice and the version read.' })
    input: RecordVersionInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const promotedOn = new Date().toISOString().slice(0, 10);
    const promotedBy = ctx.viewer.subject ?? ctx.viewer.role;
    const written = await runMutation({ ctx, info, input }, async (writes, valid) => {
      await writes.update(Practice, valid.id, valid.version, { promotedOn, promotedBy }, 'input');
      return valid.id;
    });
    return answer(ctx, Practice, 'practice', written);
  }
}
