/**
 * The soak's load: autocannon in its own process (forked by test/stress/run.ts, as the bench's
 * driver), so checking every body does not take CPU from the server's process. The connections
 * take turns over one sequence in which every `abusiveEvery`-th request is an abusive one; every
 * response is checked against what its request expects.
 */
import autocannon from 'autocannon';

export interface SoakJob {
  url: string;
  seconds: number;
  connections: number;
  good: { name: string; body: string }[];
  abusive: { name: string; method: string; contentType: string; body: string; code: string; status: number }[];
  abusiveEvery: number;
  /** The bearer token every request carries ('' for none). */
  authorization: string;
}

export interface SoakResult {
  seconds: number;
  responses: number;
  good: { ok: number; failed: number };
  abusive: { refused: number; mismatched: number };
  /** Error codes of the abusive answers. */
  refusals: Record<string, number>;
  byStatus: Record<string, number>;
  /** Connection errors and client timeouts (autocannon's). */
  errors: number;
  timeouts: number;
  latency: { p50: number; p99: number; max: number };
  examples: string[];
  error?: string;
}

type Check = (status: number, body: string) => string | null;

function codes(body: string): string[] | null {
  try {
    const errors = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors;
    return errors ? errors.map((error) => String(error.extensions?.code)) : [];
  } catch {
    return null;
  }
}

function run(job: SoakJob): Promise<SoakResult> {
  const result: SoakResult = {
    seconds: 0,
    responses: 0,
    good: { ok: 0, failed: 0 },
    abusive: { refused: 0, mismatched: 0 },
    refusals: {},
    byStatus: {},
    errors: 0,
    timeouts: 0,
    latency: { p50: NaN, p99: NaN, max: NaN },
    examples: [],
  };
  const note = (name: string, status: number, body: string, problem: string) => {
    if (result.examples.length < 10)
      result.examples.push(`${name}: ${problem} (HTTP ${status}: ${body.slice(0, 300)})`);
  };
  const count = (status: number) => {
    result.responses++;
    result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
  };

  const goodCheck: Check = (status, body) => {
    const found = codes(body);
    if (status === 200 && found !== null && found.length === 0 && body.includes('"data"')) return null;
    return found === null ? 'not JSON' : found.length ? `errors ${found.join(', ')}` : 'no data';
  };
  const abusiveCheck =
    (entry: SoakJob['abusive'][number]): Check =>
    (status, body) => {
      const found = codes(body);
      if (found?.length === 1) result.refusals[found[0]!] = (result.refusals[found[0]!] ?? 0) + 1;
      if (status === entry.status && found?.length === 1 && found[0] === entry.code) return null;
      return `expected HTTP ${entry.status} ${entry.code}, got ${found === null ? 'a body that is not JSON' : found.join(', ') || 'no error'}`;
    };

  // One sequence for all connections, taken in turn: goods round-robin, every abusiveEvery-th slot an
  // abusive one, so every request of both lists is sent whatever the number of connections.
  interface Slot {
    name: string;
    method: string;
    contentType: string;
    body: string;
    check: Check;
    abusive: boolean;
  }
  const slots: Slot[] = [];
  const length = Math.max(job.good.length, job.abusive.length) * job.abusiveEvery;
  for (let slot = 0, g = 0, a = 0; slot < length; slot++) {
    if (slot % job.abusiveEvery === job.abusiveEvery - 1) {
      const entry = job.abusive[a++ % job.abusive.length]!;
      slots.push({ ...entry, check: abusiveCheck(entry), abusive: true });
    } else {
      const entry = job.good[g++ % job.good.length]!;
      slots.push({ ...entry, method: 'POST', contentType: 'application/json', check: goodCheck, abusive: false });
    }
  }
  let next = 0;
  // A connection sends one request at a time: its context holds the slot of the answer it waits for.
  const requests: autocannon.Request[] = [
    {
      setupRequest: (request, context) => {
        const slot = slots[next++ % slots.length]!;
        (context as { slot?: Slot }).slot = slot;
        return {
          ...request,
          method: slot.method as autocannon.Request['method'],
          headers: {
            'content-type': slot.contentType,
            accept: 'application/json',
            ...(job.authorization ? { authorization: job.authorization } : {}),
          },
          body: slot.body,
        };
      },
      onResponse: (status, body, context) => {
        const slot = (context as { slot?: Slot }).slot;
        if (!slot) return;
        count(status);
        const problem = slot.check(status, body);
        if (slot.abusive) result.abusive[problem ? 'mismatched' : 'refused']++;
        else result.good[problem ? 'failed' : 'ok']++;
        if (problem) note(slot.name, status, body, problem);
      },
    },
  ];

  const started = performance.now();
  return new Promise((resolve) => {
    autocannon(
      // Past the server's own 15 s deadline, so a slow answer shows as its 503, not as a client timeout.
      { url: job.url, connections: job.connections, duration: job.seconds, timeout: 20, requests },
      (error, summary) => {
        result.seconds = (performance.now() - started) / 1000;
        result.errors = summary?.errors ?? 0;
        result.timeouts = summary?.timeouts ?? 0;
        result.latency = {
          p50: summary?.latency.p50 ?? NaN,
          p99: summary?.latency.p99 ?? NaN,
          max: summary?.latency.max ?? NaN,
        };
        if (error) result.error = String(error);
        resolve(result);
      },
    );
  });
}

process.on('message', (job: SoakJob) => {
  void run(job).then((result) => process.send?.(result));
});
process.on('disconnect', () => process.exit(0));
