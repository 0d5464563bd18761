import type { Sql } from '../../db/sql';
import { jsonValueText } from './shape-text';

/**
 * A list answered as plain rows: PostgreSQL returns one row per item, each selected value its own
 * column as PostgreSQL's text, and the answer's JSON text is written here. Building JSON in
 * PostgreSQL (json_build_array per row, json_agg over them) cost it about a third of a short list's
 * statement; Node writes the same bytes for less (shape-text.ts writes the other form).
 */

/** How a column's text becomes JSON: every value as JSON.stringify would write the resolvers' value. */
export type LeafKind =
  /** text, varchar, uuid, a date formatted by to_char, an enum's name: a JSON string. */
  | 'string'
  /** int2 / int4: PostgreSQL's text is the JSON number. */
  | 'int'
  /** boolean: `t` / `f`. */
  | 'boolean'
  /** anything else: the column is `to_json(…)`, its text normalised as shape-text.ts does. */
  | 'json';

/** The selection on one item, as columns (`sql`) and how to write them back as the item's JSON. */
export type Tree =
  /** `notNull`: a NOT NULL column read as it is, so null only where its row is missing (a guard). */
  | { kind: 'leaf'; sql: Sql; as: LeafKind; notNull?: boolean }
  /** A value known when compiling (`__typename`): its JSON text. */
  | { kind: 'const'; json: string }
  /** An object; `nullWhen` (a to-one relation's id): the object is null where that column is. */
  | { kind: 'object'; keys: string[]; fields: Tree[]; nullWhen?: Sql };

export type Cell = string | null;
export type RowWriter = (row: readonly Cell[]) => string;

/** What JSON.stringify escapes in a string (and surrogates, left to it): most values have none. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON.stringify writes it, without its call where nothing needs escaping (the usual case). */
export function jsonString(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

const LEAF: Record<LeafKind, (cell: string) => string> = {
  string: jsonString,
  int: (cell) => cell,
  boolean: (cell) => (cell === 't' ? 'true' : 'false'),
  json: jsonValueText,
};

/**
 * The index of `column` in `columns`, appended unless the same SQL (without parameters) is there:
 * a value selected twice (a sort key that is also a field) is sent once.
 */
export function columnIndex(columns: Sql[], column: Sql): number {
  if (!column.values.length) {
    const text = column.texts[0];
    const found = columns.findIndex((other) => !other.values.length && other.texts[0] === text);
    if (found >= 0) return found;
  }
  return columns.push(column) - 1;
}

/**
 * The function writing one item's JSON from its row, and the columns it reads (added to `columns`,
 * each an SQL expression, once; a column's index is its place there).
 */
export function rowWriter(tree: Tree, columns: Sql[]): RowWriter {
  switch (tree.kind) {
    case 'const':
      return () => tree.json;
    case 'leaf': {
      const index = columnIndex(columns, tree.sql);
      const write = LEAF[tree.as];
      return (row) => {
        const cell = row[index];
        return cell === null || cell === undefined ? 'null' : write(cell);
      };
    }
    case 'object': {
      // A NOT NULL column of the object's row, when one is selected, tells as well as its id whether
      // the row is there: one column fewer per row.
      const sure = tree.fields.find((field) => field.kind === 'leaf' && field.notNull);
      const guard = tree.nullWhen ? columnIndex(columns, sure?.kind === 'leaf' ? sure.sql : tree.nullWhen) : -1;
      const heads = keyHeads(tree.keys);
      const fields = tree.fields.map((field) => rowWriter(field, columns));
      const empty = fields.length === 0;
      return (row) => {
        if (guard >= 0 && (row[guard] === null || row[guard] === undefined)) return 'null';
        if (empty) return '{}';
        let out = '';
        for (let index = 0; index < fields.length; index++) out += heads[index]! + fields[index]!(row);
        return `${out}}`;
      };
    }
  }
}

/** Each key's text before its value: `{"a":`, `,"b":`… */
function keyHeads(keys: readonly string[]): string[] {
  return keys.map((key, index) => `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`);
}

/** An object of writers' values (an edge, the connection, its page info): keys in the client's order. */
export function objectWriter(keys: readonly string[]): (values: readonly string[]) => string {
  if (!keys.length) return () => '{}';
  const heads = keyHeads(keys);
  return (values) => {
    let out = '';
    for (let index = 0; index < heads.length; index++) out += heads[index]! + values[index]!;
    return `${out}}`;
  };
}
