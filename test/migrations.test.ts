import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/api';

/*
 * The migrations and the entities describe the same schema: MikroORM's diff of the migrated test
 * database against the entity metadata is empty, so `npm run migration:create` proposes nothing
 * (and would never drop an index that only a migration knows, such as the search indexes).
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

it('the migrated database is exactly what the entities declare', async () => {
  const pending = await api.orm.schema.getUpdateSchemaSQL({ wrap: false });
  expect(pending.trim()).toBe('');
});
