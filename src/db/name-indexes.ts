import { Index } from '@mikro-orm/core';

/**
 * The expressions `search` compares names by, each with two indexes on every named table: GIN
 * trigrams (pg_trgm), for names containing or similar to a text, and a B-tree on (length, the name
 * byte-wise), for names starting with a text, shortest first. The expressions: the Chinese name, the
 * lower-cased English/pinyin name, and its compact form (letters and digits only, so "wangjiayi"
 * finds "Wang Jiayi"). Queries must use these exact expressions, or the planner cannot use the indexes.
 */
export const NAME_EXPRESSIONS = {
  zh: 'name_zh',
  en: 'lower(name_en)',
  compact: "regexp_replace(lower(name_en), '[^a-z0-9]', '', 'g')",
  /** The Chinese name's characters, for text too short for trigrams. */
  chars: 'string_to_array(name_zh, NULL)',
} as const;

const COMPARED = [
  { prefix: 'name_zh', expression: NAME_EXPRESSIONS.zh },
  { prefix: 'name_en', expression: NAME_EXPRESSIONS.en },
  { prefix: 'name_en_compact', expression: NAME_EXPRESSIONS.compact },
];

/** The B-tree columns of a compared expression's length index (what `search` orders a band by). */
const lengthIndexColumns = (expression: string): string => `length(${expression}), (${expression}) collate "C"`;

const INDEXES = COMPARED.flatMap(({ prefix, expression }) => [
  { suffix: `${prefix}_trgm_idx`, using: `gin ((${expression}) gin_trgm_ops)` },
  { suffix: `${prefix}_length_idx`, using: `btree (${lengthIndexColumns(expression)})` },
]);

/**
 * Declares the name search indexes (trigrams, lengths, and characters for short Chinese text) on an
 * entity, so that schema diffs (`migration:create`) know them and never propose to drop them. The
 * search migrations created them. Also the B-tree on (name_zh, id): a list sorted by the Chinese name
 * is in that order (ties broken by id), so a page is read from it in order and a keyset page seeks
 * straight to its cursor, `(name_zh, id) > ($1, $2)` (Migration20261207150000_name_keyset_indexes).
 */
export function NameSearchIndexes(schema: string, table: string): ClassDecorator {
  return (target) => {
    const keyset = `${table}_name_zh_id_idx`;
    Index({
      name: keyset,
      expression: `create index "${keyset}" on "${schema}"."${table}" ("name_zh", "id")`,
    })(target);
    for (const index of INDEXES) {
      const name = `${table}_${index.suffix}`;
      Index({
        name,
        expression: `create index "${name}" on "${schema}"."${table}" using ${index.using}`,
      })(target);
    }
    const chars = `${table}_name_zh_chars_idx`;
    Index({
      name: chars,
      expression: `create index "${chars}" on "${schema}"."${table}" using gin ((${NAME_EXPRESSIONS.chars}))`,
    })(target);
  };
}
