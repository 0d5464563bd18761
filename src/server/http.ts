import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import express from 'express';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { graphiqlRouter } from './graphiql';
import { metricsEnabled, metricsHandler, metricsPlugin } from './metrics';

export interface HttpServerOptions<C extends BaseContext> {
  /** A gateway (supergraph) or a schema (one subgraph). */
  gateway?: GatewayInterface;
  schema?: GraphQLSchema;
  context: () => Promise<C> | C;
  production: boolean;
  /** Answers GET /health; throws when a dependency is down. */
  health: () => Promise<Record<string, unknown>>;
  log: (line: string) => void;
  plugins?: ApolloServerPlugin<C>[];
  /** Serve GET /metrics (Prometheus text); default: METRICS=1 in the environment. */
  metrics?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const MASKED = 'Internal server error';

/**
 * Internal errors (no stable code, or INTERNAL_SERVER_ERROR) are logged in full and, in
 * production, reach the client only as a masked message; domain errors pass through with their code.
 */
export function errorFormatter(production: boolean, log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const internal = code === undefined || code === 'INTERNAL_SERVER_ERROR';
    if (!internal) return formatted;
    log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!production) return formatted;
    return {
      message: MASKED,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** One HTTP server: POST/GET /graphql (API), GraphiQL for browsers at /graphql, GET /health. */
export async function startHttpServer<C extends BaseContext>(
  options: HttpServerOptions<C>,
  port: number,
  host: string,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<C>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema as GraphQLSchema }),
    introspection: true,
    formatError: errorFormatter(options.production, options.log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Traces are for Apollo's hosted studio, which this deployment does not report to.
      ...(options.schema ? [ApolloServerPluginInlineTraceDisabled()] : []),
      metricsPlugin<C>(),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await options.health()) });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', cause: error instanceof Error ? error.message : String(error) });
    }
  });
  if (options.metrics ?? metricsEnabled()) app.get('/metrics', metricsHandler);
  app.use(graphiqlRouter('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => options.context() }),
  );
  app.get('/', (_req, res) => res.redirect('/graphql'));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  return {
    port: address.port,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`,
    stop: () => apollo.stop(),
  };
}
