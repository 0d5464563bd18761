// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../src/server/auth/tokens';
import { startTestApi, type TestApi } from './support/api';
import { MODES, post, startGateways, type Gateways } from './support/gateways';
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
