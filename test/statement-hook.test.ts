import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../src/db/orm';
import { query } from '../src/db/statements';
import { ENTITIES } from '../src/subgraphs/entities';
import { Province } from '../src/subgraphs/directory/province/province.entity';
import { createTestDatabase } from './support/api';

/*
 * The server counts every SQL statement (metrics, each request's log line) through `onStatement`, told
 * before the ORM's logger formats anything: without LOG_SQL no statement is formatted at all.
 */

let orm: MikroORM;
let counted = 0;

beforeAll(async () => {
  orm = await openOrm({ entities: ENTITIES, clientUrl: await createTestDatabase(), onStatement: () => counted++ });
}, 60_000);

afterAll(async () => {
  await orm?.close();
});

describe('the statement hook', () => {
  it("counts the compiled path's statements and the ORM's own, with the logger's formatting off", async () => {
    expect(orm.config.get('debug')).toBe(false);
    const before = counted;
    await query(orm.em, { text: 'select 1 as one', values: [] });
    await orm.em.fork().find(Province, {}, { limit: 1 });
    expect(counted - before).toBe(2);
  });
});
