import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProvincesCountyPagesDocument, type ProvincesCountyPagesQuery } from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * Nested connections page each parent's list separately, for every parent of the level in one SQL
 * statement (a window function ranks rows within their parent). Expectations are plain SQL.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const PROVINCES = ['45', '51', '53', '62', '64'];

async function expectedCodes(province: string, sql: { where?: string; order: string; limit?: number }) {
  const rows = await api.sql<{ code: string }>(
    `select c.code from directory.county c join directory.province p on p.id = c.province_id
       join directory.prefecture f on f.id = c.prefecture_id
      where p.code = $1 ${sql.where ? `and ${sql.where}` : ''} order by ${sql.order}, c.id ${sql.limit ? `limit ${sql.limit}` : ''}`,
    [province],
  );
  return rows.map((row) => row.code);
}

describe('nested connections', () => {
  it('gives every parent its own filtered, sorted page, in one statement for all parents', async () => {
    const { result, statements } = await api.measure(ProvincesCountyPagesDocument, {
      codes: PROVINCES,
      first: 7,
      where: { kind: { eq: 'COUNTY' } },
      orderBy: [{ field: 'NAME_ZH', direction: 'DESC' }],
    });
    const provinces = dataOf(result).provinces.nodes;
    expect(provinces.map((province) => province.code).sort()).toEqual(PROVINCES);
    for (const province of provinces) {
      const all = await expectedCodes(province.code, {
        where: `c.kind = 'COUNTY'`,
        order: 'c.name_zh desc nulls first',
      });
      expect(province.counties.nodes.map((county) => county.code)).toEqual(all.slice(0, 7));
      expect(province.counties.totalCount).toBe(all.length);
      expect(province.counties.pageInfo.hasNextPage).toBe(all.length > 7);
    }
    // provinces, the county pages of all five, their counts
    expect(statements.length).toBeLessThanOrEqual(3);
  });

  it.each([
    { name: 'by code', orderBy: [], order: 'c.code asc nulls last' },
    {
      name: 'through a relation: prefecture code descending',
      orderBy: [{ field: 'PREFECTURE_CODE', direction: 'DESC' }],
      order: 'f.code desc nulls first',
    },
  ])('walks one parent forward and backward, every row once, in order: $name', async ({ orderBy, order }) => {
    const expected = await expectedCodes('51', { order });
    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const data: ProvincesCountyPagesQuery = dataOf(
        await api.run(ProvincesCountyPagesDocument, { codes: ['51'], first: 30, after, orderBy: orderBy as never }),
      );
      const page = data.provinces.nodes[0]!.counties;
      forward.push(...page.nodes.map((county) => county.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(forward).toEqual(expected);

    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const data: ProvincesCountyPagesQuery = dataOf(
        await api.run(ProvincesCountyPagesDocument, { codes: ['51'], last: 30, before, orderBy: orderBy as never }),
      );
      const page = data.provinces.nodes[0]!.counties;
      backward.unshift(...page.nodes.map((county) => county.code));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor ?? null;
    }
    expect(backward).toEqual(expected);
  });

  it('rejects a page size above the maximum with BAD_USER_INPUT', async () => {
    const result = await api.run(ProvincesCountyPagesDocument, { codes: ['51'], first: 500 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.argumentPath).toBe('first');
  });
});
