import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { releaseCachedReads } from '../db/read-cache';

/** How often the server looks whether a busy spell is over. */
const CHECK_MS = 1000;

/**
 * V8 judges its allocation rate over the last 5 s (GCTracer's throughput window, measured between
 * collections) and, at a full collection, shrinks the young generation only when that rate is low. A
 * collection right after a load sees the load's rate: it frees the garbage but keeps the young
 * generation at its largest (2 × 32 MB here). The second collection, this long after the first, sees
 * only the idle rate.
 */
export const RELEASE_AFTER_MS = 6000;

/**
 * V8's low rate (Heap::ReduceNewSpaceSize: under 1,000 bytes/ms since the last collection), with a
 * margin. An idle server still allocates (the webhook and feed polls, metrics scrapes: up to ~0.4 MB/s,
 * 400 bytes/ms, here), and what it finished after the load comes on top: when the second collection came while
 * that was over V8's bound, the young generation stayed at 64 MB and nothing shrank it later either
 * (V8's memory reducer reads the load's rate until scavenges replace it, and a 64 MB young generation
 * takes minutes to fill at the idle rate). So the second collection waits for the rate to be low.
 */
export const LOW_ALLOCATION_BYTES_PER_MS = 800;

/** How much longer than RELEASE_AFTER_MS the second collection waits for a low rate before it runs anyway. */
export const MAX_WAIT_MS = 20_000;

/** What the collector watches: requests started so far, and those still running. */
export interface Activity {
  readonly started: number;
  readonly inFlight: number;
}

/**
 * Memory given back once a burst of requests is over. V8 collects only when something allocates, so
 * a server that goes quiet after a load keeps the heap it grew to (garbage included, the young
 * generation at its largest) for as long as it stays quiet; V8's own memory reducer comes 8 s after a
 * full collection at the earliest. After a spell with requests followed by `idleMs` without any (none
 * started, none running), one full collection frees the garbage; if it is still quiet RELEASE_AFTER_MS
 * later and what was allocated since is under V8's low rate (else up to MAX_WAIT_MS more, until it
 * is), the caches of kept answers and rows are emptied (`release`: a load fills them, and nothing
 * else would shrink them) and a second, compacting one shrinks the young generation, and V8 returns
 * the pages both freed (never during a request). Nothing runs while requests keep coming, nor again
 * until new requests came. Off when `idleMs` is 0.
 */
export function collectWhenIdle(
  activity: Activity,
  idleMs: number,
  options: { release?: () => void; releaseAfterMs?: number; maxWaitMs?: number } = {},
): { stop(): void } {
  const { releaseAfterMs = RELEASE_AFTER_MS, maxWaitMs = MAX_WAIT_MS } = options;
  // The caches no request used since the first collection (in-process readers, as tests, use them too).
  const release = options.release ?? (() => releaseCachedReads(releaseAfterMs));
  const gc = idleMs > 0 ? exposedGc() : undefined;
  if (!gc) return { stop: () => undefined };
  let seen = activity.started;
  // Collections done for the spell that ended with request number `seen`: 0, 1 or 2.
  let done = 2;
  let quietSince = performance.now();
  let collectedAt = 0;
  // The heap in use after the first collection, and since when V8 measures the allocation rate.
  let usedAfter = 0;
  let measuredFrom = 0;
  const timer = setInterval(
    () => {
      const now = performance.now();
      if (activity.started !== seen || activity.inFlight > 0) {
        if (activity.started !== seen) done = 0;
        seen = activity.started;
        quietSince = now;
        return;
      }
      if (done === 2 || now - (done === 0 ? quietSince + idleMs : collectedAt + releaseAfterMs) < 0) return;
      if (done === 0) {
        done = 1;
        gc();
        collectedAt = measuredFrom = performance.now();
        usedAfter = usedHeap();
        return;
      }
      // The heap's growth since the first collection: what was allocated, as long as V8 did not collect
      // (new space and old generation alike; a collection in between hides what it freed, which
      // MAX_WAIT_MS bounds). Less in use than after it means V8 collected since: measured from there.
      const used = usedHeap();
      if (used < usedAfter) {
        usedAfter = used;
        measuredFrom = now;
      }
      const rate = (used - usedAfter) / (now - measuredFrom);
      if (
        (now - measuredFrom < releaseAfterMs || rate >= LOW_ALLOCATION_BYTES_PER_MS) &&
        now - collectedAt < releaseAfterMs + maxWaitMs
      )
        return;
      done = 2;
      // Still quiet: the kept answers and rows the load filled are let go before the last collection
      // (the next request of each kind computes its answer again), so that it frees them too.
      release();
      // The last one also compacts the old generation: what survived is moved together and the pages
      // the load (or start-up) left partly empty are given back (on its own V8 compacts only the most
      // fragmented pages; compacting only when a tenth was free left up to 6 MB more at the soak's start
      // or end, by chance). Its pause is 1.5–3× a plain full collection's (measured on a 130 MB old
      // generation), once per quiet spell.
      setFlagsFromString('--compact-on-every-full-gc');
      try {
        gc();
      } finally {
        setFlagsFromString('--no-compact-on-every-full-gc');
      }
    },
    Math.min(CHECK_MS, idleMs),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * How far V8's old generation may grow past what survived the last full collection before it runs
 * the next one. V8 picks up to 300% on a machine with several GB of memory, so under a steady load
 * the heap grows to about four times what is live (garbage promoted by requests that were running
 * when a scavenge came) before it is collected; with 30% a full collection comes sooner, and each
 * costs little since what is live is small. V8 reads the flag whenever it recomputes its limits, so
 * setting it at run time works, whatever command started the process. 0 leaves V8's heuristics.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/** V8's `gc()` without a command-line flag: the flag set at run time, the function taken from a fresh context. */
function exposedGc(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

const usedHeap = () => getHeapStatistics().used_heap_size;
