import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { SCHEMA_DIR, type SubgraphName } from '../../src/config';
import { supergraphWithUrls } from '../../src/gateway/hive';

/**
 * Hive Gateway (The Guild's federation gateway, `@graphql-hive/gateway`) over the committed
 * `schema/supergraph.graphql` and three subgraph servers: the second, independent gateway of the
 * distributed mode. Used by test/hive-gateway.test.ts (answers equal to @apollo/gateway's) and by
 * `npm run start:hive` (test/hive/start.ts). A development tool: the package is a devDependency.
 */

export { supergraphWithUrls };

export interface RunningHiveGateway {
  /** `http://host:port/graphql` */
  url: string;
  stop(): Promise<void>;
}

export async function startHiveGateway(
  urls: Record<SubgraphName, string>,
  options: {
    port?: number;
    host?: string;
    logging?: boolean;
    /** Hive shares one subgraph fetch among identical concurrent ones (its default, true). */
    deduplicateInflight?: boolean;
  } = {},
): Promise<RunningHiveGateway> {
  const sdl = supergraphWithUrls(await readFile(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'), urls);
  const gateway = createGatewayRuntime({
    supergraph: sdl,
    graphqlEndpoint: '/graphql',
    logging: options.logging ? 'info' : false,
    transportEntries: { '*': { options: { deduplicateInflightRequests: options.deduplicateInflight ?? true } } },
    // The caller's bearer token goes on to the subgraphs, which verify it (as @apollo/gateway's data
    // source does in src/gateway/gateway.ts); Hive itself checks nothing.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
  });
  const server = createServer(gateway);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.dispose();
    },
  };
}
