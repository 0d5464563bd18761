import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Settings } from '../config';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from './embedded';
import { openOrm } from './orm';

export const DEFAULT_DATABASE = 'assistance_graph';

export class DatabaseUnavailableError extends Error {}

export interface Database {
  url: string;
  embedded?: EmbeddedServer;
  close(): Promise<void>;
}

/** Creates `name` on the server behind `maintenanceUrl` unless it exists. */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL and creates the app database in it.
 * Fails with a one-line cause when the server cannot be reached.
 */
export async function connectDatabase(settings: Settings, log: (line: string) => void): Promise<Database> {
  if (settings.databaseUrl) {
    await probe(settings.databaseUrl);
    return { url: settings.databaseUrl, close: async () => undefined };
  }
  const shared = embeddedUrl(settings.embeddedPort, DEFAULT_DATABASE);
  if (await reachable(shared)) {
    // Another process of ours (npm start, or a sibling subgraph server) already runs it: share it.
    log(`using the embedded PostgreSQL already running on port ${settings.embeddedPort}`);
    return { url: shared, close: async () => undefined };
  }
  log(`starting embedded PostgreSQL in ${settings.embeddedDataDir} on port ${settings.embeddedPort}`);
  let embedded: EmbeddedServer;
  try {
    embedded = await startEmbeddedPostgres({ dataDir: settings.embeddedDataDir, port: settings.embeddedPort });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `embedded PostgreSQL did not start (${oneLine(error)}); is port ${settings.embeddedPort} taken? set EMBEDDED_PG_PORT or DATABASE_URL`,
    );
  }
  await ensureDatabase(embedded.url('postgres'), DEFAULT_DATABASE);
  return { url: embedded.url(DEFAULT_DATABASE), embedded, close: () => embedded.stop() };
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

async function probe(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot reach DATABASE_URL (${redact(url)}): ${oneLine(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

export { openOrm };

export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}
