import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Who runs the embedded PostgreSQL of a data folder, so that a server left behind by a killed process
 * can be told apart from one a live process of ours still uses.
 *
 * `<dataDir>/postmaster.pid` (written by PostgreSQL) names the server's process and port; the owner
 * record `<dataDir>.owner.json` (written by us) names the process of ours that stops it on exit.
 */

/** A live PostgreSQL server (postmaster) of a data folder. */
export interface Postmaster {
  pid: number;
  port: number;
}

/** The process of ours that stops the embedded server when it exits. */
export interface OwnerRecord {
  pid: number;
  /** When that process started (so that a reused pid is not taken for it); absent where unknown. */
  processStart?: string;
  /** The server it owns; absent while it is still starting it. */
  postmasterPid?: number;
  port: number;
}

export function ownerFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.owner.json`;
}

function pidFile(dataDir: string): string {
  return path.join(dataDir, 'postmaster.pid');
}

/** The first lines of postmaster.pid: pid, data folder, start time, port. */
function readPidFile(dataDir: string): { pid: number; dataDir: string; port: number } | undefined {
  let text: string;
  try {
    text = readFileSync(pidFile(dataDir), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, dataDir: lines[1] ?? '', port: Number(lines[3]) };
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** /proc/<pid>/stat fields after the command name: [state, ppid, …]; undefined without /proc. */
function procStat(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** True while `pid` is a running process (a zombie, exited but not yet reaped, is not). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procStat(pid)?.[0] !== 'Z';
}

/** A token for when `pid` started: the same pid with another token is another process. */
export function processStart(pid: number): string | undefined {
  const stat = procStat(pid);
  if (stat) return stat[19]; // field 22, starttime (clock ticks since boot)
  try {
    return execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** True when `pid` is a PostgreSQL process working in `dataDir` (the postmaster chdirs there). */
function isPostgresOf(pid: number, dataDir: string): boolean {
  try {
    const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    return name === 'postgres' && samePath(readlinkSync(`/proc/${pid}/cwd`), dataDir);
  } catch {
    // No /proc (macOS): the command name is what can be checked.
  }
  try {
    const command = execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return path.basename(command) === 'postgres';
  } catch {
    return false;
  }
}

/**
 * The server running from `dataDir`, from its postmaster.pid, when that file names the folder and a
 * live PostgreSQL process working in it; undefined otherwise (no server, or a stale file).
 */
export function runningPostmaster(dataDir: string): Postmaster | undefined {
  const lock = readPidFile(dataDir);
  if (!lock || !samePath(lock.dataDir, dataDir)) return undefined;
  if (!isAlive(lock.pid) || !isPostgresOf(lock.pid, dataDir)) return undefined;
  return { pid: lock.pid, port: lock.port };
}

/**
 * Removes a postmaster.pid left by a dead server whose pid now belongs to another live process:
 * PostgreSQL would refuse to start ("lock file already exists") when that process runs as its user.
 * A pid that is gone is left to PostgreSQL, which then also checks that no old backend still holds
 * the shared memory. Returns the pid named by the removed file.
 */
export async function removeStaleLock(dataDir: string): Promise<number | undefined> {
  const lock = readPidFile(dataDir);
  if (!lock || !isAlive(lock.pid) || runningPostmaster(dataDir)) return undefined;
  await rm(pidFile(dataDir), { force: true });
  return lock.pid;
}

/**
 * Stops the server of `dataDir` whose postmaster is `pid` with a fast shutdown (SIGINT: sessions are
 * ended, a checkpoint is written) and waits until it has exited. Does nothing when `pid` is no longer
 * that server.
 */
export async function stopPostmaster(dataDir: string, pid: number, timeoutMs = 30_000): Promise<void> {
  if (runningPostmaster(dataDir)?.pid !== pid) return;
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  // It removes postmaster.pid as it exits.
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function readOwner(dataDir: string): Promise<OwnerRecord | undefined> {
  try {
    const record = JSON.parse(await readFile(ownerFile(dataDir), 'utf8')) as Partial<OwnerRecord>;
    return Number.isInteger(record.pid) ? (record as OwnerRecord) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The live process of ours that owns the server `postmasterPid` of `dataDir` (or is starting one),
 * undefined when there is none: its owner was killed, or it was not started by us.
 */
export async function liveOwner(dataDir: string, postmasterPid: number): Promise<OwnerRecord | undefined> {
  const owner = await readOwner(dataDir);
  if (!owner || !isAlive(owner.pid)) return undefined;
  if (owner.processStart !== undefined && processStart(owner.pid) !== owner.processStart) return undefined;
  if (owner.postmasterPid !== undefined && owner.postmasterPid !== postmasterPid) return undefined;
  return owner;
}

/** Records this process as the owner of the server of `dataDir` (`postmasterPid` once known). */
export async function claimOwnership(dataDir: string, port: number, postmasterPid?: number): Promise<void> {
  const record: OwnerRecord = { pid: process.pid, processStart: processStart(process.pid), postmasterPid, port };
  await writeFile(ownerFile(dataDir), `${JSON.stringify(record)}\n`);
}

/** Removes the owner record if it is this process's. */
export async function releaseOwnership(dataDir: string): Promise<void> {
  if ((await readOwner(dataDir))?.pid === process.pid) await rm(ownerFile(dataDir), { force: true });
}

/** releaseOwnership for the `exit` event, where only synchronous work runs. */
export function releaseOwnershipSync(dataDir: string): void {
  try {
    const record = JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as Partial<OwnerRecord>;
    if (record.pid === process.pid) rmSync(ownerFile(dataDir), { force: true });
  } catch {
    // No record, or not readable: nothing of ours to remove.
  }
}

/** The pid postmaster.pid names, whether or not that process still runs. */
export function postmasterPidOf(dataDir: string): number | undefined {
  return readPidFile(dataDir)?.pid;
}
