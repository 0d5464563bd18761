// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../src/server/auth/tokens';
import { WRITE_PRINCIPALS, WRITE_PROBES, type ProbeKit } from './auth/mutation-matrix';
import { startTestApi, type TestApi } from './support/api';
import { MODES, post, startGateways, type Gateways } from './support/gateways';
import { databaseState, pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';
import { committeeCodes, orgOf, prepareWriteMatrix } from './support/write-matrix';

/*
 * The authorization matrix of writes (test/auth/mutation-matrix.ts): every mutation × every writer,
 * through the gateway over HTTP with a real token, in both run modes; each cell checks the outcome and
 * that the database is unchanged when the write is refused (and changed when it is allowed).
 */

const SECRET = 'mutation-matrix-secret-of-at-least-32-bytes';

let api: TestApi;
let gateways: Gateways;
let f: WriteFixtures;
let kit: ProbeKit;
let committees: ReturnType<typeof committeeCodes>;
const tokens = new Map<string, string | null>();

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  gateways = await startGateways(api, SECRET);
  ({ kit, committees } = await prepareWriteMatrix(api, f, String(process.pid)));
  for (const principal of WRITE_PRINCIPALS) {
    const token =
      principal.role === 'anonymous'
        ? null
        : await mintToken(
            { role: principal.role, org: orgOf(principal, f, committees), subject: `write-matrix:${principal.name}` },
            gateways.settings.auth,
          );
    tokens.set(principal.name, token);
  }
});

afterAll(async () => {
  await gateways?.stop();
  await api?.close();
});

const cells = WRITE_PROBES.flatMap((probe) =>
  WRITE_PRINCIPALS.map((principal) => [probe.field, principal.name, probe.outcomes[principal.name]!, probe] as const),
);

describe.each(MODES)('authorization matrix of writes (%s)', (mode) => {
  it('covers every writer in every row, and every mutation of the schema', async () => {
    for (const probe of WRITE_PROBES)
      expect(Object.keys(probe.outcomes).sort()).toEqual(WRITE_PRINCIPALS.map((p) => p.name).sort());
    const schema = await post(gateways.urls[mode], { query: '{ __schema { mutationType { fields { name } } } }' });
    const fields = (schema.body.data!.__schema as { mutationType: { fields: { name: string }[] } }).mutationType.fields;
    expect(WRITE_PROBES.map((probe) => probe.field).sort()).toEqual(fields.map((field) => field.name).sort());
  });

  it.each(cells)('%s × %s → %s', async (field, principal, outcome, probe) => {
    const input = await probe.input(kit);
    const call = probe.call ?? `${field}(input: $input)`;
    const selection = probe.selection ? ` { ${probe.selection} }` : '';
    const query = `mutation Probe($input: ${probe.inputType}!) { ${call}${selection} }`;
    const before = await databaseState(api);
    const answer = await post(gateways.urls[mode], { query, variables: { input } }, tokens.get(principal));
    const after = await databaseState(api);
    expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR/);
    if (outcome === 'allowed') {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data![field]).not.toBeNull();
      expect(after).not.toEqual(before);
    } else {
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(answer.body.data?.[field] ?? null).toBeNull();
      expect(after).toEqual(before);
    }
  });
});
