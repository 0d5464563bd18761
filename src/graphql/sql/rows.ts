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
  | { kind: 'leaf'; sql: Sql; as: LeafKind }
  /** A value known when compiling (`__typename`): its JSON text. */
  | { kind: 'const'; json: string }
  /** An object; `nullWhen` (a to-one relation's id): the object is null where that column is. */
  | { kind: 'object'; keys: string[]; fields: Tree[]; nullWhen?: Sql };

export type Cell = string | null;
export type RowWriter = (row: readonly Cell[]) => string;

const LEAF: Record<LeafKind, (cell: string) => string> = {
  string: (cell) => JSON.stringify(cell),
  int: (cell) => cell,
  boolean: (cell) => (cell === 't' ? 'true' : 'false'),
  json: jsonValueText,
};

/**
 * The function writing one item's JSON from its row, and the columns it reads (appended to
 * `columns`, each an SQL expression; a column's index is its place there).
 */
export function rowWriter(tree: Tree, columns: Sql[]): RowWriter {
  switch (tree.kind) {
    case 'const':
      return () => tree.json;
    case 'leaf': {
      const index = columns.push(tree.sql) - 1;
      const write = LEAF[tree.as];
      return (row) => {
        const cell = row[index];
        return cell === null || cell === undefined ? 'null' : write(cell);
      };
    }
    case 'object': {
      const guard = tree.nullWhen ? columns.push(tree.nullWhen) - 1 : -1;
      const heads = tree.keys.map((key, index) => `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`);
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

/** An object of writers from a whole result (the connection, its page info): keys in the client's order. */
export function objectText(keys: readonly string[], values: readonly string[]): string {
  if (!keys.length) return '{}';
  let out = '';
  for (let index = 0; index < keys.length; index++) {
    out += `${index === 0 ? '{' : ','}${JSON.stringify(keys[index])}:${values[index]!}`;
  }
  return `${out}}`;
}
