import { ConfigError, loadSettings, SUBGRAPH_NAMES, type SubgraphName } from '../../src/config';
import { log, runCli } from '../../src/cli/run';
import { startHiveGateway } from './gateway';

/**
 * `npm run start:hive`: the distributed mode under Hive Gateway instead of @apollo/gateway, over the
 * subgraph servers at SUBGRAPH_DIRECTORY_URL, SUBGRAPH_PEOPLE_URL and SUBGRAPH_ASSISTANCE_URL, on
 * PORT/HOST. Only the gateway differs: no GraphiQL pages, limits, budget, metrics or /ready of this
 * project's own (the subgraph servers still apply every per-operation limit).
 */
const USAGE = `usage: npm run start:hive
Hive Gateway over the subgraph servers at SUBGRAPH_{DIRECTORY,PEOPLE,ASSISTANCE}_URL, on PORT/HOST. README, Run modes.`;

runCli({
  usage: USAGE,
  main: async (onStop) => {
    const settings = loadSettings();
    const missing = SUBGRAPH_NAMES.filter((name) => !settings.subgraphUrls[name]);
    if (missing.length) {
      throw new ConfigError(
        `start:hive needs ${missing.map((name) => `SUBGRAPH_${name.toUpperCase()}_URL`).join(', ')}`,
      );
    }
    const gateway = await startHiveGateway(settings.subgraphUrls as Record<SubgraphName, string>, {
      port: settings.port,
      host: settings.host,
      logging: settings.nodeEnv !== 'test',
      // HIVE_DEDUPLICATE_INFLIGHT=0: every client request makes its own subgraph fetches, as under @apollo/gateway.
      deduplicateInflight: process.env.HIVE_DEDUPLICATE_INFLIGHT !== '0',
    });
    onStop(gateway.stop);
    log(`Hive Gateway over subgraph servers ready at ${gateway.url}`);
  },
});
