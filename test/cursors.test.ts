import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageArgs } from '../src/graphql/connection';
import { paginate, planPage } from '../src/graphql/listing/keyset';
import { EVERY_ROW, type SortKey } from '../src/graphql/listing/listing';
import { County } from '../src/subgraphs/directory/county/county.entity';
import {
  ActivitiesPageDocument,
  ProvincesCountyPagesDocument,
  SchoolMetricsPageDocument,
  SchoolsPageDocument,
} from './generated/operations';
import { dataOf, startTestApi, type GraphQLResult, type TestApi } from './support/api';

/*
 * Paging cursors are client input. A cursor decodes to `{ s: signature, v: [sort values…, id] }`;
 * every value must be one its sort key's column could hold (null only where the key can be null), or
 * the cursor is rejected as BAD_USER_INPUT naming the argument, before any SQL is sent. Real cursors
 * keep paging as before. Expectations of the real-cursor cases are plain SQL.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

interface Payload {
  s: string;
  v: unknown[];
}

const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Payload;
const encodeText = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const encode = (payload: unknown) => encodeText(JSON.stringify(payload));
/** The cursor with its values changed by `change`. */
const forge = (cursor: string, change: (values: unknown[]) => unknown[]) => {
  const payload = decode(cursor);
  return encode({ ...payload, v: change([...payload.v]) });
};

const UUID = '018cc252-0000-7000-8000-000000000000';

type Document = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
const doc = <T>(document: T) => document as unknown as Document;

interface PageData {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null; startCursor?: string | null };
  nodes: { id: string }[];
}

async function page(document: Document, list: string, variables: Record<string, unknown>): Promise<PageData> {
  return dataOf(await api.run(document, variables))[list] as PageData;
}

/** One BAD_USER_INPUT error naming the argument, no SQL in it, no data, and no SQL sent at all. */
function expectRejected(
  { result, statements }: { result: GraphQLResult<Record<string, unknown>>; statements: string[] },
  argument: 'after' | 'before',
) {
  expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error!.extensions?.argumentPath).toBe(argument);
  expect(error!.message).toBe(`${argument}: is not a cursor from this list`);
  expect(JSON.stringify(result)).not.toMatch(/\bselect\b|"\."|\bnulls (first|last)\b|\$\d/i);
  expect(result.data ?? null).toBeNull();
  expect(statements).toEqual([]);
}

/** Value forgeries every key type must refuse (the id, at the end, is left real). */
const FORGED_VALUES: { name: string; value: unknown }[] = [
  { name: 'an object', value: { a: 1 } },
  { name: 'an operator object', value: { $ne: null } },
  { name: 'an array', value: ['a', 'b'] },
];

describe('a school list ordered by the Chinese name (string key)', () => {
  const orderBy = [{ field: 'NAME_ZH' }];
  let cursor: string;
  beforeAll(async () => {
    cursor = (await page(doc(SchoolsPageDocument), 'schools', { first: 2, orderBy })).pageInfo.endCursor!;
    expect(decode(cursor).v).toEqual([expect.any(String), expect.stringMatching(/^[0-9a-f-]{36}$/)]);
  });

  const run = (variables: Record<string, unknown>) => api.measure(doc(SchoolsPageDocument), { orderBy, ...variables });

  it.each([
    ...FORGED_VALUES,
    { name: 'a number', value: 42 },
    { name: 'a boolean', value: true },
    { name: 'null (the name is never null)', value: null },
    { name: 'a string of 1,500 characters', value: 'a'.repeat(1500) },
  ])('refuses a cursor whose name is $name', async ({ value }) => {
    const forged = forge(cursor, ([, id]) => [value, id]);
    expectRejected(await run({ first: 2, after: forged }), 'after');
    expectRejected(await run({ last: 2, before: forged }), 'before');
  });

  it.each([
    { name: 'not a uuid', value: 'not-a-uuid' },
    { name: 'an upper-case uuid', value: UUID.toUpperCase() },
    { name: 'a number', value: 7 },
    { name: 'an object', value: { $gt: '' } },
    { name: 'null', value: null },
  ])('refuses a cursor whose id is $name', async ({ value }) => {
    const forged = forge(cursor, ([name]) => [name, value]);
    expectRejected(await run({ first: 2, after: forged }), 'after');
  });

  it('refuses a 10 KB cursor, even one that would decode to real values', async () => {
    const { s, v } = decode(cursor);
    const padded = `{"s":${JSON.stringify(s)},"v":${JSON.stringify(v)}${' '.repeat(10_000)}}`;
    expect(JSON.parse(padded)).toEqual({ s, v });
    // Refused by the cap on every string input (server/protection/input-guard.ts), before any SQL.
    const { result, statements } = await run({ first: 2, after: encodeText(padded) });
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentPath])).toEqual([
      ['BAD_USER_INPUT', 'after'],
    ]);
    expect(statements).toEqual([]);
  });

  it.each([
    { name: 'an extra value', cursor: () => forge(cursor, (values) => [...values, 'x']) },
    { name: 'a missing value', cursor: () => forge(cursor, (values) => values.slice(1)) },
    { name: 'values that are not a list', cursor: () => encode({ s: decode(cursor).s, v: { 0: 'a', 1: UUID } }) },
    { name: 'JSON that is not an object', cursor: () => encode('cursor') },
    { name: 'JSON null', cursor: () => encode(null) },
    { name: 'not base64', cursor: () => '!!!***~~~' },
    { name: 'not JSON', cursor: () => encodeText('not json') },
  ])('refuses a cursor with $name', async ({ cursor: make }) => {
    expectRejected(await run({ first: 2, after: make() }), 'after');
  });

  it('still pages forward and backward with real cursors', async () => {
    const expected = await api.sql<{ id: string }>(
      'select id from directory.school order by name_zh asc nulls last, id asc limit 4',
    );
    const ids = expected.map((row) => row.id);
    const first = await page(doc(SchoolsPageDocument), 'schools', { first: 2, orderBy });
    expect(first.nodes.map((node) => node.id)).toEqual(ids.slice(0, 2));
    const second = await page(doc(SchoolsPageDocument), 'schools', { first: 2, after: cursor, orderBy });
    expect(second.nodes.map((node) => node.id)).toEqual(ids.slice(2, 4));
    const back = await page(doc(SchoolsPageDocument), 'schools', {
      last: 2,
      before: second.pageInfo.startCursor,
      orderBy,
    });
    expect(back.nodes.map((node) => node.id)).toEqual(ids.slice(0, 2));
  });
});

describe('an activity list ordered by a date and by an integer', () => {
  const run = (field: string, after: string) =>
    api.measure(doc(ActivitiesPageDocument), { first: 2, after, orderBy: [{ field }] });
  const realCursor = async (field: string) =>
    (await page(doc(ActivitiesPageDocument), 'activities', { first: 2, orderBy: [{ field }] })).pageInfo.endCursor!;

  it.each([
    ...FORGED_VALUES,
    { name: 'a number', value: 20240101 },
    { name: 'null (the start date is never null)', value: null },
    { name: 'a day that does not exist', value: '2024-02-30' },
    { name: 'a month that does not exist', value: '2024-13-01' },
    { name: 'year zero', value: '0000-01-01' },
    { name: 'a word PostgreSQL reads as a date', value: 'yesterday' },
    { name: 'a timestamp', value: '2024-01-01T00:00:00Z' },
  ])('refuses a start-date cursor whose date is $name', async ({ value }) => {
    const cursor = await realCursor('START_DATE');
    expect(decode(cursor).v[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expectRejected(
      await run(
        'START_DATE',
        forge(cursor, ([, id]) => [value, id]),
      ),
      'after',
    );
  });

  it.each([
    ...FORGED_VALUES,
    { name: 'a fraction', value: 1.5 },
    { name: 'beyond a 32-bit integer', value: 2 ** 31 },
    { name: 'a huge number', value: 1e300 },
    { name: 'a numeric string', value: '5' },
    { name: 'a boolean', value: false },
    { name: 'null (reach is never null)', value: null },
  ])('refuses a reach cursor whose number is $name', async ({ value }) => {
    const cursor = await realCursor('REACH');
    expect(decode(cursor).v[0]).toEqual(expect.any(Number));
    expectRejected(
      await run(
        'REACH',
        forge(cursor, ([, id]) => [value, id]),
      ),
      'after',
    );
  });

  it.each([
    { field: 'START_DATE', order: 'start_date' },
    { field: 'REACH', order: 'reach' },
  ])('still pages with a real $field cursor', async ({ field, order }) => {
    const expected = await api.sql<{ id: string }>(
      `select id from assistance.activity order by ${order} asc nulls last, id asc limit 2 offset 2`,
    );
    const next = await page(doc(ActivitiesPageDocument), 'activities', {
      first: 2,
      after: await realCursor(field),
      orderBy: [{ field }],
    });
    expect(next.nodes.map((node) => node.id)).toEqual(expected.map((row) => row.id));
  });
});

describe('a nullable integer key (schools by founding year, nulls first)', () => {
  const orderBy = [{ field: 'FOUNDED_YEAR', direction: 'DESC' }];

  it('pages past a real cursor holding null, and refuses a string there', async () => {
    const expected = await api.sql<{ id: string }>(
      'select id from directory.school order by founded_year desc nulls first, id asc limit 2 offset 2',
    );
    const first = await page(doc(SchoolsPageDocument), 'schools', { first: 2, orderBy });
    const cursor = first.pageInfo.endCursor!;
    expect(decode(cursor).v[0]).toBeNull();
    const next = await page(doc(SchoolsPageDocument), 'schools', { first: 2, after: cursor, orderBy });
    expect(next.nodes.map((node) => node.id)).toEqual(expected.map((row) => row.id));

    const forged = forge(cursor, ([, id]) => ['1990', id]);
    expectRejected(await api.measure(doc(SchoolsPageDocument), { first: 2, after: forged, orderBy }), 'after');
  });

  it('refuses a fraction for another integer key (school metrics by year)', async () => {
    const orderBy = [{ field: 'YEAR' }];
    const cursor = (await page(doc(SchoolMetricsPageDocument), 'schoolMetrics', { first: 2, orderBy })).pageInfo
      .endCursor!;
    const forged = forge(cursor, ([, id]) => [2021.5, id]);
    expectRejected(await api.measure(doc(SchoolMetricsPageDocument), { first: 2, after: forged, orderBy }), 'after');
  });
});

describe('a nested connection (counties of a province, paged by one statement for all parents)', () => {
  const countyStatements = (statements: string[]) => statements.filter((sql) => sql.includes('"county"'));

  it.each([
    { name: 'an object for the code', change: ([, id]: unknown[]) => [{ a: 1 }, id] },
    { name: 'a number for the code', change: ([, id]: unknown[]) => [51, id] },
    { name: 'a malformed id', change: ([code]: unknown[]) => [code, 'x'] },
  ])('refuses a cursor with $name, before any county SQL', async ({ change }) => {
    const first = dataOf(await api.run(ProvincesCountyPagesDocument, { codes: ['51'], first: 2 }));
    const cursor = first.provinces.nodes[0]!.counties.pageInfo.endCursor!;
    const forged = forge(cursor, change);
    for (const [argument, variables] of [
      ['after', { first: 2, after: forged }],
      ['before', { last: 2, before: forged }],
    ] as const) {
      const { result, statements } = await api.measure(ProvincesCountyPagesDocument, { codes: ['51'], ...variables });
      expect(result.errors, JSON.stringify(result.errors)).toHaveLength(1);
      const [error] = result.errors!;
      expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error!.extensions?.argumentPath).toBe(argument);
      expect(error!.message).toBe(`${argument}: is not a cursor from this list`);
      expect(error!.path).toEqual(['provinces', 'nodes', 0, 'counties']);
      // The provinces are read; their county pages never are.
      expect(statements.length).toBeGreaterThan(0);
      expect(countyStatements(statements)).toEqual([]);
    }
  });

  it('refuses it once for many parents, before any county SQL', async () => {
    const first = dataOf(await api.run(ProvincesCountyPagesDocument, { codes: ['51'], first: 2 }));
    const forged = forge(first.provinces.nodes[0]!.counties.pageInfo.endCursor!, ([, id]) => [{ a: 1 }, id]);
    const { result, statements } = await api.measure(ProvincesCountyPagesDocument, {
      codes: ['45', '51', '53', '62', '64'],
      first: 2,
      after: forged,
    });
    expect(result.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentPath])).toEqual([
      ['BAD_USER_INPUT', 'after'],
    ]);
    expect(countyStatements(statements)).toEqual([]);
  });

  it('still pages with the real cursor', async () => {
    const first = dataOf(await api.run(ProvincesCountyPagesDocument, { codes: ['51'], first: 2 }));
    const cursor = first.provinces.nodes[0]!.counties.pageInfo.endCursor!;
    const expected = await api.sql<{ code: string }>(
      `select c.code from directory.county c join directory.province p on p.id = c.province_id
        where p.code = '51' order by c.code asc, c.id asc limit 2 offset 2`,
    );
    const next = dataOf(await api.run(ProvincesCountyPagesDocument, { codes: ['51'], first: 2, after: cursor }));
    expect(next.provinces.nodes[0]!.counties.nodes.map((county) => county.code)).toEqual(
      expected.map((row) => row.code),
    );
  });
});

/*
 * No list sorts by a timestamp or a boolean column yet; the mechanism is generic, so it is exercised
 * directly here with keys on County's `createdAt` (timestamptz) and `keyRevitalizationCounty` (boolean).
 */
describe('timestamp and boolean keys (through paginate directly)', () => {
  const read = (keys: SortKey[], args: PageArgs) =>
    api.statementsDuring(() => paginate(api.orm.em.fork(), County, EVERY_ROW, planPage(args, keys)));
  const key = (path: string): SortKey => ({ path, descending: false, nullsFirst: false });

  async function expectRefused(keys: SortKey[], after: string) {
    const statements: string[] = [];
    const error = await api
      .statementsDuring(() => paginate(api.orm.em.fork(), County, EVERY_ROW, planPage({ first: 2, after }, keys)))
      .then(
        (outcome) => {
          statements.push(...outcome.statements);
          return null;
        },
        (reason: unknown) => reason as { message: string; extensions?: Record<string, unknown> },
      );
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentPath: 'after' });
    expect(error?.message).toBe('after: is not a cursor from this list');
    expect(statements).toEqual([]);
  }

  it.each([
    { name: 'keeps the database’s own text form', keys: [key('createdAt')], column: 'created_at' },
    { name: 'a boolean', keys: [key('keyRevitalizationCounty')], column: 'key_revitalization_county' },
  ])('pages with a real cursor: $name', async ({ keys, column }) => {
    const first = await read(keys, { first: 2 });
    const cursor = first.value.pageInfo.endCursor!;
    const next = await read(keys, { first: 2, after: cursor });
    const expected = await api.sql<{ id: string }>(
      `select id from directory.county order by ${column} asc nulls last, id asc limit 2 offset 2`,
    );
    expect(next.value.edges.map((edge) => edge.node.id)).toEqual(expected.map((row) => row.id));
    if (column === 'created_at')
      expect(decode(cursor).v[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?\+00$/);
  });

  it('accepts an ISO timestamp too', async () => {
    const keys = [key('createdAt')];
    const after = encode({ s: 'createdAt:al,id:al', v: ['2000-01-01T00:00:00.000Z', UUID] });
    const { value } = await read(keys, { first: 2, after });
    expect(value.edges).toHaveLength(2);
  });

  it.each([
    ...FORGED_VALUES,
    { name: 'a number', value: 946684800000 },
    { name: 'a date alone', value: '2024-01-01' },
    { name: 'an hour that does not exist', value: '2024-01-01 25:00:00+00' },
    { name: 'a day that does not exist', value: '2024-02-30 00:00:00+00' },
    { name: 'an offset PostgreSQL refuses', value: '2024-01-01 00:00:00+99' },
    { name: 'a word PostgreSQL reads as a time', value: 'now' },
    { name: 'null (createdAt is never null)', value: null },
  ])('refuses a timestamp cursor holding $name', async ({ value }) => {
    await expectRefused([key('createdAt')], encode({ s: 'createdAt:al,id:al', v: [value, UUID] }));
  });

  it.each([...FORGED_VALUES, { name: 'a string', value: 'true' }, { name: 'a number', value: 1 }])(
    'refuses a boolean cursor holding $name',
    async ({ value }) => {
      await expectRefused(
        [key('keyRevitalizationCounty')],
        encode({ s: 'keyRevitalizationCounty:al,id:al', v: [value, UUID] }),
      );
    },
  );
});
