import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive, ownerFile, postmasterPidOf } from '../src/db/postmaster';
import { freePort } from './support/free-port';

/*
 * A process manager holds the PID of `npm start` (or `npm run start:subgraph`, …), not of node: a
 * signal to npm must stop the server and the embedded PostgreSQL it started. npm hands SIGTERM and
 * SIGINT to its script's shell, which is node itself because every script `exec`s it (package.json).
 * Without the exec, npm and the shell exit and node goes on serving (the bug this guards).
 */

const ROOT = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const children: ChildProcess[] = [];
let dataRoot: string;

beforeAll(async () => {
  dataRoot = await mkdtemp(path.join(os.tmpdir(), 'agapi-npm-signals-'));
  await chmod(dataRoot, 0o755); // PostgreSQL runs as its own user when the tests run as root
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  // A server and a postmaster left behind by a failed run are stopped, and their folder removed.
  const dataDir = path.join(dataRoot, 'postgres');
  if (existsSync(ownerFile(dataDir))) {
    const owner = (JSON.parse(readFileSync(ownerFile(dataDir), 'utf8')) as { pid: number }).pid;
    if (isAlive(owner)) process.kill(owner, 'SIGKILL');
  }
  const pid = postmasterPidOf(dataDir);
  if (pid && isAlive(pid)) process.kill(pid, 'SIGQUIT');
  await rm(dataRoot, { recursive: true, force: true });
});

interface Started {
  npm: ChildProcess;
  url: string;
  output: () => string;
}

/** `npm run <script>` as a process manager starts it, ready when /ready answers 200. */
async function npmRun(script: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const port = await freePort();
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    AUTH_ANONYMOUS_ONLY: 'on',
    PORT: String(port),
    HOST: '127.0.0.1',
    SHUTDOWN_DELAY_MS: '0',
    EMBEDDED_PG_DIR: path.join(dataRoot, 'postgres'),
    ...env,
  };
  delete environment.DATABASE_URL;
  const npm = spawn('npm', ['run', ...script], { cwd: ROOT, env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(npm);
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // The first start may build dist/ (tsc -b) and initialise and seed the database.
  for (let attempt = 0; attempt < 2400; attempt++) {
    const ready = await fetch(`${url}/ready`).catch(() => undefined);
    if (ready?.ok) return { npm, url, output: () => output };
    if (npm.exitCode !== null) throw new Error(`npm exited (${npm.exitCode}): ${output}`);
    await sleep(100);
  }
  throw new Error(`not ready: ${output}`);
}

/** Signals npm's PID; resolves with npm's exit code once it has exited. */
async function signalNpm(started: Started, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => started.npm.once('exit', (code) => resolve(code)));
  started.npm.kill(signal);
  return exited;
}

describe('a signal to npm stops the server and its embedded PostgreSQL', () => {
  const dataDir = () => path.join(dataRoot, 'postgres');

  it('npm start, SIGTERM to npm: exit 0, nothing listening, PostgreSQL stopped, its owner record released', async () => {
    const started = await npmRun(['start'], { EMBEDDED_PG_PORT: String(await freePort()) });
    const postmaster = postmasterPidOf(dataDir());
    expect(postmaster && isAlive(postmaster)).toBeTruthy();
    // The server (node, exec'd by npm's shell) owns the PostgreSQL it started.
    const server = (JSON.parse(readFileSync(ownerFile(dataDir()), 'utf8')) as { pid: number }).pid;
    expect(server).not.toBe(started.npm.pid);
    expect(isAlive(server)).toBe(true);
    expect(await signalNpm(started, 'SIGTERM')).toBe(0);
    expect(isAlive(server)).toBe(false);
    await expect(fetch(`${started.url}/ready`)).rejects.toThrow();
    expect(isAlive(postmaster!)).toBe(false);
    expect(existsSync(ownerFile(dataDir()))).toBe(false);
    // The ready line names the pages (README, Pages).
    expect(started.output()).toMatch(
      /supergraph ready: GraphiQL http:\/\/.*\/graphql, Voyager .*\/voyager, dashboard .*\/dashboard/,
    );
  }, 300_000);

  it('npm run start:subgraph, SIGINT to npm: the same', async () => {
    const started = await npmRun(['start:subgraph', '--', 'directory'], {
      EMBEDDED_PG_PORT: String(await freePort()),
    });
    const postmaster = postmasterPidOf(dataDir());
    expect(postmaster && isAlive(postmaster)).toBeTruthy();
    expect(await signalNpm(started, 'SIGINT')).toBe(0);
    await expect(fetch(`${started.url}/ready`)).rejects.toThrow();
    expect(isAlive(postmaster!)).toBe(false);
  }, 300_000);
});
