import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import path from 'node:path';

/** The three subgraphs of the supergraph, in composition order. */
export const SUBGRAPH_NAMES = ['directory', 'people', 'assistance'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export interface Settings {
  /** 'production' masks internal errors and disables debug output. */
  nodeEnv: 'development' | 'production' | 'test';
  /** HTTP port of the gateway (or of a single subgraph with start:subgraph). */
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started. */
  databaseUrl: string | undefined;
  /** Streaming replicas of that database that read-only operations may use. */
  replicaUrls: string[];
  /** A replica further behind than this (its last replayed commit's age) is skipped until it catches up. */
  replicaMaxLagMs: number;
  /** How often each replica's position and lag are probed. */
  replicaProbeMs: number;
  /** Data folder of the embedded PostgreSQL (kept across restarts). */
  embeddedDataDir: string;
  embeddedPort: number;
  /** Subgraph URLs for the distributed gateway; empty means in-process subgraphs. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /**
   * Distributed mode: which gateway plans and runs the subgraph fetches behind this server's own HTTP,
   * limits, metrics and readiness (GATEWAY=apollo: @apollo/gateway; hive: Hive Gateway), Hive's query
   * planner (HIVE_PLANNER=js, or rust: @graphql-hive/router-runtime) and whether Hive shares one fetch
   * among identical concurrent ones (HIVE_DEDUPLICATE_INFLIGHT). Subscriptions always go through Hive.
   * With FAST_LANE on, @apollo/gateway's repeated queries skip Apollo Server (src/gateway/gateway-lane.ts).
   */
  gateway: { kind: 'apollo' | 'hive'; planner: 'js' | 'rust'; deduplicateInflight: boolean };
  /** Scale factor of the synthetic part of the seed dataset. */
  seedScale: number;
  /** Connection pool size per process. */
  poolSize: number;
  /** Processes serving the API on one port (`npm start`): 1, a number, or WORKERS=auto for every core. */
  workers: number;
  /**
   * Behind a pooler in transaction mode (PgBouncer before 1.21): no named prepared statements, no
   * session settings at connect (DB_POOLER=transaction; `off` is a direct connection).
   */
  pooler: 'off' | 'transaction';
  /** Log every SQL statement (development aid). */
  logSql: boolean;
  /** In process: answer a read operation by one compiled statement where possible (off: always the resolvers). */
  sqlCompile: boolean;
  /**
   * Repeated compiled queries answered past Express and Apollo Server's request pipeline, with the
   * same checks (src/server/fast-lane.ts); FAST_LANE=off sends every request through the full path.
   */
  fastLane: boolean;
  /** Bytes of answers the read cache keeps per database (src/db/read-cache.ts); 0 turns it off. */
  readCacheBytes: number;
  /** What one request may ask for and take (src/server/protection). */
  limits: Limits;
  /** Origins whose browser pages may call the API (CORS); `*` is any origin. */
  corsOrigins: '*' | string[];
  /** pino level: fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Requests slower than this are logged at warn with `slow: true`. */
  slowOperationMs: number;
  /** After a busy spell, this long without requests runs a full garbage collection, and a second one 6 s later (0: never; src/server/idle-gc.ts). */
  idleGcMs: number;
  /** V8's old generation may grow by this percentage of what survived the last full collection before the next (0: V8's own, up to 300%). */
  heapGrowingPercent: number;
  /** After SIGTERM, how long the server goes on serving (with /ready at 503) before it stops accepting. */
  shutdownDelayMs: number;
  /** Prometheus metrics: off, on the API's port at `path`, or on a port of their own. */
  metrics: { enabled: boolean; path: string; port: number | undefined };
  /** Who may call: bearer token verification, anonymous access, trusted documents (README, Identity). */
  auth: AuthSettings;
  /**
   * Which peers' `X-Forwarded-For` is believed for the client address (budget, logs): false (the
   * default, the socket's peer is the client), a hop count, or addresses/CIDRs (Express `trust proxy`).
   */
  trustProxy: TrustProxy;
  /** Responses and pages compressed (br, gzip) for clients that accept it, from this size on. */
  compression: { enabled: boolean; thresholdBytes: number };
  /** Subscriptions (WebSocket, SSE) on the in-process API (src/server/live). */
  live: LiveSettings;
  /** Webhook deliveries (src/server/webhooks). */
  webhooks: WebhookSettings;
}

export interface WebhookSettings {
  /** Whether this process sends deliveries (every in-process API does unless off). */
  enabled: boolean;
  /** Endpoints at private, loopback or link-local addresses are called (off in production). */
  allowPrivate: boolean;
  /** The whole exchange with an endpoint, ms. */
  timeoutMs: number;
  /** Bytes of an endpoint's answer read at most. */
  maxResponseBytes: number;
  /** Attempts before a delivery is parked and its endpoint marked failing. */
  maxAttempts: number;
  /** First retry delay (doubling, with jitter) and its ceiling, ms. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Deliveries in flight per process. */
  concurrency: number;
  /** The outbox is looked at this often, ms. */
  pollMs: number;
}

export interface LiveSettings {
  /** Subscriptions one caller (token subject) may hold at once, per process. */
  maxPerCaller: number;
  /** Subscriptions one process serves at once. */
  maxPerProcess: number;
  /** Changes that may wait for one subscriber before it is cut (SLOW_CONSUMER). */
  maxQueue: number;
  /** Bytes that may wait in one connection's send buffer before its subscriptions are cut (SLOW_CONSUMER). */
  maxBufferedBytes: number;
  /** Heartbeat: WebSocket ping (and SSE comment) interval, ms. */
  keepAliveMs: number;
  /** The feed is read again this often without a notification (ms). */
  pollMs: number;
}

/** Express's `trust proxy` value: off, the number of proxies in front, or the proxies' addresses. */
export type TrustProxy = false | number | string[];

export interface AuthSettings {
  /** HS256 shared secret; outside production the documented development default when no key is set. */
  secret: string | undefined;
  /** A JSON Web Key Set (RS256/ES256 public keys) from a file or a URL. */
  jwksFile: string | undefined;
  jwksUrl: string | undefined;
  /** Required `iss` and `aud` of every token. */
  issuer: string;
  audience: string;
  /** Longest a token may be valid from its `iat` (exp − iat), and so its greatest age; tokens without `iat` are refused. */
  maxTokenLifetimeSeconds: number;
  /** Whether callers without a token are served (as anonymous); false answers them 401. */
  anonymous: boolean;
  /** Set on purpose: no keys at all, every caller anonymous (production refuses to start without keys otherwise). */
  anonymousOnly: boolean;
  /** `anonymous`: callers without a token may only send trusted documents (by hash); `off`: anyone may send text. */
  trustedDocuments: 'off' | 'anonymous';
  /** The manifest of trusted documents (hash → text), written by `npm run codegen`. */
  trustedDocumentsFile: string;
}

/**
 * The development secret: public (it is in this file and the README), so it is refused in production.
 * Tests and `npm run dev` use it unless AUTH_JWT_SECRET or a JWKS is set.
 */
export const DEV_JWT_SECRET = 'assistance-graph-development-secret-do-not-use-in-production';
export const DEV_ISSUER = 'assistance-graph-dev';
export const DEFAULT_AUDIENCE = 'assistance-graph-api';

/** Bounds on every operation and request; each has an environment variable (README, Protection). */
export interface Limits {
  /** Estimated cost of one operation (README: the cost formula). */
  maxCost: number;
  /** Nested field levels. */
  maxDepth: number;
  maxAliases: number;
  /** Fields selected at the root of one operation. */
  maxRootFields: number;
  /** Lexical tokens of the document (checked while parsing). */
  maxTokens: number;
  maxDirectives: number;
  /** Characters of any string input (variables and literals; the longest text a write takes is 4,000). */
  maxStringLength: number;
  /** Items of any list input (an import takes up to 1,000 rows). */
  maxListLength: number;
  /** Bytes of a request body. */
  maxBodyBytes: number;
  /** Milliseconds a client has to send a request's headers (Node's server.headersTimeout). */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send a whole request, headers and body (Node's server.requestTimeout). */
  bodyTimeoutMs: number;
  /** Bytes of a response body. */
  maxResponseBytes: number;
  /** Milliseconds a request may take before it is answered with REQUEST_TIMEOUT. */
  requestTimeoutMs: number;
  /** GraphQL requests run at once per process (0: no bound); more wait (protection/admission.ts). */
  maxInFlight: number;
  /** Requests that may wait for a slot; past it 503 SERVER_BUSY. */
  maxQueued: number;
  /** Milliseconds a request may wait for a slot before it is answered 503 SERVER_BUSY. */
  maxQueueWaitMs: number;
  /** PostgreSQL statement_timeout of the API's statements, in milliseconds. */
  statementTimeoutMs: number;
  /** Cost one caller may spend per budget window; 0 turns the budget off. */
  costBudget: number;
  costBudgetWindowSeconds: number;
  /** Where budgets are kept: `postgres` (shared by every process over the database) or `memory` (per process). */
  costBudgetStore: 'postgres' | 'memory';
  /** Shared store: how often a process writes its callers' spending and reads their levels; 0: every request. */
  costBudgetSyncMs: number;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be an integer ≥ ${min}, got "${raw}"`);
  }
  return value;
}

function subgraphUrls(env: NodeJS.ProcessEnv): Settings['subgraphUrls'] {
  const urls: Settings['subgraphUrls'] = {};
  for (const name of SUBGRAPH_NAMES) {
    const raw = env[`SUBGRAPH_${name.toUpperCase()}_URL`];
    if (!raw) continue;
    try {
      new URL(raw);
    } catch {
      throw new ConfigError(`SUBGRAPH_${name.toUpperCase()}_URL is not a URL: "${raw}"`);
    }
    urls[name] = raw;
  }
  const given = Object.keys(urls).length;
  if (given > 0 && given < SUBGRAPH_NAMES.length) {
    throw new ConfigError(`set all of SUBGRAPH_{${SUBGRAPH_NAMES.map((n) => n.toUpperCase()).join(',')}}_URL or none`);
  }
  return urls;
}

/** Reads and validates the environment once; every module takes its settings from here. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // Production behaviour unless asked otherwise: `npm run dev` sets development, vitest sets test.
  const nodeEnv = env.NODE_ENV ?? 'production';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  return {
    nodeEnv,
    port: integer(env, 'PORT', 4000, 0),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    replicaUrls: replicaUrls(env.DATABASE_REPLICA_URLS),
    replicaMaxLagMs: integer(env, 'REPLICA_MAX_LAG_MS', 5000, 0),
    replicaProbeMs: integer(env, 'REPLICA_PROBE_MS', 1000, 10),
    embeddedDataDir: path.resolve(PROJECT_ROOT, env.EMBEDDED_PG_DIR ?? '.data/postgres'),
    embeddedPort: integer(env, 'EMBEDDED_PG_PORT', 54329),
    subgraphUrls: subgraphUrls(env),
    gateway: {
      // @apollo/gateway: the faster in the bench over the same subgraph services (README, Run modes);
      // subscriptions go through Hive's runtime beside it either way (server/api.ts).
      kind: oneOf(env, 'GATEWAY', ['apollo', 'hive'] as const, 'apollo'),
      planner: oneOf(env, 'HIVE_PLANNER', ['js', 'rust'] as const, 'rust'),
      deduplicateInflight: flag(env, 'HIVE_DEDUPLICATE_INFLIGHT', true),
    },
    seedScale: integer(env, 'SEED_SCALE', 1),
    poolSize: integer(env, 'DB_POOL_SIZE', 10),
    workers: env.WORKERS === 'auto' ? availableParallelism() : integer(env, 'WORKERS', 1),
    pooler: pooler(env.DB_POOLER),
    logSql: env.LOG_SQL === '1' || env.LOG_SQL === 'true',
    sqlCompile: flag(env, 'SQL_COMPILE', true),
    fastLane: flag(env, 'FAST_LANE', true),
    readCacheBytes: integer(env, 'READ_CACHE_MB', 16, 0) * 1024 * 1024,
    limits: loadLimits(env),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    logLevel: logLevel(env.LOG_LEVEL),
    slowOperationMs: integer(env, 'SLOW_OPERATION_MS', 1000),
    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 1000, 0),
    idleGcMs: integer(env, 'IDLE_GC_MS', 2000, 0),
    heapGrowingPercent: integer(env, 'HEAP_GROWING_PERCENT', 30, 0),
    metrics: {
      enabled: env.METRICS !== '0' && env.METRICS !== 'false',
      path: env.METRICS_PATH ?? '/metrics',
      port: env.METRICS_PORT ? integer(env, 'METRICS_PORT', 9464, 0) : undefined,
    },
    auth: authSettings(env, nodeEnv),
    trustProxy: trustProxy(env.TRUST_PROXY),
    compression: {
      enabled: flag(env, 'COMPRESSION', true),
      thresholdBytes: integer(env, 'COMPRESSION_THRESHOLD_BYTES', 1024, 0),
    },
    live: {
      maxPerCaller: integer(env, 'LIVE_MAX_PER_CALLER', 20),
      maxPerProcess: integer(env, 'LIVE_MAX_SUBSCRIPTIONS', 10_000),
      maxQueue: integer(env, 'LIVE_MAX_QUEUE', 1000),
      maxBufferedBytes: integer(env, 'LIVE_MAX_BUFFERED_BYTES', 4 * 1024 * 1024),
      keepAliveMs: integer(env, 'LIVE_KEEPALIVE_MS', 12_000),
      pollMs: integer(env, 'LIVE_POLL_MS', 1000),
    },
    webhooks: {
      enabled: flag(env, 'WEBHOOKS', true),
      allowPrivate: flag(env, 'WEBHOOK_ALLOW_PRIVATE', false),
      timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 5000),
      maxResponseBytes: integer(env, 'WEBHOOK_MAX_RESPONSE_BYTES', 64 * 1024),
      maxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 8),
      backoffMs: integer(env, 'WEBHOOK_BACKOFF_MS', 1000),
      maxBackoffMs: integer(env, 'WEBHOOK_MAX_BACKOFF_MS', 3_600_000),
      concurrency: integer(env, 'WEBHOOK_CONCURRENCY', 8),
      pollMs: integer(env, 'WEBHOOK_POLL_MS', 500),
    },
  };
}

/** Names proxy-addr knows for address ranges (loopback, link-local, unique-local). */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * TRUST_PROXY: `off` (default), a hop count (`1`: one balancer in front), or a comma-separated list of
 * the proxies' addresses, CIDRs or range names. `on`/`true` (trust every hop, so any client could
 * choose its own address) is refused on purpose.
 */
export function trustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'off' || value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'on' || value === 'true') {
    throw new ConfigError('TRUST_PROXY=on would let any client choose its address: give a hop count or addresses');
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (PROXY_RANGES.includes(entry)) continue;
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const maxBits = family === 4 ? 32 : 128;
    const prefixOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= maxBits);
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new ConfigError(
        `TRUST_PROXY: "${entry}" is not an address, a CIDR or one of ${PROXY_RANGES.join(', ')} (or give a hop count)`,
      );
    }
  }
  return entries;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on'].includes(raw)) return true;
  if (['0', 'false', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be on or off, got "${raw}"`);
}

function authSettings(env: NodeJS.ProcessEnv, nodeEnv: Settings['nodeEnv']): AuthSettings {
  const production = nodeEnv === 'production';
  const jwksFile = env.AUTH_JWKS_FILE || undefined;
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (jwksFile && jwksUrl) throw new ConfigError('set AUTH_JWKS_FILE or AUTH_JWKS_URL, not both');
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl)) throw new ConfigError('AUTH_JWKS_URL must be an http(s) URL');
  const anonymousOnly = flag(env, 'AUTH_ANONYMOUS_ONLY', false);
  let secret = env.AUTH_JWT_SECRET || undefined;
  if (secret === DEV_JWT_SECRET && production) {
    throw new ConfigError('AUTH_JWT_SECRET is the public development secret: production needs a secret of its own');
  }
  if (secret && Buffer.byteLength(secret) < 32) throw new ConfigError('AUTH_JWT_SECRET must be at least 32 bytes');
  if (!secret && !jwksFile && !jwksUrl && !production && !anonymousOnly) secret = DEV_JWT_SECRET;
  if (anonymousOnly && (secret || jwksFile || jwksUrl)) {
    throw new ConfigError('AUTH_ANONYMOUS_ONLY is set together with a key (AUTH_JWT_SECRET or a JWKS): choose one');
  }
  if (production && (jwksFile || jwksUrl) && (!env.AUTH_ISSUER || !env.AUTH_AUDIENCE)) {
    throw new ConfigError('with a JWKS in production, set AUTH_ISSUER and AUTH_AUDIENCE (the identity provider’s)');
  }
  const anonymous = flag(env, 'AUTH_ANONYMOUS', true);
  if (!anonymous && anonymousOnly) throw new ConfigError('AUTH_ANONYMOUS=off and AUTH_ANONYMOUS_ONLY=on admit no one');
  const trusted = env.TRUSTED_DOCUMENTS || 'off';
  if (trusted !== 'off' && trusted !== 'anonymous') {
    throw new ConfigError(`TRUSTED_DOCUMENTS must be off or anonymous, got "${trusted}"`);
  }
  return {
    secret,
    jwksFile,
    jwksUrl,
    issuer: env.AUTH_ISSUER || DEV_ISSUER,
    audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
    maxTokenLifetimeSeconds: integer(env, 'AUTH_MAX_TOKEN_LIFETIME_S', 7 * 24 * 3600),
    anonymous,
    anonymousOnly,
    trustedDocuments: trusted,
    trustedDocumentsFile: path.resolve(
      PROJECT_ROOT,
      env.TRUSTED_DOCUMENTS_FILE ?? 'schema/trusted-documents/persisted-documents.json',
    ),
  };
}

/**
 * What the commands say before serving in production without any way to verify tokens: the server
 * then serves anonymous callers only (every token is refused with 401), so that `npm start` serves the
 * public API out of the box and never trusts the public development secret. Undefined when keys are
 * configured, anonymous-only was said on purpose, or not in production.
 */
export function productionAuthWarning(settings: Settings): string | undefined {
  const { auth } = settings;
  if (settings.nodeEnv !== 'production' || auth.anonymousOnly) return undefined;
  if (auth.secret || auth.jwksFile || auth.jwksUrl) return undefined;
  return (
    'no token keys: serving anonymous callers only (tokens are refused with 401). Set AUTH_JWKS_FILE or ' +
    'AUTH_JWKS_URL (with AUTH_ISSUER, AUTH_AUDIENCE) or AUTH_JWT_SECRET to accept tokens, or ' +
    'AUTH_ANONYMOUS_ONLY=on to say anonymous-only on purpose. For development tokens (`npm run token`), ' +
    'run `npm run dev` instead'
  );
}

/** Whether this server verifies tokens with the public development secret (never in production: authSettings). */
export function acceptsDevelopmentTokens(settings: Pick<Settings, 'nodeEnv' | 'auth'>): boolean {
  return settings.nodeEnv !== 'production' && settings.auth.secret === DEV_JWT_SECRET;
}

/** What a development server says at start: that it takes development tokens, and how to mint and send one. */
export function developmentAuthNotice(settings: Settings): string | undefined {
  if (settings.nodeEnv !== 'development' || !acceptsDevelopmentTokens(settings)) return undefined;
  return [
    'development mode: accepting development tokens (signed with the public development secret, which',
    'production refuses). Mint one and send it as a header:',
    '  npm run -s token -- --role ministry_admin        (or analyst; university --org <institution code>; county --org <division code>)',
    '  Authorization: Bearer <token>',
    'GraphiQL opens with a ministry_admin token in its Headers tab.',
  ].join('\n');
}

/** The defaults let through every operation of the README, schema/operations, GraphiQL and the bench. */
export const DEFAULT_LIMITS: Limits = {
  maxCost: 100_000,
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxTokens: 5_000,
  maxDirectives: 20,
  maxStringLength: 4_000,
  maxListLength: 1_000,
  maxBodyBytes: 1_000_000,
  headersTimeoutMs: 5_000,
  bodyTimeoutMs: 10_000,
  maxResponseBytes: 5_000_000,
  requestTimeoutMs: 15_000,
  maxInFlight: 20, // twice DB_POOL_SIZE's default: loadLimits follows DB_POOL_SIZE
  maxQueued: 500,
  maxQueueWaitMs: 10_000,
  statementTimeoutMs: 10_000,
  costBudget: 2_000_000,
  costBudgetWindowSeconds: 60,
  costBudgetStore: 'postgres',
  costBudgetSyncMs: 100,
};

function loadLimits(env: NodeJS.ProcessEnv): Limits {
  const d = DEFAULT_LIMITS;
  return {
    maxCost: integer(env, 'MAX_COST', d.maxCost),
    maxDepth: integer(env, 'MAX_DEPTH', d.maxDepth),
    maxAliases: integer(env, 'MAX_ALIASES', d.maxAliases, 0),
    maxRootFields: integer(env, 'MAX_ROOT_FIELDS', d.maxRootFields),
    maxTokens: integer(env, 'MAX_TOKENS', d.maxTokens),
    maxDirectives: integer(env, 'MAX_DIRECTIVES', d.maxDirectives, 0),
    maxStringLength: integer(env, 'MAX_STRING_LENGTH', d.maxStringLength),
    maxListLength: integer(env, 'MAX_LIST_LENGTH', d.maxListLength),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', d.maxBodyBytes),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', d.headersTimeoutMs),
    bodyTimeoutMs: integer(env, 'BODY_TIMEOUT_MS', d.bodyTimeoutMs),
    maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', d.maxResponseBytes),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', d.requestTimeoutMs),
    // Past the pool's connections a request mostly waits for one; twice lets the JavaScript half of
    // some (parse, serialise) overlap the SQL of others.
    maxInFlight: integer(env, 'MAX_IN_FLIGHT', 2 * integer(env, 'DB_POOL_SIZE', 10), 0),
    maxQueued: integer(env, 'MAX_QUEUED', d.maxQueued, 0),
    maxQueueWaitMs: integer(env, 'MAX_QUEUE_WAIT_MS', d.maxQueueWaitMs),
    statementTimeoutMs: integer(env, 'STATEMENT_TIMEOUT_MS', d.statementTimeoutMs),
    costBudget: integer(env, 'COST_BUDGET', d.costBudget, 0),
    costBudgetWindowSeconds: integer(env, 'COST_BUDGET_WINDOW_S', d.costBudgetWindowSeconds),
    costBudgetStore: budgetStore(env.COST_BUDGET_STORE),
    costBudgetSyncMs: integer(env, 'COST_BUDGET_SYNC_MS', d.costBudgetSyncMs, 0),
  };
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!values.includes(raw as T)) throw new ConfigError(`${name} must be ${values.join(' or ')}, got "${raw}"`);
  return raw as T;
}

function pooler(raw: string | undefined): Settings['pooler'] {
  if (raw === undefined || raw === '' || raw === 'off') return 'off';
  if (raw !== 'transaction') throw new ConfigError(`DB_POOLER must be off or transaction, got "${raw}"`);
  return raw;
}

function budgetStore(raw: string | undefined): Limits['costBudgetStore'] {
  if (raw === undefined || raw === '') return DEFAULT_LIMITS.costBudgetStore;
  if (raw !== 'postgres' && raw !== 'memory') {
    throw new ConfigError(`COST_BUDGET_STORE must be postgres or memory, got "${raw}"`);
  }
  return raw;
}

function replicaUrls(raw: string | undefined): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new ConfigError('DATABASE_REPLICA_URLS: each must be a postgres:// URL');
  }
  return urls;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function logLevel(raw: string | undefined): string {
  if (raw === undefined || raw === '') return 'info';
  if (!LOG_LEVELS.includes(raw))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return raw;
}

function corsOrigins(raw: string | undefined): Settings['corsOrigins'] {
  if (raw === undefined || raw.trim() === '*') return '*';
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new ConfigError(`CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port])`);
    }
    if (parsed.origin !== origin) {
      throw new ConfigError(`CORS_ORIGINS: "${origin}" is not an origin; did you mean "${parsed.origin}"?`);
    }
  }
  return origins;
}

/** The repository root (where package.json is), from source or from compiled output alike. */
export const PROJECT_ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
})();

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');
