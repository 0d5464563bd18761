import type { BaseContext } from '@apollo/server';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import express, { type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Settings } from '../config';
import type { MikroORM } from '@mikro-orm/postgresql';
import { openOrm } from '../db/orm';
import { createApolloServer, errorFormatter } from './apollo';
import type { LaneExecutor } from '../gateway/in-process-executor';
import { fastLane, type FastLaneOptions } from './fast-lane';
import { Demand } from './protection/demand-control';
import { LiveServer, type RemoteSubscribe } from './live/live-server';
import { WebhookWorker } from './webhooks/worker';
import { createAccess } from './auth/access';
import { developmentHeaders } from './auth/development';
import { compressResponses } from './compression';
import { consistencyPlugin, readConsistencyToken } from './consistency';
import { drainer } from './drain';
import { collectWhenIdle } from './idle-gc';
import { graphiqlRouter } from './graphiql';
import type { Logger } from './observability/logger';
import { METRICS_CONTENT_TYPE, metricsText } from './observability/metrics';
import { recordOpener, requestLog } from './observability/request-log';
import type { CostModel } from './protection/cost';
import type { RequestScope } from './protection/demand-control';
import type { CallerBudget } from './protection/shared-budget';
import { admit } from './protection/admission';
import { bodyLimit, corsMiddleware, graphqlHandler, httpErrorHandler, notFoundHandler } from './protection/http-guard';

export interface HttpServerOptions<C extends BaseContext> {
  /** A gateway (supergraph) or a schema (one subgraph). */
  gateway?: GatewayInterface;
  schema?: GraphQLSchema;
  /** Weights and list sizes of the SDL this server answers for (supergraph or subgraph). */
  costModel: CostModel;
  /** A fresh context per request; the scope carries the caller and the request's abort signal. */
  context: (scope: RequestScope) => Promise<C> | C;
  settings: Pick<
    Settings,
    'nodeEnv' | 'limits' | 'corsOrigins' | 'slowOperationMs' | 'metrics' | 'auth' | 'live' | 'webhooks'
  > &
    Partial<Pick<Settings, 'trustProxy' | 'compression' | 'idleGcMs' | 'fastLane'>>;
  /** The server clients call (trusted documents apply), rather than a subgraph service behind a gateway. */
  clientFacing: boolean;
  /**
   * Subscriptions (WebSocket, SSE) over the change feed, on this schema (the in-process API, or the
   * subgraph that serves them), or run through the gateway (`remote`, distributed mode).
   */
  live?: { orm: MikroORM; schema: GraphQLSchema } | { remote: RemoteSubscribe; schema: GraphQLSchema };
  /** Readiness: resolves with what was checked, throws when a dependency is not ready. */
  ready: () => Promise<Record<string, unknown>>;
  logger: Logger;
  /** The primary's current WAL position: given, mutations answer with a consistency token (consistency.ts). */
  writePosition?: () => Promise<string>;
  /** The per-caller budget shared with other processes; closed with the server. */
  budget?: CallerBudget;
}

export interface RunningServer {
  url: string;
  port: number;
  /** The subscriptions' server, where this server has one. */
  live?: LiveServer;
  /** The webhook deliveries of this process, where it sends them. */
  webhooks?: WebhookWorker;
  /**
   * Answers /ready with 503 (still serving for `delayMs`), stops accepting, drains in-flight requests
   * (bounded), then closes.
   */
  stop(delayMs?: number): Promise<void>;
}

/** A gateway with a fast lane: the compiled executor's, or the distributed gateway's (gateway-lane.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each lane takes back its own statements
type LaneGateway = GatewayInterface & { lane: LaneExecutor<any>; schema: GraphQLSchema };

/** Time in-flight requests get to finish at shutdown before their connections are closed. */
const DRAIN_MS = 10_000;

const metricsHandler: RequestHandler = async (_req, res) => {
  res.type(METRICS_CONTENT_TYPE).send(await metricsText());
};

/**
 * One HTTP server: POST/GET /graphql (the API; GraphiQL for browsers), GET /health (the process is
 * alive), GET /ready (its dependencies answer; 503 while they do not or while shutting down) and
 * GET /metrics (Prometheus), unless metrics have a port of their own.
 */
export async function startHttpServer<C extends BaseContext>(
  options: HttpServerOptions<C>,
  port: number,
  host: string,
): Promise<RunningServer> {
  const { limits, metrics } = options.settings;
  const production = options.settings.nodeEnv === 'production';
  const app = express();
  // Slow senders are cut by Node's own deadlines, checked every second (its default is 30 s): headers
  // within headersTimeoutMs, the whole request within bodyTimeoutMs (408, connection closed). The
  // deadlines end when the request has arrived, so a slow answer is the request deadline's business.
  // Express, or the fast lane in front of it (set below, once what it needs is made).
  let handle: http.RequestListener = app;
  const httpServer = http.createServer(
    {
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.bodyTimeoutMs),
      requestTimeout: limits.bodyTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    // Admission first: the fast lane's requests are GraphQL requests too, and count against the bound.
    admit((req, res) => handle(req, res), options.settings),
  );
  const demand = new Demand(options.costModel, limits, options.budget);
  const apollo = createApolloServer<C>({
    gateway: options.gateway,
    schema: options.schema,
    costModel: options.costModel,
    limits,
    production,
    logger: options.logger,
    demand,
    plugins: [consistencyPlugin<C>(options.writePosition)],
  });
  await apollo.start();
  const shutdown = drainer(httpServer, DRAIN_MS, ['/health', '/ready', metrics.path]);
  const idleGc = collectWhenIdle(shutdown, options.settings.idleGcMs ?? 0);

  app.disable('x-powered-by');
  // req.ip (the budget's anonymous caller, the log line's `ip`) is the socket's peer unless proxies are trusted.
  app.set('trust proxy', options.settings.trustProxy ?? false);
  app.use(shutdown.track);
  // POST /graphql, the request partners send most, is matched first: every layer Express tries
  // before it costs a path match (the same handlers serve GET and OPTIONS further down).
  const openRecord = recordOpener(
    options.logger,
    options.settings.slowOperationMs,
    metrics.enabled,
    options.clientFacing ? 'info' : 'debug',
  );
  const logRequest = requestLog(openRecord);
  const cors = corsMiddleware(options.settings.corsOrigins);
  const readJson = express.json({
    limit: limits.maxBodyBytes,
    type: ['application/json', 'application/graphql-response+json'],
  });
  // A body the fast lane read and handed on is parsed already; one it could not parse is refused as
  // express.json refuses it.
  const parseJson: RequestHandler = (req, res, next) => {
    if (res.locals.unreadBody) return next(Object.assign(new Error('invalid JSON'), { type: 'entity.parse.failed' }));
    if (res.locals.laneError) return next(res.locals.laneError);
    readJson(req, res, next);
  };
  const access = createAccess(options.settings.auth, options.clientFacing);
  const handleGraphql = graphqlHandler(apollo, limits, access, options.context);
  let live: LiveServer | undefined;
  let feedOrm: MikroORM | undefined;
  if (options.live && 'remote' in options.live) {
    live = new LiveServer({
      ...options.live,
      costModel: options.costModel,
      limits,
      live: options.settings.live,
      auth: options.settings.auth,
      logger: options.logger,
      production,
      formatError: errorFormatter(production, options.logger),
    });
    await live.start(httpServer);
  } else if (options.live) {
    // The feed's background work (reads, fan-out, deliveries) has a small pool of its own.
    feedOrm = await openOrm({
      entities: options.live.orm.config.get('entities'),
      clientUrl: options.live.orm.config.getClientUrl(false),
      poolSize: FEED_POOL_SIZE,
    });
    live = new LiveServer({
      ...options.live,
      feedOrm,
      costModel: options.costModel,
      limits,
      // Behind a gateway the caller's cap is the gateway's (the client-facing server): a stream a client
      // ended there is let go here only when its socket's end reaches this process (up to a heartbeat
      // later), and must not count against the caller's next subscription meanwhile.
      live: options.clientFacing
        ? options.settings.live
        : { ...options.settings.live, maxPerCaller: Number.MAX_SAFE_INTEGER },
      auth: options.settings.auth,
      logger: options.logger,
      production,
      formatError: errorFormatter(production, options.logger),
    });
    await live.start(httpServer);
  }
  // Webhook deliveries: every process with the feed takes part (the outbox is shared; see worker.ts).
  // On a pool of their own: deliveries whose bookkeeping waits (a locked row, a slow disk; up to
  // WEBHOOK_CONCURRENCY at once) must not hold the connections the feed's reader needs to serve every
  // subscriber, nor subscribers catching up hold the fan-out's.
  let webhookOrm: MikroORM | undefined;
  if (live?.hub && options.live && 'orm' in options.live && options.settings.webhooks.enabled) {
    webhookOrm = await openOrm({
      entities: options.live.orm.config.get('entities'),
      clientUrl: options.live.orm.config.getClientUrl(false),
      poolSize: WEBHOOK_POOL_SIZE,
    });
  }
  const webhooks = webhookOrm ? new WebhookWorker(webhookOrm, options.settings.webhooks, options.logger) : undefined;
  if (live?.hub && webhooks) {
    webhooks.start();
    live.hub.attach(() => void webhooks.wake());
  }
  // Requests that accept text/event-stream are subscriptions over SSE; every other goes on.
  const sse: RequestHandler = live ? live.sseHandler() : (_req, _res, next) => next();
  const compress = compressResponses(options.settings.compression ?? { enabled: false, thresholdBytes: 0 });
  const limitBody = bodyLimit(limits.maxBodyBytes);
  app.post('/graphql', logRequest, cors, limitBody, compress, readConsistencyToken, parseJson, sse, handleGraphql);
  app.use(compress);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    if (shutdown.stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      res.json({ status: 'ready', ...(await options.ready()) });
    } catch (error) {
      // The cause is for the operator's log, not for whoever polls the endpoint.
      options.logger.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  let metricsServer: http.Server | undefined;
  if (metrics.enabled && metrics.port === undefined) app.get(metrics.path, metricsHandler);
  if (metrics.enabled && metrics.port !== undefined) {
    const metricsApp = express();
    metricsApp.get(metrics.path, metricsHandler);
    metricsServer = http.createServer(metricsApp);
    await listen(metricsServer, metrics.port, host);
  }
  app.use('/graphql', logRequest, cors);
  app.get('/graphql', sse);
  app.use(
    graphiqlRouter('/graphql', options.settings.auth.trustedDocumentsFile, () => developmentHeaders(options.settings)),
  );
  app.get('/', (_req, res) => res.redirect('/graphql'));
  app.use('/graphql', limitBody, readConsistencyToken, parseJson);
  app.get('/graphql', handleGraphql);
  app.use(notFoundHandler);
  app.use(httpErrorHandler(options.logger));

  // The compiled executor (in process, or a subgraph service's) says which operations it answered with
  // one statement; the distributed gateway which queries it answered without errors.
  const inProcess = options.gateway && 'lane' in options.gateway ? (options.gateway as LaneGateway) : undefined;
  if (inProcess && options.settings.fastLane) {
    handle = fastLane({
      lane: inProcess.lane,
      schema: inProcess.schema,
      demand,
      access,
      context: options.context,
      limits,
      production,
      openRecord,
      // The cors package reads only the request's method and headers, and sets headers.
      cors: cors as unknown as FastLaneOptions['cors'],
      trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean,
      compression: options.settings.compression?.enabled ?? false,
      shutdown,
      formatError: errorFormatter(production, options.logger),
      fallback: app,
    });
  }

  await listen(httpServer, port, host);
  const address = httpServer.address() as AddressInfo;
  return {
    port: address.port,
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}/graphql`,
    live,
    webhooks,
    stop: async (delayMs = 0) => {
      // Unready at once; streams end meanwhile (SHUTTING_DOWN: resume after the last position
      // elsewhere), as they would otherwise hold the drain.
      idleGc.stop();
      const drained = shutdown.drain(delayMs);
      await webhooks?.stop();
      await live?.stop();
      await feedOrm?.close();
      await webhookOrm?.close();
      await drained;
      await apollo.stop();
      await options.budget?.close?.();
      if (metricsServer) await new Promise((resolve) => metricsServer.close(resolve));
    },
  };
}

/** Connections of the feed's pool (its reader, catch-ups, reach) and of the webhook sender's. */
export const FEED_POOL_SIZE = 3;
export const WEBHOOK_POOL_SIZE = 2;

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
