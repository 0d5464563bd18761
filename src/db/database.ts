import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Settings } from '../config';
import { adoptEmbeddedPostgres, embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from './embedded';
import { openOrm } from './orm';
import { liveOwner, removeStaleLock, runningPostmaster, stopPostmaster, type OwnerRecord } from './postmaster';

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
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        // Another process sharing the server created it meanwhile (duplicate_database, unique_violation).
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Connects to DATABASE_URL, or to the embedded PostgreSQL: the one a live process of ours runs from
 * the data folder (shared), one left running by a killed process (adopted: stopped when this process
 * stops), or a new one. Creates the app database in it. Fails with a one-line cause when the server
 * cannot be reached.
 */
export async function connectDatabase(settings: Settings, log: (line: string) => void): Promise<Database> {
  if (settings.databaseUrl) {
    await probe(settings.databaseUrl);
    return { url: settings.databaseUrl, close: async () => undefined };
  }
  const { embeddedDataDir: dataDir, embeddedPort: port } = settings;
  const running = await runningServer(dataDir, port, log);
  if (running?.owner) {
    // Another process of ours (npm start, or a sibling subgraph server) runs it: share it.
    log(`using the embedded PostgreSQL of process ${running.owner.pid} on port ${port}`);
    await ensureDatabase(embeddedUrl(port, 'postgres'), DEFAULT_DATABASE);
    return { url: embeddedUrl(port, DEFAULT_DATABASE), close: async () => undefined };
  }
  if (running) {
    log(`adopting the orphaned embedded PostgreSQL on port ${port} (pid ${running.pid}): it stops with this process`);
    const embedded = await adoptEmbeddedPostgres({ dataDir, port, postmasterPid: running.pid });
    return withAppDatabase(embedded);
  }
  const foreign = embeddedUrl(port, DEFAULT_DATABASE);
  if (await reachable(foreign)) {
    // Not the server of our data folder (postmaster.pid says so): used as it is, never stopped from here.
    log(`using the PostgreSQL already running on port ${port} (not from ${dataDir}, so left running on exit)`);
    return { url: foreign, close: async () => undefined };
  }
  const stale = await removeStaleLock(dataDir);
  if (stale) log(`removed a stale ${dataDir}/postmaster.pid (pid ${stale} is not its PostgreSQL)`);
  log(`starting embedded PostgreSQL in ${dataDir} on port ${port}`);
  let embedded: EmbeddedServer;
  try {
    embedded = await startEmbeddedPostgres({ dataDir, port });
  } catch (error) {
    throw new DatabaseUnavailableError(
      `embedded PostgreSQL did not start (${oneLine(error)}); is port ${port} taken? set EMBEDDED_PG_PORT or DATABASE_URL`,
    );
  }
  return withAppDatabase(embedded);
}

async function withAppDatabase(embedded: EmbeddedServer): Promise<Database> {
  try {
    await ensureDatabase(embedded.url('postgres'), DEFAULT_DATABASE);
  } catch (error) {
    await embedded.stop().catch(() => undefined);
    throw error;
  }
  return { url: embedded.url(DEFAULT_DATABASE), embedded, close: () => embedded.stop() };
}

/**
 * The server running from `dataDir` and answering on `port`, with its live owner if it has one;
 * undefined when none runs. A server of the folder that does not answer there (another port, or
 * hung) is stopped when its owner is gone, and is an error while its owner lives.
 */
async function runningServer(
  dataDir: string,
  port: number,
  log: (line: string) => void,
): Promise<{ pid: number; owner?: OwnerRecord } | undefined> {
  const maintenance = embeddedUrl(port, 'postgres');
  // A server still starting (or recovering) gets a while to answer.
  const deadline = Date.now() + 20_000;
  for (;;) {
    const running = runningPostmaster(dataDir);
    if (!running) return undefined;
    const owner = await liveOwner(dataDir, running.pid);
    if (running.port === port && (await reachable(maintenance))) return { pid: running.pid, owner };
    if (running.port === port && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    if (owner) {
      throw new DatabaseUnavailableError(
        running.port === port
          ? `the embedded PostgreSQL of process ${owner.pid} (${dataDir}) does not answer on port ${port}`
          : `the embedded PostgreSQL of process ${owner.pid} (${dataDir}) runs on port ${running.port}; set EMBEDDED_PG_PORT=${running.port}`,
      );
    }
    log(`stopping the orphaned embedded PostgreSQL on port ${running.port} (pid ${running.pid})`);
    await stopPostmaster(dataDir, running.pid).catch((error) => {
      throw new DatabaseUnavailableError(oneLine(error));
    });
    return undefined;
  }
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

/** The URL with its password masked, for logs and messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '<invalid url>';
  }
}
