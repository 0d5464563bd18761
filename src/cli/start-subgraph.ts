// First: tracing, when configured, must patch http, pg and graphql before they load.
import { tracing } from './tracing-subgraph';
import 'reflect-metadata';
import { productionAuthWarning, ConfigError, loadSettings, SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { openDatabase } from '../db/bootstrap';
import { poolState } from '../db/orm';
import { startSubgraphServer } from '../server/api';
import { createLogger } from '../server/observability/logger';
import { observePool, observeReplicas } from '../server/observability/metrics';
import { countStatement } from '../server/observability/operation-plugin';
import { runCli } from './run';

/** `npm run start:subgraph -- <name>`: one subgraph as its own HTTP service on PORT. */
runCli(async (onStop) => {
  onStop(tracing.shutdown); // registered first, so it runs last: spans of drained requests are flushed
  const name = process.argv[2] as SubgraphName;
  if (!SUBGRAPH_NAMES.includes(name)) {
    throw new ConfigError(`usage: start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>`);
  }
  const settings = loadSettings();
  const logger = createLogger(settings).child({ subgraph: name });
  const log = (line: string) => logger.info(line);
  const authWarning = productionAuthWarning(settings);
  if (authWarning) logger.warn(authWarning);
  const db = await openDatabase(settings, log, { seedIfEmpty: false, onStatement: countStatement });
  onStop(db.close);
  observePool(() => poolState(db.orm));
  if (db.replicas) observeReplicas(() => db.replicas!.status());
  const server = await startSubgraphServer(name, settings, db.orm, logger, settings.port, db.replicas);
  onStop(() => server.stop(settings.shutdownDelayMs));
  log(`subgraph ${name} ready at ${server.url}`);
});
