import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  configureReadCache,
  keptAnswersOf,
  readCacheOf,
  readCacheTotals,
  releaseCachedReads,
} from '../src/db/read-cache';
import { collectWhenIdle } from '../src/server/idle-gc';
import { CountySchoolsDocument } from './generated/operations';
import { dataOf, startTestApi, type TestApi } from './support/api';

/*
 * Memory a load filled, given back once the server is idle (src/server/idle-gc.ts): the kept answers
 * and rows are emptied before the second idle collection, so that it frees them; the next request
 * computes its answer again, the same.
 */

let api: TestApi;
let county: { code: string };

beforeAll(async () => {
  api = await startTestApi();
  configureReadCache(32 * 1024 * 1024);
  [county] = await api.sql<{ code: string }>(
    `select c.code from directory.county c join directory.school s on s.county_id = c.id
      group by c.code order by count(*) desc, c.code limit 1`,
  );
});
afterAll(() => api?.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the caches of kept answers and rows, when the server is idle', () => {
  it('are emptied by releaseCachedReads, and the next answer is computed again, the same', async () => {
    const kept = keptAnswersOf(api.orm.em);
    const variables = { code: county.code };
    const first = dataOf((await api.measure(CountySchoolsDocument, variables)).result);
    await api.measure(CountySchoolsDocument, variables);
    expect(dataOf((await api.measure(CountySchoolsDocument, variables)).result)).toEqual(first);
    expect(kept.counts.hits).toBeGreaterThan(0);
    expect(kept.heldBytes).toBeGreaterThan(0);
    const held = kept.heldBytes + readCacheOf(api.orm.em).heldBytes;
    const total = readCacheTotals().bytes;

    // A cache read a moment ago is kept (in-process readers use it while the server is quiet).
    expect(releaseCachedReads(60_000)).toBe(0);
    expect(kept.heldBytes).toBeGreaterThan(0);
    expect(releaseCachedReads()).toBeGreaterThanOrEqual(held);
    expect(kept.size).toBe(0);
    expect(kept.heldBytes).toBe(0);
    expect(readCacheOf(api.orm.em).heldBytes).toBe(0);
    expect(readCacheTotals().bytes).toBe(total - held);

    const misses = kept.counts.misses;
    expect(dataOf((await api.measure(CountySchoolsDocument, variables)).result)).toEqual(first);
    expect(kept.counts.misses).toBe(misses + 1);
    expect(kept.heldBytes).toBeGreaterThan(0);
  });

  it('are released once per quiet spell, at the second idle collection, never while requests come', async () => {
    const activity = { started: 0, inFlight: 0 };
    let released = 0;
    // maxWaitMs 0: the second collection at releaseAfterMs whatever the test runner allocates meanwhile
    // (its wait for a low allocation rate has its own test, test/unit/idle-gc.test.ts).
    const idle = collectWhenIdle(activity, 20, { release: () => released++, releaseAfterMs: 60, maxWaitMs: 0 });
    try {
      activity.started++;
      await sleep(40);
      expect(released).toBe(0); // the first collection only
      const until = (count: number) =>
        vi.waitFor(() => expect(released).toBe(count), { timeout: 10_000, interval: 10 });
      await until(1);
      await sleep(200);
      expect(released).toBe(1); // still quiet: nothing more
      activity.inFlight = 1;
      activity.started++;
      await sleep(200);
      expect(released).toBe(1); // a request running
      activity.inFlight = 0;
      await until(2);
    } finally {
      idle.stop();
    }
  });

  it('are never released with the idle collections off (IDLE_GC_MS=0)', async () => {
    const activity = { started: 1, inFlight: 0 };
    let released = 0;
    const idle = collectWhenIdle(activity, 0, { release: () => released++, releaseAfterMs: 10 });
    await sleep(100);
    idle.stop();
    expect(released).toBe(0);
  });
});
