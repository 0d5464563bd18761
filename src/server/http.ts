import type { BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Settings } from '../config';
import { createApolloServer } from './apollo';
import { graphiqlRouter } from './graphiql';
import { metricsEnabled, metricsHandler } from './metrics';
import type { CostModel } from './protection/cost';
import type { RequestScope } from './protection/demand-control';
import { corsMiddleware, graphqlHandler, httpErrorHandler, notFoundHandler } from './protection/http-guard';

export interface HttpServerOptions<C extends BaseContext> {
  /** A gateway (supergraph) or a schema (one subgraph). */
  gateway?: GatewayInterface;
  schema?: GraphQLSchema;
  /** Weights and list sizes of the SDL this server answers for (supergraph or subgraph). */
  costModel: CostModel;
  /** A fresh context per request; the scope carries the caller and the request's abort signal. */
  context: (scope: RequestScope) => Promise<C> | C;
  settings: Pick<Settings, 'nodeEnv' | 'limits' | 'corsOrigins'>;
  /** Answers GET /health; throws when a dependency is down. */
  health: () => Promise<Record<string, unknown>>;
  log: (line: string) => void;
  /** Serve GET /metrics (Prometheus text); default: METRICS=1 in the environment. */
  metrics?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** One HTTP server: POST/GET /graphql (API), GraphiQL for browsers at /graphql, GET /health. */
export async function startHttpServer<C extends BaseContext>(
  options: HttpServerOptions<C>,
  port: number,
  host: string,
): Promise<RunningServer> {
  const { limits } = options.settings;
  const production = options.settings.nodeEnv === 'production';
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApolloServer<C>({
    gateway: options.gateway,
    schema: options.schema,
    costModel: options.costModel,
    limits,
    production,
    log: options.log,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/health', async (_req, res) => {
    try {
      res.json({ status: 'ok', ...(await options.health()) });
    } catch (error) {
      options.log(`health check failed: ${error instanceof Error ? error.message : String(error)}`);
      res.status(503).json({ status: 'unavailable' });
    }
  });
  if (options.metrics ?? metricsEnabled()) app.get('/metrics', metricsHandler);
  app.use('/graphql', corsMiddleware(options.settings.corsOrigins));
  app.use(graphiqlRouter('/graphql'));
  app.get('/', (_req, res) => res.redirect('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: limits.maxBodyBytes, type: ['application/json', 'application/graphql-response+json'] }),
  );
  app.get('/graphql', graphqlHandler(apollo, limits, options.context));
  app.post('/graphql', graphqlHandler(apollo, limits, options.context));
  app.use(notFoundHandler);
  app.use(httpErrorHandler(options.log));

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
