import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/api';
import { freePort } from './support/free-port';

/*
 * SIGTERM under load: the real start command stops accepting, answers every request it had accepted,
 * and exits 0 within the drain bound.
 */

const ROOT = path.resolve(__dirname, '..');
/** Long enough for a loaded machine to handle the signal well within it. */
const DELAY_MS = 4000;
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GET /health on a connection of its own (no keep-alive pool): fails when nothing accepts it. */
const connectAnew = (url: string) =>
  new Promise<number>((resolve, reject) => {
    const request = http.get(`${url}/health`, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });

describe('graceful shutdown', () => {
  let url: string;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/cli/start.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        AUTH_ANONYMOUS_ONLY: 'on', // production refuses to start without token keys otherwise
        DATABASE_URL: await createTestDatabase(),
        PORT: String(port),
        HOST: '127.0.0.1',
        COST_BUDGET: '0',
        SHUTDOWN_DELAY_MS: String(DELAY_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    url = `http://127.0.0.1:${port}`;
    for (let attempt = 0; attempt < 600; attempt++) {
      const ready = await fetch(`${url}/ready`).catch(() => undefined);
      if (ready?.ok) return;
      if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
      await sleep(100);
    }
    throw new Error(`server did not become ready: ${output}`);
  }, 120_000);

  it('turns unready, answers every accepted request, then refuses new connections and exits 0', async () => {
    // Each request its own text (an alias): identical ones would be answered once from the kept answers,
    // too fast to be still in flight when the signal comes.
    const send = (_: unknown, index: number) =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ q${index}: statistics(groupBy: [COUNTY, UNIVERSITY, MONTH]) { partnerships activities schools } }`,
        }),
      }).then(async (response) => ({
        status: response.status,
        body: (await response.json()) as { data?: unknown },
        at: performance.now(),
      }));
    const inFlight = Array.from({ length: 16 }, send);
    // The signal comes at once: the server goes on accepting and serving for SHUTDOWN_DELAY_MS, so every
    // request above is accepted whether it reached the server before the signal or just after.
    await sleep(20);
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    const signalled = performance.now();
    child!.kill('SIGTERM');
    // Unready as soon as the signal is handled, while it goes on serving for SHUTDOWN_DELAY_MS.
    let ready = 200;
    while (ready !== 503 && performance.now() - signalled < DELAY_MS) {
      ready = (await fetch(`${url}/ready`)).status;
      if (ready !== 503) await sleep(20);
    }
    expect(ready).toBe(503);
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeTruthy();
    }
    // The test means something only if requests were still in flight when the signal came.
    expect(answers.some((answer) => answer.at > signalled)).toBe(true);
    // Past the delay the listener is closed: a new connection is refused. A new one indeed: fetch would
    // reuse a keep-alive connection of the requests above (one answered before the signal stays open
    // for the linger of drain.ts, and is served, as it should be).
    await sleep(Math.max(0, signalled + DELAY_MS + 300 - performance.now()));
    await expect(connectAnew(url)).rejects.toThrow();
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopping|stopped/);
  }, 60_000);
});
