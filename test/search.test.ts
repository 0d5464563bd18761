import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containsPattern, SEARCHED_TABLES, searchTerms } from '../src/subgraphs/assistance/search/search.sql';
import {
  DashboardSearchDocument,
  SearchHitKeysDocument,
  SearchScoresDocument,
  type DashboardSearchQuery,
} from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * `search`: one ranked query over the names of every named entity, in Chinese and in pinyin or
 * English, answered by one SQL statement; the hits' fields come from the subgraphs that own them.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

type Hit = DashboardSearchQuery['search'][number];

async function search(variables: { text: string; types?: string[]; first?: number }): Promise<Hit[]> {
  return dataOf(await api.run(DashboardSearchDocument, variables as never)).search;
}

/** The hit's type and its Chinese / English names, whatever the type. */
function describeHit(hit: Hit): { type: string; id: string; nameZh: string | null; nameEn: string } {
  const node = hit.node as {
    __typename: string;
    id: string;
    nameZh?: string;
    eventNameZh?: string | null;
    personNameZh?: string | null;
    nameEn?: string;
    personNameEn?: string | null;
  };
  return {
    type: node.__typename,
    id: node.id,
    nameZh: node.nameZh ?? node.eventNameZh ?? node.personNameZh ?? null,
    nameEn: node.nameEn ?? node.personNameEn ?? '',
  };
}

/** The search statement: a UNION ALL over the searched tables (people.person among them). */
const isSearchStatement = (statement: string) => /\bunion all\b/i.test(statement) && /people\.person/.test(statement);

describe('Chinese names', () => {
  it('固原 finds the prefecture 固原市 (6404) first, then 固原市教育体育局', async () => {
    const hits = await search({ text: '固原' });
    const [first, second] = hits;
    expect(first!.node).toMatchObject({ __typename: 'Prefecture', code: '6404', nameZh: '固原市' });
    expect(first!.matchedName).toBe('固原市');
    expect(describeHit(second!)).toMatchObject({
      type: 'EducationBureau',
      nameZh: '固原市教育体育局',
      nameEn: 'Guyuan Education and Sports Bureau',
    });
    // Both start with the text: the prefix band, between 2 and 3.
    for (const hit of [first!, second!]) {
      expect(hit.score).toBeGreaterThan(2);
      expect(hit.score).toBeLessThanOrEqual(3);
    }
  });

  it('北京大学 ranks Peking University first, as the only exact match', async () => {
    const hits = await search({ text: '北京大学' });
    expect(describeHit(hits[0]!)).toMatchObject({
      type: 'University',
      nameZh: '北京大学',
      nameEn: 'Peking University',
    });
    expect(hits[0]!.score).toBe(4);
    expect(hits.slice(1).every((hit) => hit.score < 4)).toBe(true);
    // Its affiliated high school starts with the name: next.
    expect(describeHit(hits[1]!)).toMatchObject({ type: 'School', nameZh: '北京大学附属中学' });
  });

  it('finds a person by Chinese name', async () => {
    const hits = await search({ text: '王嘉毅', types: ['PERSON'] });
    expect(hits[0]).toMatchObject({ matchedName: '王嘉毅', score: 4 });
    expect(describeHit(hits[0]!)).toMatchObject({ type: 'Person', nameEn: 'Wang Jiayi' });
  });

  it('matches text of one or two characters by substring', async () => {
    const hits = await search({ text: '大学', types: ['UNIVERSITY'], first: 100 });
    const [{ count }] = await api.sql<{ count: string }>(
      `select count(*) from directory.university where name_zh like '%大学%'`,
    );
    expect(hits).toHaveLength(Math.min(100, Number(count)));
    expect(hits.every((hit) => hit.matchedName.includes('大学'))).toBe(true);
  });
});

describe('pinyin and English names, in any case, with or without spaces', () => {
  it.each(['guyuan', 'Guyuan', 'GUYUAN', ' gu yuan '])('%j finds Guyuan City (6404)', async (text) => {
    const hits = await search({ text, types: ['PREFECTURE'] });
    expect(hits[0]!.node).toMatchObject({ __typename: 'Prefecture', code: '6404', nameEn: 'Guyuan City' });
    expect(hits[0]!.matchedName).toBe('Guyuan City');
  });

  it('guyuan also finds the Guyuan Education and Sports Bureau and 沽源县 (Guyuan County, Hebei)', async () => {
    const hits = await search({ text: 'guyuan', first: 100 });
    const found = hits.map(describeHit);
    expect(found).toContainEqual(expect.objectContaining({ type: 'EducationBureau', nameZh: '固原市教育体育局' }));
    expect(found).toContainEqual(expect.objectContaining({ type: 'County', nameZh: '沽源县' }));
  });

  it.each(['wang jiayi', 'wangjiayi', 'Wang Jiayi', 'WANG  JIAYI', 'Wang-Jiayi'])(
    '%j finds Wang Jiayi first, as an exact match',
    async (text) => {
      const hits = await search({ text, types: ['PERSON'], first: 5 });
      expect(describeHit(hits[0]!)).toMatchObject({ type: 'Person', nameZh: '王嘉毅', nameEn: 'Wang Jiayi' });
      expect(hits[0]!).toMatchObject({ matchedName: 'Wang Jiayi', score: 4 });
    },
  );

  it('matches one or two letters at the start of a word of an English name', async () => {
    const people = await search({ text: 'Gu', types: ['PERSON'], first: 100 });
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((hit) => /(^| )gu/i.test(hit.matchedName))).toBe(true);
    const prefectures = await search({ text: 'gu', types: ['PREFECTURE'], first: 100 });
    expect(prefectures.map((hit) => hit.matchedName)).toContain('Guyuan City');
    expect(prefectures.every((hit) => /(^| )gu/i.test(hit.matchedName))).toBe(true);
  });

  it('finds an event by its English name when it has no Chinese one', async () => {
    const [{ name_en: nameEn }] = await api.sql<{ name_en: string }>(
      `select name_en from assistance.event where name_zh is null order by name_en limit 1`,
    );
    const hits = await search({ text: nameEn, types: ['EVENT'] });
    expect(hits[0]).toMatchObject({ matchedName: nameEn, score: 4 });
    expect(describeHit(hits[0]!)).toMatchObject({ type: 'Event', nameEn, nameZh: null });
  });

  it('tolerates a typo in a longer name (trigram word similarity)', async () => {
    const hits = await search({ text: 'Peking Universty', types: ['UNIVERSITY'] });
    expect(describeHit(hits[0]!)).toMatchObject({ type: 'University', nameEn: 'Peking University' });
    expect(hits[0]!.score).toBeGreaterThan(0.6);
    expect(hits[0]!.score).toBeLessThan(1);
  });
});

describe('types', () => {
  it('returns only the kinds asked for', async () => {
    const all = await search({ text: 'guyuan', first: 100 });
    expect(new Set(all.map((hit) => hit.node.__typename)).size).toBeGreaterThan(2);

    const counties = await search({ text: 'guyuan', types: ['COUNTY'], first: 100 });
    expect(counties.length).toBeGreaterThan(0);
    expect(counties.every((hit) => hit.node.__typename === 'County')).toBe(true);
    expect(counties.map((hit) => hit.node.id)).toEqual(
      all.filter((hit) => hit.node.__typename === 'County').map((hit) => hit.node.id),
    );

    const two = await search({ text: '固原', types: ['PREFECTURE', 'EDUCATION_BUREAU'] });
    expect(two.map((hit) => hit.node.__typename).sort()).toEqual(['EducationBureau', 'Prefecture']);
  });

  it('returns nothing for an empty list of kinds', async () => {
    expect(await search({ text: 'guyuan', types: [] })).toEqual([]);
  });

  it('returns each assistance record with its own fields (programmes, committees)', async () => {
    const [program] = await api.sql<{ code: string; name_zh: string }>(
      `select code, name_zh from assistance.program order by code limit 1`,
    );
    const hits = await search({ text: program!.name_zh, types: ['PROGRAM'] });
    expect(hits[0]!.node).toMatchObject({ __typename: 'Program', code: program!.code, nameZh: program!.name_zh });

    const [committee] = await api.sql<{ code: string; name_en: string }>(
      `select code, name_en from assistance.committee order by code limit 1`,
    );
    const committees = await search({ text: committee!.name_en.toLowerCase(), types: ['COMMITTEE'] });
    expect(committees[0]!.node).toMatchObject({ __typename: 'Committee', code: committee!.code });
  });
});

const compact = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The ranking by its definition, over every name at once (no index, no early stop), for comparison
 * with the bounded statement: the score of every name of every table, best first.
 */
async function rankAll(text: string, first: number): Promise<{ type: string; id: string; score: number }[]> {
  const terms = searchTerms(text);
  const x = terms.compared;
  const contained = terms.match === 'words' ? `strpos(${x}, ' ' || $1) > 0` : `strpos(${x}, $1) > 0`;
  const similar = terms.fuzzy ? `when $1 <% ${x} then word_similarity($1, ${x})` : '';
  const scored = SEARCHED_TABLES.map(
    (table) => `select '${table.typeName}' as type, id::text, ${x} as compared,
        case when ${x} = $1 then 4
             when starts_with(${x}, $1) then 2 + length($1)::float8 / length(${x})
             when ${contained} then 1 + length($1)::float8 / length(${x})
             ${similar} end as score
      from ${table.table}`,
  );
  return api.sql<{ type: string; id: string; score: number }>(
    `select type, id, round(score::numeric, 4)::float8 as score
       from (${scored.join(' union all ')}) s where score is not null
      order by s.score desc, compared collate "C", id limit $2`,
    [terms.value, first],
  );
}

describe('ranking', () => {
  // Common text ("wang", 中学) stops early at the page size: the hits must still be the best ones.
  it.each([
    ['wang', 20],
    ['wang', 100],
    ['li', 20],
    ['gu', 50],
    ['中学', 20],
    ['中学', 100],
    ['王', 30],
    ['大学', 100],
    ['guyuan', 100],
    ['wanq', 20],
    ['peking univ', 20],
    ['固原', 100],
    ['wang jiayi', 100],
  ])('%j, first %i: the same hits, in the same order, as ranking every name', async (text, first) => {
    const hits = dataOf(await api.run(SearchHitKeysDocument, { text, first })).search;
    const expected = await rankAll(text, first);
    expect(expected.length).toBeGreaterThan(0);
    expect(hits.map((hit) => ({ type: hit.node.__typename, id: hit.node.id, score: hit.score }))).toEqual(expected);
  });

  it('orders exact, then prefix, then substring, then fuzzy matches; ties by compared name, then id', async () => {
    const hits = dataOf(
      await api.run(SearchHitKeysDocument, { text: 'wang jiayi', types: ['PERSON'], first: 100 }),
    ).search;
    const band = (score: number) => (score === 4 ? 'exact' : score > 2 ? 'prefix' : score > 1 ? 'substring' : 'fuzzy');
    expect(hits[0]).toMatchObject({ matchedName: 'Wang Jiayi', score: 4 });
    // "Wang Jiaying" starts with the text; "Wang Jiayan" is only similar.
    const bands = hits.map((hit) => band(hit.score));
    expect(bands).toContain('prefix');
    expect(bands).toContain('fuzzy');
    const order = ['exact', 'prefix', 'substring', 'fuzzy'];
    expect(bands.map((b) => order.indexOf(b))).toEqual([...bands.map((b) => order.indexOf(b))].sort((a, b) => a - b));
    for (let i = 1; i < hits.length; i++) {
      const [previous, current] = [hits[i - 1]!, hits[i]!];
      expect(previous.score).toBeGreaterThanOrEqual(current.score);
      if (previous.score === current.score) {
        // English names are compared by their letters and digits, lower-cased.
        const [a, b] = [compact(previous.matchedName), compact(current.matchedName)];
        expect(a < b || (a === b && previous.node.id < current.node.id)).toBe(true);
      }
    }
  });

  it('puts a name containing the text after the names starting with it', async () => {
    const hits = await search({ text: 'peking', first: 10 });
    expect(describeHit(hits[0]!)).toMatchObject({ nameEn: 'Peking University' });
    expect(hits[0]!.score).toBeGreaterThan(2);
    const school = hits.find((hit) => hit.matchedName === 'High School Affiliated to Peking University');
    expect(school!.score).toBeGreaterThan(1);
    expect(school!.score).toBeLessThan(2);
  });

  it('respects first and is deterministic', async () => {
    const ten = await search({ text: 'wang', types: ['PERSON'], first: 10 });
    expect(ten).toHaveLength(10);
    expect(await search({ text: 'wang', types: ['PERSON'], first: 10 })).toEqual(ten);
    const three = await search({ text: 'wang', types: ['PERSON'], first: 3 });
    expect(three).toEqual(ten.slice(0, 3));
  });

  it('treats LIKE wildcards, quotes and placeholders in the text as plain characters', async () => {
    expect(await search({ text: '%' })).toEqual([]);
    expect(await search({ text: '__' })).toEqual([]);
    // No name contains these literally: at most similar (trigram) hits, never ones containing the text
    // (`_` as a wildcard would make 北京大学 contain 北_大学).
    for (const text of ['北京%', '北_大学', '%大学', "Xi'an ? :first \\ %_"]) {
      const hits = await search({ text });
      expect(hits.every((hit) => hit.score <= 1)).toBe(true);
    }
    // English names are compared by letters and digits only: punctuation in the text is ignored too.
    expect((await search({ text: 'wang%jiayi', types: ['PERSON'] }))[0]).toMatchObject({ matchedName: 'Wang Jiayi' });
  });
});

describe('hits resolve their fields in the owning subgraph', () => {
  it('a person: Chinese name and appointments from the people subgraph', async () => {
    const [hit] = await search({ text: 'wang jiayi', types: ['PERSON'], first: 1 });
    const node = hit!.node as Extract<Hit['node'], { __typename: 'Person' }>;
    const roles = await api.sql<{ role: string }>(
      `select a.role from people.appointment a join people.person p on p.id = a.person_id
        where p.name_zh = '王嘉毅' order by a.id`,
    );
    expect(node.personNameZh).toBe('王嘉毅');
    expect(roles.length).toBeGreaterThan(0);
    expect(node.appointments.nodes.map((appointment) => appointment.role).sort()).toEqual(
      roles.map((r) => r.role).sort(),
    );
  });

  it('a county and a prefecture: their province from the directory subgraph', async () => {
    const hits = await search({ text: 'guyuan', types: ['COUNTY', 'PREFECTURE'], first: 100 });
    const rows = await api.sql<{ id: string; province: string }>(
      `select c.id, p.name_en as province from directory.county c join directory.province p on p.id = c.province_id
       union all
       select f.id, p.name_en from directory.prefecture f join directory.province p on p.id = f.province_id`,
    );
    const provinceOf = new Map(rows.map((row) => [row.id, row.province]));
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      const node = hit.node as { id: string; province: { nameEn: string } };
      expect(node.province.nameEn).toBe(provinceOf.get(node.id));
    }
    const guyuanCounty = hits.find((hit) => describeHit(hit).nameZh === '沽源县');
    expect((guyuanCounty!.node as { province: { nameEn: string } }).province.nameEn).toBe('Hebei Province');
  });
});

describe('SQL', () => {
  it('answers the search itself with exactly one statement', async () => {
    const { result, statements } = await api.measure(SearchScoresDocument, { text: 'wang jiayi' });
    expect(dataOf(result).search.length).toBeGreaterThan(0);
    expect(statements).toHaveLength(1);
    expect(statements.filter(isSearchStatement)).toHaveLength(1);
  });

  it('needs no more statements for hits of other subgraphs selected by key', async () => {
    const { result, statements } = await api.measure(SearchHitKeysDocument, {
      text: 'wang',
      types: ['PROVINCE', 'PREFECTURE', 'COUNTY', 'SCHOOL', 'UNIVERSITY', 'EDUCATION_BUREAU', 'AGENCY', 'PERSON'],
      first: 100,
    });
    expect(dataOf(result).search).toHaveLength(100);
    expect(statements).toHaveLength(1);
  });

  it('fetches the hits’ fields in one batched statement per kind, however many hits', async () => {
    const { result, statements } = await api.measure(DashboardSearchDocument, { text: 'wang', first: 100 });
    const hits = dataOf(result).search;
    expect(hits).toHaveLength(100);
    expect(statements.filter(isSearchStatement)).toHaveLength(1);
    // The search; per kind found, its records; then the nested fields (provinces, counties, appointments).
    const kinds = new Set(hits.map((hit) => hit.node.__typename)).size;
    expect(statements.length).toBeLessThanOrEqual(1 + kinds + 3);
  });
});

describe('bad input names the argument', () => {
  it.each([
    { name: 'blank text', variables: { text: '   ' }, path: 'text' },
    { name: 'empty text', variables: { text: '' }, path: 'text' },
    { name: 'text over 100 characters', variables: { text: '固'.repeat(101) }, path: 'text' },
    { name: 'first of 0', variables: { text: 'guyuan', first: 0 }, path: 'first' },
    { name: 'first over 100', variables: { text: 'guyuan', first: 101 }, path: 'first' },
  ])('$name', async ({ variables, path }) => {
    const { result, statements } = await api.measure(SearchScoresDocument, variables);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.argumentPath).toBe(path);
    expect(result.errors?.[0]?.message).toContain(path);
    expect(statements).toHaveLength(0);
  });

  it('accepts exactly 100 characters', async () => {
    const result = await api.run(SearchScoresDocument, { text: 'a'.repeat(100) });
    expect(dataOf(result).search).toEqual([]);
  });
});

describe('search terms', () => {
  it('compares Chinese text with Chinese names, other text compacted with English names', () => {
    // One or two characters make no trigram: they go through the index of name characters.
    expect(searchTerms('  固原 ')).toMatchObject({ name: 'name_zh', value: '固原', match: 'characters', fuzzy: false });
    expect(searchTerms('北京大学')).toMatchObject({ name: 'name_zh', value: '北京大学', fuzzy: true });
    expect(searchTerms(' Wang  Jiayi ')).toMatchObject({
      name: 'name_en',
      value: 'wangjiayi',
      match: 'contains',
      fuzzy: true,
    });
    expect(searchTerms('Gu')).toMatchObject({ name: 'name_en', value: 'gu', match: 'words', fuzzy: false });
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
