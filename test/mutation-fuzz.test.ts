// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../src/server/auth/tokens';
import { startTestApi, type TestApi } from './support/api';
import { MODES, post, startGateways, type Gateways } from './support/gateways';
import { databaseState } from './support/write-fixtures';

/*
 * A fuzzer over the mutation inputs of the client-facing schema (schema/api.graphql): for every
 * mutation, random inputs built from its input type, each with at least one value made invalid for its
 * type (an empty or overlong text, an out-of-range number, a malformed id, an impossible date, an
 * unknown enum value, a missing required field, a wrong type), the rest plausible (ids of real records
 * or random ones). Sent as the ministry (who may write everything), through the gateway in both run
 * modes: no 5xx, no internal error, every request refused with a client code, and not one row of any
 * table (or of the audit trail) changed.
 */

const SECRET = 'mutation-fuzz-secret-of-at-least-32-bytes-0';
const ROUNDS = 6;
const CLIENT_CODES = ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'];

const schema = buildSchema(readFileSync(path.resolve(__dirname, '../schema/api.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/**
 * How a mutation is called with one fuzzed `$input`: by its `input` argument, or, for the import, as
 * the one row of a kind (the row is the input of that kind's create mutation, README: Import).
 */
const IMPORT_ROW_INPUTS: Record<string, string> = {
  ACTIVITIES: 'CreateActivityInput',
  PARTICIPATIONS: 'AddParticipationInput',
  METRICS: 'CreateSchoolMetricInput',
  ATTENDANCE: 'CreateAttendanceInput',
  PARTNERSHIPS: 'CreatePartnershipInput',
};

interface Call {
  /** The type whose fields the fuzzer fills and breaks. */
  inputType: GraphQLInputType;
  /** The type `$input` is declared with. */
  variableType: string;
  call: string;
}

function callsOf(mutation: GraphQLField<unknown, unknown>): Call[] {
  const input = mutation.args.find((arg) => arg.name === 'input');
  if (input)
    return [{ inputType: input.type, variableType: String(input.type), call: `${mutation.name}(input: $input)` }];
  // Mutations by id alone (deleteWebhook, redeliverWebhook) have no input to fuzz (their ids: the write matrix).
  if (mutation.name !== 'importRecords') return [];
  return Object.entries(IMPORT_ROW_INPUTS).map(([kind, row]) => ({
    inputType: schema.getType(row) as GraphQLInputType,
    variableType: 'JSONObject!',
    call: `${mutation.name}(kind: ${kind}, rows: [$input])`,
  }));
}

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}
type Random = ReturnType<typeof random>;

/** Values no field of its scalar type accepts (every text input is 1–4000 characters, every number ≥ 0). */
const INVALID: Record<string, unknown[]> = {
  ID: ['not-an-id', '', 42, '00000000-0000-0000-0000-00000000000g'],
  String: ['', '   ', 'x'.repeat(5000), 17],
  Int: [-1_000_000_000, 2 ** 31, 1.5, 'seven'],
  LocalDate: ['2024-13-45', 'yesterday', '2024-02-30'],
  Boolean: ['yes'],
};

let ids: string[] = [];

function plausible(type: GraphQLInputType, rng: Random, depth: number): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, rng, depth);
  if (isListType(type)) return Array.from({ length: rng.int(0, 3) }, () => plausible(type.ofType, rng, depth + 1));
  const named = getNamedType(type);
  if (isEnumType(named)) return rng.pick(named.getValues()).name;
  if (isInputObjectType(named)) return objectOf(Object.values(named.getFields()), rng, depth + 1);
  switch (named.name) {
    case 'ID':
      return rng.next() < 0.7
        ? rng.pick(ids)
        : '01900000-0000-7000-8000-' + String(rng.int(0, 999999)).padStart(12, '0');
    case 'Int':
      return rng.int(0, 3000);
    case 'LocalDate':
      return `20${rng.int(10, 30)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
    default:
      return `fuzz ${rng.int(0, 1e6)}`;
  }
}

function objectOf(fields: GraphQLInputField[], rng: Random, depth: number): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of fields) {
    if (!isNonNullType(field.type) && rng.next() < 0.5) continue;
    value[field.name] = plausible(field.type, rng, depth);
  }
  return value;
}

/** Breaks one value of the input: a leaf made invalid for its type, or a required field left out. */
function breakOne(input: Record<string, unknown>, fields: GraphQLInputField[], rng: Random): void {
  const field = rng.pick(fields);
  const named = getNamedType(field.type);
  if (isNonNullType(field.type) && rng.next() < 0.2) {
    delete input[field.name];
    return;
  }
  if (isInputObjectType(named)) {
    const item = objectOf(Object.values(named.getFields()), rng, 1);
    breakOne(item, Object.values(named.getFields()), rng);
    input[field.name] = isListType(isNonNullType(field.type) ? field.type.ofType : field.type) ? [item] : item;
    return;
  }
  const bad = isEnumType(named) ? ['NOT_A_VALUE', 3] : (INVALID[named.name] ?? ['?']);
  const value = rng.pick(bad);
  input[field.name] = isListType(isNonNullType(field.type) ? field.type.ofType : field.type) ? [value] : value;
}

let api: TestApi;
let gateways: Gateways;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  gateways = await startGateways(api, SECRET);
  token = await mintToken({ role: 'ministry_admin', subject: 'fuzzer' }, gateways.settings.auth);
  const rows = await api.sql<{ id: string }>(
    `(select id from assistance.program limit 2) union all (select id from assistance.partnership limit 3)
     union all (select id from assistance.activity limit 3) union all (select id from directory.school limit 3)
     union all (select id from people.person limit 3) union all (select id from assistance.committee limit 1)
     union all (select id from assistance.event limit 1) union all (select id from directory.university limit 2)
     union all (select id from directory.county limit 2) union all (select id from assistance.assistance_plan limit 2)`,
  );
  ids = rows.map((row) => row.id);
});

afterAll(async () => {
  await gateways?.stop();
  await api?.close();
});

describe.each(MODES)('fuzzing the mutation inputs (%s)', (mode) => {
  it(`${mutations.length} mutations × ${ROUNDS} random invalid inputs: no 5xx, every one refused, no row changed`, async () => {
    const rng = random(mode === 'in-process' ? 11 : 12);
    const before = await databaseState(api);
    const seen = new Map<string, number>();
    for (const { inputType, variableType, call } of mutations.flatMap(callsOf)) {
      const fields = Object.values(
        (getNamedType(inputType) as { getFields(): Record<string, GraphQLInputField> }).getFields(),
      );
      for (let round = 0; round < ROUNDS; round++) {
        const input = objectOf(fields, rng, 0);
        for (const field of fields) if (isNonNullType(field.type)) input[field.name] ??= plausible(field.type, rng, 0);
        breakOne(input, fields, rng);
        const query = `mutation Fuzz($input: ${variableType}) { ${call} { __typename } }`;
        const answer = await post(gateways.urls[mode], { query, variables: { input } }, token);
        const context = `${call} ${JSON.stringify(input).slice(0, 400)} → ${JSON.stringify(answer.body).slice(0, 400)}`;
        expect(answer.status, context).toBeLessThan(500);
        const codes = (answer.body.errors ?? []).map((error) => String(error.extensions?.code));
        expect(codes.length, context).toBeGreaterThan(0);
        for (const code of codes) {
          expect(CLIENT_CODES, context).toContain(code);
          seen.set(code, (seen.get(code) ?? 0) + 1);
        }
      }
    }
    expect(await databaseState(api)).toEqual(before);
    // The inputs reached past GraphQL's own checks into the runner's.
    expect(seen.get('BAD_USER_INPUT')).toBeGreaterThan(mutations.length);
  });
});
