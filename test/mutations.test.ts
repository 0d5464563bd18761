// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setBeforeCommitHookForTests } from '../src/graphql/mutations/runner';
import { mintToken } from '../src/server/auth/tokens';
import { dataOf, startTestApi, type TestApi } from './support/api';
import { MODES, post, startGateways, type Answer, type Gateways } from './support/gateways';
import { databaseState, pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';
import { SCENARIO } from './support/write-scenario';

/*
 * Writes through the gateway, over HTTP with real tokens, in both run modes: what a partner system
 * does. Rights per role are the mutation matrix's (mutation-matrix.test.ts); here: that each kind of
 * write does what it says, and the guards of the mutation runner (validation, versions, idempotency,
 * transactions, the audit trail).
 */

const SECRET = 'mutations-test-secret-of-at-least-32-bytes';

let api: TestApi;
let gateways: Gateways;
let f: WriteFixtures;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  gateways = await startGateways(api, SECRET);
  const mint = (role: 'ministry_admin' | 'university' | 'county' | 'analyst', org?: string) =>
    mintToken({ role, org, subject: `writes:${role}:${org ?? ''}` }, gateways.settings.auth);
  tokens.ministry = await mint('ministry_admin');
  tokens.university = await mint('university', f.universityCode);
  tokens.county = await mint('county', f.countyCode);
  tokens.analyst = await mint('analyst');
});

afterAll(async () => {
  await gateways?.stop();
  await api?.close();
});

const CREATE_ACTIVITY = `mutation RecordVisit($input: CreateActivityInput!, $key: String) {
  createActivity(input: $input, idempotencyKey: $key) {
    replayed
    activity { id version title provenance participations { totalCount nodes { role person { id } } } }
  }
}`;

function activityInput(overrides: Record<string, unknown> = {}) {
  return {
    programId: f.programId,
    partnershipId: f.partnershipId,
    schoolId: f.schoolId,
    kind: 'TEACHER_VISIT',
    title: 'Key-discipline teachers visit',
    startDate: '2024-03-04',
    endDate: '2024-03-08',
    participants: f.personIds.slice(0, 3).map((personId) => ({ personId, role: 'TRAINER' })),
    ...overrides,
  };
}

describe.each(MODES)('writes through the gateway (%s)', (mode) => {
  it('a university records an activity with its participants; the trail says who, when and through what', async () => {
    const requestId = `writes-${mode}-1`;
    const answer = await post(
      gateways.urls[mode],
      { query: CREATE_ACTIVITY, operationName: 'RecordVisit', variables: { input: activityInput() } },
      tokens.university,
      { 'x-request-id': requestId },
    );
    expect(answer.body.errors).toBeUndefined();
    const payload = answer.body.data!.createActivity as {
      replayed: boolean;
      activity: { id: string; version: number; provenance: string; participations: { totalCount: number } };
    };
    expect(payload.replayed).toBe(false);
    // Read later in the same request: the payload sees the rows the mutation wrote.
    expect(payload.activity).toMatchObject({ version: 1, provenance: 'RECORDED', participations: { totalCount: 3 } });
    const rows = await api.sql(`select count(*)::int as n from assistance.participation where activity_id = $1`, [
      payload.activity.id,
    ]);
    expect(rows[0]!.n).toBe(3);
    const trail = await api.sql<Record<string, unknown>>(
      `select entity, action, subject, role, org, operation_name, request_id, mutation, before, after->>'title' as title
         from audit.change where request_id = $1 order by id`,
      [requestId],
    );
    expect(trail).toHaveLength(4);
    expect(trail[0]).toMatchObject({
      entity: 'Activity',
      action: 'CREATE',
      subject: `writes:university:${f.universityCode}`,
      role: 'university',
      org: f.universityCode,
      operation_name: 'RecordVisit',
      mutation: 'createActivity',
      before: null,
      title: 'Key-discipline teachers visit',
    });
    expect(trail.slice(1).map((row) => row.entity)).toEqual(['Participation', 'Participation', 'Participation']);
  });

  it('refused input changes nothing and says which field', async () => {
    const before = await databaseState(api);
    const participants = [
      { personId: f.personIds[0], role: 'TRAINER' },
      { personId: f.personIds[1], role: 'TRAINER' },
      { personId: '00000000-0000-7000-8000-000000000000', role: 'TRAINER' },
    ];
    const answer = await post(
      gateways.urls[mode],
      { query: CREATE_ACTIVITY, variables: { input: activityInput({ participants }) } },
      tokens.university,
    );
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.participants[2].personId',
    });
    expect(await databaseState(api)).toEqual(before);
  });

  it("names every problem of an input at once: the record's and its children's, references and rules", async () => {
    const before = await databaseState(api);
    const nobody = '00000000-0000-7000-8000-000000000000';
    const input = activityInput({
      startDate: '2024-03-08',
      endDate: '2024-03-04',
      schoolId: f.otherCountySchoolId,
      participants: [
        { personId: f.personIds[0], role: 'TRAINER' },
        { personId: nobody, role: 'TRAINEE' },
      ],
    });
    const answer = await post(gateways.urls[mode], { query: CREATE_ACTIVITY, variables: { input } }, tokens.university);
    expect(answer.body.errors).toHaveLength(1);
    const [error] = answer.body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endDate' });
    expect(error!.extensions!.problems).toEqual([
      { field: 'input.endDate', message: 'must not be before startDate' },
      { field: 'input.schoolId', message: "is not a school of the partnership's county" },
      { field: 'input.participants[1].personId', message: `no Person has the id ${nobody}` },
    ]);
    expect(error!.message).toBe(
      `3 problems: input.endDate: must not be before startDate; input.schoolId: is not a school of the partnership's county; ` +
        `input.participants[1].personId: no Person has the id ${nobody}`,
    );
    expect(await databaseState(api)).toEqual(before);
  });

  it('a date that is not YYYY-MM-DD says the form expected', async () => {
    const answer = await post(
      gateways.urls[mode],
      { query: CREATE_ACTIVITY, variables: { input: activityInput({ startDate: '2024-3-4' }) } },
      tokens.university,
    );
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(
      /input\.startDate.*expected a date as YYYY-MM-DD, e\.g\. 2024-03-04/,
    );
    // Written in the document: the same words, and where in the document.
    const literal = await post(
      gateways.urls[mode],
      { query: `query { partnershipProgress(asOf: "2025-1-31", first: 1) { totalCount } }` },
      tokens.university,
    );
    expect(literal.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/2025-1-31 \(expected a date as YYYY-MM-DD, e\.g\. 2024-03-04\)/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    // In process the place in the document too (a gateway drops its subgraph's locations, which are not the client's).
    if (mode === 'in-process') {
      expect((literal.body.errors?.[0] as { locations?: unknown }).locations).toEqual([{ line: 1, column: 35 }]);
    }
  });
});

describe.each(MODES)('domain rules refuse with the field at fault, changing nothing (%s)', (mode) => {
  const cases: [string, () => Record<string, unknown>, string][] = [
    ['dates out of order', () => activityInput({ endDate: '2024-03-01' }), 'input.endDate'],
    [
      "a school outside the partnership's county",
      () => activityInput({ schoolId: f.otherCountySchoolId }),
      'input.schoolId',
    ],
    [
      "a university other than the partnership's",
      () => activityInput({ universityId: f.otherUniversityId }),
      'input.universityId',
    ],
    [
      'a participant that is not a person',
      () => activityInput({ participants: [{ personId: f.schoolId, role: 'TRAINEE' }] }),
      'input.participants[0].personId',
    ],
    [
      'a person named twice',
      () =>
        activityInput({
          participants: [
            { personId: f.personIds[0], role: 'TRAINEE' },
            { personId: f.personIds[0], role: 'TRAINER' },
          ],
        }),
      'input.participants',
    ],
    ['a blank title', () => activityInput({ title: '   ' }), 'input.title'],
    ['a negative reach', () => activityInput({ reach: -1 }), 'input.reach'],
  ];

  it.each(cases)('%s', async (_name, input, field) => {
    const before = await databaseState(api);
    const answer = await post(
      gateways.urls[mode],
      { query: CREATE_ACTIVITY, variables: { input: input() } },
      tokens.university,
    );
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await databaseState(api)).toEqual(before);
  });

  it("a university may not name a committee (the ministry's) on its activity", async () => {
    const [committee] = await api.sql<{ id: string }>('select id from assistance.committee limit 1');
    const before = await databaseState(api);
    const answer = await post(
      gateways.urls[mode],
      { query: CREATE_ACTIVITY, variables: { input: activityInput({ committeeId: committee!.id }) } },
      tokens.university,
    );
    expect(codes(answer)).toEqual(['FORBIDDEN']);
    expect(await databaseState(api)).toEqual(before);
  });
});

describe.each(MODES)('a write of every kind (%s)', (mode) => {
  const ids: Record<string, string> = {};

  it.each(SCENARIO.map((step) => [step.field, step.as, step] as const))('%s as %s', async (field, as, step) => {
    const answer = await post(
      gateways.urls[mode],
      { query: step.query, variables: step.variables(f, ids, mode) },
      tokens[as],
      { 'x-request-id': `every-kind-${mode}-${field}` },
    );
    expect(answer.body.errors).toBeUndefined();
    const result = answer.body.data![field] as Record<string, { id: string } | string>;
    const id =
      typeof result.id === 'string'
        ? result.id
        : (Object.values(result).find((v) => typeof v === 'object') as { id: string }).id;
    if (step.saves) ids[step.saves] = id;
    // Every write leaves its trail, in its transaction, under the request's id.
    const trail = await api.sql<{ mutation: string; action: string }>(
      `select mutation, action from audit.change where record_id = $1 and request_id = $2`,
      [id, `every-kind-${mode}-${field}`],
    );
    expect(trail.map((row) => row.mutation)).toContain(field);
  });

  it('the ministry reads a record’s history; others are refused', async () => {
    const query = `query ($id: ID!) { history(id: $id) { totalCount nodes { action mutation role org before after } } }`;
    const answer = await post(gateways.urls[mode], { query, variables: { id: ids.activity } }, tokens.ministry);
    expect(answer.body.errors).toBeUndefined();
    const history = answer.body.data!.history as { totalCount: number; nodes: Record<string, unknown>[] };
    expect(history.nodes.map((node) => node.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(history.nodes[1]).toMatchObject({ mutation: 'updateActivity', role: 'university', org: f.universityCode });
    expect((history.nodes[1]!.before as { end_date: unknown }).end_date).toBeNull();
    expect((history.nodes[1]!.after as { end_date: unknown }).end_date).toBe('2024-04-03');
    expect(history.nodes[2]!.after).toBeNull();
    for (const who of ['university', 'county', 'analyst']) {
      const refused = await post(gateways.urls[mode], { query, variables: { id: ids.activity } }, tokens[who]);
      expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }
  });
});

const UPDATE_ACTIVITY = `mutation Change($input: UpdateActivityInput!) {
  updateActivity(input: $input) { activity { id version title } }
}`;

/** A fresh activity of the fixtures' partnership, made as the ministry through the in-process API. */
async function freshActivity(): Promise<string> {
  const result = await api.run<{ createActivity: { activity: { id: string } } }>(CREATE_ACTIVITY, {
    input: activityInput({ participants: [] }),
  });
  return dataOf(result).createActivity.activity.id;
}

const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code);

describe.each(MODES)('the guards of every write (%s)', (mode) => {
  const send = (query: string, variables: Record<string, unknown>, token = tokens.ministry) =>
    post(gateways.urls[mode], { query, variables }, token);

  it('two concurrent updates with the same version: exactly one wins, the other is a CONFLICT with the current version', async () => {
    const id = await freshActivity();
    const [a, b] = await Promise.all(
      ['A', 'B'].map((title) => send(UPDATE_ACTIVITY, { input: { id, version: 1, title } })),
    );
    const outcomes = [a!, b!].map((answer) => (answer.body.errors ? 'conflict' : 'won'));
    expect(outcomes.sort()).toEqual(['conflict', 'won']);
    const loser = [a!, b!].find((answer) => answer.body.errors)!;
    expect(loser.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const winner = [a!, b!].find((answer) => !answer.body.errors)!;
    const [row] = await api.sql<{ title: string; version: number }>(
      'select title, version from assistance.activity where id = $1',
      [id],
    );
    expect(row).toEqual({
      title: (winner.body.data!.updateActivity as { activity: { title: string } }).activity.title,
      version: 2,
    });
  });

  it('a stale version changes nothing', async () => {
    const id = await freshActivity();
    expect(codes(await send(UPDATE_ACTIVITY, { input: { id, version: 1, title: 'first' } }))).toBeUndefined();
    const before = await databaseState(api);
    const stale = await send(UPDATE_ACTIVITY, { input: { id, version: 1, title: 'second' } });
    expect(stale.body.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await databaseState(api)).toEqual(before);
  });

  it('50 concurrent creates with one idempotency key make one record; all get it', async () => {
    const key = `fifty-${mode}`;
    const input = activityInput({ title: `Fifty ${mode}` });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => send(CREATE_ACTIVITY, { input, key }, tokens.university)),
    );
    expect(answers.flatMap((answer) => answer.body.errors ?? [])).toEqual([]);
    const payloads = answers.map(
      (answer) => answer.body.data!.createActivity as { replayed: boolean; activity: { id: string } },
    );
    expect(new Set(payloads.map((payload) => payload.activity.id)).size).toBe(1);
    expect(payloads.filter((payload) => !payload.replayed)).toHaveLength(1);
    const rows = await api.sql<{ n: number }>(`select count(*)::int as n from assistance.activity where title = $1`, [
      `Fifty ${mode}`,
    ]);
    expect(rows[0]!.n).toBe(1);
    const participations = await api.sql<{ n: number }>(
      `select count(*)::int as n from assistance.participation where activity_id = $1`,
      [payloads[0]!.activity.id],
    );
    expect(participations[0]!.n).toBe(3);
  });

  it('the same key with other input is IDEMPOTENCY_KEY_REUSED and changes nothing', async () => {
    const key = `reused-${mode}`;
    expect(codes(await send(CREATE_ACTIVITY, { input: activityInput(), key }))).toBeUndefined();
    const before = await databaseState(api);
    const reused = await send(CREATE_ACTIVITY, { input: activityInput({ title: 'Something else' }), key });
    expect(reused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      field: 'idempotencyKey',
    });
    expect(await databaseState(api)).toEqual(before);
  });

  it('a failure injected mid-transaction leaves no partial rows, and the client sees a masked error', async () => {
    const before = await databaseState(api);
    setBeforeCommitHookForTests(async (writes) => {
      // The activity and its participations are written (inside the transaction) when this runs.
      expect(writes.changes.length).toBe(4);
      throw new Error('injected failure after the writes');
    });
    try {
      const answer = await send(CREATE_ACTIVITY, { input: activityInput({ title: 'Never' }) }, tokens.university);
      expect(codes(answer)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(JSON.stringify(answer.body)).not.toMatch(/injected|stacktrace/);
    } finally {
      setBeforeCommitHookForTests(undefined);
    }
    expect(await databaseState(api)).toEqual(before);
  });

  it('reads later in the same request see the write (the loaders are emptied)', async () => {
    const id = await freshActivity();
    const query = `mutation Twice($first: UpdateActivityInput!, $second: UpdateActivityInput!) {
      first: updateActivity(input: $first) { activity { title version } }
      second: updateActivity(input: $second) { activity { title version } }
    }`;
    const answer = await send(query, {
      first: { id, version: 1, title: 'First title' },
      second: { id, version: 2, title: 'Second title' },
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data).toEqual({
      first: { activity: { title: 'First title', version: 2 } },
      second: { activity: { title: 'Second title', version: 3 } },
    });
  });

  it('mutations are priced, and their root fields counted, before anything runs', async () => {
    const id = await freshActivity();
    const answer = await send(UPDATE_ACTIVITY, { input: { id, version: 1, reach: 3 } });
    expect(answer.body.extensions?.cost).toMatchObject({ estimated: 10 + 1 + 1 });
    const many = `mutation { ${Array.from({ length: 21 }, (_, i) => `m${i}: cancelActivity(input: { id: "${id}", version: 2 }) { id }`).join(' ')} }`;
    const before = await databaseState(api);
    const refused = await send(many, {});
    expect(codes(refused)).toEqual(['ROOT_FIELD_LIMIT_EXCEEDED']);
    expect(await databaseState(api)).toEqual(before);
  });
});

describe('what the database holds by itself (constraints behind the code)', () => {
  const refused = async (sql: string, values: unknown[] = []) => {
    await expect(api.sql(sql, values)).rejects.toThrow();
  };

  it('the audit trail is append-only', async () => {
    const [change] = await api.sql<{ id: string }>('select id from audit.change limit 1');
    expect(change).toBeDefined();
    await refused(`update audit.change set role = 'ministry_admin' where id = $1`, [change!.id]);
    await refused(`delete from audit.change where id = $1`, [change!.id]);
    await refused(`truncate audit.change`);
  });

  it('one current principal per school; a school in its partnership’s county; dates and figures in order', async () => {
    const [school] = await api.sql<{ id: string; person_id: string }>(
      `select school_id as id, person_id from people.appointment where role = 'PRINCIPAL' and end_date is null limit 1`,
    );
    await refused(
      `insert into people.appointment (id, person_id, organization_kind, school_id, role) values (gen_random_uuid(), $1, 'SCHOOL', $2, 'PRINCIPAL')`,
      [school!.person_id, school!.id],
    );
    await refused(
      `insert into assistance.partnership_school (id, partnership_id, school_id) values (gen_random_uuid(), $1, $2)`,
      [f.partnershipId, f.otherCountySchoolId],
    );
    await refused(
      `update assistance.school_metric set year = 1999 where id = (select id from assistance.school_metric limit 1)`,
    );
    await refused(
      `update assistance.school_metric set senior_title_teachers = teachers + 1 where id = (select id from assistance.school_metric limit 1)`,
    );
    await refused(
      `update assistance.assistance_plan set end_year = start_year - 1 where id = (select id from assistance.assistance_plan limit 1)`,
    );
  });
});

describe('statements per write', () => {
  it('createActivity sends the same number of statements for 1 and for 50 participants', async () => {
    const people = await api.sql<{ id: string }>('select id from people.person order by id limit 50');
    const count = async (n: number) => {
      const participants = people.slice(0, n).map((person) => ({ personId: person.id, role: 'TRAINEE' }));
      const { result, statements } = await api.measure(CREATE_ACTIVITY, {
        input: activityInput({ title: `Count ${n}`, participants }),
      });
      expect(result.errors).toBeUndefined();
      return statements.length;
    };
    const one = await count(1);
    const fifty = await count(50);
    expect(fifty).toBe(one);
    // begin, references, rights, rule, insert, references, rights, insert, 2 audit, commit: 11 at most,
    // and the payload's reads (activity, participations page, their count).
    expect(one).toBeLessThanOrEqual(16);
  });
});

describe.each(MODES)('the example write documents of schema/operations/writes (%s)', (mode) => {
  /** The trusted document of an operation, by name, from the manifest codegen writes. */
  const trusted = (name: string) => {
    const manifest = JSON.parse(
      readFileSync(path.resolve(__dirname, '../schema/trusted-documents/persisted-documents.json'), 'utf8'),
    ) as Record<string, string>;
    const found = Object.entries(manifest).find(([, text]) => new RegExp(`^(mutation|query) ${name}\\b`).test(text));
    if (!found) throw new Error(`no trusted document ${name}`);
    return found[0];
  };
  const run = async (name: string, variables: Record<string, unknown>, token: string) => {
    const answer = await post(
      gateways.urls[mode],
      { documentId: trusted(name), operationName: name, variables },
      token,
    );
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data!;
  };

  it('a partner records, changes and cancels an activity; a county its figures; the ministry a partnership, a principal, and reads the history', async () => {
    const recorded = await run(
      'RecordActivity',
      { input: activityInput({ title: `Example ${mode}` }), idempotencyKey: `example-${mode}` },
      tokens.university,
    );
    const activity = (recorded.createActivity as { activity: { id: string; version: number } }).activity;
    await run('ChangeActivity', { input: { id: activity.id, version: 1, reach: 300 } }, tokens.university);
    await run('CancelActivity', { input: { id: activity.id, version: 2 } }, tokens.university);
    const history = await run('RecordHistory', { id: activity.id }, tokens.ministry);
    expect((history.history as { totalCount: number }).totalCount).toBe(3);

    await run(
      'RecordSchoolMetric',
      {
        input: {
          schoolId: f.schoolId,
          year: mode === 'in-process' ? 2090 : 2091,
          enrolledStudents: 1500,
          teachers: 90,
          seniorTitleTeachers: 30,
          graduates: 480,
          undergraduateAdmissions: 300,
          trainingHours: 1000,
        },
      },
      tokens.county,
    );
    const program = dataOf(
      await api.run<{ createProgram: { program: { id: string } } }>(
        `mutation ($input: CreateProgramInput!) { createProgram(input: $input) { program { id } } }`,
        {
          input: {
            code: `EXAMPLE-${mode}`,
            nameZh: '示例',
            nameEn: 'Example',
            kind: 'TRAINING_PROGRAMME',
            description: 'x',
          },
        },
      ),
    ).createProgram.program.id;
    const partnership = await run(
      'CreatePartnership',
      {
        input: {
          programId: program,
          universityId: f.universityId,
          countyId: f.countyId,
          schools: [{ schoolId: f.schoolId }],
        },
      },
      tokens.ministry,
    );
    expect(partnership.createPartnership).toMatchObject({ partnership: { schools: { totalCount: 1 } } });
    const person = dataOf(
      await api.run<{ createPerson: { person: { id: string } } }>(
        `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } } }`,
        { input: { nameZh: '赵', nameEn: 'Zhao' } },
      ),
    ).createPerson.person.id;
    const appointed = await run(
      'AppointPrincipal',
      {
        input: {
          schoolId: f.schoolId,
          personId: person,
          startDate: mode === 'in-process' ? '2040-01-01' : '2040-02-01',
        },
      },
      tokens.ministry,
    );
    expect(appointed.appointPrincipal).toMatchObject({ appointment: { role: 'PRINCIPAL', person: { nameZh: '赵' } } });
    const principals = await api.sql<{ n: number }>(
      `select count(*)::int as n from people.appointment where school_id = $1 and role = 'PRINCIPAL' and end_date is null`,
      [f.schoolId],
    );
    expect(principals[0]!.n).toBe(1);
  });
});
