// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { GraphQLSchema } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../src/cli/import';
import { buildSubgraphByName } from '../src/gateway/subgraphs';
import type { Viewer } from '../src/graphql/auth/viewer';
import { actorOf } from '../src/graphql/mutations/audit';
import { ImportRefused, runImport, type ImportProblem, type ImportRow } from '../src/graphql/mutations/import';
import { setBeforeCommitHookForTests } from '../src/graphql/mutations/runner';
import { mintToken } from '../src/server/auth/tokens';
import { ACTIVITIES, MAX_IMPORT_ROWS, METRICS, PARTICIPATIONS } from '../src/subgraphs/assistance/import';
import { dataOf, startTestApi, type TestApi } from './support/api';
import { MODES, post, startGateways, type Gateways } from './support/gateways';
import { databaseState, pickWriteFixtures, type WriteFixtures } from './support/write-fixtures';

/*
 * Bulk import (issue 11, item 6): the command (spawned, and its main function) and the importRecords
 * mutation through the gateway in both run modes, on a real PostgreSQL. Every guard has its test: all
 * or nothing with every bad row reported, the dry run, rights per row, versions, the audit trail, the
 * row limit, and a failure in the middle of the writes.
 */

const ROOT = path.resolve(__dirname, '..');
const SECRET = 'import-test-secret-of-at-least-32-bytes-0000';

let api: TestApi;
let gateways: Gateways;
let f: WriteFixtures;
let schema: GraphQLSchema;
let dir: string;
/** Schools of the fixture county, and an activity of another university's partnership. */
let countySchools: string[];
let foreignActivityId: string;
let ownActivityIds: string[];
const tokens: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi();
  f = await pickWriteFixtures(api);
  gateways = await startGateways(api, SECRET);
  schema = (await buildSubgraphByName('assistance')).schema;
  dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-import-'));
  const mint = (role: 'ministry_admin' | 'university' | 'county', org?: string) =>
    mintToken({ role, org, subject: `import:${role}:${org ?? ''}` }, gateways.settings.auth);
  tokens.ministry = await mint('ministry_admin');
  tokens.university = await mint('university', f.universityCode);
  tokens.county = await mint('county', f.countyCode);
  countySchools = (
    await api.sql<{ id: string }>(`select id from directory.school where county_id = $1 order by id`, [f.countyId])
  ).map((row) => row.id);
  const [foreign] = await api.sql<{ id: string }>(
    `select a.id from assistance.activity a join assistance.partnership p on p.id = a.partnership_id
      where p.university_id <> $1 order by a.id limit 1`,
    [f.universityId],
  );
  foreignActivityId = foreign!.id;
  ownActivityIds = (
    await api.sql<{ id: string }>(
      `select a.id from assistance.activity a join assistance.partnership p on p.id = a.partnership_id
        where p.university_id = $1 order by a.id limit 20`,
      [f.universityId],
    )
  ).map((row) => row.id);
});

/**
 * People the university recorded itself (createPerson with its token), so in its reach: an import may
 * name only people in the writer's reach (README, Rights). Made once, through the API, 20 to an operation.
 */
let recorded: { id: string }[] | undefined;
async function peopleInReach(count: number): Promise<{ id: string }[]> {
  const viewer: Viewer = { role: 'university', org: f.universityCode, subject: 'test:university', scopes: new Set() };
  recorded ??= [];
  while (recorded.length < count) {
    const aliases = Array.from(
      { length: Math.min(20, count - recorded.length) },
      (_, i) =>
        `p${i}: createPerson(input: { nameZh: "导入", nameEn: "Imported ${recorded!.length + i}" }) { person { id } }`,
    );
    const data = dataOf(
      await api.run<Record<string, { person: { id: string } }>>(`mutation { ${aliases.join(' ')} }`, {}, { viewer }),
    );
    recorded.push(...Object.values(data).map((payload) => payload.person));
  }
  return recorded.slice(0, count);
}

afterEach(() => setBeforeCommitHookForTests(undefined));

afterAll(async () => {
  await gateways?.stop();
  await api?.close();
});

const UNIVERSITY = () => `university:${f.universityCode}`;
const COUNTY = () => `county:${f.countyCode}`;

/** Metric rows for the county's schools from `year` on: one per school and year. */
function metricRows(count: number, year = 2040): ImportRow[] {
  return Array.from({ length: count }, (_, i) => ({
    schoolId: countySchools[i % countySchools.length],
    year: year + Math.floor(i / countySchools.length),
    enrolledStudents: 1200 + i,
    teachers: 90,
    seniorTitleTeachers: 20,
    graduates: 400,
    undergraduateAdmissions: 250,
    trainingHours: 300,
  }));
}

/** The same rows as CSV text with a header row. */
function csvOf(rows: ImportRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\n');
}

async function file(name: string, content: string): Promise<string> {
  const at = path.join(dir, name);
  await writeFile(at, content);
  return at;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run import -- …` as a user runs it (from source, as the other CLI tests do). */
function spawnImport(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/cli/import.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: api.databaseUrl, AUTH_JWT_SECRET: SECRET, NODE_ENV: 'production' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The command's main function, in this process (`env` added to the environment, `stdin` what it reads). */
async function runCommand(args: string[], env: NodeJS.ProcessEnv = {}, stdin?: string): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough() as unknown as NodeJS.WriteStream;
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  (stderr as unknown as PassThrough).on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await importCommand(args, {
    env: {
      ...process.env,
      IMPORT_TOKEN: '',
      DATABASE_URL: api.databaseUrl,
      AUTH_JWT_SECRET: SECRET,
      NODE_ENV: 'production',
      ...env,
    },
    cwd: dir,
    stdout,
    stderr,
    stdin: stdin === undefined ? undefined : Readable.from([stdin]),
  });
  return { code, stdout: out, stderr: err };
}

/** Metric rows as a JSON file, imported by the county through the command's main function. */
async function importMetrics(name: string, rows: ImportRow[]): Promise<Run> {
  return runCommand([await file(name, JSON.stringify(rows)), '--kind', 'metrics', '--as', COUNTY()]);
}

const count = async (table: string, where = 'true', values: unknown[] = []) =>
  (await api.sql<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`, values))[0]!.n;

describe('npm run import (the command)', () => {
  it('imports a CSV of activities with their participants as a university, audited as import:activities', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      programId: f.programId,
      partnershipId: f.partnershipId,
      schoolId: f.schoolId,
      kind: 'TEACHER_VISIT',
      title: `Imported visit ${i + 1}, "maths"`,
      startDate: '2024-05-06',
      endDate: i % 2 ? '2024-05-08' : '',
      reach: 40 + i,
      participants: `${f.personIds[0]}:TRAINER;${f.personIds[1]}:TRAINEE`,
    }));
    const csv = await file('activities.csv', csvOf(rows));
    const before = await count('assistance.activity');
    const run = await spawnImport([csv, '--kind', 'activities', '--as', UNIVERSITY()]);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/imported 12 activities rows: 12 created, 0 changed in .* rows\/s/);
    // What it created: each row's new id, in row order.
    const printed = [...run.stdout.matchAll(/^row (\d+): created ([0-9a-f-]{36})$/gm)];
    expect(printed.map((match) => Number(match[1]))).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // Not a terminal: plain progress lines on stderr.
    expect(run.stderr).toMatch(/writing: 12\/12 rows/);
    expect(await count('assistance.activity')).toBe(before + 12);
    const imported = await api.sql<{ id: string; end_date: string | null; n: number }>(
      `select a.id, a.end_date::text, (select count(*)::int from assistance.participation p where p.activity_id = a.id) as n
         from assistance.activity a where a.title like 'Imported visit %' order by a.title`,
    );
    expect(imported).toHaveLength(12);
    expect(imported.every((row) => row.n === 2)).toBe(true);
    expect(printed.map((match) => match[2]).sort()).toEqual(imported.map((row) => row.id).sort());
    const requestId = /audit trail under request (\S+)/.exec(run.stdout)![1];
    const trail = await api.sql<{ entity: string; n: number; mutation: string; role: string; org: string }>(
      `select entity, count(*)::int as n, min(mutation) as mutation, min(role) as role, min(org) as org
         from audit.change where request_id = $1 group by entity order by entity`,
      [requestId],
    );
    expect(trail).toEqual([
      { entity: 'Activity', n: 12, mutation: 'import:activities', role: 'university', org: f.universityCode },
      { entity: 'Participation', n: 24, mutation: 'import:activities', role: 'university', org: f.universityCode },
    ]);
  });

  it('imports a JSON file of metrics as a county with a verified token, then updates them by id and version', async () => {
    const json = await file('metrics.json', JSON.stringify(metricRows(20, 2040)));
    // The token in the environment (never an argument: npm would print it).
    const created = await runCommand([json, '--kind', 'metrics'], { IMPORT_TOKEN: tokens.county! });
    expect(created.stderr).not.toMatch(/problem/);
    expect(created.code).toBe(0);
    const stored = await api.sql<{ id: string; version: number; year: number }>(
      `select id, version, year from assistance.school_metric where year between 2040 and 2059 order by year, school_id`,
    );
    expect(stored).toHaveLength(20);
    const [trail] = await api.sql<{ subject: string; n: number }>(
      `select min(subject) as subject, count(*)::int as n from audit.change
        where mutation = 'import:metrics' and record_id = any($1::uuid[])`,
      [stored.map((row) => row.id)],
    );
    expect(trail).toEqual({ subject: `import:county:${f.countyCode}`, n: 20 });

    // Updates: id + version; one stale version is a CONFLICT of that row, and nothing is changed.
    const updates = stored.map((row, i) => ({ id: row.id, version: i === 3 ? 7 : row.version, graduates: 500 }));
    const stale = await importMetrics('stale.json', updates);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`row 4, column version: SchoolMetric ${stored[3]!.id} is at version 1, not 7`);
    expect(await count('assistance.school_metric', 'year between 2040 and 2059 and graduates = 500')).toBe(0);

    updates[3]!.version = 1;
    const fresh = await importMetrics('fresh.json', updates);
    expect(fresh.code).toBe(0);
    expect(fresh.stdout).toMatch(/0 created, 20 changed/);
    expect(
      await count('assistance.school_metric', 'year between 2040 and 2059 and graduates = 500 and version = 2'),
    ).toBe(20);
  });

  it('refuses a file with bad rows among many: exit code 1, every bad row with its column, nothing changed', async () => {
    const rows = metricRows(60, 2060) as Record<string, unknown>[];
    rows[4]!.year = 'soon';
    rows[17]!.schoolId = '00000000-0000-7000-8000-000000000000';
    rows[30]!.seniorTitleTeachers = 95; // more than the teachers
    rows[41]!.year = rows[40]!.year; // the same school and year twice
    rows[41]!.schoolId = rows[40]!.schoolId;
    rows[52]!.schoolId = f.otherCountySchoolId; // another county's school
    rows[58]!.teachers = '';
    // A school and year the table already holds.
    const [held] = await api.sql<{ school_id: string; year: number }>(
      `select school_id, year from assistance.school_metric where school_id = any($1::uuid[]) order by id limit 1`,
      [countySchools],
    );
    rows[59] = { ...rows[59], schoolId: held!.school_id, year: held!.year };
    const csv = await file('bad-metrics.csv', csvOf(rows));
    const before = await databaseState(api);
    const run = await spawnImport([csv, '--kind', 'metrics', '--as', COUNTY()]);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((line) => line.startsWith('row '));
    expect(lines.map((line) => /^row (\d+), column (\S+):/.exec(line)?.slice(1))).toEqual([
      ['5', 'year'],
      ['18', 'schoolId'],
      ['31', 'seniorTitleTeachers'],
      ['42', 'schoolId'],
      ['53', 'schoolId'],
      ['59', 'teachers'],
      ['60', 'schoolId'],
    ]);
    expect(lines[6]).toContain('a record with these values already exists [CONFLICT]');
    expect(lines[1]).toContain('no School has the id 00000000-0000-7000-8000-000000000000 [BAD_USER_INPUT]');
    expect(lines[3]).toContain('[CONFLICT]');
    expect(lines[4]).toContain('[FORBIDDEN]');
    expect(run.stderr).toMatch(/nothing was written/);
    expect(await databaseState(api)).toEqual(before);
  });

  it('the ministry imports a new partnership with the schools it covers; a university may not', async () => {
    // A county of the programme that this university does not assist yet, and two of its schools.
    const [target] = await api.sql<{ county_id: string; schools: string[] }>(
      `select c.id as county_id, array(select s.id::text from directory.school s where s.county_id = c.id
                                        order by s.id limit 2) as schools
         from directory.county c
        where exists (select 1 from directory.school s where s.county_id = c.id)
          and not exists (select 1 from assistance.partnership p
                           where p.county_id = c.id and p.program_id = $1 and p.university_id = $2)
        order by c.id limit 1`,
      [f.programId, f.universityId],
    );
    const row = {
      programId: f.programId,
      universityId: f.universityId,
      countyId: target!.county_id,
      startsOn: '2026-09-01',
      schools: target!.schools.map((schoolId) => ({ schoolId })),
    };
    const json = await file('partnerships.json', JSON.stringify([row]));
    const ofTarget = 'county_id = $1 and program_id = $2 and university_id = $3';
    const keys = [target!.county_id, f.programId, f.universityId];

    const refused = await runCommand([json, '--kind', 'partnerships', '--as', UNIVERSITY()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/FORBIDDEN/);
    expect(await count('assistance.partnership', ofTarget, keys)).toBe(0);

    const done = await runCommand([json, '--kind', 'partnerships', '--as', 'ministry_admin']);
    expect(done.stderr).not.toMatch(/problem/);
    expect(done.code).toBe(0);
    const [created] = await api.sql<{ id: string }>(`select id from assistance.partnership where ${ofTarget}`, keys);
    expect(await count('assistance.partnership_school', 'partnership_id = $1', [created!.id])).toBe(2);
    expect(await count('audit.change', `mutation = 'import:partnerships' and record_id = $1`, [created!.id])).toBe(1);
  });

  it('a dry run reports what each row would do and writes nothing', async () => {
    const [existing] = await api.sql<{ id: string; version: number }>(
      `select id, version from assistance.school_metric where school_id = any($1::uuid[]) order by id limit 1`,
      [countySchools],
    );
    const rows = [...metricRows(3, 2080), { id: existing!.id, version: existing!.version, trainingHours: 12 }];
    const json = await file('dry.json', JSON.stringify(rows));
    const before = await databaseState(api);
    const run = await runCommand([json, '--kind', 'metrics', '--as', COUNTY(), '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('row '))).toEqual([
      'row 1: create',
      'row 2: create',
      'row 3: create',
      `row 4: update ${existing!.id}`,
    ]);
    expect(run.stdout).toMatch(/dry run: 3 to create, 1 to change, every row passed; nothing was written/);
    expect(await databaseState(api)).toEqual(before);
  });

  it('says what is wrong with the command line (exit code 2)', async () => {
    const json = await file('one.json', JSON.stringify(metricRows(1, 2099)));
    const noIdentity = await spawnImport([json, '--kind', 'metrics']);
    expect(noIdentity.code).toBe(2);
    expect(noIdentity.stderr).toMatch(
      /who imports\? --as <identity>, --token-file <file\|->, or a token in IMPORT_TOKEN/,
    );
    expect(noIdentity.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const help = await spawnImport(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run -s import -- /);
    // A token among the arguments is refused, and the message does not repeat it.
    const tokenArgument = await spawnImport([json, '--kind', 'metrics', '--as', tokens.county!]);
    expect(tokenArgument.code).toBe(2);
    expect(tokenArgument.stderr).toMatch(/--as takes a local identity, not a token: .* Put it in IMPORT_TOKEN/);
    expect(tokenArgument.stderr + tokenArgument.stdout).not.toContain(tokens.county!);
    const badToken = await runCommand([json, '--kind', 'metrics'], { IMPORT_TOKEN: 'a.b.c' }).catch(
      (error: Error) => error,
    );
    expect(String(badToken)).toMatch(
      /IMPORT_TOKEN: the token was refused .*\(development tokens: with NODE_ENV=development\)/,
    );
    // A token from stdin (--token-file -), dry run: verified as the county.
    const fromStdin = await runCommand(
      [json, '--kind', 'metrics', '--token-file', '-', '--dry-run'],
      {},
      tokens.county,
    );
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stderr).toMatch(/as county /);
    const notRows = await runCommand([await file('object.json', '{}'), '--kind', 'metrics', '--as', COUNTY()]).catch(
      (error: Error) => error,
    );
    expect(String(notRows)).toMatch(/an array of objects/);
  });
});

describe('rights, all or nothing, failures (the import itself)', () => {
  const as = (viewer: Viewer) => ({
    viewer,
    actor: actorOf(viewer, `import:participations`, { requestId: 'import-test' }),
    schema,
  });
  const university = (): Viewer => ({
    role: 'university',
    org: f.universityCode,
    subject: 'test:university',
    scopes: new Set(),
  });

  async function refusal(work: Promise<unknown>): Promise<ImportProblem[]> {
    const error = await work.then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ImportRefused);
    return (error as ImportRefused).problems;
  }

  it("refuses a university's rows of another university's activity (FORBIDDEN, per row), and changes nothing", async () => {
    const rows = f.personIds.map((personId, i) => ({
      activityId: i === 2 ? foreignActivityId : ownActivityIds[0],
      personId,
      role: 'TRAINEE',
    }));
    const before = await databaseState(api);
    const problems = await refusal(
      runImport(api.orm.em.fork(), { kind: PARTICIPATIONS, rows, ...as(university()) }).catch(async (error) => {
        // The own rows alone pass (so the refusal above is the foreign row's).
        expect(await databaseState(api)).toEqual(before);
        throw error;
      }),
    );
    expect(problems).toEqual([
      {
        row: 3,
        column: 'activityId',
        message: `This university (${f.universityCode}) may not write under activity ${foreignActivityId}.`,
        code: 'FORBIDDEN',
      },
    ]);
    expect(await databaseState(api)).toEqual(before);
  });

  it('a failure in the middle of the writes (after the first statement of rows) leaves no row behind', async () => {
    // 6,000 participations: two statements of rows; the failure comes after the first.
    const people = await peopleInReach(300);
    const rows = ownActivityIds.flatMap((activityId) =>
      people.map((person) => ({ activityId, personId: person.id, role: 'TRAINEE' })),
    );
    const free = await api.sql<{ n: number }>(
      `select count(*)::int as n from assistance.participation where activity_id = any($1::uuid[]) and person_id = any($2::uuid[])`,
      [ownActivityIds, people.map((person) => person.id)],
    );
    expect(free[0]!.n).toBe(0);
    expect(rows.length).toBeGreaterThan(5_000);
    const before = await databaseState(api);
    let written = 0;
    const failed = await runImport(api.orm.em.fork(), {
      kind: PARTICIPATIONS,
      rows,
      ...as(university()),
      onProgress: (progress) => {
        if (progress.stage !== 'write') return;
        written = progress.done;
        throw new Error('injected: the connection dropped');
      },
    }).catch((error: Error) => error);
    expect(String(failed)).toMatch(/injected/);
    // The first write is the first chunk's: 1,000 rows (chunkEnd, test/import-chunks.test.ts).
    expect(written).toBe(1_000);
    expect(await databaseState(api)).toEqual(before);

    // After the writes, before the audit (the mutation runner's hook): the same.
    setBeforeCommitHookForTests(async () => {
      throw new Error('injected before the commit');
    });
    const late = await runImport(api.orm.em.fork(), { kind: PARTICIPATIONS, rows, ...as(university()) }).catch(
      (error: Error) => error,
    );
    expect(String(late)).toMatch(/injected before the commit/);
    expect(await databaseState(api)).toEqual(before);
  });

  it('a write the database refuses while the next chunk is vetted is reported as a problem, and nothing is written', async () => {
    // 6,000 participations: chunk 2 is vetted while chunk 1 is written (the pipeline); a refusal only the
    // database knows (a test trigger on chunk 1's first row) aborts the transaction under them.
    const people = await peopleInReach(300);
    const rows = ownActivityIds.flatMap((activityId) =>
      people.map((person) => ({ activityId, personId: person.id, role: 'TRAINEE' })),
    );
    expect(rows.length).toBeGreaterThan(5_000);
    const before = await databaseState(api);
    await api.sql(
      `create function assistance.test_refuse_row() returns trigger language plpgsql as $$
         begin raise exception 'refused by the test' using errcode = 'check_violation'; end $$`,
    );
    await api.sql(
      `create trigger test_refuse_row before insert on assistance.participation for each row
         when (new.activity_id = '${rows[0]!.activityId}' and new.person_id = '${rows[0]!.personId}')
         execute function assistance.test_refuse_row()`,
    );
    try {
      const problems = await refusal(runImport(api.orm.em.fork(), { kind: PARTICIPATIONS, rows, ...as(university()) }));
      expect(problems).toEqual([
        { row: null, column: null, message: 'rows: breaks a rule of the data', code: 'BAD_USER_INPUT' },
      ]);
    } finally {
      await api.sql(`drop trigger test_refuse_row on assistance.participation`);
      await api.sql(`drop function assistance.test_refuse_row()`);
    }
    expect(await databaseState(api)).toEqual(before);
  });

  it('finds the same key twice in rows of different chunks, and the same record updated twice, in a dry run', async () => {
    const people = await peopleInReach(300);
    const rows: ImportRow[] = ownActivityIds.flatMap((activityId) =>
      people.map((person) => ({ activityId, personId: person.id, role: 'TRAINEE' })),
    );
    rows[5_500] = { ...rows[9]! };
    const [held] = await api.sql<{ id: string; version: number }>(
      `select id, version from assistance.participation where activity_id = $1 order by id limit 1`,
      [ownActivityIds[0]],
    );
    rows.push(
      { id: held!.id, version: held!.version, role: 'TRAINER' },
      { id: held!.id, version: held!.version, role: 'TRAINEE' },
    );
    const problems = await refusal(
      runImport(api.orm.em.fork(), { kind: PARTICIPATIONS, rows, dryRun: true, ...as(university()) }),
    );
    expect(problems).toEqual([
      { row: 5_501, column: 'activityId', message: 'activityId, personId: the same as row 10', code: 'CONFLICT' },
      {
        row: rows.length,
        column: 'id',
        message: `names the record of row ${rows.length - 1} again`,
        code: 'BAD_USER_INPUT',
      },
    ]);
  });

  it('reports a participant who is no person, and a participant named twice, with their paths', async () => {
    const row = (participants: unknown[]) => ({
      programId: f.programId,
      partnershipId: f.partnershipId,
      kind: 'PRINCIPAL_TRAINING',
      title: 'Imported training',
      startDate: '2024-06-01',
      participants,
    });
    const rows = [
      row([{ personId: f.personIds[0], role: 'TRAINER' }]),
      row([
        { personId: f.personIds[0], role: 'TRAINER' },
        { personId: '00000000-0000-7000-8000-000000000000', role: 'TRAINEE' },
      ]),
      row([
        { personId: f.personIds[1], role: 'TRAINER' },
        { personId: f.personIds[1], role: 'TRAINEE' },
      ]),
      { ...row([]), endDate: '2024-05-01' },
      { ...row([]), schoolId: f.otherCountySchoolId },
    ];
    const before = await databaseState(api);
    const problems = await refusal(
      runImport(api.orm.em.fork(), {
        kind: ACTIVITIES,
        rows,
        ...as(university()),
      }),
    );
    expect(problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
      [2, 'participants[1].personId', 'BAD_USER_INPUT'],
      [3, 'participants', 'BAD_USER_INPUT'],
      [4, 'endDate', 'BAD_USER_INPUT'],
      [5, 'schoolId', 'BAD_USER_INPUT'],
    ]);
    expect(await databaseState(api)).toEqual(before);
  });
});

const IMPORT = `mutation Import($kind: ImportKind!, $rows: [JSONObject!]!, $dryRun: Boolean) {
  importRecords(kind: $kind, rows: $rows, dryRun: $dryRun) { kind dryRun created updated records { row action id } }
}`;

describe.each(MODES)('importRecords through the gateway (%s)', (mode) => {
  const year = mode === 'in-process' ? 2070 : 2085;

  it('a county imports its schools’ figures; audited with the request; a dry run first writes nothing', async () => {
    const rows = metricRows(8, year);
    const before = await databaseState(api);
    const dry = await post(
      gateways.urls[mode],
      { query: IMPORT, variables: { kind: 'METRICS', rows, dryRun: true } },
      tokens.county,
    );
    expect(dry.body.errors).toBeUndefined();
    expect(dry.body.data!.importRecords).toMatchObject({ dryRun: true, created: 8, updated: 0 });
    expect(await databaseState(api)).toEqual(before);

    const requestId = `import-${mode}`;
    const answer = await post(
      gateways.urls[mode],
      { query: IMPORT, operationName: 'Import', variables: { kind: 'METRICS', rows } },
      tokens.county,
      { 'x-request-id': requestId },
    );
    expect(answer.body.errors).toBeUndefined();
    const result = answer.body.data!.importRecords as {
      created: number;
      records: { row: number; action: string; id: string }[];
    };
    expect(result.created).toBe(8);
    expect(result.records.map((record) => [record.row, record.action])).toEqual(rows.map((_, i) => [i + 1, 'CREATE']));
    const trail = await api.sql<{ record_id: string; mutation: string; operation_name: string; role: string }>(
      `select record_id, mutation, operation_name, role from audit.change where request_id = $1 order by id`,
      [requestId],
    );
    expect(trail.map((row) => row.record_id).sort()).toEqual(result.records.map((record) => record.id).sort());
    expect(
      trail.every(
        (row) => row.mutation === 'import:metrics' && row.operation_name === 'Import' && row.role === 'county',
      ),
    ).toBe(true);
  });

  it('refuses every bad row at once (row, column, message) and writes nothing', async () => {
    const rows = metricRows(5, year + 10) as Record<string, unknown>[];
    rows[1]!.graduates = -1;
    rows[3]!.nonsense = true;
    const before = await databaseState(api);
    const answer = await post(
      gateways.urls[mode],
      { query: IMPORT, variables: { kind: 'METRICS', rows } },
      tokens.county,
    );
    expect(answer.body.data?.importRecords).toBeNull();
    const [error] = answer.body.errors!;
    expect(error!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(error!.extensions!.problems).toEqual([
      { row: 2, column: 'graduates', message: 'graduates must not be less than 0', code: 'BAD_USER_INPUT' },
      expect.objectContaining({ row: 4, column: 'nonsense', code: 'BAD_USER_INPUT' }),
    ]);
    expect(await databaseState(api)).toEqual(before);
  });

  it("refuses a university's rows under another university's partnership (FORBIDDEN), and more rows than the limit", async () => {
    const before = await databaseState(api);
    const rows = [{ activityId: foreignActivityId, personId: f.personIds[4], role: 'TRAINEE' }];
    const refused = await post(
      gateways.urls[mode],
      { query: IMPORT, variables: { kind: 'PARTICIPATIONS', rows } },
      tokens.university,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      problems: [expect.objectContaining({ row: 1, column: 'activityId', code: 'FORBIDDEN' })],
    });
    const tooMany = Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => ({}));
    const limited = await post(
      gateways.urls[mode],
      { query: IMPORT, variables: { kind: 'METRICS', rows: tooMany } },
      tokens.ministry,
    );
    expect(limited.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows' });
    expect(await databaseState(api)).toEqual(before);
  });
});

describe('the kinds', () => {
  it('metrics are a kind of the command and of the mutation', () => {
    expect(METRICS.name).toBe('metrics');
  });
});
