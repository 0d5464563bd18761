import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../src/db/orm';
import { query } from '../src/db/statements';
import { ENTITIES } from '../src/subgraphs/entities';
import { createTestDatabase } from './support/api';

/*
 * Plain rows (text and arrays, statements.ts TextRows) are the arrays of text PostgreSQL sent, kept as
 * pg's protocol parser made them: every type as its text, nulls as null, prepared or not, and a failing
 * statement fails the call and leaves its connection usable.
 */

let orm: MikroORM;

beforeAll(async () => {
  orm = await openOrm({ entities: ENTITIES, clientUrl: await createTestDatabase(), poolSize: 1 });
}, 60_000);

afterAll(async () => {
  await orm?.close();
});

const TEXT = `select n, n::text || 'é"', (n % 2 = 0), null::int, json_build_object('a', n), now() - now()
                from generate_series($1::int, $2::int) n order by n`;

describe('plain rows', () => {
  it('are each row as PostgreSQL text in an array, the same when the statement is prepared', async () => {
    const expected = [
      ['1', '1é"', 'f', null, '{"a" : 1}', '00:00:00'],
      ['2', '2é"', 't', null, '{"a" : 2}', '00:00:00'],
    ];
    // The second send prepares the statement (StatementNames), the third runs it prepared.
    for (let run = 0; run < 3; run++) {
      expect(await query(orm.em, { text: TEXT, values: [1, 2] }, { text: true, arrays: true })).toEqual(expected);
    }
    expect(await query(orm.em, { text: TEXT, values: [3, 2] }, { text: true, arrays: true })).toEqual([]);
  });

  it('fail with PostgreSQL error, and the connection answers the next statement', async () => {
    await expect(
      query(orm.em, { text: 'select 1 / $1::int', values: [0] }, { text: true, arrays: true }),
    ).rejects.toMatchObject({ code: '22012' });
    expect(await query(orm.em, { text: 'select 1 / $1::int', values: [1] }, { text: true, arrays: true })).toEqual([
      ['1'],
    ]);
  });
});
