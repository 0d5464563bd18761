import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { chunkEnd } from '../src/graphql/mutations/import';
import { BULK_CHUNK } from '../src/graphql/mutations/writes';

/** The chunks an import of `total` rows goes through, as runImport cuts them (at least one). */
function chunks(total: number): number[] {
  const sizes: number[] = [];
  let start = 0;
  do {
    const end = chunkEnd(start, total);
    sizes.push(end - start);
    start = end;
  } while (start < total);
  return sizes;
}

describe("an import's chunks", () => {
  it('are BULK_CHUNK rows, the first 1,000 and the last BULK_CHUNK cut in halves, so that the first read and the last write are short', () => {
    expect(BULK_CHUNK).toBe(5_000);
    // The database waits for the first chunk to be read: 1,000 rows, then the whole chunks.
    expect(chunks(20_000)).toEqual([1_000, 5_000, 5_000, 5_000, 2_000, 1_000, 1_000]);
    expect(chunks(100_000).slice(0, 2)).toEqual([1_000, 5_000]);
    expect(chunks(100_000).slice(-4)).toEqual([5_000, 2_000, 1_000, 1_000]);
    // test/import.test.ts counts on a first write of 1,000 rows of 6,000.
    expect(chunks(6_000)).toEqual([1_000, 2_500, 1_250, 1_250]);
    // No first chunk of its own when the rest would be under 1,000 rows: the halving alone.
    expect(chunks(5_000)).toEqual([2_500, 1_250, 1_250]);
    expect(chunks(6_999)[0]).toBe(1_000);
  });

  it('never go under 1,000 rows but for an import that small, and cover every row once', () => {
    expect(chunks(0)).toEqual([0]);
    expect(chunks(1)).toEqual([1]);
    expect(chunks(1_999)).toEqual([1_999]);
    expect(chunks(2_000)).toEqual([1_000, 1_000]);
    for (const total of [3, 999, 4_321, 9_999, 10_001, 123_457]) {
      const sizes = chunks(total);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(BULK_CHUNK);
      if (total >= 1_000) expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1_000);
    }
  });
});
