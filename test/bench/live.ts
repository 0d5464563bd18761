import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { mintToken } from '../../src/server/auth/tokens';
import { subscribeWs, wsClient, type Subscription } from '../support/live-clients';
import { copyDatabase, dropDatabase, prepareDatabase, querySql, type BenchServer } from './databases';
import { cpuSeconds, freePort, memory, startNode, stopChild, waitHealthy } from './processes';

/*
 * `npm run bench -- --live [--subscribers N] [--writes R] [--duration S] [--endpoints K]` (issue 23):
 * the built API (dist/, production) over a copy of the scale-1 database; N subscribers, each on a
 * WebSocket of its own (graphql-ws), subscribed to every Activity change; then R createActivity
 * mutations a second for S seconds while K webhook endpoints (a local receiver) get each change.
 * Figures: subscribers connected; the API's memory per subscriber (RSS growth ÷ N); write-to-delivery
 * latency p50/p99 over every (event, subscriber) (from the writing transaction's start, `at`, to the
 * event's arrival: same machine, same clock); webhook deliveries per second (from the first to the
 * last received, the drain after the writes included).
 */

const DIST_START = path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js');
const COPY = 'agapi_bench_live';
const SECRET = 'bench-live-secret-of-at-least-thirty-two-bytes';

export interface LiveBenchResult {
  subscribers: number;
  connected: number;
  writesPerSecond: number;
  durationSeconds: number;
  writes: number;
  events: number;
  lost: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  memory: { baselineMb: number; withSubscribersMb: number; perSubscriberKb: number };
  apiCpuSeconds: number;
  webhooks: {
    endpoints: number;
    expected: number;
    received: number;
    backlog: number;
    backlogSeconds: number;
    perSecond: number;
    drainSeconds: number;
  };
  loadAverage: number[];
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function liveBench(
  server: BenchServer,
  options: {
    subscribers: number;
    writesPerSecond: number;
    durationSeconds: number;
    endpoints: number;
    reseed: boolean;
    log: (line: string) => void;
  },
): Promise<LiveBenchResult> {
  const { log } = options;
  const source = await prepareDatabase(server, 1, { reseed: options.reseed, log });
  const url = await copyDatabase(server, source, COPY);
  const port = await freePort();
  const auth = { secret: SECRET, issuer: 'assistance-graph-dev', audience: 'assistance-graph-api' };
  const api = startNode('api', DIST_START, [], {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    AUTH_JWT_SECRET: SECRET,
    COST_BUDGET: '0',
    LOG_LEVEL: 'warn',
    LIVE_MAX_SUBSCRIPTIONS: String(options.subscribers + 100),
    LIVE_MAX_PER_CALLER: String(options.subscribers + 100),
    WEBHOOK_ALLOW_PRIVATE: 'on',
  });
  const base = `http://127.0.0.1:${port}`;
  const graphql = `${base}/graphql`;
  const subscriptions: Subscription[] = [];
  const clients: ReturnType<typeof wsClient>[] = [];
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(performance.now());
      res.end();
    });
  });
  const received: number[] = [];
  try {
    await waitHealthy(api, `${base}/ready`);
    const admin = await mintToken({ role: 'ministry_admin', subject: 'bench:live' }, auth);
    const post = async (query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      if (body.errors) throw new Error(`API error: ${JSON.stringify(body.errors).slice(0, 500)}`);
      return body.data!;
    };
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    for (let i = 0; i < options.endpoints; i++) {
      await post(`mutation ($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`, {
        input: { url: hookUrl, where: { types: ['Activity'] } },
      });
    }
    await sleep(500);
    const baseline = memory(api.pid).rss;
    log(`live bench: ${options.subscribers} subscribers connecting to ${graphql}`);
    const token = await mintToken({ role: 'analyst', subject: 'bench:subscriber' }, auth);
    const query = `subscription { changes(where: { types: ["Activity"] }) { position at id } }`;
    for (let i = 0; i < options.subscribers; i++) {
      const client = wsClient(graphql, token);
      clients.push(client);
      subscriptions.push(subscribeWs(client, query));
      if (i % 100 === 99) await sleep(50);
    }
    // Connected and subscribed: the server counts them (the hub's listeners are the subscriptions).
    await sleep(2000 + options.subscribers);
    const failed = subscriptions.filter((s) => s.received.some((r) => r.errors));
    const withSubscribers = memory(api.pid).rss;
    log(`  connected; API RSS ${(baseline / 2 ** 20).toFixed(0)} → ${(withSubscribers / 2 ** 20).toFixed(0)} MB`);

    const [fixture] = await querySql<{ id: string; program_id: string; school_id: string }>(
      url,
      `select p.id, p.program_id, ps.school_id from assistance.partnership p
         join assistance.partnership_school ps on ps.partnership_id = p.id order by p.id limit 1`,
    );
    const create = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) { activity { id } } }`;
    const cpuBefore = cpuSeconds(api.pid);
    const writes: Promise<unknown>[] = [];
    const interval = 1000 / options.writesPerSecond;
    const start = performance.now();
    let n = 0;
    log(`  writing ${options.writesPerSecond}/s for ${options.durationSeconds} s`);
    while (performance.now() - start < options.durationSeconds * 1000) {
      writes.push(
        post(create, {
          input: {
            programId: fixture!.program_id,
            partnershipId: fixture!.id,
            schoolId: fixture!.school_id,
            kind: 'TEACHER_VISIT',
            title: `bench ${n++}`,
            startDate: '2024-03-04',
            endDate: '2024-03-08',
            participants: [],
          },
        }),
      );
      const next = start + n * interval;
      await sleep(Math.max(0, next - performance.now()));
    }
    await Promise.all(writes);
    const expected = writes.length * options.endpoints;
    const drainStart = performance.now();
    for (let waited = 0; waited < 60_000; waited += 200) {
      const done = subscriptions.every((s) => s.received.length >= writes.length) && received.length >= expected;
      if (done) break;
      await sleep(200);
    }
    const drainSeconds = (performance.now() - drainStart) / 1000;
    const apiCpuSeconds = cpuSeconds(api.pid) - cpuBefore;
    // Latency of every (event, subscriber): arrival (wall clock, recorded as received) − `at`.
    const latencies: number[] = [];
    let events = 0;
    for (const subscription of subscriptions) {
      for (const payload of subscription.received) {
        const at = (payload.data as { changes?: { at: string } } | undefined)?.changes?.at;
        const arrived = (payload as { arrivedAt?: number }).arrivedAt;
        if (!at || arrived === undefined) continue;
        events++;
        latencies.push(arrived - Date.parse(at));
      }
    }
    latencies.sort((a, b) => a - b);
    const steadyReceived = received.length;
    // Deliveries per second on a backlog: every delivery of the run due again at once (the bench owns
    // this copy of the database), sent by the API's worker to the local receiver.
    received.length = 0;
    const [{ backlog }] = (await querySql<{ backlog: number }>(
      url,
      `with d as (update audit.webhook_delivery set status = 'PENDING', attempts = 0, next_at = now(), lease_until = null returning 1)
       select count(*)::int as backlog from d`,
    )) as [{ backlog: number }];
    const backlogStart = performance.now();
    for (let waited = 0; waited < 120_000 && received.length < backlog; waited += 100) await sleep(100);
    const backlogSeconds = (performance.now() - backlogStart) / 1000;
    const perSecond = received.length / backlogSeconds;
    return {
      subscribers: options.subscribers,
      connected: options.subscribers - failed.length,
      writesPerSecond: options.writesPerSecond,
      durationSeconds: options.durationSeconds,
      writes: writes.length,
      events,
      lost: writes.length * options.subscribers - events,
      latencyMs: {
        p50: percentile(latencies, 50),
        p90: percentile(latencies, 90),
        p99: percentile(latencies, 99),
        max: latencies[latencies.length - 1] ?? NaN,
      },
      memory: {
        baselineMb: Math.round(baseline / 2 ** 20),
        withSubscribersMb: Math.round(withSubscribers / 2 ** 20),
        perSubscriberKb: Math.round((withSubscribers - baseline) / 1024 / options.subscribers),
      },
      apiCpuSeconds: Math.round(apiCpuSeconds * 10) / 10,
      webhooks: {
        endpoints: options.endpoints,
        expected,
        received: steadyReceived,
        backlog,
        backlogSeconds: Math.round(backlogSeconds * 10) / 10,
        perSecond: Math.round(perSecond),
        drainSeconds: Math.round(drainSeconds * 10) / 10,
      },
      loadAverage: os.loadavg(),
    };
  } finally {
    for (const subscription of subscriptions) subscription.stop();
    await Promise.all(clients.map((client) => client.dispose()));
    receiver.closeAllConnections();
    receiver.close();
    await stopChild(api);
    await dropDatabase(server, COPY);
  }
}

export function liveMarkdown(result: LiveBenchResult): string {
  const l = result.latencyMs;
  return [
    '### Live (subscriptions and webhooks, scale 1)',
    '',
    '| subscribers connected | writes/s × s | events delivered (lost) | write-to-delivery p50 / p90 / p99 / max ms | API RSS MB (baseline → with subscribers) | memory per subscriber | API CPU s | webhook endpoints | deliveries (expected) | deliveries/s (backlog) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${result.connected} / ${result.subscribers} | ${result.writesPerSecond} × ${result.durationSeconds} | ${result.events.toLocaleString('en-US')} (${result.lost}) | ${l.p50} / ${l.p90} / ${l.p99} / ${l.max} | ${result.memory.baselineMb} → ${result.memory.withSubscribersMb} | ${result.memory.perSubscriberKb} KB | ${result.apiCpuSeconds} | ${result.webhooks.endpoints} | ${result.webhooks.received} (${result.webhooks.expected}) | ${result.webhooks.perSecond} (${result.webhooks.backlog} in ${result.webhooks.backlogSeconds} s) |`,
    '',
    `load average ${result.loadAverage.map((n) => n.toFixed(2)).join(', ')}; write-to-delivery runs from the writing transaction's start (\`at\`) to the event's arrival at the client (same machine); deliveries/s: every delivery of the run made due again at once and sent from that backlog.`,
  ].join('\n');
}
