import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './support/free-port';

// `npm start` killed (SIGKILL, OOM) leaves its embedded PostgreSQL running; the next start must serve,
// and stop that server when it stops. Runs the real start command against its own data folder.

const ROOT = path.resolve(__dirname, '..');
const BOOT_MS = 120_000;

let tmp: string;
let dataDir: string;
let pgPort: number;
const started = new Set<ChildProcess>();
const helpers = new Set<ChildProcess>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
}

async function start(): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    NODE_ENV: 'production',
    AUTH_ANONYMOUS_ONLY: 'on', // production refuses to start without token keys otherwise
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/cli/start.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  child.once('exit', () => started.delete(child));
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const server = { child, port, output: () => output };
  const deadline = Date.now() + BOOT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`start exited (${child.exitCode ?? child.signalCode}):\n${output}`);
    }
    const status = await fetch(`http://127.0.0.1:${port}/health`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return server;
    if (Date.now() > deadline) throw new Error(`no healthy answer within ${BOOT_MS / 1000} s:\n${output}`);
    await sleep(250);
  }
}

async function exited(child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the process did not exit in time')), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

async function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // An exited process not yet reaped (a zombie) is not running.
  return !existsSync(`/proc/${pid}/stat`) || !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
}

/** postmaster.pid of the test's data folder: its pid and the folder it names. */
function pidFile(): { pid: number; dir: string; text: string } | undefined {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const [pid, dir] = text.split('\n');
  return { pid: Number(pid), dir: dir ?? '', text };
}

async function province64(port: number): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ province(code: "64") { nameEn } }' }),
  });
  return response.json();
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'agapi-crash-'));
  // PostgreSQL runs as an unprivileged user when we are root: it must be able to enter the folder.
  await chmod(tmp, 0o755);
  dataDir = path.join(tmp, 'postgres');
  pgPort = await freePort();
});

/** Stops a PostgreSQL of the test's data folder that is still running (only that postmaster). */
async function stopLeftover(): Promise<void> {
  const lock = pidFile();
  if (!lock || lock.dir !== dataDir || !alive(lock.pid)) return;
  process.kill(lock.pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(lock.pid); i++) await sleep(100);
  if (alive(lock.pid)) process.kill(lock.pid, 'SIGKILL');
}

afterAll(async () => {
  for (const child of [...started, ...helpers]) child.kill('SIGKILL');
  // Whatever happened, no PostgreSQL of this folder outlives the test.
  if (dataDir) await stopLeftover();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}, 30_000);

describe('npm start after a crash', () => {
  it('serves when the previous start was killed, and stops the PostgreSQL it left behind', async () => {
    const first = await start();
    const orphan = pidFile();
    expect(orphan?.dir).toBe(dataDir);
    first.child.kill('SIGKILL');
    await exited(first.child);
    // The crash scenario: the killed process's PostgreSQL keeps running.
    expect(alive(orphan!.pid)).toBe(true);
    expect(await accepts(pgPort)).toBe(true);

    const second = await start();
    expect(await province64(second.port)).toMatchObject({
      data: { province: { nameEn: 'Ningxia Hui Autonomous Region' } },
    });
    second.child.kill('SIGTERM');
    await exited(second.child);

    const left = `start output:\n${second.output()}`;
    expect(alive(orphan!.pid), left).toBe(false);
    expect(await accepts(pgPort), left).toBe(false);
    expect(pidFile(), left).toBeUndefined();
  }, 240_000);

  it('starts over a stale postmaster.pid whose pid now belongs to another process', async () => {
    // A server killed with its machine leaves postmaster.pid; after a reboot its pid can name any
    // process. PostgreSQL refuses to start when that process runs as its own user.
    await stopLeftover(); // only if the test above failed
    const asPostgres = process.getuid?.() === 0;
    const ids = asPostgres
      ? {
          uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
          gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
        }
      : {};
    const other = spawn('sleep', ['300'], { ...ids, stdio: 'ignore' });
    helpers.add(other);
    const file = path.join(dataDir, 'postmaster.pid');
    await writeFile(
      file,
      `${other.pid}\n${dataDir}\n1700000000\n${pgPort}\n/tmp\nlocalhost\n  1234  5678\nready   \n`,
      {
        mode: 0o600,
      },
    );
    if (asPostgres) await chown(file, ids.uid!, ids.gid!);

    const server = await start();
    expect(await province64(server.port)).toMatchObject({
      data: { province: { nameEn: 'Ningxia Hui Autonomous Region' } },
    });
    server.child.kill('SIGTERM');
    await exited(server.child);
    expect(pidFile(), server.output()).toBeUndefined();
    expect(alive(other.pid!)).toBe(true);
    other.kill('SIGKILL');
  }, 240_000);
});
