// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/graphql/auth/viewer';
import { sql } from '../src/db/sql';
import { query } from '../src/db/statements';
import { refusedAnchors, type Anchor } from '../src/graphql/mutations/rights';
import { startTestApi, type TestApi } from './support/api';

/*
 * The rights of writes are checked by `sql` statements of the kit (src/db/sql.ts): the ids travel as
 * ONE uuid[] parameter (`= any($2::uuid[])`), so the statement text, hence its prepared statement, is
 * the same whatever the number of ids (knex's `in (?)` wrote one literal per id into the text).
 */

let api: TestApi;
let county: Viewer;
/** 50 schools: the county's own first (allowed), then others (refused). */
let schools: { id: string; own: boolean }[];

beforeAll(async () => {
  api = await startTestApi();
  const [busiest] = await api.sql<{ code: string; id: string }>(
    `select c.code, c.id from directory.county c join directory.school s on s.county_id = c.id
      group by c.id order by count(*) desc, c.code limit 1`,
  );
  schools = await api.sql<{ id: string; own: boolean }>(
    `select id::text, county_id = $1 as own from directory.school order by county_id = $1 desc, id limit 50`,
    [busiest!.id],
  );
  expect(schools).toHaveLength(50);
  expect(schools[0]!.own && !schools[49]!.own).toBe(true);
  county = { role: 'county', org: busiest!.code, subject: 'rights-statements', scopes: new Set() };
}, 120_000);

afterAll(async () => {
  await api?.close();
});

/** The rights of `ids` as school anchors, inside a transaction as a mutation runs them; the statements sent. */
async function check(ids: string[]) {
  const anchors: Anchor[] = ids.map((id) => ({ kind: 'schoolFigures', id }));
  return api.statementsDuring(() => api.orm.em.fork().transactional((em) => refusedAnchors(em, county, anchors)));
}

/** A statement as logged, without the ORM's timing suffix. */
const textOf = (logged: string) => logged.replace(/ \[took \d+ ms.*$/, '');

describe('rights of writes through the SQL kit', () => {
  it('sends the same statement text for 1 id and for 50 ids, and decides each id', async () => {
    const one = await check([schools[0]!.id]);
    const fifty = await check(schools.map((school) => school.id));
    expect(one.value).toEqual([undefined]);
    expect(fifty.value.map((reason) => reason === undefined)).toEqual(schools.map((school) => school.own));
    expect(fifty.value[49]).toMatch(/may not write under schoolFigures/);
    const rights = (statements: string[]) => statements.map(textOf).filter((s) => /directory\.school s/.test(s));
    expect(rights(one.statements)).toHaveLength(1);
    expect(rights(fifty.statements)).toEqual(rights(one.statements));
    expect(rights(one.statements)[0]).toMatch(/= any\(\$2::uuid\[\]\)/);
    expect(fifty.statements.join('\n')).not.toContain(schools[49]!.id);
  });

  it("runs on the mutation's transaction: the same connection and transaction as the ORM's statements", async () => {
    const [kit, orm] = await api.orm.em.fork().transactional(async (em) => {
      const own = 'select pg_backend_pid() as pid, txid_current()::text as tx';
      return [
        (await query<{ pid: number; tx: string }>(em, sql`${sql.raw(own)}`))[0],
        (await em.execute<{ pid: number; tx: string }[]>(own))[0],
      ];
    });
    expect(kit).toEqual(orm);
  });
});
