import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/config';
import { MAX_PREPARED, MAX_PREPARED_TEXT, StatementNames } from '../src/db/statements';
import { DocumentMemo } from '../src/graphql/document-memo';
import { startInProcessApi } from '../src/server/api';
import type { RunningServer } from '../src/server/http';
import { silentLogger } from '../src/server/observability/logger';
import { startTestApi, type TestApi } from './support/api';

/*
 * Memory is not held by junk: what a request sends beyond what its operation declares is not kept,
 * and every memo is bounded in bytes. The server runs in this process, so its heap is this heap.
 */

// A forced GC without a command-line flag: the flag set at run time, `gc` taken from a fresh context.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

let api: TestApi;
let server: RunningServer;

beforeAll(async () => {
  api = await startTestApi();
  const settings = loadSettings({ NODE_ENV: 'production', DATABASE_URL: api.databaseUrl, COST_BUDGET: '0' });
  server = await startInProcessApi(settings, api.orm, silentLogger, 0);
});
afterAll(async () => {
  await server?.stop();
  await api?.close();
});

async function post(body: unknown): Promise<number> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

describe('junk in requests', () => {
  it('200 requests with 900 KB of unique undeclared variables leave the heap where it was', async () => {
    const queries = [
      '{ r: __typename }',
      '{ provinces(first: 3) { nodes { code } } }', // compiled to one statement: the compiler's memo too
    ];
    for (const query of queries) expect(await post({ query })).toBe(200);
    const before = await heapAfterGc();
    for (let i = 0; i < 200; i++) {
      const junk = randomBytes(450_000).toString('hex');
      expect(await post({ query: queries[i % 2], variables: { junk } })).toBe(200);
    }
    const after = await heapAfterGc();
    // 180 MB were sent; before the memo keyed only declared variables, the heap kept all of it.
    expect((after - before) / 1e6).toBeLessThan(20);
  });
});

describe('the document memo', () => {
  it('keys on declared variables only', () => {
    const memo = new DocumentMemo<number>();
    const document = parse('query ($a: Int) { __typename }');
    let computed = 0;
    for (let i = 0; i < 10; i++) memo.get(document, undefined, { a: 1, junk: i }, () => ++computed);
    expect(computed).toBe(1);
    memo.get(document, undefined, { a: 2 }, () => ++computed);
    expect(computed).toBe(2);
  });

  it('holds at most its bytes, however large the values and variables', () => {
    const memo = new DocumentMemo<string>({ maxBytes: 1_000_000, sizeOf: (value) => value.length });
    const document = parse('query ($a: String) { __typename }');
    for (let i = 0; i < 100; i++) {
      memo.get(document, undefined, { a: `${i}${'x'.repeat(100_000)}` }, () => 'y'.repeat(100_000));
    }
    expect(memo.bytes).toBeLessThanOrEqual(1_000_000);
    expect(memo.bytes).toBeGreaterThan(500_000);
  });
});

describe('the names of prepared statements', () => {
  it('hold no long text: statements seen once by hash, none longer than the cap prepared', () => {
    const names = new StatementNames();
    const long = (i: number) => `select ${i} ${'x'.repeat(100_000)}`;
    for (let i = 0; i < 3_000; i++) expect(names.nameOf(long(i))).toBeUndefined();
    for (let i = 0; i < 10; i++) expect(names.nameOf(long(i))).toBeUndefined(); // twice, but too long
    // 300 MB of unique text went through; what is held is hashes.
    expect(names.heldCharacters).toBeLessThan(100_000);
    // A statement of ordinary length sent twice is prepared, up to MAX_PREPARED of them.
    const short = (i: number) => `select ${i} ${'y'.repeat(1_000)}`;
    for (let i = 0; i < MAX_PREPARED + 10; i++) names.nameOf(short(i));
    const prepared = Array.from({ length: MAX_PREPARED + 10 }, (_, i) => names.nameOf(short(i)));
    expect(prepared.filter(Boolean)).toHaveLength(MAX_PREPARED);
    expect(names.heldCharacters).toBeLessThan(MAX_PREPARED * MAX_PREPARED_TEXT);
  });
});
