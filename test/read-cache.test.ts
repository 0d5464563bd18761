import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, SCOPES, type Viewer } from '../src/graphql/auth/viewer';
import { cachedQuery, configureReadCache, readCacheOf, ReadCache } from '../src/db/read-cache';
import { sql } from '../src/db/sql';
import { metricsText } from '../src/server/observability/metrics';
import { dataOf, FULL_VIEWER, startTestApi, type TestApi } from './support/api';

/*
 * The read cache of heavy dashboard statements (issue 24.3, src/db/read-cache.ts): after writes, by
 * the API or by plain SQL, every role reads the same rollups and statistics through it as computed
 * afresh without it; a cached answer costs one statement; a table that does not count its writes is
 * never cached; the controls (a write with the counting trigger off) show these checks can fail.
 */

const AS_OF = '2025-10-31';
const CACHE_BYTES = 32 * 1024 * 1024;

const ROLLUP = `query ($by: ProgressRollupDimension!, $asOf: LocalDate, $programCodes: [String!]) {
  progressRollup(by: $by, asOf: $asOf, where: { programCodes: $programCodes }) {
    key partnerships onTrack behind quiet tasks { task averageShare behind }
    province { id } university { id }
  }
}`;
const REACH = `query { statistics(groupBy: [PROGRAM]) {
  key { program { code } } partnerships universities provinces counties schools principals teachersAndStaff peopleTrained activities } }`;
const BOARD = `query ($asOf: LocalDate) {
  partnershipProgress(asOf: $asOf, where: { status: [BEHIND, QUIET] }, first: 20) {
    totalCount nodes { status lastActivityOn behindOn partnership { id } } }
}`;

let api: TestApi;
const viewers: Record<string, Viewer> = {};
type Quiet = { id: string; program_id: string; school_id: string };
/** Two partnerships QUIET as of AS_OF: the first for the write through the API, the second for the control. */
let quietPartnership: Quiet;
let otherQuiet: Quiet;

beforeAll(async () => {
  api = await startTestApi();
  const [university] = await api.sql<{ code: string }>(
    'select u.code from directory.university u join assistance.partnership p on p.university_id = u.id order by u.code limit 1',
  );
  const [county] = await api.sql<{ code: string }>(
    'select c.code from directory.county c join assistance.partnership p on p.county_id = c.id order by c.code limit 1',
  );
  const [committee] = await api.sql<{ code: string }>('select code from assistance.committee order by code limit 1');
  const as = (role: Viewer['role'], org: string | null): Viewer => ({
    role,
    subject: `test:${role}`,
    org,
    scopes: new Set([SCOPES.personalRead]),
  });
  Object.assign(viewers, {
    anonymous: ANONYMOUS,
    analyst: as('analyst', null),
    ministry_admin: FULL_VIEWER,
    university: as('university', university!.code),
    county: as('county', county!.code),
    committee: as('committee', committee!.code),
  });
  // A partnership with a covered school that is QUIET as of AS_OF (no activity in the 180 days before it).
  [quietPartnership, otherQuiet] = await api.sql<Quiet>(
    `select distinct on (p.id) p.id, p.program_id, ps.school_id from assistance.partnership p
       join assistance.partnership_school ps on ps.partnership_id = p.id
      where not exists (select 1 from assistance.activity a where a.partnership_id = p.id
                          and a.start_date between date '${AS_OF}' - 180 and date '${AS_OF}')
      order by p.id, ps.school_id limit 2`,
  );
});
afterAll(() => {
  configureReadCache(CACHE_BYTES);
  return api?.close();
});

async function answer(document: string, variables: Record<string, unknown>, viewer: Viewer, cache: boolean) {
  configureReadCache(cache ? CACHE_BYTES : 0);
  try {
    return dataOf(await api.run(document, variables, { viewer }));
  } finally {
    configureReadCache(CACHE_BYTES);
  }
}

const READS: Array<[string, string, Record<string, unknown>]> = [
  ['rollup by province, every programme', ROLLUP, { by: 'PROVINCE', asOf: AS_OF, programCodes: null }],
  ['rollup by university, trusteeship', ROLLUP, { by: 'UNIVERSITY', asOf: AS_OF }],
  ['programme reach', REACH, {}],
  ['tracking board', BOARD, { asOf: AS_OF }],
];

/** Every read as every role, through the caches (three times: computed, kept whole, served) and afresh; returns the answers. */
async function expectSameAsAfresh(): Promise<Map<string, unknown>> {
  const answers = new Map<string, unknown>();
  for (const [name, document, variables] of READS) {
    for (const [role, viewer] of Object.entries(viewers)) {
      const afresh = await answer(document, variables, viewer, false);
      const first = await answer(document, variables, viewer, true);
      const kept = await answer(document, variables, viewer, true);
      const served = await answer(document, variables, viewer, true);
      expect(first, `${name} as ${role}`).toEqual(afresh);
      expect(kept, `${name} as ${role}, its whole answer kept (src/graphql/kept-answers.ts)`).toEqual(afresh);
      expect(served, `${name} as ${role}, served from the cache`).toEqual(afresh);
      answers.set(`${name}|${role}`, afresh);
    }
  }
  return answers;
}

const cache = () => readCacheOf(api.orm.em);

describe('answers through the cache equal answers computed afresh', () => {
  it('for every role, before and after a write through the API that changes the rollups', async () => {
    expect(otherQuiet).toBeDefined();
    const hits = cache().counts.hits;
    const before = await expectSameAsAfresh();
    expect(cache().counts.hits).toBeGreaterThan(hits);
    const result = await api.run(
      `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`,
      {
        input: {
          programId: quietPartnership.program_id,
          partnershipId: quietPartnership.id,
          schoolId: quietPartnership.school_id,
          kind: 'TEACHER_VISIT',
          title: 'Read cache visit',
          startDate: '2025-10-20',
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const after = await expectSameAsAfresh();
    // The write moved the partnership out of QUIET: the cached rollup followed it.
    const key = `rollup by province, every programme|analyst`;
    const quiet = (answers: Map<string, unknown>) =>
      (answers.get(key) as { progressRollup: Array<{ quiet: number }> }).progressRollup.reduce(
        (sum, row) => sum + row.quiet,
        0,
      );
    expect(quiet(after)).toBe(quiet(before) - 1);
    expect(after.get('programme reach|analyst')).not.toEqual(before.get('programme reach|analyst'));
  });

  it('after a write in plain SQL (no API), to a table of another subgraph', async () => {
    const variables = { by: 'PROVINCE', asOf: AS_OF, programCodes: null };
    const analyst = viewers.analyst!;
    const before = await answer(ROLLUP, variables, analyst, true);
    expect(await answer(ROLLUP, variables, analyst, true)).toEqual(before);
    // One partnership's county moves to another province: the rollup by province changes.
    const [moved] = await api.sql<{ county: string; province: string }>(
      `select c.id as county, (select id from directory.province where id <> c.province_id order by code limit 1) as province
         from assistance.partnership p join directory.county c on c.id = p.county_id order by p.id limit 1`,
    );
    const [{ previous } = { previous: '' }] = await api.sql<{ previous: string }>(
      'select province_id as previous from directory.county where id = $1',
      [moved!.county],
    );
    await api.sql('update directory.county set province_id = $2 where id = $1', [moved!.county, moved!.province]);
    try {
      const after = await answer(ROLLUP, variables, analyst, true);
      expect(after).toEqual(await answer(ROLLUP, variables, analyst, false));
      expect(after).not.toEqual(before);
    } finally {
      await api.sql('update directory.county set province_id = $2 where id = $1', [moved!.county, previous]);
    }
    expect(await answer(ROLLUP, variables, analyst, true)).toEqual(before);
  });

  it('control: with the counting trigger off, a write leaves the cached answer stale (the checks above can fail)', async () => {
    const variables = { by: 'UNIVERSITY', asOf: AS_OF, programCodes: null };
    const analyst = viewers.analyst!;
    const before = await answer(ROLLUP, variables, analyst, true);
    await api.sql('alter table assistance.activity disable trigger count_change');
    try {
      await api.sql(
        `insert into assistance.activity (id, program_id, partnership_id, school_id, kind, title, start_date, provenance)
         values (gen_random_uuid(), $1, $2, $3, 'TEACHER_VISIT', 'Uncounted visit', '2025-10-21', 'RECORDED')`,
        [otherQuiet.program_id, otherQuiet.id, otherQuiet.school_id],
      );
      const fresh = await answer(ROLLUP, variables, analyst, false);
      expect(fresh).not.toEqual(before);
      expect(await answer(ROLLUP, variables, analyst, true)).toEqual(before);
    } finally {
      await api.sql('alter table assistance.activity enable trigger count_change');
      await api.sql(`delete from assistance.activity where title = 'Uncounted visit'`);
    }
    expect(await answer(ROLLUP, variables, analyst, true)).toEqual(before);
  });
});

describe('what counting writes costs writers', () => {
  it('concurrent transactions writing one table do not wait for each other (each takes a free stripe)', async () => {
    const { default: pg } = await import('pg');
    const clients = [0, 1, 2].map(() => new pg.Client({ connectionString: api.databaseUrl }));
    await Promise.all(clients.map((client) => client.connect()));
    try {
      const [{ sum: before }] = (
        await clients[0]!.query(
          `select sum(changes)::int as sum from freshness.table_change where relation = 'assistance.program'`,
        )
      ).rows as [{ sum: number }];
      // Three open transactions each write the table and hold their stripe until commit: with one
      // counter row the second would wait for the first and fail on lock_timeout.
      for (const client of clients) {
        await client.query(`begin; set local lock_timeout = '2s'`);
        // Twice: a transaction counts once per table.
        await client.query(`update assistance.program set updated_at = updated_at where false`);
        await client.query(`update assistance.program set updated_at = updated_at where false`);
      }
      for (const client of clients) await client.query('commit');
      const [{ sum: after }] = (
        await clients[0]!.query(
          `select sum(changes)::int as sum from freshness.table_change where relation = 'assistance.program'`,
        )
      ).rows as [{ sum: number }];
      expect(after).toBe(before + 3);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });
});

describe('what a cached answer costs', () => {
  it('one statement, on the tables’ counters only; computing it is the one statement it was', async () => {
    const variables = { by: 'COUNTY', asOf: '2025-06-29' };
    const computed = await api.measure(ROLLUP, variables);
    expect(computed.statements.filter((s) => s.includes('plan_scheduled_activity'))).toHaveLength(1);
    const served = await api.measure(ROLLUP, variables);
    expect(dataOf(served.result)).toEqual(dataOf(computed.result));
    expect(served.statements.filter((s) => s.includes('progress') || s.includes('plan_scheduled_activity'))).toEqual(
      [],
    );
    expect(served.statements.filter((s) => s.includes('freshness.table_change'))).toHaveLength(1);
    expect(served.statements.length).toBeLessThanOrEqual(computed.statements.length);
    // What operators see (GET /metrics).
    const text = await metricsText();
    const figure = (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    expect(figure('read_cache_hits_total')).toBeGreaterThan(0);
    expect(figure('read_cache_misses_total')).toBeGreaterThan(0);
    expect(figure('read_cache_bytes')).toBeGreaterThan(0);
  });
});

describe('what is never cached', () => {
  it('a statement naming a table that does not count its writes', async () => {
    await api.sql('create table assistance.uncounted (n int)');
    try {
      await api.sql('insert into assistance.uncounted values (1)');
      const em = api.orm.em.fork();
      const read = () => cachedQuery<{ n: number }>(em, sql`select sum(n)::int as n from assistance.uncounted`);
      const uncacheable = cache().counts.uncacheable;
      expect(await read()).toEqual([{ n: 1 }]);
      await api.sql('insert into assistance.uncounted values (2)');
      expect(await read()).toEqual([{ n: 3 }]);
      expect(cache().counts.uncacheable).toBe(uncacheable + 2);
      // Nor one that names a function of a schema (what it reads is not known); named here in a literal,
      // as the names are found in the statement's text.
      await cachedQuery(em, sql`select 'assistance.school_in_county' as f from assistance.program limit 1`);
      expect(cache().counts.uncacheable).toBe(uncacheable + 3);
    } finally {
      await api.sql('drop table assistance.uncounted');
    }
  });

  it('a read inside a transaction (its own uncommitted counts must not key an answer)', async () => {
    const statement = sql`select count(*)::int as n from assistance.program where code like 'TX-%'`;
    const size = cache().size;
    await api.orm.em.fork().transactional(async (em) => {
      await em.getConnection().execute(`update assistance.program set updated_at = updated_at where false`);
      expect(await cachedQuery(em, statement)).toEqual([{ n: 0 }]);
    });
    expect(cache().size).toBe(size);
  });

  it('past its bytes: the least recently used answers go first', async () => {
    const small = new ReadCache(4096);
    const em = api.orm.em.fork();
    for (let i = 0; i < 20; i++) {
      await small.read(em, sql`select ${i}::int as i, repeat('x', 100) as pad from assistance.program limit 1`);
    }
    expect(small.heldBytes).toBeLessThanOrEqual(4096);
    expect(small.size).toBeGreaterThan(0);
    expect(small.size).toBeLessThan(20);
  });
});
