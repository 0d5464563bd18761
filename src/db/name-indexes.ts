import { Index } from '@mikro-orm/core';

/**
 * The expressions `search` compares names by, each with a GIN trigram index (pg_trgm) on every named
 * table: the Chinese name, the lower-cased English/pinyin name, and its compact form (letters and
 * digits only, so "wangjiayi" finds "Wang Jiayi"). Queries must use these exact expressions, or the
 * planner cannot use the indexes.
 */
export const NAME_EXPRESSIONS = {
  zh: 'name_zh',
  en: 'lower(name_en)',
  compact: "regexp_replace(lower(name_en), '[^a-z0-9]', '', 'g')",
  /** The Chinese name's characters, for text too short for trigrams. */
  chars: 'string_to_array(name_zh, NULL)',
} as const;

const INDEXES = [
  { suffix: 'name_zh_trgm_idx', expression: NAME_EXPRESSIONS.zh },
  { suffix: 'name_en_trgm_idx', expression: `(${NAME_EXPRESSIONS.en})` },
  { suffix: 'name_en_compact_trgm_idx', expression: `(${NAME_EXPRESSIONS.compact})` },
];

/**
 * Declares the name search indexes (trigrams, and characters for short Chinese text) on an entity, so that schema diffs (`migration:create`) know
 * them and never propose to drop them. They were created by the search migration.
 */
export function TrigramNameIndexes(schema: string, table: string): ClassDecorator {
  return (target) => {
    for (const index of INDEXES) {
      const name = `${table}_${index.suffix}`;
      Index({
        name,
        expression: `create index "${name}" on "${schema}"."${table}" using gin (${index.expression} gin_trgm_ops)`,
      })(target);
    }
    const chars = `${table}_name_zh_chars_idx`;
    Index({
      name: chars,
      expression: `create index "${chars}" on "${schema}"."${table}" using gin ((${NAME_EXPRESSIONS.chars}))`,
    })(target);
  };
}
