// First: tracing, when configured, must patch http, pg and graphql before they load.
import { tracing } from './tracing-gateway';
import 'reflect-metadata';
import { developmentAuthNotice, productionAuthWarning, loadSettings, SUBGRAPH_NAMES } from '../config';
import { openDatabase } from './bootstrap';
import { poolState } from '../db/orm';
import { startInProcessApi, startRemoteGateway } from '../server/api';
import { createLogger } from '../server/observability/logger';
import { limitHeapGrowth } from '../server/idle-gc';
import { clusterMetrics, observePool, observeReplicas } from '../server/observability/metrics';
import { countStatement } from '../server/observability/operation-plugin';
import cluster from 'node:cluster';
import { runPrimary } from './cluster';
import { runCli, UsageError } from './run';

const USAGE = `usage: npm start          (production: NODE_ENV unset or production)
       npm run dev        (development: accepts tokens from \`npm run token\`, restarts on change)
Serves the supergraph on PORT (default 4000): GraphiQL at /graphql, Voyager at /voyager, the dashboard at
/dashboard, /health, /ready and /metrics. Without DATABASE_URL it starts an embedded PostgreSQL in
EMBEDDED_PG_DIR (default .data/postgres), migrates it and seeds it when empty. With all of
SUBGRAPH_{DIRECTORY,PEOPLE,ASSISTANCE}_URL it is a gateway over those subgraph servers instead.
WORKERS=auto (or a number) serves one port from a worker per core.
Stop it with SIGTERM or SIGINT (to this process, or to the npm that runs it). Settings: README, Configuration.`;

/** The pages and endpoints next to /graphql, for the ready line. */
const pages = (url: string) => {
  const origin = new URL(url).origin;
  return `GraphiQL ${url}, Voyager ${origin}/voyager, dashboard ${origin}/dashboard; /health, /ready, /metrics`;
};

/** `npm start`: the supergraph with GraphiQL; in-process subgraphs unless SUBGRAPH_*_URL are set. */
runCli({
  usage: USAGE,
  main: async (onStop) => {
    if (process.argv.length > 2) throw new UsageError(`npm start takes no arguments, got "${process.argv[2]}"`);
    onStop(tracing.shutdown); // registered first, so it runs last: spans of drained requests are flushed
    const settings = loadSettings();
    limitHeapGrowth(settings.heapGrowingPercent); // before the heap grows (src/server/idle-gc.ts)
    const logger = createLogger(settings);
    const log = (line: string) => logger.info(line);
    const authWarning = productionAuthWarning(settings);
    if (authWarning) logger.warn(authWarning);
    const remote = Object.keys(settings.subgraphUrls).length === SUBGRAPH_NAMES.length;
    if (settings.workers > 1 && cluster.isPrimary && !remote) {
      await runPrimary(settings, logger, onStop);
      return;
    }
    if (cluster.isWorker) clusterMetrics(); // answers the primary's requests for this worker's metrics
    if (remote) {
      const server = await startRemoteGateway(settings, logger);
      onStop(() => server.stop(settings.shutdownDelayMs));
      log(`gateway over subgraph servers ready: ${pages(server.url)}`);
      return;
    }
    const db = await openDatabase(settings, log, { seedIfEmpty: true, onStatement: countStatement });
    onStop(db.close);
    observePool(() => poolState(db.orm));
    if (db.replicas) observeReplicas(() => db.replicas!.status());
    const server = await startInProcessApi(settings, db.orm, logger, settings.port, db.replicas);
    onStop(() => server.stop(settings.shutdownDelayMs));
    log(`supergraph ready: ${pages(server.url)}`);
    const notice = developmentAuthNotice(settings);
    if (notice) logger.warn(notice);
  },
});
