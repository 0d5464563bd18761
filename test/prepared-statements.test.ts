import { describe, expect, it } from 'vitest';
import { MAX_PREPARED, StatementNames } from '../src/db/statements';

describe('prepared statements of the compiled path', () => {
  it('prepares a statement the second time it is sent, and at most MAX_PREPARED of them', () => {
    const names = new StatementNames();
    expect(names.nameOf('select 1')).toBeUndefined();
    const name = names.nameOf('select 1');
    expect(name).toEqual(expect.any(String));
    expect(names.nameOf('select 1')).toBe(name);
    for (let i = 0; i < 3 * MAX_PREPARED; i++) {
      names.nameOf(`select ${i + 2}`);
      names.nameOf(`select ${i + 2}`);
    }
    // Ever new shapes from clients go unnamed past the cap: the database's memory stays bounded.
    const named = new Set(Array.from({ length: 3 * MAX_PREPARED }, (_, i) => names.nameOf(`select ${i + 2}`)));
    named.delete(undefined);
    expect(named.size).toBe(MAX_PREPARED - 1);
    expect(names.nameOf('select 1')).toBe(name);
  });
});
