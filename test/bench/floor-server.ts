/**
 * The floor: an HTTP micro-server (node:http and pg, nothing else) answering the bench operations that
 * have a floor with their hand-written SQL, so it runs under the same load pattern as the API. POST
 * /graphql takes the same body as the API (it dispatches on operationName and reads the variables),
 * runs one statement that builds the whole `data` object in PostgreSQL, and answers
 * JSON.stringify({ data }) + '\n', byte for byte the API's (Apollo Server's) answer. GET /health, GET /metrics as the API.
 * Each statement is a named prepared statement (pg's `{ name, text, values }`): PostgreSQL parses and
 * plans it once per connection, not on every request, so the floor is not paying for planning its
 * large json_agg statements over and over.
 *
 * Run by test/bench/run.ts in its own process: DATABASE_URL, PORT, DB_POOL_SIZE from the environment.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import pg from 'pg';
import { METRICS_CONTENT_TYPE, metrics, metricsText } from '../../src/server/observability/metrics';
import { OPERATIONS, type Operation } from './operations';

const floors = new Map<string, NonNullable<Operation['floor']>>();
for (const operation of OPERATIONS) if (operation.floor) floors.set(operation.operationName, operation.floor);

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE || 10),
});

/** A prepared statement's name per statement text (floors build the same text for every request of an operation). */
const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `floor_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function answer(raw: string): Promise<string> {
  const request = JSON.parse(raw) as { operationName?: string; variables?: Record<string, unknown> };
  const floor = floors.get(request.operationName ?? '');
  if (!floor) throw new Error(`no floor for operation ${request.operationName}`);
  const query = floor(request.variables ?? {});
  metrics.sqlStatements.inc();
  const result = await pool.query<[unknown]>({
    name: statementName(query.text),
    text: query.text,
    values: query.values,
    rowMode: 'array',
  });
  return `${JSON.stringify({ data: result.rows[0]![0] })}\n`;
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') return send(res, 200, 'application/json', '{"status":"ok"}');
  if (req.method === 'GET' && req.url === '/metrics') {
    void metricsText().then((text) => send(res, 200, METRICS_CONTENT_TYPE, text));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, 'text/plain', 'not found');
  metrics.graphqlRequests.inc();
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    answer(Buffer.concat(chunks).toString('utf8')).then(
      (body) => send(res, 200, 'application/json; charset=utf-8', body),
      (error: unknown) => send(res, 500, 'application/json', JSON.stringify({ errors: [{ message: String(error) }] })),
    );
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stderr.write(`floor server ready on port ${process.env.PORT}\n`);
});

const stop = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
