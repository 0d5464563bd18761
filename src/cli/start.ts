// First: tracing, when configured, must patch http, pg and graphql before they load.
import { tracing } from './tracing-gateway';
import 'reflect-metadata';
import { productionAuthWarning, loadSettings, SUBGRAPH_NAMES } from '../config';
import { openDatabase } from '../db/bootstrap';
import { poolState } from '../db/orm';
import { startInProcessApi, startRemoteGateway } from '../server/api';
import { createLogger } from '../server/observability/logger';
import { clusterMetrics, observePool, observeReplicas } from '../server/observability/metrics';
import { countStatement } from '../server/observability/operation-plugin';
import cluster from 'node:cluster';
import { runPrimary } from './cluster';
import { runCli } from './run';

/** `npm start`: the supergraph with GraphiQL; in-process subgraphs unless SUBGRAPH_*_URL are set. */
runCli(async (onStop) => {
  onStop(tracing.shutdown); // registered first, so it runs last: spans of drained requests are flushed
  const settings = loadSettings();
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
    log(`gateway over subgraph servers ready at ${server.url}`);
    return;
  }
  const db = await openDatabase(settings, log, { seedIfEmpty: true, onStatement: countStatement });
  onStop(db.close);
  observePool(() => poolState(db.orm));
  if (db.replicas) observeReplicas(() => db.replicas!.status());
  const server = await startInProcessApi(settings, db.orm, logger, settings.port, db.replicas);
  onStop(() => server.stop(settings.shutdownDelayMs));
  log(`supergraph ready at ${server.url} (GraphiQL in a browser; /health, /ready, /metrics)`);
});
