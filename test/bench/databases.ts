import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../../src/config';
import { ensureDatabase, migrate } from '../../src/db/database';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { openOrm } from '../../src/db/orm';
import { seedDatabase } from '../../src/seed';
import { ENTITIES } from '../../src/subgraphs/entities';

/*
 * Bench databases `agapi_bench_s<scale>`, seeded with the project's seed and reused between runs. A
 * marker table written after the seed (and VACUUM ANALYZE) records the scale and a fingerprint of the
 * seed and migration sources; a database without it, or with another fingerprint, is rebuilt.
 */

export const BENCH_PG_DIR = path.join(PROJECT_ROOT, '.data', 'bench-postgres');
const MARKER = 'public.agapi_bench_marker';

export interface BenchServer {
  /** URL of a database on the server. */
  url(database: string): string;
  /** PID of the postmaster when the bench runs the embedded server (for its CPU figures). */
  postmasterPid?: number;
  description: string;
  stop(): Promise<void>;
}

export interface PreparedDatabase {
  scale: number;
  name: string;
  url: string;
  reused: boolean;
  /** Time to create, migrate, seed and analyze (0 when reused). */
  prepareMs: number;
  rows: number;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** DATABASE_URL's server, or the bench's own embedded server in .data/bench-postgres (started if needed). */
export async function openBenchServer(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<BenchServer> {
  if (env.DATABASE_URL) {
    const base = env.DATABASE_URL;
    return {
      url: (database) => withDatabase(base, database),
      description: `DATABASE_URL's server (${new URL(base).host})`,
      stop: async () => undefined,
    };
  }
  const port = Number(env.BENCH_PG_PORT || 54339);
  const url = (database: string) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;
  if (await reachable(url('postgres'))) {
    log(`using the bench PostgreSQL already running on port ${port}`);
    return {
      url,
      postmasterPid: postmasterPid(BENCH_PG_DIR),
      description: `embedded PostgreSQL (already running), port ${port}`,
      stop: async () => undefined,
    };
  }
  log(`starting the bench PostgreSQL in ${path.relative(PROJECT_ROOT, BENCH_PG_DIR)} on port ${port}`);
  const server = await startEmbeddedPostgres({ dataDir: BENCH_PG_DIR, port, log: () => undefined });
  return {
    url,
    postmasterPid: postmasterPid(BENCH_PG_DIR),
    description: `embedded PostgreSQL, port ${port}`,
    stop: () => server.stop(),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const full = path.join(dir, entry);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** Changes when the seed or the migrations change (then the bench databases are rebuilt). */
export function seedFingerprint(): string {
  const hash = createHash('sha256');
  for (const dir of ['src/seed', 'migrations']) {
    for (const file of filesUnder(path.join(PROJECT_ROOT, dir))) {
      hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function readMarker(url: string): Promise<{ scale: number; fingerprint: string; rows: number } | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`select to_regclass('${MARKER}') is not null as present`);
    if (!exists.rows[0]?.present) return null;
    const { rows } = await client.query<{ scale: number; fingerprint: string; rows: string }>(
      `select scale, fingerprint, rows from ${MARKER} limit 1`,
    );
    return rows[0] ? { scale: rows[0].scale, fingerprint: rows[0].fingerprint, rows: Number(rows[0].rows) } : null;
  } finally {
    await client.end();
  }
}

/** The database for `scale`, seeded and analyzed; reused when its marker matches. */
export async function prepareDatabase(
  server: BenchServer,
  scale: number,
  options: { reseed: boolean; log: (line: string) => void },
): Promise<PreparedDatabase> {
  const name = `agapi_bench_s${scale}`;
  const url = server.url(name);
  const fingerprint = seedFingerprint();
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  let exists: boolean;
  try {
    exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  } finally {
    await admin.end();
  }

  if (exists && !options.reseed) {
    const marker = await readMarker(url);
    if (marker && marker.scale === scale && marker.fingerprint === fingerprint) {
      return { scale, name, url, reused: true, prepareMs: 0, rows: marker.rows };
    }
    options.log(
      marker
        ? `${name}: seeded by another version of the seed or migrations (${marker.fingerprint} ≠ ${fingerprint}); rebuilding`
        : `${name}: not completely seeded; rebuilding`,
    );
  }

  const started = performance.now();
  const drop = new pg.Client({ connectionString: server.url('postgres') });
  await drop.connect();
  try {
    await drop.query(`drop database if exists "${name}" with (force)`);
  } finally {
    await drop.end();
  }
  await ensureDatabase(server.url('postgres'), name);
  options.log(`${name}: seeding at scale ${scale}…`);
  const orm = await openOrm({ entities: ENTITIES, clientUrl: url, poolSize: 2 });
  let rows: number;
  try {
    await migrate(orm);
    rows = (await seedDatabase(orm, { scale })).totalRows;
  } finally {
    await orm.close();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Planner statistics now, so autovacuum does not analyze during a timed run.
    await client.query('vacuum analyze');
    await client.query(`create table ${MARKER} (scale int not null, fingerprint text not null, rows bigint not null)`);
    await client.query(`insert into ${MARKER} values ($1, $2, $3)`, [scale, fingerprint, rows]);
    await client.query('checkpoint').catch(() => undefined);
  } finally {
    await client.end();
  }
  const prepareMs = Math.round(performance.now() - started);
  options.log(`${name}: ${rows.toLocaleString('en-US')} rows seeded in ${(prepareMs / 1000).toFixed(1)} s`);
  return { scale, name, url, reused: false, prepareMs, rows };
}

/** One statement on its own connection (the bench's set-up and checks, not what it measures). */
export async function querySql<R extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A throwaway copy of a prepared database (CREATE DATABASE … TEMPLATE) for a run that writes (the import,
 * the live bench, the soak): its URL. `dropDatabase` removes it afterwards.
 */
export async function copyDatabase(server: BenchServer, source: PreparedDatabase, copy: string): Promise<string> {
  await dropDatabase(server, copy);
  await querySql(server.url('postgres'), `create database ${copy} template ${source.name}`);
  return server.url(copy);
}

export async function dropDatabase(server: BenchServer, name: string): Promise<void> {
  await querySql(server.url('postgres'), `drop database if exists ${name} with (force)`);
}
