/**
 * The load driver: autocannon in its own process (forked by test/bench/run.ts), so the driver's CPU
 * is not the server's. It takes one job at a time over IPC and answers with the figures; latencies
 * are kept at full resolution (autocannon's own histogram rounds to whole milliseconds).
 */
import autocannon from 'autocannon';

export interface LoadJob {
  id: number;
  url: string;
  body: string;
  /** Every 2xx response must be exactly this body (else it counts as a mismatch). */
  expectBody: string;
  /** The bearer token of the caller the bench measures as (a nationwide role that reads every field). */
  authorization: string;
  connections: number;
  /** Seconds: the run lasts at least this long… */
  duration: number;
  /** …and until this many responses came back, but never longer than maxDuration seconds. */
  minResponses: number;
  maxDuration: number;
}

export interface LoadResult {
  id: number;
  /** 2xx responses with the expected body per second of the run. */
  requestsPerSecond: number;
  responses: number;
  /** Requests sent (responses, plus those still in flight when the run stopped). */
  sent: number;
  seconds: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
  /** Connection errors, timeouts, non-2xx responses and 2xx responses with another body. */
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  bytesPerSecond: number;
  error?: string;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/**
 * autocannon appends each TCP chunk of a body to a string on its own (`body += chunk`), so a multi-byte
 * character split between two chunks arrives as replacement characters (large answers in Chinese hit
 * this on most requests). Bodies are therefore compared without their non-ASCII characters: every
 * ASCII byte (the JSON structure, ids, codes, numbers) must still match, and the first answer of
 * every setup was compared exactly (run.ts) before the load.
 */
const nonAscii = /[\u0080-\uffff]/g;

function run(job: LoadJob): Promise<LoadResult> {
  const expected = job.expectBody.replace(nonAscii, '');
  const verifyBody = (body: unknown) =>
    body === job.expectBody || (typeof body === 'string' && body.replace(nonAscii, '') === expected);
  return new Promise((resolve) => {
    const latencies: number[] = [];
    const started = performance.now();
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: job.authorization },
        body: job.body,
        verifyBody,
        connections: job.connections,
        duration: job.maxDuration,
        timeout: 10,
        // Stop checks happen on each sample tick.
        sampleInt: 100,
      },
      (error, result) => {
        const seconds = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        const good = Math.max(0, latencies.length - (result?.mismatches ?? 0));
        resolve({
          id: job.id,
          requestsPerSecond: good / seconds,
          responses: latencies.length,
          sent: result?.requests.sent ?? latencies.length,
          seconds,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
          max: latencies[latencies.length - 1] ?? NaN,
          errors: result?.errors ?? 0,
          timeouts: result?.timeouts ?? 0,
          non2xx: result?.non2xx ?? 0,
          mismatches: result?.mismatches ?? 0,
          bytesPerSecond: (result?.throughput.total ?? 0) / seconds,
          error: error ? String(error) : undefined,
        });
      },
    );
    let stopping = false;
    const enough = () => {
      if (stopping || latencies.length < job.minResponses) return;
      if (performance.now() - started < job.duration * 1000) return;
      stopping = true;
      instance.stop();
    };
    const timer = setTimeout(enough, job.duration * 1000);
    instance.once('done', () => clearTimeout(timer));
    // autocannon emits (client, statusCode, bytes, ms); its typings omit the client.
    (instance as unknown as NodeJS.EventEmitter).on(
      'response',
      (_client: unknown, statusCode: number, _bytes: number, ms: number) => {
        if (statusCode >= 200 && statusCode < 300) latencies.push(ms);
        enough();
      },
    );
  });
}

process.on('message', (job: LoadJob) => {
  void run(job).then((result) => process.send?.(result));
});
process.on('disconnect', () => process.exit(0));
