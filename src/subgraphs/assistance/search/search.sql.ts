import { NAME_EXPRESSIONS } from '../../../db/name-indexes';
import { SearchType } from './search.types';
import { escapeLike } from '../../../graphql/sql/like';
import { sql, type Sql } from '../../../db/sql';

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
  { type: SearchType.PRACTICE, typeName: 'Practice', table: 'assistance.practice' },
];

/*
 * The indexed expressions (src/db/name-indexes.ts: a trigram GIN and a (length, name) B-tree on each,
 * on every searched table). They must stay textually identical to the indexed ones, or the planner
 * cannot use the indexes.
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
      match: long ? 'contains' : 'characters',
      fuzzy: long,
    };
  }
  const compact = lower.replace(/[^a-z0-9]/g, '');
  return compact.length >= TRIGRAM
    ? { text, name: 'name_en', compared: COMPACT, value: compact, match: 'contains', fuzzy: true }
    : { text, name: 'name_en', compared: EN, value: lower, match: 'words', fuzzy: false };
}

/** `%text%` for LIKE, with the wildcards and the escape character escaped. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

export interface SearchRow {
  type: string;
  id: string;
  score: number | string;
  matched_name: string;
}

/** The bands of a ranking, best first: each is a set of names and how to score and order them. */
interface Band {
  name: string;
  /** Which names of a table belong to it (over `X`, the compared expression). */
  where: Sql;
  /** Its score (bands never overlap: equal 4, starting in (2, 3), containing in (1, 2), similar in [0.6, 1]). */
  score: Sql;
  /** Its order within a table: the order of the score, then the tie-breakers. */
  order: Sql;
}

/** The compared expression in the byte order of its (length, name) index (src/db/name-indexes.ts). */
const bytewise = (expr: Sql) => sql`(${expr}) collate "C"`;

/** The bands for `terms`, over the compared expression (the same on every table). */
function bands(terms: SearchTerms): Band[] {
  const X = sql.raw(`(${terms.compared})`);
  const { value } = terms;
  const shorterFirst = sql`length(${X}), ${bytewise(X)}, id`;
  // How much of the name the text covers: ranks shorter names first within the band.
  const coverage = sql`length(${value})::float8 / length(${X})`;
  const contains = containsPattern(value);
  // A PostgreSQL array of the text's distinct characters.
  const characters = [...new Set(value)];
  const contained =
    terms.match === 'words'
      ? sql`${X} like ${`% ${escapeLike(value)}%`}`
      : terms.match === 'characters'
        ? sql`${sql.raw(NAME_EXPRESSIONS.chars)} @> ${characters}::text[] and ${X} like ${contains}`
        : sql`${X} like ${contains}`;
  const ranked: Band[] = [
    // Equal to the text, then starting with it: in length order, the equal names come first.
    {
      name: 'starts',
      where: sql`${bytewise(X)} like ${`${escapeLike(value)}%`}`,
      score: sql`case when length(${X}) = length(${value}) then 4 else 2 + ${coverage} end`,
      order: shorterFirst,
    },
    {
      name: 'contains',
      where: sql`${contained} and not starts_with(${X}, ${value})`,
      score: sql`1 + ${coverage}`,
      order: shorterFirst,
    },
  ];
  if (terms.fuzzy) {
    ranked.push({
      name: 'similar',
      where: sql`${value} <% ${X} and strpos(${X}, ${value}) = 0`,
      score: sql`word_similarity(${value}, ${X})`,
      order: sql`word_similarity(${value}, ${X}) desc, ${bytewise(X)}, id`,
    });
  }
  return ranked;
}

/**
 * One statement for a whole search. Hits fall in bands, best first: names starting with the text,
 * shortest first, so names equal to it (score 4) lead, then the others (2 + the share of the name
 * the text covers); names containing it (1 + that share); for text of three characters or more,
 * names similar to it (pg_trgm word similarity `<%`, at least 0.6, the default threshold). Ties: the
 * compared form of the name byte-wise, then id.
 *
 * Text with Chinese characters is compared with Chinese names; other text with English (pinyin)
 * names, compacted to lower-case letters and digits (so "wangjiayi" equals "Wang Jiayi"), or, for
 * one or two letters, lower-cased as written, where "contains" means a word of the name starts with it.
 *
 * Bounded at any size: each band takes at most `first` names per table, in the band's order, and
 * a band is read only while the better bands hold fewer than `first` hits (a one-time filter), so
 * text common to thousands of names ("wang", 中学) stops early instead of ranking them all. Names
 * starting with the text come in length order from the (length, name) B-tree indexes, seeking each
 * length (PostgreSQL 18 skip scan); containing and similar names from the trigram or character GIN
 * indexes, or in length order when most names contain the text.
 *
 * Values go in as parameters; only the table list and the fixed expressions above are SQL text.
 */
export function searchStatement(
  terms: SearchTerms,
  types: readonly SearchType[],
  first: number,
  /** A fixed SQL condition on the rows of a type whose names the caller may read, if not all. */
  visibleRows: (typeName: string) => Sql | undefined = () => undefined,
): Sql {
  const tables = SEARCHED_TABLES.filter((table) => types.includes(table.type));
  const ranked = bands(terms);
  const ctes = ranked.map((band, index) => {
    const branches = tables.map((table) => {
      const visible = visibleRows(table.typeName);
      const condition = visible ? sql`${band.where} and (${visible})` : band.where;
      return sql`(select ${sql.raw(`'${table.typeName}'`)} as type, id, ${sql.raw(terms.name)} as name, ${sql.raw(terms.compared)} as compared, ${band.score} as score
      from ${sql.raw(table.table)} where ${condition}
      order by ${band.order} limit ${first})`;
    });
    // The better bands' hits: when they fill the page, this band is not read at all.
    const better = ranked
      .slice(0, index)
      .map((earlier) => sql`(select count(*) from ${sql.raw(`band_${earlier.name}`)})`);
    const gate = better.length ? sql`\n  where ${sql.join(better, ' + ')} < ${first}` : sql.empty;
    return sql`${sql.raw(`band_${band.name}`)} as materialized (\n  select * from (\n    ${sql.join(branches, '\n    union all\n    ')}\n  ) found${gate}\n)`;
  });
  const hits = ranked.map((band) => sql.raw(`select * from band_${band.name}`));
  return sql`with ${sql.join(ctes, ',\n')}
select type, id, name as matched_name, score
from (${sql.join(hits, ' union all ')}) hits
order by score desc, ${bytewise(sql.raw('compared'))}, id
limit ${first}`;
}
