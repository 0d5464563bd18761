/**
 * The bench's speed anchor: PostGraphile v5 over the bench database, run by Node 22 from
 * .cache/anchor/ (test/bench/anchor/install.ts) with type stripping, so it is plain erasable
 * TypeScript loading PostGraphile from ANCHOR_DIR's node_modules.
 *
 * Preset: PostGraphileAmberPreset + PgSimplifyInflectionPreset + PostGraphileConnectionFilterPreset
 * (with its relation filters on, for (c)'s filter through county → province), the three schemas of
 * the API, a pool of DB_POOL_SIZE (10) connections, explain off, served by grafserv/node over
 * node:http at POST /graphql. Also, as the API: GET /health, and GET /metrics with
 * graphql_requests_total and sql_statements_total (queries sent through `pg`), so the bench counts
 * statements per operation and waits for quiet the same way. Env: DATABASE_URL, PORT, ANCHOR_DIR,
 * DB_POOL_SIZE, PRINT_SCHEMA=1 (print the schema's SDL to stdout and exit).
 */
import { createRequire } from 'node:module';
import http from 'node:http';
import path from 'node:path';

const anchorDir = process.env.ANCHOR_DIR;
if (!anchorDir) throw new Error('ANCHOR_DIR is not set');
// PostGraphile is installed in the cache folder, not in the project: resolve every package from there.
const load = createRequire(path.join(anchorDir, 'package.json'));

const { postgraphile } = load('postgraphile');
const { PostGraphileAmberPreset } = load('postgraphile/presets/amber');
const { makePgService } = load('postgraphile/adaptors/pg');
const { grafserv } = load('postgraphile/grafserv/node');
const { PgSimplifyInflectionPreset } = load('@graphile/simplify-inflection');
const { PostGraphileConnectionFilterPreset } = load('postgraphile-plugin-connection-filter');
const pg = load('pg');

let requests = 0;
let statements = 0;
// Counts every statement PostGraphile's pool sends (the API counts its own the same way).
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
  statements++;
  return query.apply(this, args);
};

const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PostGraphileConnectionFilterPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['directory', 'people', 'assistance'],
      poolConfig: { max: Number(process.env.DB_POOL_SIZE || 10) },
    }),
  ],
  schema: { connectionFilterRelations: true },
  grafast: { explain: false },
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
};

const pgl = postgraphile(preset);

if (process.env.PRINT_SCHEMA === '1') {
  const { printSchema } = load('postgraphile/graphql');
  const { schema } = await pgl.getSchemaResult();
  process.stdout.write(`${printSchema(schema)}\n`);
  await pgl.release();
  process.exit(0);
}

const serv = pgl.createServ(grafserv);
// grafserv's handler for POST /graphql (no websockets here, so no need for addTo's upgrade handler).
const graphql = serv.createHandler();
const notFound = (res: http.ServerResponse) => {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
};
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
  } else if (req.method === 'GET' && req.url === '/metrics') {
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(`graphql_requests_total ${requests}\nsql_statements_total ${statements}\n`);
  } else if (req.url === '/graphql') {
    requests++;
    graphql(req, res, () => notFound(res));
  } else notFound(res);
});
// Build the schema before answering /health, so the bench's first request is not the one that waits.
await pgl.getSchemaResult();

server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stderr.write(`postgraphile ready on port ${process.env.PORT}\n`);
});

const stop = () => {
  server.close();
  void pgl.release().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
