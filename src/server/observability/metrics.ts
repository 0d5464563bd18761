import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';
import { readCacheTotals } from '../../db/read-cache';
import type { ReplicaStatus } from '../../db/replicas';

/*
 * Prometheus metrics (prom-client) of this process, in its default registry: the process's own
 * (CPU, memory, event loop lag, heap, GC) and the service's. Operation names come from clients, so
 * at most MAX_OPERATION_NAMES distinct ones are kept as label values; later ones count as "other".
 */

collectDefaultMetrics();

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const metrics = {
  graphqlRequests: new Counter({ name: 'graphql_requests_total', help: 'GraphQL requests received.' }),
  fastLane: new Counter({
    name: 'graphql_fast_lane_requests_total',
    help: 'GraphQL requests answered by the fast lane (repeated compiled queries, past Express and Apollo Server).',
  }),
  gatewayLane: new Counter({
    name: 'graphql_gateway_lane_requests_total',
    help: "Of the fast lane's requests, those a distributed gateway answered (repeated queries past Apollo Server), by how: its query plan, or one subgraph's answer forwarded as it is.",
    labelNames: ['path'],
  }),
  sqlStatements: new Counter({ name: 'sql_statements_total', help: 'SQL statements sent to the database.' }),
  httpDuration: new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer a GraphQL HTTP request, by status code.',
    labelNames: ['status'],
    buckets: SECONDS,
  }),
  operationDuration: new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and outcome (ok, error, rejected).',
    labelNames: ['operation', 'outcome'],
    buckets: SECONDS,
  }),
  operationSql: new Histogram({
    name: 'graphql_operation_sql_statements',
    help: 'SQL statements per GraphQL operation, by operation name.',
    labelNames: ['operation'],
    buckets: [0, 1, 2, 3, 5, 8, 12, 20, 50, 100],
  }),
  rejected: new Counter({
    name: 'graphql_rejected_operations_total',
    help: 'Operations refused before execution, by reason (the error code: COST_LIMIT_EXCEEDED, RATE_LIMITED, …).',
    labelNames: ['reason'],
  }),
  subgraphFetchDuration: new Histogram({
    name: 'subgraph_fetch_duration_seconds',
    help: 'Time of the gateway’s fetches from subgraph services (distributed mode), by subgraph and outcome.',
    labelNames: ['subgraph', 'outcome'],
    buckets: SECONDS,
  }),
};

/** The read cache's figures (src/db/read-cache.ts), every database's summed, read when scraped. */
for (const [name, help, key] of [
  [
    'read_cache_hits_total',
    'Reads answered from the read cache (after a one-row check of the tables’ write counts).',
    'hits',
  ],
  ['read_cache_misses_total', 'Reads the read cache computed (first asked, or a table written since).', 'misses'],
  ['read_cache_uncacheable_total', 'Reads not kept: a table they read does not count its writes.', 'uncacheable'],
  [
    'read_cache_answer_hits_total',
    'Operations answered with their kept JSON text (after a one-row check of the tables’ write counts).',
    'answerHits',
  ],
  [
    'read_cache_answer_misses_total',
    'Operations with kept answers computed (asked again, or a table written since).',
    'answerMisses',
  ],
  [
    'read_cache_answer_unkept_total',
    'Operations with kept answers computed and not kept (asked once, errors, the clock, or a table without counts).',
    'answersUnkept',
  ],
] as const) {
  new Counter({
    name,
    help,
    collect(this: Counter) {
      this.reset();
      this.inc(readCacheTotals()[key]);
    },
  });
}
new Gauge({
  name: 'read_cache_bytes',
  help: 'Bytes (estimated) of answers the read cache holds (statement rows and kept JSON texts).',
  collect(this: Gauge) {
    this.set(readCacheTotals().bytes);
  },
});

/** Database pool gauges, read from the pool when scraped. */
export function observePool(pool: () => { used: number; free: number; pending: number } | undefined): void {
  const read = (key: 'used' | 'free' | 'pending') =>
    function (this: Gauge) {
      const state = pool();
      if (state) this.set(state[key]);
    };
  register.removeSingleMetric('db_pool_connections_in_use');
  register.removeSingleMetric('db_pool_connections_idle');
  register.removeSingleMetric('db_pool_waiting_requests');
  new Gauge({ name: 'db_pool_connections_in_use', help: 'Database connections in use.', collect: read('used') });
  new Gauge({ name: 'db_pool_connections_idle', help: 'Database connections open and idle.', collect: read('free') });
  new Gauge({
    name: 'db_pool_waiting_requests',
    help: 'Requests waiting for a database connection.',
    collect: read('pending'),
  });
}

/** Whether each read replica answered its last probe (1) or not (0). */
export function observeReplicas(status: () => ReplicaStatus[]): void {
  for (const name of ['db_replica_up', 'db_replica_lag_seconds', 'db_replica_lag_bytes']) {
    register.removeSingleMetric(name);
  }
  new Gauge({
    name: 'db_replica_up',
    // Workers of one machine (WORKERS) probe the same replicas: their figures are not summed.
    aggregator: 'min',
    help: 'Whether each read replica serves reads (1): it answered its last probe within the lag bound; else 0.',
    labelNames: ['replica'],
    collect(this: Gauge) {
      for (const replica of status()) this.set({ replica: replica.url }, replica.up ? 1 : 0);
    },
  });
  new Gauge({
    name: 'db_replica_lag_seconds',
    aggregator: 'max',
    help: 'How far each replica is behind: 0 when it has replayed all it received, else the age of its last replayed commit.',
    labelNames: ['replica'],
    collect(this: Gauge) {
      for (const replica of status())
        if (replica.lagSeconds !== null) this.set({ replica: replica.url }, replica.lagSeconds);
    },
  });
  new Gauge({
    name: 'db_replica_lag_bytes',
    aggregator: 'max',
    help: 'Bytes of WAL the primary has written that each replica has not replayed yet.',
    labelNames: ['replica'],
    collect(this: Gauge) {
      for (const replica of status())
        if (replica.lagBytes !== null) this.set({ replica: replica.url }, replica.lagBytes);
    },
  });
}

const MAX_OPERATION_NAMES = 200;
const knownNames = new Set<string>();

/** The label for an operation name: bounded in number, whatever clients send. */
export function operationLabel(name: string | null): string {
  if (!name) return 'anonymous';
  if (knownNames.has(name)) return name;
  if (knownNames.size >= MAX_OPERATION_NAMES) return 'other';
  knownNames.add(name);
  return name;
}

/** The Prometheus text exposition of every metric of this process. */
export function metricsText(): Promise<string> {
  return register.metrics();
}

export const METRICS_CONTENT_TYPE = register.contentType;

/**
 * WORKERS: a worker answers the primary's requests for its metrics (prom-client's cluster messages),
 * and the primary serves them summed (aggregated per metric) on METRICS_PORT.
 */
export function clusterMetrics(): { text(): Promise<string> } {
  const aggregator = new AggregatorRegistry();
  return { text: () => aggregator.clusterMetrics() };
}
