import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { searchableRows } from '../../../graphql/auth/rules';
import { query } from '../../../db/statements';
import type { Context } from '../../../graphql/context';
import { badInput } from '../../../graphql/errors';
import { Cost, ListSize, WEIGHTS } from '../../../graphql/demand';
import { searchStatement, searchTerms, type SearchRow } from './search.sql';
import { OWNED_SEARCH_TYPES, SearchHit, SearchResult, SearchType, type SearchReference } from './search.types';

const MAX_TEXT_LENGTH = 100;
const MAX_FIRST = 100;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Cost(WEIGHTS.search)
  @ListSize({ assumedSize: 20, slicingArguments: ['first'] })
  @Query(() => [SearchHit], {
    description:
      'Finds named records of every kind — provinces, prefectures, counties, schools, universities, education ' +
      'bureaus, agencies, people, programmes, events, committees and good practices — by name. Text with Chinese characters is ' +
      'matched against Chinese names (e.g. 固原, 北京大学); other text against English or pinyin names, in any ' +
      'case and with or without spaces (e.g. "Guyuan", "wang jiayi", "wangjiayi"). Names equal to the text come ' +
      'first (score 4), then names starting with it (2 to 3) and names containing it (1 to 2), shorter names ' +
      'first, then names similar to it (trigram word similarity 0.6 to 1, for typos, for text of three ' +
      'characters or more); ties by the name as compared (English names lower-cased, letters and digits ' +
      'only), then id.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('text', () => String, {
      description: 'What to look for: part of a Chinese, English or pinyin name; 1 to 100 characters.',
    })
    text: string,
    @Arg('types', () => [SearchType], {
      nullable: true,
      description: 'Only records of these kinds; all kinds when omitted (none when empty).',
    })
    types: SearchType[] | null | undefined,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many hits to return at most, 1 to 100.' })
    first: number,
  ): Promise<SearchHit[]> {
    const terms = searchTerms(text);
    if (terms.text === '') throw badInput('text', 'give something to search for');
    if ([...text].length > MAX_TEXT_LENGTH) throw badInput('text', `at most ${MAX_TEXT_LENGTH} characters`);
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST) {
      throw badInput('first', `must be between 1 and ${MAX_FIRST}`);
    }
    const kinds = types ?? Object.values(SearchType);
    if (kinds.length === 0) return [];

    // Only names the caller may read are matched (a hidden name must not be found by guessing it).
    const nameField = terms.name === 'name_zh' ? 'nameZh' : 'nameEn';
    const statement = searchStatement(terms, kinds, first, (typeName) =>
      searchableRows(ctx.viewer, typeName, nameField),
    );
    const rows = await query<SearchRow>(ctx.em, statement);
    return rows.map((row) => ({
      type: row.type,
      id: row.id,
      matchedName: row.matched_name,
      score: Math.round(Number(row.score) * 10_000) / 10_000,
    }));
  }

  @FieldResolver(() => SearchResult, {
    description: 'The record found. Select its fields with fragments (`... on County { nameEn province { nameEn } }`).',
  })
  node(@Root() hit: SearchHit, @Ctx() ctx: Context): SearchReference | Promise<object | null> {
    const owned = OWNED_SEARCH_TYPES[hit.type];
    return owned ? ctx.loaders.one(owned).load(hit.id) : { __typename: hit.type, id: hit.id };
  }
}
