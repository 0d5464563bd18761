import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { configureReadCache, keptAnswersOf, KeptAnswers, readCacheOf } from '../src/db/read-cache';
import { query } from '../src/db/statements';
import { sql } from '../src/db/sql';
import { metricsText } from '../src/server/observability/metrics';
import { ANONYMOUS, SCOPES, type Viewer } from '../src/graphql/auth/viewer';
import { CountySchoolsDocument } from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * Whole answers kept as JSON text (issue 24.3: src/graphql/kept-answers.ts, KeptAnswers in
 * src/db/read-cache.ts): a dashboard asked again is served for one statement on the write counters,
 * and every write to a table its computation read, by whichever path it was read (a nested resolver,
 * a statement the read cache served), makes the next answer computed afresh; concurrent readers after a
 * write share one computation; answers with errors, or read on another day, are not served.
 */

const CACHE_BYTES = 32 * 1024 * 1024;
const AS_OF = '2025-10-31';
const ROLLUP_QUIET = `query ($asOf: LocalDate) {
  progressRollup(by: PROVINCE, asOf: $asOf, where: { programCodes: null }) { key quiet } }`;
/** The same rollup statement under another operation (another kept key). */
const ROLLUP_ALL = `query ($asOf: LocalDate) {
  progressRollup(by: PROVINCE, asOf: $asOf, where: { programCodes: null }) { key partnerships onTrack behind quiet } }`;

let api: TestApi;
let county: { code: string; id: string };
const kept = () => keptAnswersOf(api.orm.em);
const counting = (statements: string[]) => statements.filter((text) => text.includes('freshness.table_change'));
const computing = (statements: string[]) => statements.filter((text) => !text.includes('freshness.table_change'));

beforeAll(async () => {
  api = await startTestApi();
  configureReadCache(CACHE_BYTES);
  [county] = await api.sql<{ code: string; id: string }>(
    `select c.code, c.id from directory.county c join directory.school s on s.county_id = c.id
      join people.appointment a on a.school_id = s.id and a.role = 'PRINCIPAL'
      group by c.code, c.id order by count(distinct s.id) desc, c.code limit 1`,
  );
});
afterAll(() => api?.close());

/** The answer computed afresh (nothing kept, nothing cached), with its statements. */
async function measureAfresh(document: string | typeof CountySchoolsDocument, variables: Record<string, unknown>) {
  configureReadCache(0);
  try {
    return await api.measure(document as string, variables);
  } finally {
    configureReadCache(CACHE_BYTES);
  }
}

const afresh = async (document: string | typeof CountySchoolsDocument, variables: Record<string, unknown>) =>
  dataOf((await measureAfresh(document, variables)).result);

describe('a dashboard asked again', () => {
  it('is computed the first two times (kept the second), then served for one statement on the counters', async () => {
    const variables = { code: county.code };
    const first = await api.measure(CountySchoolsDocument, variables);
    const second = await api.measure(CountySchoolsDocument, variables);
    const hits = kept().counts.hits;
    const third = await api.measure(CountySchoolsDocument, variables);
    expect(kept().counts.hits).toBe(hits + 1);
    expect(computing(first.statements).length).toBeGreaterThan(3);
    // Asked once: the statements it always cost, nothing more.
    expect(counting(first.statements)).toEqual([]);
    expect(computing(second.statements)).toHaveLength(computing(first.statements).length);
    expect(third.statements).toHaveLength(1);
    expect(counting(third.statements)).toHaveLength(1);
    expect(JSON.stringify(third.result.data)).toBe(JSON.stringify(first.result.data));
    expect(third.result.errors).toBeUndefined();
    // What operators see (GET /metrics).
    const figure = (name: string, text: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
    const text = await metricsText();
    expect(figure('read_cache_answer_hits_total', text)).toBeGreaterThan(0);
    expect(figure('read_cache_answer_misses_total', text)).toBeGreaterThan(0);
    expect(figure('read_cache_answer_unkept_total', text)).toBeGreaterThan(0);
  });

  it('is answered as if nothing were kept when the counters cannot be read', async () => {
    const variables = { code: county.code };
    const expected = await afresh(CountySchoolsDocument, variables);
    await api.measure(CountySchoolsDocument, variables);
    await api.measure(CountySchoolsDocument, variables);
    // The counters' table out of reach (as when the check's connection fails): the check throws.
    await api.sql('alter table freshness.table_change rename to table_change_away');
    try {
      const { result } = await api.measure(CountySchoolsDocument, variables);
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toBe(JSON.stringify(expected));
    } finally {
      await api.sql('alter table freshness.table_change_away rename to table_change');
    }
  });

  it('follows a write to a table only a nested resolver read (the principal’s name)', async () => {
    const variables = { code: county.code };
    for (let i = 0; i < 3; i++) await api.run(CountySchoolsDocument, variables);
    const [principal] = await api.sql<{ id: string; name_zh: string }>(
      `select pe.id, pe.name_zh from people.appointment a join people.person pe on pe.id = a.person_id
         join directory.school s on s.id = a.school_id
        where s.county_id = $1 and a.role = 'PRINCIPAL' order by s.name_zh, s.id, a.id limit 1`,
      [county.id],
    );
    await api.sql('update people.person set name_zh = $2 where id = $1', [principal!.id, '改名校长']);
    try {
      const after = dataOf(await api.run(CountySchoolsDocument, variables));
      expect(JSON.stringify(after)).toContain('改名校长');
      expect(after).toEqual(await afresh(CountySchoolsDocument, variables));
    } finally {
      await api.sql('update people.person set name_zh = $2 where id = $1', [principal!.id, principal!.name_zh]);
    }
    expect(JSON.stringify(dataOf(await api.run(CountySchoolsDocument, variables)))).not.toContain('改名校长');
  });

  it('follows a write to a table read through a statement the read cache served', async () => {
    const variables = { asOf: AS_OF };
    // The rollup statement cached by another operation, then the kept one computed from that cached read.
    await api.run(ROLLUP_ALL, variables);
    await api.run(ROLLUP_ALL, variables);
    const statementHits = readCacheOf(api.orm.em).counts.hits;
    await api.run(ROLLUP_QUIET, variables);
    await api.run(ROLLUP_QUIET, variables);
    expect(readCacheOf(api.orm.em).counts.hits).toBeGreaterThan(statementHits);
    const before = dataOf(await api.run(ROLLUP_QUIET, variables));
    const [quiet] = await api.sql<{ id: string; program_id: string; school_id: string }>(
      `select distinct on (p.id) p.id, p.program_id, ps.school_id from assistance.partnership p
         join assistance.partnership_school ps on ps.partnership_id = p.id
        where not exists (select 1 from assistance.activity a where a.partnership_id = p.id
                            and a.start_date between date '${AS_OF}' - 180 and date '${AS_OF}')
        order by p.id, ps.school_id limit 1`,
    );
    await api.sql(
      `insert into assistance.activity (id, program_id, partnership_id, school_id, kind, title, start_date, provenance)
       values (gen_random_uuid(), $1, $2, $3, 'TEACHER_VISIT', 'Kept answers visit', '2025-10-21', 'RECORDED')`,
      [quiet!.program_id, quiet!.id, quiet!.school_id],
    );
    try {
      const after = dataOf(await api.run(ROLLUP_QUIET, variables));
      expect(after).not.toEqual(before);
      expect(after).toEqual(await afresh(ROLLUP_QUIET, variables));
    } finally {
      await api.sql(`delete from assistance.activity where title = 'Kept answers visit'`);
    }
  });

  it('after a write, eight concurrent readers share one computation', async () => {
    const variables = { code: county.code };
    const once = await measureAfresh(CountySchoolsDocument, variables);
    for (let i = 0; i < 3; i++) await api.run(CountySchoolsDocument, variables);
    await api.sql(`update directory.school set name_en = name_en where county_id = $1`, [county.id]);
    const misses = kept().counts.misses;
    const { value: answers, statements } = await api.statementsDuring(() =>
      Promise.all(Array.from({ length: 8 }, () => api.run(CountySchoolsDocument, variables))),
    );
    expect(kept().counts.misses).toBe(misses + 1);
    expect(computing(statements)).toHaveLength(computing(once.statements).length);
    for (const answer of answers) expect(dataOf(answer)).toEqual(dataOf(once.result));
  });

  it('is not kept when it has errors (an anonymous caller reads no synthetic names)', async () => {
    const variables = { code: county.code };
    const unkept = kept().counts.unkept;
    const hits = kept().counts.hits;
    const anonymous = [];
    for (let i = 0; i < 3; i++) anonymous.push(await api.run(CountySchoolsDocument, variables, { viewer: ANONYMOUS }));
    expect(anonymous[2]!.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(anonymous[2]!.data).toEqual(anonymous[0]!.data);
    expect(kept().counts.hits).toBe(hits);
    expect(kept().counts.unkept).toBe(unkept + 3);
    const signedIn = dataOf(await api.run(CountySchoolsDocument, variables));
    expect(signedIn).not.toEqual(anonymous[2]!.data);
  });

  it('is kept per caller’s rights: another role with the same scopes gets its own answer', async () => {
    const document = `query ($code: String!) {
      county(code: $code) { schools(first: 5) { nodes { principal { person { gender birthYear } } } } } }`;
    const variables = { code: county.code };
    const as = (role: Viewer['role']): Viewer => ({
      role,
      subject: null,
      org: null,
      scopes: new Set([SCOPES.personalRead]),
    });
    const hits = kept().counts.hits;
    for (let i = 0; i < 3; i++)
      expect((await api.run(document, variables, { viewer: as('analyst') })).errors).toBeUndefined();
    expect(kept().counts.hits).toBe(hits + 1);
    // A committee reads no personal attribute: refused, not the analyst's kept answer.
    const refused = await api.run(document, variables, { viewer: as('committee') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is not served on another day (rules and defaults of "today")', async () => {
    const variables = { code: county.code };
    for (let i = 0; i < 3; i++) await api.run(CountySchoolsDocument, variables);
    const hits = kept().counts.hits;
    await api.run(CountySchoolsDocument, variables);
    expect(kept().counts.hits).toBe(hits + 1);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 24 * 3600 * 1000 });
    try {
      const misses = kept().counts.misses;
      await api.run(CountySchoolsDocument, variables);
      expect(kept().counts.misses).toBe(misses + 1);
      expect(kept().counts.hits).toBe(hits + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('only when every root field keeps its answers', async () => {
    const document = `query ($code: String!) { county(code: $code) { code } provinces(first: 1) { nodes { code } } }`;
    const { misses, hits } = kept().counts;
    for (let i = 0; i < 3; i++) {
      const { statements } = await api.measure(document, { code: county.code });
      expect(counting(statements)).toEqual([]);
    }
    expect(kept().counts).toMatchObject({ misses, hits });
  });
});

describe('what is never kept', () => {
  const on = () => api.orm.em.fork();
  const ask = (answers: KeptAnswers, key: string, statement: ReturnType<typeof sql>) =>
    answers.answer(on(), key, async () => {
      const rows = await query(on(), statement);
      return { value: rows, text: JSON.stringify(rows) };
    });

  it('an answer whose statements read the clock', async () => {
    const answers = new KeptAnswers(CACHE_BYTES);
    for (let i = 0; i < 3; i++)
      await ask(answers, 'clock', sql`select now()::text as at, count(*) from assistance.program`);
    expect(answers.size).toBe(0);
    expect(answers.counts.hits).toBe(0);
  });

  it('an answer naming a table that does not count its writes', async () => {
    await api.sql('create table assistance.uncounted_kept (n int)');
    try {
      await api.sql('insert into assistance.uncounted_kept values (1)');
      const answers = new KeptAnswers(CACHE_BYTES);
      const read = () => ask(answers, 'uncounted', sql`select sum(n)::int as n from assistance.uncounted_kept`);
      await read();
      await read(); // kept, its names not yet checked
      await api.sql('insert into assistance.uncounted_kept values (2)');
      expect(await read()).toEqual({ value: [{ n: 3 }] });
      expect(await read()).toEqual({ value: [{ n: 3 }] });
      expect(answers.size).toBe(0);
      expect(answers.counts.hits).toBe(0);
    } finally {
      await api.sql('drop table assistance.uncounted_kept');
    }
  });

  it('past its bytes: the least recently used answers go first', async () => {
    const answers = new KeptAnswers(8192);
    for (let i = 0; i < 40; i++) {
      for (let twice = 0; twice < 2; twice++) {
        await ask(
          answers,
          `pad ${i}`,
          sql`select ${i}::int as i, repeat('x', 200) as pad from assistance.program limit 1`,
        );
      }
    }
    expect(answers.heldBytes).toBeLessThanOrEqual(8192);
    expect(answers.size).toBeGreaterThan(0);
    expect(answers.size).toBeLessThan(40);
  });
});
