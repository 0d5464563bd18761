import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, Info, Int, Mutation, ObjectType, registerEnumType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { Cost, WEIGHTS } from '../../graphql/demand';
import { badField } from '../../graphql/errors';
import { actorOf } from '../../graphql/mutations/audit';
import { declareImport, runImport, type ImportAction, type ImportKind } from '../../graphql/mutations/import';
import { ACTIVITY_CHILDREN } from './activity/activity.mutations';
import { Activity, Participation } from './activity/activity.entity';
import {
  AddParticipationInput,
  CreateActivityInput,
  UpdateActivityInput,
  UpdateParticipationInput,
} from './activity/activity.inputs';
import { CreateAttendanceInput, UpdateAttendanceInput } from './event/attendance.inputs';
import { Attendance } from './event/event.entity';
import { SchoolMetric } from './metric/school-metric.entity';
import { CreateSchoolMetricInput, UpdateSchoolMetricInput } from './metric/school-metric.inputs';
import { Partnership } from './partnership/partnership.entity';
import { CreatePartnershipInput, UpdatePartnershipInput } from './partnership/partnership.inputs';
import { PARTNERSHIP_CHILDREN } from './partnership/partnership.mutations';

/*
 * Bulk import of the assistance subgraph's records (README, Import): each kind is the create (and
 * update) input of its single mutations, so the rows obey the same rules and rights. The same kinds
 * serve `npm run import` (src/cli/import.ts) and the importRecords mutation below.
 */

/** Most rows one importRecords call takes (the request body limit, MAX_BODY_BYTES, bounds it too). */
export const MAX_IMPORT_ROWS = 1_000;

export const ACTIVITIES = declareImport({
  name: 'activities',
  enumValue: 'ACTIVITIES',
  description: 'Activities with their participants (createActivity; with `id` and `version`: updateActivity).',
  entity: Activity,
  create: CreateActivityInput,
  children: ACTIVITY_CHILDREN,
  update: UpdateActivityInput,
});

export const PARTICIPATIONS = declareImport({
  name: 'participations',
  enumValue: 'PARTICIPATIONS',
  description: 'People taking part in activities (addParticipation; with `id` and `version`: updateParticipation).',
  entity: Participation,
  create: AddParticipationInput,
  update: UpdateParticipationInput,
});

export const METRICS = declareImport({
  name: 'metrics',
  enumValue: 'METRICS',
  description: "Schools' yearly figures (createSchoolMetric; with `id` and `version`: updateSchoolMetric).",
  entity: SchoolMetric,
  create: CreateSchoolMetricInput,
  update: UpdateSchoolMetricInput,
});

export const ATTENDANCE = declareImport({
  name: 'attendance',
  enumValue: 'ATTENDANCE',
  description: 'Who took part in events (createAttendance; with `id` and `version`: updateAttendance).',
  entity: Attendance,
  create: CreateAttendanceInput,
  update: UpdateAttendanceInput,
});

export const PARTNERSHIPS = declareImport({
  name: 'partnerships',
  enumValue: 'PARTNERSHIPS',
  description:
    'Partnerships with the schools they cover (createPartnership; with `id` and `version`: updatePartnership).',
  entity: Partnership,
  create: CreatePartnershipInput,
  children: PARTNERSHIP_CHILDREN,
  update: UpdatePartnershipInput,
});

const KINDS: ImportKind[] = [ACTIVITIES, PARTICIPATIONS, METRICS, ATTENDANCE, PARTNERSHIPS];

/** The API's names of the kinds (the command line's are lower case). */
export enum ImportKindName {
  ACTIVITIES = 'ACTIVITIES',
  PARTICIPATIONS = 'PARTICIPATIONS',
  METRICS = 'METRICS',
  ATTENDANCE = 'ATTENDANCE',
  PARTNERSHIPS = 'PARTNERSHIPS',
}
registerEnumType(ImportKindName, {
  name: 'ImportKind',
  description: 'What an import creates or changes; a row is the input of the kind’s single mutation.',
  valuesConfig: Object.fromEntries(KINDS.map((kind) => [kind.enumValue, { description: kind.description }])),
});

enum ImportActionValue {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
}
registerEnumType(ImportActionValue, {
  name: 'ImportAction',
  description: 'What an import did, or in a dry run would do, with a row.',
  valuesConfig: {
    CREATE: { description: 'The row creates a record (it has no `id`).' },
    UPDATE: { description: 'The row changes the record it names (`id`, at `version`).' },
  },
});

@ObjectType({ description: 'What an import did (or, in a dry run, would do) with one row.' })
class ImportedRecord {
  @Field(() => Int, { description: 'The row, numbered from 1 (`rows[0]` is row 1).' })
  row!: number;

  @Field(() => ImportActionValue, { description: 'Created or changed.' })
  action!: ImportAction;

  @Field(() => ID, { nullable: true, description: 'The record; null for a create in a dry run.' })
  id!: string | null;
}

@ObjectType({
  description: 'An import that passed every check: all its rows written in one transaction (or, in a dry run, none).',
})
class ImportResult {
  @Field(() => ImportKindName, { description: 'What was imported.' })
  kind!: ImportKindName;

  @Field({ description: 'True when nothing was written: the rows were only checked.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Rows created (or that would be).' })
  created!: number;

  @Field(() => Int, { description: 'Rows that changed a record (or would).' })
  updated!: number;

  @Field(() => [ImportedRecord], { description: 'Per row, in order: what it did.' })
  records!: ImportedRecord[];
}

@Resolver()
export class ImportMutations {
  @Mutation(() => ImportResult, {
    nullable: true,
    description: `Imports up to ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows of one kind, all or nothing, in one transaction: each row is the input of the kind's create mutation (with \`id\` and \`version\`: its update mutation) and obeys its rules and rights (the rights that mutation's description states). Refused: null and one error (BAD_USER_INPUT, or FORBIDDEN or CONFLICT when every problem is one) whose \`extensions.problems\` lists every problem as { row, column, message, code }; nothing is written. Audited like every write (mutation \`import:<kind>\`).`,
  })
  @Cost(WEIGHTS.mutation)
  async importRecords(
    @Arg('kind', () => ImportKindName, { description: 'What the rows are.' }) kind: ImportKindName,
    @Arg('rows', () => [GraphQLJSONObject], {
      description: `The rows: objects of the kind's input fields (at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')}).`,
    })
    rows: Record<string, unknown>[],
    @Arg('dryRun', {
      defaultValue: false,
      description: 'Check every row and report what would be done; write nothing.',
    })
    dryRun: boolean,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ImportResult> {
    if (rows.length > MAX_IMPORT_ROWS) {
      throw badField('rows', `at most ${MAX_IMPORT_ROWS} rows per call (split the import, or use npm run import)`);
    }
    const spec = KINDS.find((candidate) => candidate.enumValue === kind)!;
    try {
      const outcome = await runImport(ctx.em, {
        kind: spec,
        rows,
        schema: info.schema,
        viewer: ctx.viewer,
        actor: actorOf(ctx.viewer, `import:${spec.name}`, {
          operationName: info.operation.name?.value,
          requestId: ctx.requestId,
        }),
        dryRun,
      });
      return { ...outcome, kind };
    } finally {
      ctx.loaders.clearAll();
      ctx.em.clear();
    }
  }
}
