// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '../src/config';
import { mintToken } from '../src/server/auth/tokens';
import { PRINCIPALS, PROBES, type Fixtures, type Principal, type Probe } from './auth/matrix';
import { startTestApi, type TestApi } from './support/api';
import { post, startGateways, type Answer } from './support/gateways';

/*
 * The authorization matrix (test/auth/matrix.ts): every cell, through the gateway over HTTP with a
 * real token, against the real database, in both run modes. Production settings (errors masked) with
 * an HS256 secret of the test's own.
 */

const SECRET = 'matrix-test-secret-of-at-least-32-bytes-000';

let api: TestApi;
let settings: Settings;
let fixtures: Fixtures;
let stopGateways: (() => Promise<void>) | undefined;
const gateways: Record<'in-process' | 'distributed', string> = { 'in-process': '', distributed: '' };
const tokens = new Map<string, string | null>();

async function pickFixtures(): Promise<Fixtures> {
  const [official] = await api.sql<{ id: string; name_zh: string }>(
    `select id, name_zh from people.person where provenance = 'SOURCE_DOCUMENT' and name_zh = '王嘉毅'`,
  );
  const [principal] = await api.sql<{
    id: string;
    name_zh: string;
    school_id: string;
    county_code: string;
    university_code: string;
  }>(
    `select p.id, p.name_zh, s.id as school_id, c.code as county_code, u.code as university_code
       from people.appointment a
       join people.person p on p.id = a.person_id
       join directory.school s on s.id = a.school_id
       join directory.county c on c.id = s.county_id
       join assistance.partnership pa on pa.county_id = c.id
       join directory.university u on u.id = pa.university_id
      where a.role = 'PRINCIPAL' and p.provenance = 'SYNTHETIC' and p.gender is not null and p.birth_year is not null
        and not exists (select 1 from people.person o where o.name_zh = p.name_zh and o.provenance = 'SOURCE_DOCUMENT')
      order by p.id limit 1`,
  );
  const [otherCounty] = await api.sql<{ code: string }>(
    `select code from directory.county where code <> $1 order by code limit 1`,
    [principal!.county_code],
  );
  // A university with no partnership in the principal's county and no appointment of the principal.
  const [otherUniversity] = await api.sql<{ code: string }>(
    `select u.code from directory.university u
      where not exists (select 1 from assistance.partnership pa join directory.county c on c.id = pa.county_id
                         where pa.university_id = u.id and c.code = $1)
      order by u.code limit 1`,
    [principal!.county_code],
  );
  return {
    officialId: official!.id,
    officialNameZh: official!.name_zh,
    principalId: principal!.id,
    principalNameZh: principal!.name_zh,
    schoolId: principal!.school_id,
    countyCode: principal!.county_code,
    universityCode: principal!.university_code,
    otherCountyCode: otherCounty!.code,
    otherUniversityCode: otherUniversity!.code,
  };
}

function orgOf(principal: Principal): string | undefined {
  if (!principal.org) return undefined;
  if (principal.role === 'county') return principal.org === 'own' ? fixtures.countyCode : fixtures.otherCountyCode;
  if (principal.role === 'committee') return 'RURAL-TALENT-EXPERT-COMMITTEE';
  return principal.org === 'own' ? fixtures.universityCode : fixtures.otherUniversityCode;
}

beforeAll(async () => {
  api = await startTestApi();
  fixtures = await pickFixtures();
  const started = await startGateways(api, SECRET);
  stopGateways = started.stop;
  settings = started.settings;
  Object.assign(gateways, started.urls);
  for (const principal of PRINCIPALS) {
    tokens.set(
      principal.name,
      principal.role === 'anonymous'
        ? null
        : await mintToken(
            {
              role: principal.role,
              org: orgOf(principal),
              scopes: principal.scopes,
              subject: `matrix:${principal.name}`,
            },
            settings.auth,
          ),
    );
  }
});

afterAll(async () => {
  await stopGateways?.();
  await api?.close();
});

const valueAt = (data: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null | undefined)?.[key], data);

function check(probe: Probe, outcome: string, answer: Answer): void {
  const { data, errors = [] } = answer.body;
  const codes = errors.map((error) => error.extensions?.code);
  // Whatever the outcome: no stack trace and no internal error reaches the client.
  expect(JSON.stringify(answer.body)).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR/);
  switch (outcome) {
    case 'allowed':
      expect(errors).toEqual([]);
      expect(probe.allowed!(data!, fixtures)).toBe(true);
      break;
    case 'hidden':
      expect(errors).toEqual([]);
      expect(probe.hidden!(data!, fixtures)).toBe(true);
      break;
    case 'null': {
      expect(codes).toContain('FORBIDDEN');
      const forbidden = errors.filter((error) => error.extensions?.code === 'FORBIDDEN');
      expect(forbidden.map((error) => error.path)).toContainEqual(probe.path);
      expect(valueAt(data, probe.path!) ?? null).toBeNull();
      // The rest of the answer is there: the operation's root field is not null.
      expect(valueAt(data, probe.path!.slice(0, 1))).not.toBeNull();
      break;
    }
    case 'denied':
      expect(codes).toEqual(['FORBIDDEN']);
      expect(errors[0]!.extensions?.argumentPath).toBeTypeOf('string');
      expect(Object.values(data ?? {}).every((value) => value === null)).toBe(true);
      break;
    default:
      throw new Error(`unknown outcome ${outcome}`);
  }
}

const cells = PROBES.flatMap((probe) =>
  PRINCIPALS.map((principal) => [probe.name, principal.name, probe.outcomes[principal.name]!, probe] as const),
);

describe.each(['in-process', 'distributed'] as const)('authorization matrix (%s)', (mode) => {
  it('covers every principal in every row', () => {
    for (const probe of PROBES)
      expect(Object.keys(probe.outcomes).sort()).toEqual(PRINCIPALS.map((p) => p.name).sort());
  });

  it.each(cells)('%s × %s → %s', async (_row, principal, outcome, probe) => {
    const answer = await post(
      gateways[mode],
      { query: probe.query, variables: probe.variables(fixtures) },
      tokens.get(principal),
    );
    check(probe, outcome, answer);
  });
});

describe('one operation, a shape per role', () => {
  const query = `query ($id: ID!) { school(id: $id) { principal { person { nameZh gender birthYear } } } }`;
  const person = (answer: Answer) => valueAt(answer.body.data, ['school', 'principal', 'person']);

  it.each(['in-process', 'distributed'] as const)('%s', async (mode) => {
    const ask = (name: string) =>
      post(gateways[mode], { query, variables: { id: fixtures.schoolId } }, tokens.get(name));
    const anonymous = await ask('anonymous');
    const analyst = await ask('analyst');
    const full = await ask('ministry_admin+personal');
    expect(person(anonymous)).toEqual({ nameZh: null, gender: null, birthYear: null });
    expect(anonymous.body.errors!.map((error) => error.path!.at(-1)).sort()).toEqual(['birthYear', 'gender', 'nameZh']);
    expect(person(analyst)).toEqual({ nameZh: fixtures.principalNameZh, gender: null, birthYear: null });
    expect(analyst.body.errors!.map((error) => error.path!.at(-1)).sort()).toEqual(['birthYear', 'gender']);
    expect(full.body.errors).toBeUndefined();
    expect(person(full)).toMatchObject({ nameZh: fixtures.principalNameZh });
    expect(['FEMALE', 'MALE']).toContain((person(full) as { gender: string }).gender);
  });
});
