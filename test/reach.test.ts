// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/graphql/auth/viewer';
import { WRITE_PRINCIPALS, WRITE_PROBES, type ProbeKit, type WritePrincipal } from './auth/mutation-matrix';
import { dataOf, startTestApi, type GraphQLResult, type TestApi } from './support/api';
import { databaseState, pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';
import { committeeCodes, orgOf, prepareWriteMatrix } from './support/write-matrix';

/*
 * Reach cannot be bought (README, Rights): a write by an organisation role never brings into its read
 * reach a person who was not in it. A property over the write matrix (test/auth/mutation-matrix.ts):
 * for every mutation a writer may perform, the write is sent with a person outside the writer's reach
 * as every person it links; afterwards the writer reads the guarded fields (gender, birth year) of no
 * person it could not read before, or the write was refused with FORBIDDEN or BAD_USER_INPUT. A new
 * mutation is in the matrix (its own test fails otherwise), so it is covered here; a mutation whose
 * input can name a person and that no cell made name one fails the coverage check.
 */

let api: TestApi;
let f: WriteFixtures;
let kit: ProbeKit;
let committees: ReturnType<typeof committeeCodes>;

const ORGANISATION_WRITERS = WRITE_PRINCIPALS.filter((p) => ['university', 'county', 'committee'].includes(p.role));

function viewerOf(principal: WritePrincipal): Viewer {
  return {
    role: principal.role,
    org: orgOf(principal, f, committees) ?? null,
    subject: `reach:${principal.name}`,
    scopes: new Set(['personal:read']),
  };
}

/** Of `ids`, the people whose guarded fields the viewer reads (one operation, an alias per person). */
async function readable(viewer: Viewer, ids: string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  const query = `{ ${unique.map((id, i) => `p${i}: person(id: "${id}") { id gender birthYear }`).join(' ')} }`;
  const result = await api.run<Record<string, { id: string } | null>>(query, {}, { viewer });
  const refused = new Set((result.errors ?? []).map((error) => error.path?.[0]));
  for (const error of result.errors ?? []) expect(error.extensions?.code).toBe('FORBIDDEN');
  return new Set(unique.filter((_id, i) => result.data?.[`p${i}`] && !refused.has(`p${i}`)));
}

/** A person recorded by the ministry and linked to nothing: outside every organisation's reach. */
const outsider = () =>
  kit.make('createPerson', 'CreatePersonInput', 'person', {
    nameZh: '外人',
    nameEn: `Outsider ${kit.unique()}`,
    gender: 'FEMALE',
    birthYear: 1980,
  });

/** Every `personId` in the input (at any depth) replaced by `person`; how many were. */
function linking(input: unknown, person: string): { input: unknown; linked: number } {
  let linked = 0;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        if (key === 'personId' && typeof item === 'string') {
          linked++;
          return [key, person];
        }
        return [key, walk(item)];
      }),
    );
  };
  return { input: walk(input), linked };
}

/** Every personId in a value, at any depth. */
function peopleIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(peopleIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === 'personId' && typeof item === 'string' ? [item] : peopleIn(item),
  );
}

interface Cell {
  field: string;
  inputType: string;
  call?: string;
  selection: string;
  input(k: ProbeKit): Promise<unknown>;
}

/**
 * Writes whose matrix probe names no person although their input can: the same write naming one (a
 * person attending an event, guidance naming who gave it), and the imports of the kinds that link
 * people. Run for every organisation writer.
 */
const LINKING: Cell[] = [
  {
    field: 'createAttendance',
    inputType: 'CreateAttendanceInput',
    selection: 'attendance { id }',
    input: async (k) => ({ eventId: k.f.eventId, personId: k.f.personIds[0], role: 'ATTENDEE' }),
  },
  {
    field: 'addGuidance',
    inputType: 'AddGuidanceInput',
    selection: 'guidance { id }',
    input: async (k) => ({
      problemId: await k.make('createProblem', 'CreateProblemInput', 'problem', {
        schoolId: k.f.schoolId,
        countyId: k.f.countyId,
        foundBy: 'COUNTY',
        method: 'VISIT',
        foundOn: '2024-04-01',
        task: 'SCHOOL_MANAGEMENT',
        severity: 'LOW',
        title: `Reach problem ${k.unique()}`,
        description: 'A problem to advise on.',
      }),
      givenBy: 'UNIVERSITY',
      universityId: k.f.universityId,
      personId: k.f.personIds[0],
      suggestion: 'Pair every new teacher with a mentor.',
      givenOn: '2024-04-10',
    }),
  },
  ...['PARTICIPATIONS', 'ACTIVITIES', 'ATTENDANCE'].map(
    (kind): Cell => ({
      field: 'importRecords',
      inputType: 'JSONObject',
      call: `importRecords(kind: ${kind}, rows: [$input])`,
      selection: 'created',
      input: async (k) => {
        if (kind === 'ATTENDANCE') return { eventId: k.f.eventId, personId: k.f.personIds[0], role: 'ATTENDEE' };
        const activityId = await k.make('createActivity', 'CreateActivityInput', 'activity', {
          programId: k.f.programId,
          partnershipId: k.f.partnershipId,
          kind: 'TEACHER_VISIT',
          title: `Reach ${k.unique()}`,
          startDate: '2024-05-01',
        });
        if (kind === 'PARTICIPATIONS') return { activityId, personId: k.f.personIds[0], role: 'TRAINEE' };
        return {
          programId: k.f.programId,
          partnershipId: k.f.partnershipId,
          kind: 'TEACHER_VISIT',
          title: `Reach import ${k.unique()}`,
          startDate: '2024-06-01',
          participants: [{ personId: k.f.personIds[0], role: 'TRAINEE' }],
        };
      },
    }),
  ),
];

/** Every (mutation, organisation writer) the matrix allows, and every linking write for every organisation writer. */
const CELLS = [
  ...WRITE_PROBES.flatMap((probe) =>
    ORGANISATION_WRITERS.filter((p) => probe.outcomes[p.name] === 'allowed').map((p) => ({
      cell: probe,
      principal: p,
    })),
  ),
  ...LINKING.flatMap((cell) => ORGANISATION_WRITERS.map((principal) => ({ cell, principal }))),
];

/** Mutations (or import kinds) whose cells named at least one person. */
const linkedIn = new Set<string>();

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  ({ kit, committees } = await prepareWriteMatrix(api, f, `reach-${process.pid}`));
});

afterAll(async () => {
  await api?.close();
});

/** Sends a mutation as the viewer. */
function send(cell: Cell, input: unknown, viewer: Viewer) {
  const call = cell.call ?? `${cell.field}(input: $input)`;
  const selection = cell.selection ? ` { ${cell.selection} }` : '';
  const query = `mutation Probe($input: ${cell.inputType}!) { ${call}${selection} }`;
  return api.run<Record<string, unknown>>(query, { input }, { viewer });
}

/** A refusal with a client code (and nothing else). */
function refusedWith(result: GraphQLResult<Record<string, unknown>>, codes: string[]): boolean {
  return Boolean(result.errors?.length) && result.errors!.every((e) => codes.includes(String(e.extensions?.code)));
}

describe('reach cannot be bought: a property over the write matrix', () => {
  it.each(CELLS.map(({ cell, principal }) => [cell.call ?? cell.field, principal.name, cell, principal] as const))(
    '%s × %s with a person outside its reach',
    async (name, _principal, cell, principal) => {
      const viewer = viewerOf(principal);
      const stranger = await outsider();
      const original = await cell.input(kit);
      const { input, linked } = linking(original, stranger);
      if (linked) linkedIn.add(cell.field === 'importRecords' ? name : cell.field);
      const watched = [stranger, ...peopleIn(original)];
      const before = await readable(viewer, watched);
      expect(before.has(stranger)).toBe(false);

      const result = await send(cell, input, viewer);
      expect(JSON.stringify(result)).not.toMatch(/INTERNAL_SERVER_ERROR/);
      const after = await readable(viewer, watched);
      const gained = [...after].filter((id) => !before.has(id));
      if (gained.length) {
        throw new Error(
          `${name} as ${principal.name} brought ${gained.join(', ')} into its reach: ${JSON.stringify(result)}`,
        );
      }
      if (result.errors?.length) expect(refusedWith(result, ['FORBIDDEN', 'BAD_USER_INPUT'])).toBe(true);
    },
  );

  it('covers every mutation whose input can name a person (and every import kind of people)', async () => {
    // Input types that reach a `personId` field, from the schema.
    const types = dataOf(
      await api.run<{
        __schema: {
          types: {
            name: string;
            inputFields: { name: string; type: { name: string | null; ofType: unknown } }[] | null;
          }[];
          mutationType: { fields: { name: string; args: { name: string; type: unknown }[] }[] };
        };
      }>(`{ __schema {
        types { name inputFields { name type { ...T } } }
        mutationType { fields { name args { name type { ...T } } } } }
      }
      fragment T on __Type { name ofType { name ofType { name ofType { name ofType { name } } } } }`),
    ).__schema;
    const named = (type: unknown): string | null => {
      let t = type as { name: string | null; ofType?: unknown } | null;
      while (t && !t.name) t = t.ofType as typeof t;
      return t?.name ?? null;
    };
    const byName = new Map(types.types.map((type) => [type.name, type]));
    const namesPerson = (name: string | null, seen = new Set<string>()): boolean => {
      const type = name ? byName.get(name) : undefined;
      if (!type?.inputFields || seen.has(type.name)) return false;
      seen.add(type.name);
      return type.inputFields.some((field) => field.name === 'personId' || namesPerson(named(field.type), seen));
    };
    const linkingMutations = types.mutationType.fields
      .filter((field) => field.args.some((arg) => namesPerson(named(arg.type))))
      .map((field) => field.name);
    expect(linkingMutations.length).toBeGreaterThan(5);
    const covered = new Set([...linkedIn].map((name) => name.replace(/^importRecords.*$/, 'importRecords')));
    // A writer of the matrix may perform it: its cells named a person outside the writer's reach.
    const writable = linkingMutations.filter((field) =>
      WRITE_PROBES.find((probe) => probe.field === field)
        ? ORGANISATION_WRITERS.some(
            (p) => WRITE_PROBES.find((probe) => probe.field === field)!.outcomes[p.name] === 'allowed',
          )
        : true,
    );
    expect(writable.filter((field) => !covered.has(field))).toEqual([]);
    for (const kind of ['PARTICIPATIONS', 'ACTIVITIES', 'ATTENDANCE']) {
      expect([...linkedIn]).toContain(`importRecords(kind: ${kind}, rows: [$input])`);
    }
  });
});

describe('reach cannot be bought: the reported escalations', () => {
  const county = (): Viewer => viewerOf({ name: 'county(own)', role: 'county', org: 'own' });
  const university = (): Viewer => viewerOf({ name: 'university(own)', role: 'university', org: 'own' });
  const gender = async (viewer: Viewer, id: string) => (await readable(viewer, [id])).has(id);

  it('a county appointing an outside person at its school (an appointment ended years ago) is refused', async () => {
    const v = await outsider();
    expect(await gender(county(), v)).toBe(false);
    const before = await databaseState(api);
    const result = await send(
      {
        field: 'createAppointment',
        inputType: 'CreateAppointmentInput',
        selection: 'appointment { id }',
        input: null!,
      },
      {
        personId: v,
        schoolId: f.schoolId,
        role: 'STAFF',
        title: 'x',
        startDate: '2020-01-01',
        endDate: '2020-01-02',
      },
      county(),
    );
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['FORBIDDEN', 'input.personId'],
    ]);
    expect(result.errors![0]!.message).toMatch(/outside the reach of this county/);
    expect(await databaseState(api)).toEqual(before);
    expect(await gender(county(), v)).toBe(false);
  });

  it('a university adding an outside person as a trainee of its activity is refused, and cancelling leaves nothing', async () => {
    const v = await outsider();
    const activityId = await kit.make('createActivity', 'CreateActivityInput', 'activity', {
      programId: f.programId,
      partnershipId: f.partnershipId,
      kind: 'TEACHER_VISIT',
      title: `Escalation ${kit.unique()}`,
      startDate: '2024-05-01',
    });
    expect(await gender(university(), v)).toBe(false);
    const result = await send(
      {
        field: 'addParticipation',
        inputType: 'AddParticipationInput',
        selection: 'participation { id }',
        input: null!,
      },
      { activityId, personId: v, role: 'TRAINEE' },
      university(),
    );
    expect(result.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['FORBIDDEN', 'input.personId'],
    ]);
    expect(await gender(university(), v)).toBe(false);
    const cancelled = await send(
      { field: 'cancelActivity', inputType: 'RecordVersionInput', selection: 'id', input: null! },
      { id: activityId, version: 1 },
      university(),
    );
    expect(cancelled.errors).toBeUndefined();
    expect(await gender(university(), v)).toBe(false);
  });

  it('reach follows current appointments: an ended one grants nothing, and an update cannot revive it', async () => {
    const v = await outsider();
    const ended = await kit.make('createAppointment', 'CreateAppointmentInput', 'appointment', {
      personId: v,
      schoolId: f.schoolId,
      role: 'TEACHER',
      startDate: '2015-09-01',
      endDate: '2019-07-31',
    });
    expect(await gender(county(), v)).toBe(false);
    expect(await gender(university(), v)).toBe(false);
    const revived = await send(
      {
        field: 'updateAppointment',
        inputType: 'UpdateAppointmentInput',
        selection: 'appointment { id }',
        input: null!,
      },
      { id: ended, version: 1, endDate: '2099-12-31' },
      county(),
    );
    expect(revived.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await gender(county(), v)).toBe(false);
    // The ministry's current appointment brings the person into the reach of the school's county and university.
    await kit.make('createAppointment', 'CreateAppointmentInput', 'appointment', {
      personId: v,
      schoolId: f.schoolId,
      role: 'TEACHER',
      startDate: '2024-09-01',
    });
    expect(await gender(county(), v)).toBe(true);
    expect(await gender(university(), v)).toBe(true);
  });

  it('a person the organisation records is in its reach (the write creates them), and it may appoint them', async () => {
    const created = await send(
      { field: 'createPerson', inputType: 'CreatePersonInput', selection: 'person { id }', input: null! },
      { nameZh: '新老师', nameEn: `New teacher ${kit.unique()}`, gender: 'MALE', birthYear: 1995 },
      county(),
    );
    const p = (created.data!.createPerson as { person: { id: string } }).person.id;
    expect(await gender(county(), p)).toBe(true);
    expect(await gender(university(), p)).toBe(false);
    const appointed = await send(
      {
        field: 'createAppointment',
        inputType: 'CreateAppointmentInput',
        selection: 'appointment { id }',
        input: null!,
      },
      { personId: p, schoolId: f.schoolId, role: 'TEACHER', startDate: '2025-09-01' },
      county(),
    );
    expect(appointed.errors).toBeUndefined();
    // Appointed at a school the university's partnership covers: now in its reach too (the county could read them).
    expect(await gender(university(), p)).toBe(true);
    // Another county neither reads nor links them.
    const other = viewerOf({ name: 'county(other)', role: 'county', org: 'other' });
    expect(await gender(other, p)).toBe(false);
  });

  it('costs one statement for all the people a write names (1 or 20 participants)', async () => {
    const people = await api.sql<{ id: string }>(
      `select distinct a.person_id as id from people.appointment a join directory.school s on s.id = a.school_id
        where s.county_id = $1 and a.end_date is null order by 1 limit 20`,
      [f.countyId],
    );
    expect(people).toHaveLength(20);
    const count = async (n: number) => {
      const { result, statements } = await api.measure(
        `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`,
        {
          input: {
            programId: f.programId,
            partnershipId: f.partnershipId,
            kind: 'TEACHER_VISIT',
            title: `Statements ${kit.unique()}`,
            startDate: '2024-05-01',
            participants: people.slice(0, n).map((p) => ({ personId: p.id, role: 'TRAINEE' })),
          },
        },
        { viewer: university() },
      );
      expect(result.errors).toBeUndefined();
      return { total: statements.length, reach: statements.filter((s) => /audit\.change c/.test(s)).length };
    };
    const one = await count(1);
    expect(one.reach).toBe(1);
    expect(await count(20)).toEqual(one);
  });

  it('an import applies the same rule, row by row, and writes nothing', async () => {
    const v = await outsider();
    const activityId = await kit.make('createActivity', 'CreateActivityInput', 'activity', {
      programId: f.programId,
      partnershipId: f.partnershipId,
      kind: 'TEACHER_VISIT',
      title: `Import ${kit.unique()}`,
      startDate: '2024-05-01',
    });
    const before = await databaseState(api);
    const result = await api.run(
      `mutation ($rows: [JSONObject!]!) { importRecords(kind: PARTICIPATIONS, rows: $rows) { created } }`,
      {
        rows: [
          { activityId, personId: f.personIds[0], role: 'TRAINEE' },
          { activityId, personId: v, role: 'TRAINEE' },
        ],
      },
      { viewer: university() },
    );
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const problems = result.errors![0]!.extensions!.problems as { row: number; column: string; code: string }[];
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([[2, 'personId', 'FORBIDDEN']]);
    expect(await databaseState(api)).toEqual(before);
    expect(await gender(university(), v)).toBe(false);
  });
});
