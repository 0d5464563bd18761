import { execFile } from 'node:child_process';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { collectWhenIdle } from '../../src/server/idle-gc';

/*
 * After a busy spell the server runs one full collection once it has been idle a moment, so that it
 * gives back the heap a load grew (the stress soak's end figure); never while requests come.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Forced full collections seen while `work` runs. */
async function forcedCollections(work: () => Promise<void>): Promise<number> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  try {
    await work();
    await sleep(50);
  } finally {
    observer.disconnect();
  }
  return entries.filter((entry) => {
    const detail = (entry as PerformanceEntry & { detail?: { flags?: number } }).detail;
    return ((detail?.flags ?? 0) & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0;
  }).length;
}

describe('collectWhenIdle', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('collects once after requests, when none came for idleMs', async () => {
    const activity = { started: 0, inFlight: 0 };
    stop = collectWhenIdle(activity, 200).stop;
    const forced = await forcedCollections(async () => {
      activity.started = 5; // a spell of requests, then quiet
      await sleep(1200);
    });
    expect(forced).toBe(1);
  });

  it('does not collect while requests keep coming, nor with none since the last collection', async () => {
    const activity = { started: 0, inFlight: 0 };
    stop = collectWhenIdle(activity, 300).stop;
    const busy = await forcedCollections(async () => {
      for (let i = 0; i < 12; i++) {
        activity.started++;
        await sleep(100);
      }
    });
    expect(busy).toBe(0);
    const running = await forcedCollections(async () => {
      activity.inFlight = 1; // one long request: not idle
      await sleep(900);
    });
    expect(running).toBe(0);
    activity.inFlight = 0;
    await sleep(900); // the one collection after the spell
    const quiet = await forcedCollections(async () => {
      await sleep(900);
    });
    expect(quiet).toBe(0);
  });

  it('is off at 0', async () => {
    const activity = { started: 0, inFlight: 0 };
    stop = collectWhenIdle(activity, 0).stop;
    const forced = await forcedCollections(async () => {
      activity.started = 3;
      await sleep(600);
    });
    expect(forced).toBe(0);
  });
});

describe('limitHeapGrowth', () => {
  // In a child process, so the flag is not left set in the test runner. A small live set (~40 MB) and
  // much garbage that lives long enough to be promoted, as requests in flight at a scavenge leave.
  const peakHeapMb = (percent: number) =>
    new Promise<number>((resolve, reject) => {
      const script = `
        const { limitHeapGrowth } = require(${JSON.stringify(require.resolve('../../src/server/idle-gc.ts'))});
        limitHeapGrowth(${percent});
        const live = [];
        for (let i = 0; i < 10; i++) live.push(Array.from({ length: 100000 }, (_, j) => ({ j, s: 'x' + j })));
        let peak = 0;
        const kept = [];
        for (let r = 0; r < 6000; r++) {
          kept.push(Array.from({ length: 2000 }, (_, j) => ({ j, r })));
          if (kept.length > 300) kept.shift();
          if (r % 20 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
        }
        process.stdout.write(String(Math.round(peak / 2 ** 20)));`;
      execFile(process.execPath, ['-r', '@swc-node/register', '-e', script], (error, stdout) =>
        error ? reject(error) : resolve(Number(stdout)),
      );
    });

  it('keeps the heap nearer what is live than V8 does on its own', async () => {
    const [own, limited] = [await peakHeapMb(0), await peakHeapMb(30)];
    // Measured with plain node, twice each: 402 and 407 MB on V8's own heuristics, 187 and 193 MB with 30%.
    expect(limited).toBeLessThan(own * 0.7);
  }, 120_000);
});
