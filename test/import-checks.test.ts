import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  coerceInputValue,
  getNamedType,
  isEnumType,
  type GraphQLInputObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from 'class-validator';
import type { Viewer } from '../src/graphql/auth/viewer';
import { buildSubgraphByName } from '../src/gateway/subgraphs';
import { actorOf } from '../src/graphql/mutations/audit';
import { FAILED, quickCoercion } from '../src/graphql/mutations/coercion';
import { importKinds, runImport, toInstance } from '../src/graphql/mutations/import';
import { passesRules } from '../src/graphql/mutations/validation';
import { PARTICIPATIONS } from '../src/subgraphs/assistance/import';
import { startTestApi, type TestApi } from './support/api';

/*
 * The import's fast paths (README, Import): the compiled coercion and rules decide every row as
 * graphql-js's coerceInputValue and class-validator decide it (a refused row is then worded by them),
 * and the audit rows an import's insert writes in its own statement are those writeAudit writes.
 */

let api: TestApi;
let schema: GraphQLSchema;

beforeAll(async () => {
  api = await startTestApi();
  schema = (await buildSubgraphByName('assistance')).schema;
}, 120_000);

afterAll(async () => {
  await api?.close();
});

const id = () => randomUUID();
/** Values of the fields of import rows, good and bad, by field name (anything else: the generic ones). */
const VALUES: Record<string, unknown[]> = {
  role: ['TRAINEE', 'trainee', 'NOPE', 3],
  kind: ['TEACHER_VISIT', 'VISIT'],
  format: ['ONLINE', 'IN_PERSON', 'ELSEWHERE'],
  title: ['A title', '   ', '', 'x'.repeat(256), 7],
  startDate: ['2024-05-06', '2024-02-30', 'yesterday', 20240506],
  endDate: ['2024-05-08', '2024-05-01', null],
  year: [2024, 1800, 2024.5, '2024'],
  version: [1, 0, -1, '1'],
  participants: [
    [{ personId: id(), role: 'TRAINER' }],
    [{ personId: 'not-an-id', role: 'TRAINER' }],
    [{ personId: id() }],
    { personId: id(), role: 'TRAINEE' },
    [{ personId: id(), role: 'TRAINEE', extra: 1 }],
    [],
    'text',
  ],
};
const GENERIC = [id(), 'not-an-id', '', null, 12, -5, true, { nested: 1 }, ['a']];

/** A value of the type that coercion accepts. */
function goodValue(type: GraphQLNamedType): unknown {
  if (isEnumType(type)) return type.getValues()[0]!.name;
  const byScalar: Record<string, unknown> = { Int: 5, Float: 1.5, Boolean: true, ID: id(), String: 'text' };
  return byScalar[type.name] ?? (/date/i.test(type.name) ? '2024-05-06' : 'text');
}

/** Rows for an input type: one valid-looking row, then each field changed (or left out) in turn, and an unknown one. */
function variants(type: GraphQLInputObjectType): Record<string, unknown>[] {
  const fields = Object.values(type.getFields());
  const base: Record<string, unknown> = {};
  for (const field of fields) base[field.name] = VALUES[field.name]?.[0] ?? goodValue(getNamedType(field.type));
  const rows: Record<string, unknown>[] = [base, { ...base, unknown: 1 }];
  for (const field of fields) {
    const without = { ...base };
    delete without[field.name];
    rows.push(without);
    for (const value of VALUES[field.name] ?? GENERIC) rows.push({ ...base, [field.name]: value });
  }
  return rows;
}

describe('compiled coercion and rules (readChunk)', () => {
  it('coerce each row of every import kind as coerceInputValue does, and refuse what it refuses', () => {
    let accepted = 0;
    let refused = 0;
    for (const kind of importKinds()) {
      for (const input of [kind.create, kind.update].filter((input) => input !== undefined)) {
        const type = schema.getType(input.name) as GraphQLInputObjectType;
        for (const row of variants(type)) {
          const errors: string[] = [];
          const slow = coerceInputValue(row, type, (_path, _value, error) => errors.push(error.message));
          const quick = quickCoercion(type)(row);
          if (errors.length) {
            expect(quick, `${type.name} ${JSON.stringify(row)}`).toBe(FAILED);
            refused++;
          } else {
            expect(quick, `${type.name} ${JSON.stringify(row)}`).toEqual(slow);
            accepted++;
          }
        }
      }
    }
    // Both sides were met, many times.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });

  it('pass an input exactly when class-validator finds no problem in it (nested participants too)', async () => {
    let passed = 0;
    let failed = 0;
    for (const kind of importKinds()) {
      for (const input of [kind.create, kind.update].filter((input) => input !== undefined)) {
        const type = schema.getType(input.name) as GraphQLInputObjectType;
        for (const row of variants(type)) {
          const coerced = quickCoercion(type)(row);
          if (coerced === FAILED) continue;
          // As readChunk gives it: nested inputs (participants) as instances of their classes.
          const instance = toInstance(input, coerced as Record<string, unknown>);
          const problems = await validate(instance, { forbidUnknownValues: false });
          expect(passesRules(instance), `${type.name} ${JSON.stringify(row)}`).toBe(problems.length === 0);
          if (problems.length) failed++;
          else passed++;
        }
      }
    }
    expect(passed).toBeGreaterThan(20);
    expect(failed).toBeGreaterThan(20);
  });
});

describe("the audit rows an import's insert writes (auditInserted)", () => {
  const ministry: Viewer = { role: 'ministry_admin', org: null, subject: 'test:ministry', scopes: new Set() };

  /** `count` (activity, person) pairs no participation holds yet. */
  async function freePairs(count: number): Promise<{ activityId: string; personId: string; role: string }[]> {
    return api.sql<{ activityId: string; personId: string; role: string }>(
      `select a.id as "activityId", p.id as "personId", 'TRAINEE' as role
         from (select id from assistance.activity order by id limit 50) a
        cross join (select id from people.person order by id limit 50) p
        where not exists (select 1 from assistance.participation x where x.activity_id = a.id and x.person_id = p.id)
        order by p.id, a.id limit $1`,
      [count],
    );
  }

  // 3 rows: one statement of JSON; 250 rows: COPY into the staging table. Both write the trail themselves.
  it.each([3, 250])('%i rows: one audit row per record, as writeAudit writes it, in the records’ order', async (n) => {
    const rows = await freePairs(n);
    expect(rows).toHaveLength(n);
    const requestId = `import-checks-${n}`;
    const outcome = await runImport(api.orm.em.fork(), {
      kind: PARTICIPATIONS,
      rows,
      schema,
      viewer: ministry,
      actor: actorOf(ministry, 'import:participations', { requestId, operationName: 'Checks' }),
    });
    expect(outcome.created).toBe(n);
    const trail = await api.sql<{ record_id: string; same: boolean }>(
      `select c.record_id, (c.after = to_jsonb(t) and c.before is null and c.action = 'CREATE' and c.entity = 'Participation'
              and c.subject = 'test:ministry' and c.role = 'ministry_admin' and c.org is null
              and c.operation_name = 'Checks' and c.mutation = 'import:participations') as same
         from audit.change c left join assistance.participation t on t.id = c.record_id
        where c.request_id = $1 order by c.id`,
      [requestId],
    );
    expect(trail.every((row) => row.same)).toBe(true);
    // One row per record, and the trail's order (its ids) is the records' (the order the rows came in).
    expect(trail.map((row) => row.record_id)).toEqual(outcome.records.map((record) => record.id));
  });
});
