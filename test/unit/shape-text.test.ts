import { describe, expect, it } from 'vitest';
import { reshaper, VALUE, type Shape } from '../../src/graphql/sql/shape';
import { jsonValueText, textReshaper, ShapeTextError } from '../../src/graphql/sql/shape-text';
import { jsonString, rowWriter, type Tree } from '../../src/graphql/sql/rows';
import { sql } from '../../src/db/sql';

/*
 * The compiled path writes PostgreSQL's positional JSON text into the response with its keys put in,
 * without parsing it: the bytes must be those of parse → reshape → JSON.stringify, whatever PostgreSQL
 * wrote (its spacing, number forms, escapes, JSON held in one scalar).
 */

const object = (keys: string[], fields: Shape[]): Shape => ({ kind: 'object', keys, fields });
const list = (item: Shape): Shape => ({ kind: 'list', item });

function both(shape: Shape, text: string): { text: string; parsed: string } {
  const write = textReshaper(shape);
  if (!write) throw new Error('no text reshaper');
  return { text: write(text), parsed: JSON.stringify(reshaper(shape)(JSON.parse(text))) };
}

const school = object(['id', 'nameZh', 'county'], [VALUE, VALUE, object(['nameEn', 'code'], [VALUE, VALUE])]);
const page = object(
  ['totalCount', 'edges', 'pageInfo'],
  [VALUE, list(object(['cursor', 'node'], [VALUE, school])), object(['hasNextPage', 'endCursor'], [VALUE, VALUE])],
);

describe('textReshaper', () => {
  const cases: [string, Shape, string][] = [
    [
      'PostgreSQL spacing (json_build_array, json_agg)',
      page,
      '[2, [["c1", ["a", "学校", ["X", "64"]]], \n ["c2", ["b", "中学", null]]], [false, "c2"]]',
    ],
    ['an empty and a null list', object(['a', 'b'], [list(VALUE), list(VALUE)]), '[[], null]'],
    ['a null object', object(['a'], [school]), '[null]'],
    ['a null answer', school, 'null'],
    [
      'escapes written as JSON.stringify writes them',
      object(['s', 't', 'u'], [VALUE, VALUE, VALUE]),
      String.raw`["quote \" backslash \\ tab \t newline \n", "\u0001\u001f control", "\u00e9 \u4e2d written out"]`,
    ],
    [
      'numbers in forms JSON.stringify writes otherwise',
      object(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [VALUE, VALUE, VALUE, VALUE, VALUE, VALUE, VALUE]),
      '[1.50, 1e3, -0, 12345678901234567890, 0.1, -7, 0]',
    ],
    [
      'JSON held in one scalar (key order as JavaScript keeps it)',
      object(['json', 'list'], [VALUE, VALUE]),
      '[{"b": 1, "10": [1, 2.0], "a": {"x": null}}, [ "x" , 1.0, true, false ]]',
    ],
    [
      'strings with and without escapes, one after another',
      object(['a', 'b', 'c', 'd'], [VALUE, VALUE, VALUE, VALUE]),
      String.raw`["plain", "a\"b", "plain again 中", "end\\"]`,
    ],
    ['booleans', object(['t', 'f'], [VALUE, VALUE]), '[true,false]'],
    ['no keys', object([], []), '[]'],
  ];
  for (const [name, shape, text] of cases) {
    it(name, () => {
      const result = both(shape, text);
      expect(result.text).toBe(result.parsed);
    });
  }

  it('refuses text that is not of the shape (the caller then parses)', () => {
    const write = textReshaper(object(['a', 'b'], [VALUE, VALUE]))!;
    expect(() => write('[1]')).toThrow(ShapeTextError);
    expect(() => write('[1, 2, 3]')).toThrow(ShapeTextError);
    expect(() => write('{"a": 1}')).toThrow(ShapeTextError);
    expect(() => write('[1, "open]')).toThrow(ShapeTextError);
    expect(() => write('[1, 2] x')).toThrow(ShapeTextError);
  });

  it('is not made for a shape with a key twice (parsing keeps the last value at the first place)', () => {
    expect(textReshaper(object(['a', 'a'], [VALUE, VALUE]))).toBeUndefined();
  });
});

describe('rows written as JSON (rows.ts)', () => {
  it('writes each column as JSON.stringify writes its value, an object null where its guard column is', () => {
    let next = 0; // each leaf its own column
    const leaf = (as: 'string' | 'int' | 'boolean' | 'json'): Tree => ({
      kind: 'leaf',
      sql: sql.raw(`x${next++}`),
      as,
    });
    const tree: Tree = {
      kind: 'object',
      keys: ['__typename', 'name', 'n', 'ok', 'share', 'county'],
      fields: [
        { kind: 'const', json: '"School"' },
        leaf('string'),
        leaf('int'),
        leaf('boolean'),
        leaf('json'),
        { kind: 'object', keys: ['code'], fields: [leaf('string')], nullWhen: sql.raw('c.id') },
      ],
    };
    const columns: unknown[] = [];
    const write = rowWriter(tree, columns as never);
    // Columns in order: name, n, ok, share, the county's guard, its code.
    expect(columns).toHaveLength(6);
    const value = {
      __typename: 'School',
      name: 'a "q" \\ \u0001 é',
      n: -3,
      ok: true,
      share: 1.5,
      county: { code: '01' },
    };
    expect(write([value.name, '-3', 't', '1.50', 'id', '01'])).toBe(JSON.stringify(value));
    expect(write([null, null, 'f', null, null, null])).toBe(
      JSON.stringify({ __typename: 'School', name: null, n: null, ok: false, share: null, county: null }),
    );
  });

  it('sends a column selected twice once, and guards an object by a NOT NULL column of it when one is selected', () => {
    const column = (text: string, notNull = false): Tree => ({
      kind: 'leaf',
      sql: sql.raw(text),
      as: 'string',
      notNull,
    });
    const tree: Tree = {
      kind: 'object',
      keys: ['id', 'again', 'county', 'province'],
      fields: [
        column('s.id'),
        column('s.id'),
        {
          kind: 'object',
          keys: ['name', 'code'],
          fields: [column('c.name'), column('c.code', true)],
          nullWhen: sql.raw('c.id'),
        },
        { kind: 'object', keys: ['name'], fields: [column('p.name')], nullWhen: sql.raw('p.id') },
      ],
    };
    const columns: { texts: readonly string[] }[] = [];
    const write = rowWriter(tree, columns as never);
    // s.id once; the county guarded by its code (no c.id); the province, with no NOT NULL column, by p.id.
    expect(columns.map((one) => one.texts[0])).toEqual(['s.id', 'c.code', 'c.name', 'p.id', 'p.name']);
    expect(write(['1', '02', null, 'p', 'P'])).toBe(
      JSON.stringify({ id: '1', again: '1', county: { name: null, code: '02' }, province: { name: 'P' } }),
    );
    expect(write(['1', null, null, null, null])).toBe(
      JSON.stringify({ id: '1', again: '1', county: null, province: null }),
    );
  });

  it('writes strings as JSON.stringify does (quotes, controls, lone and paired surrogates, U+2028)', () => {
    for (const text of [
      '',
      'plain',
      '中学',
      'a"b',
      'a\\b',
      '\u0000\u001f\n',
      '😀',
      '\ud800x',
      'x\udfff',
      '\u2028\u2029',
      '\u007f',
    ]) {
      expect(jsonString(text)).toBe(JSON.stringify(text));
    }
  });

  it('normalises a JSON column as parse → stringify would', () => {
    expect(jsonValueText(' 1.50')).toBe('1.5');
    expect(jsonValueText('"\\u00e9"')).toBe('"é"');
    expect(jsonValueText('{"a": [1, 2.0]}')).toBe('{"a":[1,2]}');
  });
});
