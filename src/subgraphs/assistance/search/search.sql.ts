import { NAME_EXPRESSIONS } from '../../../db/name-indexes';
import { SearchType } from './search.types';

/** A searched table: every named entity has `name_zh` (Chinese) and `name_en` (English or pinyin). */
interface SearchedTable {
  type: SearchType;
  /** The GraphQL type name of its rows. */
  typeName: string;
  /** Schema-qualified table name. */
  table: string;
}

/** Every named entity, in the order the `SearchType` enum lists them. */
export const SEARCHED_TABLES: readonly SearchedTable[] = [
  { type: SearchType.PROVINCE, typeName: 'Province', table: 'directory.province' },
  { type: SearchType.PREFECTURE, typeName: 'Prefecture', table: 'directory.prefecture' },
  { type: SearchType.COUNTY, typeName: 'County', table: 'directory.county' },
  { type: SearchType.SCHOOL, typeName: 'School', table: 'directory.school' },
  { type: SearchType.UNIVERSITY, typeName: 'University', table: 'directory.university' },
  { type: SearchType.EDUCATION_BUREAU, typeName: 'EducationBureau', table: 'directory.education_bureau' },
  { type: SearchType.AGENCY, typeName: 'Agency', table: 'directory.agency' },
  { type: SearchType.PERSON, typeName: 'Person', table: 'people.person' },
  { type: SearchType.PROGRAM, typeName: 'Program', table: 'assistance.program' },
  { type: SearchType.EVENT, typeName: 'Event', table: 'assistance.event' },
  { type: SearchType.COMMITTEE, typeName: 'Committee', table: 'assistance.committee' },
];

/*
 * The indexed expressions (migrations/Migration20261122160500_search_trigram_indexes.ts creates a
 * GIN gin_trgm_ops index on each, on every searched table). They must stay textually identical to
 * the indexed ones, or the planner cannot use the indexes.
 */
const ZH = NAME_EXPRESSIONS.zh;
const EN = NAME_EXPRESSIONS.en;
const COMPACT = NAME_EXPRESSIONS.compact;

/** How a search text is compared with the names. */
export interface SearchTerms {
  /** The trimmed text with inner whitespace collapsed. */
  text: string;
  /** `name_zh` for text with Chinese characters (English and pinyin names have none), else `name_en`. */
  name: 'name_zh' | 'name_en';
  /** The indexed expression the text is compared with. */
  compared: string;
  /** The text in the same form as `compared`. */
  value: string;
  /** The text lower-cased, for the similarity of English names as written (with their spaces). */
  lower: string;
  /**
   * `contains`: names containing the text, or (`fuzzy`) similar to it. `words`: English names with a
   * word starting with the text, for text of one or two letters (a trigram is three characters: only
   * a word start, padded by pg_trgm, gives such short text trigrams an index can look up).
   */
  match: 'contains' | 'words' | 'characters';
  /** Whether names similar to the text are candidates too (text of three characters or more). */
  fuzzy: boolean;
}

/** The shortest text that makes a trigram. */
const TRIGRAM = 3;

export function searchTerms(raw: string): SearchTerms {
  const text = raw.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  if (/\p{Script=Han}/u.test(text)) {
    // Chinese has no word boundaries: one or two characters are matched as a substring, found through
    // the index of each name's characters (trigrams need three).
    const long = [...text].length >= TRIGRAM;
    return {
      text,
      name: 'name_zh',
      compared: ZH,
      value: text,
      lower,
      match: long ? 'contains' : 'characters',
      fuzzy: long,
    };
  }
  const compact = lower.replace(/[^a-z0-9]/g, '');
  return compact.length >= TRIGRAM
    ? { text, name: 'name_en', compared: COMPACT, value: compact, lower, match: 'contains', fuzzy: true }
    : { text, name: 'name_en', compared: EN, value: lower, lower, match: 'words', fuzzy: false };
}

/** `text` with the LIKE wildcards and the escape character (backslash, the default) escaped. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%text%` for LIKE, with the wildcards and the escape character escaped. */
export function containsPattern(text: string): string {
  return `%${likeEscape(text)}%`;
}

export interface SearchRow {
  type: string;
  id: string;
  score: number | string;
  matched_name: string;
}

/**
 * One statement for a whole search: a UNION ALL over the searched tables picks the candidates with
 * conditions the trigram indexes serve, then each candidate is ranked and the best `first` returned.
 *
 * Text with Chinese characters is compared with Chinese names; other text with English (pinyin)
 * names, compacted to lower-case letters and digits (so "wangjiayi" equals "Wang Jiayi").
 * Candidates: names containing the text, or, for text of three characters or more, similar to it
 * (pg_trgm word similarity `<%`: at least 0.6, the default threshold); for English text of one or
 * two letters, names with a word starting with it (lower-cased name as written).
 *
 * Ranking: names equal to the text, then names starting with it, then names containing it, then the
 * similar ones; within each band by score, then name, then id. Score: 4 when equal; 2 + similarity
 * when starting with the text; 1 + similarity when containing it; the word similarity (0.6 to 1) when
 * only similar. The similarity is pg_trgm's, of the whole name (for English names the greater of the
 * name as written, lower-cased, and compacted), so that within a band the names closest to the text
 * as a whole come first.
 *
 * Values go in as parameters (MikroORM quotes them); only the table list and the fixed expressions
 * above are part of the SQL text.
 */
export function searchStatement(
  terms: SearchTerms,
  types: readonly SearchType[],
  first: number,
): { sql: string; params: unknown[] } {
  // One branch per table and condition (rather than one per table with OR): each branch's single
  // condition is one the trigram index serves, which keeps the planner on the index for mid-sized
  // tables. The conditions carry their values inline: the planner needs them to pick the index.
  const conditions =
    terms.match === 'words'
      ? [`${terms.compared} like :startsWith`, `${terms.compared} like :wordStartsWith`]
      : terms.match === 'characters'
        ? [`${NAME_EXPRESSIONS.chars} @> :characters::text[] and ${terms.compared} like :contains`]
        : [`${terms.compared} like :contains`];
  if (terms.fuzzy) conditions.push(`:value <% ${terms.compared}`);
  // Each further branch leaves out what the earlier ones of its table found.
  const exclusive = conditions.map((condition, i) =>
    [condition, ...conditions.slice(0, i).map((earlier) => `not ${earlier}`)].join(' and '),
  );
  const branches = SEARCHED_TABLES.filter((table) => types.includes(table.type)).flatMap((table) =>
    exclusive.map(
      (condition) =>
        `select '${table.typeName}' as type, id, ${terms.name} as name, name_en, ${terms.compared} as compared\n` +
        `      from ${table.table} where ${condition}`,
    ),
  );
  const similarity =
    terms.name === 'name_en'
      ? 'greatest(similarity(compared, q.value), similarity(lower(name_en), q.lower))'
      : 'similarity(compared, q.value)';

  const sql = `with q (value, lower) as (select :value::text, :lower::text),
candidates as materialized (
  select type, id, name, compared, ${similarity} as similarity
  from (
    ${branches.join('\n    union all\n    ')}
  ) found cross join q
),
ranked as (
  select c.*, q.value,
    case
      when c.compared = q.value then 3
      when starts_with(c.compared, q.value) then 2
      when strpos(c.compared, q.value) > 0 then 1
      else 0
    end as band
  from candidates c cross join q
)
select type, id, name as matched_name,
  case band when 3 then 4 when 2 then 2 + similarity when 1 then 1 + similarity
    else word_similarity(value, compared) end as score
from ranked
order by band desc, score desc, matched_name, id
limit :first`;
  return positional(sql, {
    value: terms.value,
    lower: terms.lower,
    contains: containsPattern(terms.value),
    // A PostgreSQL array literal of the text's distinct characters, each quoted.
    characters: `{${[...new Set(terms.value)].map((c) => `"${c.replace(/["\\]/g, '\\$&')}"`).join(',')}}`,
    startsWith: `${likeEscape(terms.value)}%`,
    wordStartsWith: `% ${likeEscape(terms.value)}%`,
    first,
  });
}

/** Turns `:name` placeholders into MikroORM's positional `?`, with the values in order of appearance. */
function positional(sql: string, values: Record<string, unknown>): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z]+)\b/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`search SQL: no value for :${name}`);
    params.push(values[name]);
    return '?';
  });
  return { sql: text, params };
}
