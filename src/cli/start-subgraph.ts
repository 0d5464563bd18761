// First: tracing, when configured, must patch http, pg and graphql before they load.
import { tracing } from './tracing-subgraph';
import 'reflect-metadata';
import { productionAuthWarning, loadSettings, SUBGRAPH_NAMES, type SubgraphName } from '../config';
import { limitHeapGrowth } from '../server/idle-gc';
import { openDatabase } from './bootstrap';
import { poolState } from '../db/orm';
import { startSubgraphServer } from '../server/api';
import { createLogger } from '../server/observability/logger';
import { observePool, observeReplicas } from '../server/observability/metrics';
import { countStatement } from '../server/observability/operation-plugin';
import { runCli, UsageError } from './run';

const USAGE = `usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>
Serves one subgraph as its own HTTP service on PORT, for a gateway (npm start with SUBGRAPH_*_URL set, or
npm run start:hive). It migrates but does not seed. Stop it with SIGTERM or SIGINT. README, Run modes.`;

/** `npm run start:subgraph -- <name>`: one subgraph as its own HTTP service on PORT. */
runCli({
  usage: USAGE,
  main: async (onStop) => {
    const name = process.argv[2] as SubgraphName;
    if (!SUBGRAPH_NAMES.includes(name) || process.argv.length > 3) {
      throw new UsageError(`name one subgraph: ${SUBGRAPH_NAMES.join(', ')}`);
    }
    onStop(tracing.shutdown); // registered first, so it runs last: spans of drained requests are flushed
    const settings = loadSettings();
    limitHeapGrowth(settings.heapGrowingPercent); // before the heap grows (src/server/idle-gc.ts)
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
    log(`subgraph ${name} ready at ${server.url} (/health, /ready, /metrics)`);
  },
});
