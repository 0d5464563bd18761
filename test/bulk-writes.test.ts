// Decorator metadata must exist before any entity or resolver module loads.
import 'reflect-metadata';
import { IsInt, Max } from 'class-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/db/sql';
import { copyRows, query } from '../src/db/statements';
import { inputProblems } from '../src/graphql/mutations/validation';
import { startTestApi, type TestApi } from './support/api';

/*
 * The pieces of the bulk path (README, Import): rows sent by COPY in PostgreSQL's text format arrive
 * as they were sent, whatever they hold; the remembered lookup of class-validator's rules still sees a
 * class declared after the first validation.
 */

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
}, 120_000);

afterAll(async () => {
  await api?.close();
});

describe('COPY of rows (copyRows)', () => {
  it('carries tabs, line breaks, backslashes, the text \\N, nulls, dates and other scripts unchanged', async () => {
    const rows: [number, string | null, Date | null][] = [
      [1, 'tab\there, line\nbreak, return\r, backslash \\ and \\N as text', new Date('2024-03-04T05:06:07.089Z')],
      [2, null, null],
      [3, '县级普通高中 — “托管帮扶”', new Date('2000-01-01T00:00:00.000Z')],
      [4, '', null],
      [5, '\\', null],
    ];
    const read = await api.orm.em.fork().transactional(async (em) => {
      await query(em, sql`create temporary table copied (n int, t text, at timestamptz) on commit drop`);
      await copyRows(em, sql`copy copied (n, t, at) from stdin`, rows);
      return query<{ n: number; t: string | null; ms: number | null }>(
        em,
        sql`select n, t, (extract(epoch from at) * 1000)::float8 as ms from copied order by n`,
      );
    });
    expect(read.map((row) => [row.n, row.t, row.ms])).toEqual(rows.map(([n, t, at]) => [n, t, at?.getTime() ?? null]));
  });

  it('refuses a COPY statement with parameters (its values travel as rows)', async () => {
    await expect(
      api.orm.em.fork().transactional((em) => copyRows(em, sql`copy x (n) from stdin where n = ${1}`, [])),
    ).rejects.toThrow(/no parameters/);
  });
});

describe("class-validator's rules, looked up once per class", () => {
  it('applies the rules of a class declared after earlier validations', async () => {
    class First {
      @IsInt()
      n!: number;
    }
    expect(await inputProblems('input', Object.assign(new First(), { n: 1.5 }))).toHaveLength(1);
    class Later {
      @Max(3)
      n!: number;
    }
    expect(await inputProblems('input', Object.assign(new Later(), { n: 4 }))).toEqual([
      { field: 'input.n', message: 'n must not be greater than 3' },
    ]);
    expect(await inputProblems('input', Object.assign(new First(), { n: 2 }))).toEqual([]);
  });
});
