import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { RequestHandler } from 'express';

/**
 * A tiny process-wide counter registry for `npm run bench` and operators: GraphQL operations
 * received and SQL statements sent. Counting is always on (two integer increments); the
 * `GET /metrics` endpoint that exposes them is opt-in with METRICS=1.
 */
export const counters = {
  /** GraphQL operations received by this process's Apollo Server. */
  graphqlRequests: 0,
  /** SQL statements this process's ORM sent (every `[query]` line of the ORM logger). */
  sqlStatements: 0,
};

/** Whether to serve `GET /metrics` (METRICS=1 or true). */
export function metricsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.METRICS === '1' || env.METRICS === 'true';
}

/** Counts one SQL statement for every `[query] …` line of the ORM's logger; other lines are ignored. */
export function countSqlLine(line: string): void {
  if (line.startsWith('[query]')) counters.sqlStatements++;
}

/** Counts every GraphQL operation the server receives. */
export function metricsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      counters.graphqlRequests++;
    },
  };
}

/** The counters and process figures in the Prometheus text exposition format (version 0.0.4). */
export function metricsText(): string {
  const cpu = process.cpuUsage();
  const metric = (name: string, type: 'counter' | 'gauge', help: string, value: number) =>
    `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${name} ${value}\n`;
  return [
    metric('graphql_requests_total', 'counter', 'GraphQL operations received.', counters.graphqlRequests),
    metric('sql_statements_total', 'counter', 'SQL statements sent to the database.', counters.sqlStatements),
    metric('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.', process.memoryUsage.rss()),
    metric(
      'process_cpu_seconds_total',
      'counter',
      'Total user and system CPU time spent in seconds.',
      (cpu.user + cpu.system) / 1e6,
    ),
  ].join('');
}

/** `GET /metrics`. */
export const metricsHandler: RequestHandler = (_req, res) => {
  res.type('text/plain; version=0.0.4; charset=utf-8').send(metricsText());
};
