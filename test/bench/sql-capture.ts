/**
 * Preloaded (`node -r`) into the servers `npm run bench -- --explain` starts: every statement a `pg`
 * client sends is written to stderr as one line, `[bench-sql] {"text":…,"values":[…]}`, with its
 * parameters (LOG_SQL's lines have neither the parameters nor the statement's line breaks, so they
 * cannot always be explained). Both copies of `pg` in node_modules are hooked (knex's and MikroORM's).
 */
import path from 'node:path';
import { CAPTURE_PREFIX } from './explain';

interface QueryConfig {
  text?: string;
  values?: unknown[];
}

type Query = (this: unknown, config: unknown, values?: unknown, callback?: unknown) => unknown;

function hook(moduleId: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pg = require(moduleId) as { Client: { prototype: { query: Query; __benchCapture?: boolean } } };
  const prototype = pg.Client.prototype;
  if (prototype.__benchCapture) return;
  prototype.__benchCapture = true;
  const query = prototype.query;
  prototype.query = function (this: unknown, config: unknown, values?: unknown, callback?: unknown) {
    const text = typeof config === 'string' ? config : (config as QueryConfig | null)?.text;
    if (typeof text === 'string') {
      const params = (typeof config === 'object' && (config as QueryConfig).values) || values;
      process.stderr.write(
        `${CAPTURE_PREFIX}${JSON.stringify({ text, values: Array.isArray(params) ? params : [] })}\n`,
      );
    }
    return query.call(this, config, values, callback);
  };
}

const ids = new Set([require.resolve('pg')]);
try {
  ids.add(require.resolve('pg', { paths: [path.dirname(require.resolve('@mikro-orm/postgresql'))] }));
} catch {
  // one copy only
}
for (const id of ids) hook(id);
