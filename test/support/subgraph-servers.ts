import type { MikroORM } from '@mikro-orm/postgresql';
import { SUBGRAPH_NAMES, type Settings, type SubgraphName } from '../../src/config';
import { startSubgraphServer } from '../../src/server/api';
import type { RunningServer } from '../../src/server/http';
import { silentLogger } from '../../src/server/observability/logger';

export interface SubgraphServers {
  servers: RunningServer[];
  urls: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

/** The three subgraphs as HTTP services over one database, as distributed mode runs them. */
export async function startSubgraphServers(settings: Settings, orm: MikroORM): Promise<SubgraphServers> {
  const servers: RunningServer[] = [];
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const server = await startSubgraphServer(name, settings, orm, silentLogger, 0);
    servers.push(server);
    urls[name] = server.url;
  }
  return {
    servers,
    urls,
    stop: async () => {
      for (const server of servers) await server.stop();
    },
  };
}
