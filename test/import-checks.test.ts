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
import { sql } from '../src/db/sql';
import { query } from '../src/db/statements';
import { setBeforeCommitHookForTests } from '../src/graphql/mutations/runner';
import { keyChecksOnly } from '../src/graphql/mutations/writes/statements';
import { Activity, Participation } from '../src/subgraphs/assistance/activity/activity.entity';
import pg from 'pg';

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

describe("the audit rows an import's insert writes (auditInserted)", () => {
  const ministry: Viewer = { role: 'ministry_admin', org: null, subject: 'test:ministry', scopes: new Set() };

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

describe("an import's rows without PostgreSQL's per-row key checks (keyChecksOnly)", () => {
  const ministry: Viewer = { role: 'ministry_admin', org: null, subject: 'test:ministry', scopes: new Set() };
  const meta = (entity: { name: string }) => api.orm.em.getMetadata().get(entity.name);

  it('only for a table whose every insert trigger is a vetted key check, and a connection that may', async () => {
    const em = api.orm.em.fork();
    // Participations: two foreign keys (activity, person), both relations the vetting finds and locks.
    expect(await keyChecksOnly(em, meta(Participation))).toBe('origin');
    // Activities: a row trigger of their own (the school in the partnership's county) must run.
    expect(await keyChecksOnly(em, meta(Activity))).toBeUndefined();
    // A role that may not set session_replication_role: the plain insert, its checks and all.
    await api.sql(`do $$ begin create role imp_plain_role; exception when duplicate_object then null; end $$`);
    await api.sql(`grant usage on schema assistance, people to imp_plain_role`);
    const refused = await em.transactional(async (tx) => {
      await query(tx, sql`set local role imp_plain_role`);
      return keyChecksOnly(tx, meta(Participation));
    });
    expect(refused).toBeUndefined();
    await api.sql(`drop owned by imp_plain_role; drop role imp_plain_role`);
  });

  it('keeps the referenced records locked until the commit, fires the statement triggers, and is all or nothing', async () => {
    const rows = await freePairs(300);
    const person = rows[0]!.personId;
    const counted = async () =>
      (
        await api.sql<{ n: string }>(
          `select coalesce(sum(changes), 0)::text as n from freshness.table_change where relation = 'assistance.participation'`,
        )
      )[0]!.n;
    const countedBefore = await counted();
    const listener = new pg.Client({ connectionString: api.databaseUrl });
    await listener.connect();
    const notified = new Promise<string>((resolve) =>
      listener.on('notification', (message) => resolve(message.channel)),
    );
    await listener.query('listen audit_change');
    let deleting: string | undefined;
    setBeforeCommitHookForTests(async () => {
      // Another transaction deleting a person an imported row names waits for the import (lock_timeout: gives up).
      const other = new pg.Client({ connectionString: api.databaseUrl });
      await other.connect();
      try {
        await other.query(`set lock_timeout = '300ms'`);
        deleting = await other.query(`delete from people.person where id = $1`, [person]).then(
          () => 'deleted',
          (error: { code?: string }) => error.code ?? 'failed',
        );
      } finally {
        await other.end();
      }
    });
    try {
      const outcome = await runImport(api.orm.em.fork(), {
        kind: PARTICIPATIONS,
        rows,
        schema,
        viewer: ministry,
        actor: actorOf(ministry, 'import:participations', { requestId: 'import-checks-locks' }),
      });
      expect(outcome.created).toBe(300);
    } finally {
      setBeforeCommitHookForTests(undefined);
    }
    // 55P03: lock_not_available, the import's FOR KEY SHARE lock on the person.
    expect(deleting).toBe('55P03');
    expect(await notified).toBe('audit_change');
    await listener.end();
    expect(BigInt(await counted())).toBeGreaterThan(BigInt(countedBefore));
    // After the commit the person is named by the rows: the foreign key refuses the delete (23001: restrict).
    const after = await api
      .sql(`delete from people.person where id = $1`, [person])
      .catch((error: { code?: string }) => error.code);
    expect(after).toBe('23001');
  });
});
