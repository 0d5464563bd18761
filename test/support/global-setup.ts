import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureDatabase, migrate } from '../../src/db/database';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { openOrm } from '../../src/db/orm';
import { seedDatabase } from '../../src/seed';
import { freePort } from './free-port';
import { ENTITIES } from '../../src/subgraphs/entities';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL without a database name; test files append theirs. */
    pgServerUrl: string;
    /** Migrated, seeded database every test file clones. */
    templateDatabase: string;
  }
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * Once per run: a real PostgreSQL (DATABASE_URL's server, or a throw-away embedded one) and a
 * template database, migrated and seeded at scale 1, that each test file clones in milliseconds.
 */
export default async function setup(project: TestProject) {
  let serverUrl: string;
  let stopServer = async () => undefined as void;
  let dataDir: string | undefined;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'agapi-test-pg-'));
    // PostgreSQL runs as an unprivileged user when we are root: it must be able to enter the folder.
    await chmod(dataDir, 0o755);
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port, persistent: false });
    serverUrl = server.url('postgres');
    stopServer = () => server.stop();
  }
  const template = `agapi_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.end();
  await ensureDatabase(serverUrl, template);
  const orm = await openOrm({ entities: ENTITIES, clientUrl: withDatabase(serverUrl, template), poolSize: 2 });
  try {
    await migrate(orm);
    await seedDatabase(orm, { scale: 1 });
  } finally {
    await orm.close();
  }

  project.provide('pgServerUrl', serverUrl);
  project.provide('templateDatabase', template);

  return async () => {
    if (process.env.DATABASE_URL) {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      const clones = await client.query<{ datname: string }>(
        `select datname from pg_database where datname like 'agapi_test_%' or datname = $1`,
        [template],
      );
      for (const { datname } of clones.rows) await client.query(`drop database if exists "${datname}" with (force)`);
      await client.end();
    }
    await stopServer();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
