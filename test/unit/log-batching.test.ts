import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FLUSH_MS } from '../../src/server/observability/logger';

/*
 * The production logger writes request lines in batches (logger.ts): a line does not cost a write(2)
 * to the log pipe each, yet none waits longer than LOG_FLUSH_MS, and none is lost at exit.
 */

const ROOT = path.resolve(__dirname, '../..');

/** A process logging `lines` lines `gapMs` apart, then waiting `holdMs` before it exits: its stderr, as read. */
function logLines(lines: number, gapMs: number, holdMs: number): Promise<{ chunks: { at: number; text: string }[] }> {
  const script = `
    const { createLogger } = require('./src/server/observability/logger');
    const logger = createLogger({ nodeEnv: 'production', logLevel: 'info' });
    let n = 0;
    const timer = setInterval(() => {
      logger.info({ n, path: '/graphql', status: 200 }, 'request');
      if (++n === ${lines}) { clearInterval(timer); setTimeout(() => undefined, ${holdMs}); }
    }, ${gapMs});
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const started = performance.now();
    const chunks: { at: number; text: string }[] = [];
    child.stderr.on('data', (chunk: Buffer) =>
      chunks.push({ at: performance.now() - started, text: chunk.toString() }),
    );
    child.once('error', reject);
    child.once('close', () => resolve({ chunks }));
  });
}

describe('the production logger', () => {
  it('writes lines logged a few ms apart in a few writes (the batch or its period), none lost', async () => {
    const { chunks } = await logLines(20, 5, 3 * LOG_FLUSH_MS);
    const text = chunks.map((chunk) => chunk.text).join('');
    const lines = text.split('\n').filter(Boolean);
    expect(lines.map((line) => (JSON.parse(line) as { n: number }).n)).toEqual([...Array(20).keys()]);
    // One write(2) a line would reach the pipe as ~20 reads; the batch (4 KB or the period) as 1–3.
    expect(chunks.length).toBeLessThanOrEqual(4);
  }, 30_000);

  it('writes what is held when the process exits before the period', async () => {
    const { chunks } = await logLines(3, 1, 0);
    const lines = chunks
      .map((chunk) => chunk.text)
      .join('')
      .split('\n')
      .filter(Boolean);
    expect(lines).toHaveLength(3);
  }, 30_000);
});
