import { describe, expect, it } from 'vitest';
import { isId, uuidv7s } from '../../src/graphql/ids';

describe('uuidv7s (ids made in bulk)', () => {
  it('makes version 7 ids of the current millisecond, strictly ascending within and across calls, unique', () => {
    const before = Date.now();
    const ids = [...uuidv7s(5_000), ...uuidv7s(1), ...uuidv7s(0), ...uuidv7s(3_000)];
    expect(ids).toHaveLength(8_001);
    for (const id of ids) {
      expect(isId(id)).toBe(true);
      expect(id[14]).toBe('7'); // the version
      expect('89ab').toContain(id[19]); // the variant (10xx)
    }
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    // The first 48 bits are the millisecond (at most a few ahead, should the counter have run on).
    const ms = Number.parseInt(ids[0]!.replace('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 2);
  });

  it('varies the random bits: no two calls in one millisecond give the same tails', () => {
    const tails = new Set(Array.from({ length: 200 }, () => uuidv7s(1)[0]!.slice(24)));
    expect(tails.size).toBe(200);
  });
});
