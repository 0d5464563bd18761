import 'reflect-metadata';
import { Migrator } from '@mikro-orm/migrations';
import {
  DefaultLogger,
  defineConfig,
  MikroORM,
  type LogContext,
  type LoggerNamespace,
  type Options,
} from '@mikro-orm/postgresql';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';
import { MIGRATIONS } from '../../migrations';
import { noteStatement } from './read-cache';
import { prepareNothingOn } from './statements';

export interface OrmOptions {
  clientUrl: string;
  /** The entity classes (src/subgraphs/entities.ts): passed in, so that db/ depends on nothing above it. */
  entities: NonNullable<Options['entities']>;
  poolSize?: number;
  /** Receives every SQL statement as the ORM's logger formats it (LOG_SQL, and tests that record them). */
  onQuery?: (sql: string) => void;
  /**
   * Told of every SQL statement, with nothing formatted (metrics count them): a compiled statement is a
   * few KB of text, which the logger's line (text, timing, whitespace check, trim) copied on every request.
   */
  onStatement?: () => void;
  /** PostgreSQL statement_timeout of every connection, in ms (the API's; migrations and seeds run without). */
  statementTimeoutMs?: number;
  /**
   * Connected through a pooler in transaction mode (DB_POOLER=transaction): statements go unnamed, and
   * nothing is set at connect (PgBouncer refuses startup parameters it does not know, and a session's
   * settings would not follow it from one server connection to the next): the statement timeout is
   * then the database's or role's (ALTER ROLE … SET statement_timeout) or the pooler's connect_query.
   */
  pooler?: boolean;
}

/** Where `migration:create` writes new migrations (run from the repository root). */
export const MIGRATIONS_PATH = path.join(PROJECT_ROOT, 'migrations');

export function ormConfig(options: OrmOptions): Options {
  const onQuery = options.onQuery;
  return defineConfig({
    clientUrl: options.clientUrl,
    entities: options.entities,
    // Decorator metadata is emitted by tsc/swc/vitest alike; no ts-morph at run time.
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: options.poolSize ?? 10 },
    ...(options.statementTimeoutMs && !options.pooler
      ? { driverOptions: { connection: { statement_timeout: options.statementTimeoutMs } } }
      : {}),
    extensions: [Migrator],
    migrations: {
      // Explicit list: folder discovery require()s .ts files, which fails under vitest and tsc output alike.
      migrationsList: MIGRATIONS,
      path: MIGRATIONS_PATH,
      pathTs: MIGRATIONS_PATH,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
    // Tables kept by the server, not entities (the shared cost budget's schema; the tables' write
    // counts of the read cache, migration Migration20261207120000_change_counts; the webhook outbox,
    // migration Migration20261207110000_webhooks): schema diffs leave them be.
    schemaGenerator: {
      ignoreSchema: ['protection', 'freshness'],
      skipTables: ['webhook_endpoint', 'webhook_delivery', 'webhook_fanout'],
    },
    // Every write goes through explicit transactions; keep identity maps per request fork.
    allowGlobalContext: false,
    debug: onQuery ? ['query'] : false,
    colors: false,
    // Only SQL reaches onQuery; the migrator's own chatter is silenced unless SQL logging is on.
    logger: onQuery ? (message) => onQuery(message) : () => undefined,
    loggerFactory: (loggerOptions) => new StatementLogger(loggerOptions, options.onStatement),
    ignoreUndefinedInQuery: true,
  });
}

/**
 * The ORM's logger, without its whitespace tidying where there is nothing to tidy: it runs two
 * regular expressions over every statement, and a compiled read is one long line (about 1% of a
 * small request's CPU; 4% of a fast-lane request's). Statements are logged at level `info`
 * (db/statements.ts), which the default logger writes as it writes no level: the same line.
 */
class StatementLogger extends DefaultLogger {
  constructor(
    options: ConstructorParameters<typeof DefaultLogger>[0],
    private readonly onStatement: (() => void) | undefined,
  ) {
    super(options);
  }

  /** Every statement, logged or not, is noted for the answer being kept around it (read-cache.ts). */
  override logQuery(context: { query: string } & LogContext): void {
    noteStatement(context.query);
    this.onStatement?.();
    super.logQuery(context);
  }

  override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
    const plain = context?.level === undefined || context.level === 'info';
    if (!plain || context?.label || /\n| {2}/.test(message)) return super.log(namespace, message, context);
    if (this.isEnabled(namespace, context)) this.writer(`[${namespace}] ${message.trim()}`);
  }
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  if (options.pooler) prepareNothingOn(orm.em.getConnection());
  return orm;
}

/** The connection pool's state (knex's tarn pool), for metrics; undefined before it exists. */
export function poolState(orm: MikroORM): { used: number; free: number; pending: number } | undefined {
  const pool = (
    orm.em.getConnection().getKnex().client as {
      pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number };
    }
  ).pool;
  return pool ? { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() } : undefined;
}
