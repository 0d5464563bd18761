import { describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql';

describe('the SQL kit (db/sql.ts)', () => {
  it('makes every interpolated value a parameter, numbered in order', () => {
    const name = "O'Brien; drop table x";
    expect(sql`select id from t where name = ${name} and year > ${2020}`.render()).toEqual({
      text: 'select id from t where name = $1 and year > $2',
      values: [name, 2020],
    });
  });

  it('splices nested fragments, renumbering their parameters', () => {
    const inner = sql`code = ${'51'} or code = ${'64'}`;
    const statement = sql`select ${sql.ident('e', 'id')} from ${sql.ident('directory', 'province')} e where (${inner}) limit ${5}`;
    expect(statement.render()).toEqual({
      text: 'select "e"."id" from "directory"."province" e where (code = $1 or code = $2) limit $3',
      values: ['51', '64', 5],
    });
  });

  it('numbers after the parameters of the statement it goes into (offset)', () => {
    expect(sql`a = ${1} and b = ${2}`.render(3)).toEqual({ text: 'a = $4 and b = $5', values: [1, 2] });
  });

  it('quotes identifiers, joins fragments, and and-s or or-s conditions', () => {
    expect(sql.ident('we"ird').render().text).toBe('"we""ird"');
    expect(sql`x = ${sql.literal("it's")}`.render()).toEqual({ text: "x = 'it''s'", values: [] });
    expect(sql.join([sql`${1}`, sql.raw('x'), sql`${2}`], ' + ').render()).toEqual({
      text: '$1 + x + $2',
      values: [1, 2],
    });
    expect(sql.and([sql`a = ${1}`, sql`b = ${2}`]).render().text).toBe('(a = $1 and b = $2)');
    expect(sql.or([sql`a = ${1}`]).render().text).toBe('a = $1');
    expect(sql.and([]).render().text).toBe('true');
    expect(sql.or([]).render().text).toBe('false');
    expect(sql.empty.isEmpty).toBe(true);
    expect(sql`${sql.empty}`.isEmpty).toBe(true);
  });

  it('passes an array as ONE parameter (a PostgreSQL array), so the text does not depend on its length', () => {
    const of = (ids: string[]) => sql`id = any(${ids})`.render();
    expect(of(['a']).text).toBe(of(['a', 'b', 'c']).text);
    expect(of(['a', 'b']).values).toEqual([['a', 'b']]);
  });
});
