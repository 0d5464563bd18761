import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port';

/** Debian's PgBouncer (`apt-get install pgbouncer`; .ci/run installs it when missing). */
export const PGBOUNCER = '/usr/sbin/pgbouncer';

export interface Bouncer {
  /** A URL of `database` through the pooler. */
  url(database: string): string;
  close(): Promise<void>;
}

/**
 * PgBouncer in transaction mode in front of the PostgreSQL at `serverUrl`, with at most `poolSize`
 * server connections per database (fewer than the API's client connections: they must share them).
 * PgBouncer refuses to run as root: as root it runs as `nobody`.
 */
export async function startPgBouncer(serverUrl: string, poolSize = 2): Promise<Bouncer> {
  if (!existsSync(PGBOUNCER)) throw new Error(`${PGBOUNCER} is missing: apt-get install -y pgbouncer`);
  const server = new URL(serverUrl);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'agapi-pgbouncer-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const ini = path.join(dir, 'pgbouncer.ini');
  await writeFile(path.join(dir, 'users.txt'), `"${server.username}" "${decodeURIComponent(server.password)}"\n`);
  await writeFile(
    ini,
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port} user=${server.username} password=${decodeURIComponent(server.password)}`,
      '[pgbouncer]',
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      'auth_type = plain',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${poolSize}`,
      'max_client_conn = 200',
      'server_reset_query =',
      '',
    ].join('\n'),
  );
  await chmod(ini, 0o644);
  await chmod(path.join(dir, 'users.txt'), 0o644);
  const root = process.getuid?.() === 0;
  const child: ChildProcess = spawn(PGBOUNCER, [ini], {
    uid: root ? 65534 : undefined,
    gid: root ? 65534 : undefined,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const url = (database: string) => {
    const through = new URL(serverUrl);
    through.hostname = '127.0.0.1';
    through.port = String(port);
    through.pathname = `/${database}`;
    return through.toString();
  };
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGINT');
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const probe = new pg.Client({ connectionString: url('postgres'), connectionTimeoutMillis: 1000 });
    try {
      await probe.connect();
      await probe.query('select 1');
      return { url, close };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await probe.end().catch(() => undefined);
    }
  }
  await close();
  throw new Error(`PgBouncer did not start: ${log}`);
}
