import type { MikroORM } from '@mikro-orm/postgresql';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_DIR, SUBGRAPH_NAMES, type Settings, type SubgraphName } from '../config';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { GraphQLSchema } from 'graphql';
import type { RemoteSubscribe } from './live/live-server';
import { inProcessExecutor, subgraphExecutor } from '../gateway/in-process-executor';
import { buildAllSubgraphs, buildSubgraphByName } from '../gateway/subgraphs';
import { withLane } from '../gateway/gateway-lane';
import { configureReadCache, keptAnswersOf } from '../db/read-cache';
import type { ReplicaSet } from '../db/replicas';
import { createContext } from '../graphql/context';
import { startHttpServer, type RunningServer } from './http';
import type { Logger } from './observability/logger';
import { metrics } from './observability/metrics';
import { costModelFromSdl } from './protection/cost';
import type { RequestScope } from './protection/demand-control';
import { SharedBudget } from './protection/shared-budget';

/** The budget shared through PostgreSQL, when one is asked for and a database is at hand. */
function sharedBudget(settings: Settings, databaseUrl: string | undefined, logger: Logger): SharedBudget | undefined {
  const { costBudget, costBudgetWindowSeconds, costBudgetStore, costBudgetSyncMs } = settings.limits;
  if (costBudget <= 0 || costBudgetStore !== 'postgres' || !databaseUrl) return undefined;
  return SharedBudget.open(databaseUrl, costBudget, costBudgetWindowSeconds, costBudgetSyncMs, (error) =>
    logger.warn({ err: error }, 'cost budget store'),
  );
}

/**
 * What a server over the database needs: a fresh context per request (read-only operations read from
 * a replica when one is up), and a readiness check (replicas are reported, not required).
 */
function overDatabase(settings: Settings, orm: MikroORM, replicas?: ReplicaSet) {
  configureReadCache(settings.readCacheBytes);
  // The write counts read before the first request, for the first answer kept (read-cache.ts).
  keptAnswersOf(orm.em)
    .prime(orm.em)
    .catch(() => undefined);
  return {
    context: (scope: RequestScope) =>
      createContext(orm, {
        signal: scope.signal,
        // A read that sent a consistency token goes where that write is visible (a replica that replayed it, or the primary).
        readFrom: () => replicas?.pick(scope.readAfter),
        readOnly: () => scope.operation === 'query',
        viewer: scope.viewer,
        requestId: scope.requestId,
        compile: settings.sqlCompile,
        allowPrivateWebhooks: settings.webhooks.allowPrivate,
      }),
    writePosition: async () => {
      const [row] = await orm.em
        .getConnection()
        .execute<{ position: string }[]>('select pg_current_wal_insert_lsn()::text as position');
      return row!.position;
    },
    ready: async () => {
      await orm.em.getConnection().execute('select 1');
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length) throw new Error(`migrations pending: ${pending.map((m) => m.name).join(', ')}`);
      return { database: 'ok', migrations: 'current', ...(replicas ? { replicas: replicas.status() } : {}) };
    },
  };
}

/**
 * The client-facing API with the three subgraphs in this process (the default `npm start`): one
 * executable schema, no gateway (in-process-schema.ts).
 */
export async function startInProcessApi(
  settings: Settings,
  orm: MikroORM,
  logger: Logger,
  port = settings.port,
  replicas?: ReplicaSet,
): Promise<RunningServer> {
  const subgraphs = await buildAllSubgraphs();
  const gateway = inProcessExecutor(subgraphs);
  return startHttpServer(
    {
      gateway,
      live: { orm, schema: gateway.schema },
      costModel: costModelFromSdl(...subgraphs.map((subgraph) => subgraph.sdl)),
      ...overDatabase(settings, orm, replicas),
      budget: sharedBudget(settings, orm.config.get('clientUrl'), logger),
      settings,
      clientFacing: true,
      logger,
    },
    port,
    settings.host,
  );
}

/** Whether a GraphQL service answers `{ __typename }` within two seconds. */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(2000),
    });
    // 401: it answers, and wants a token (anonymous access is off).
    return response.ok || response.status === 401;
  } catch {
    return false;
  }
}

/** The supergraph over subgraph HTTP servers at the configured URLs (no database in this process). */
export async function startRemoteGateway(
  settings: Settings,
  logger: Logger,
  port = settings.port,
): Promise<RunningServer> {
  const urls = settings.subgraphUrls as Record<SubgraphName, string>;
  const supergraphSdl = await readFile(path.join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
  const onFetch = (subgraph: string, seconds: number, ok: boolean) =>
    metrics.subgraphFetchDuration.observe({ subgraph, outcome: ok ? 'ok' : 'error' }, seconds);
  const { kind, planner, deduplicateInflight } = settings.gateway;
  // Loaded here, not at the top: the in-process API never needs them, and they are large (Hive Gateway
  // with its laboratory page about 110 MB of RSS, @apollo/gateway about 40 MB).
  const { hiveGateway, hiveRuntime, hiveSubscriptions } = await import('../gateway/hive.ts');
  // Subscriptions go through Hive whichever gateway answers queries and mutations: it carries them
  // from the subgraph that serves them, which @apollo/gateway cannot.
  const runtime = await hiveRuntime(supergraphSdl, urls, { planner, deduplicateInflight, onFetch });
  const hive = hiveGateway(runtime, await readFile(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8'));
  const live: { remote: RemoteSubscribe; schema: GraphQLSchema } = {
    remote: hiveSubscriptions(runtime),
    schema: hive.schema,
  };
  let gateway: GatewayInterface = hive;
  if (kind === 'apollo') {
    const { remoteGateway } = await import('../gateway/gateway.ts');
    const apollo = remoteGateway(supergraphSdl, urls, onFetch, settings.limits.maxResponseBytes);
    const stop = apollo.stop.bind(apollo);
    apollo.stop = async () => {
      await stop();
      await hive.stop();
    };
    // Repeated queries skip Apollo Server's pipeline (gateway-lane.ts); FAST_LANE=off keeps every request on it.
    gateway = settings.fastLane
      ? withLane(apollo, { onAnswer: (path) => metrics.gatewayLane.inc({ path }), forwarding: apollo.forwarding })
      : apollo;
  }
  return startHttpServer(
    {
      gateway,
      live,
      costModel: costModelFromSdl(supergraphSdl),
      context: () => ({}),
      // With DATABASE_URL, gateways share the budget through the database the subgraphs use.
      budget: sharedBudget(settings, settings.databaseUrl, logger),
      settings,
      clientFacing: true,
      ready: async () => {
        const down = [];
        for (const name of SUBGRAPH_NAMES) if (!(await answers(urls[name]))) down.push(name);
        if (down.length) throw new Error(`subgraphs not answering: ${down.join(', ')}`);
        return { subgraphs: 'ok' };
      },
      logger,
    },
    port,
    settings.host,
  );
}

/** One subgraph as its own HTTP service (`npm run start:subgraph -- <name>`): the same limits apply. */
export async function startSubgraphServer(
  name: SubgraphName,
  settings: Settings,
  orm: MikroORM,
  logger: Logger,
  port = settings.port,
  replicas?: ReplicaSet,
): Promise<RunningServer> {
  const subgraph = await buildSubgraphByName(name);
  return startHttpServer(
    {
      // Queries the compiler can express (entity fetches included) as one statement, as in process.
      ...(settings.sqlCompile ? { gateway: subgraphExecutor(subgraph) } : { schema: subgraph.schema }),
      // The subgraph that defines Subscription serves it (over SSE and WebSocket) for the gateway.
      ...(subgraph.schema.getSubscriptionType() ? { live: { orm, schema: subgraph.schema } } : {}),
      costModel: costModelFromSdl(subgraph.sdl),
      ...overDatabase(settings, orm, replicas),
      // Per-operation limits apply here too; the per-caller budget is the client-facing gateway's,
      // since every request a subgraph gets from the gateway comes from one address, and so is the
      // admission limit (a gateway's one operation fans out to several fetches here). No compression:
      // the gateway reads every answer at once on a fast link, and brotli on both ends cost each hop CPU.
      settings: {
        ...settings,
        limits: { ...settings.limits, costBudget: 0, maxInFlight: 0 },
        compression: { enabled: false, thresholdBytes: 0 },
      },
      clientFacing: false,
      logger,
    },
    port,
    settings.host,
  );
}
