import type { Logger } from '@mikro-orm/core';
import type { AbstractSqlConnection, EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ANONYMOUS, type Viewer } from './auth/viewer';
import type { LiveFeed } from './feed/types';
import { Loaders } from './loaders';

/**
 * What every resolver gets: its own EntityManager fork and DataLoaders, never shared between requests,
 * and who is asking (rights are decided from it: auth/rules.ts).
 */
export interface Context {
  em: EntityManager;
  /**
   * The same database as `em`'s, without forking an EntityManager (for statements of the API's own
   * SQL: the compiled operations), and the ORM's logger, which counts and logs statements. Refuses
   * once the request is abandoned, as `em` does.
   */
  database: Database;
  loaders: Loaders;
  viewer: Viewer;
  /** Whether a read operation may be answered by one compiled statement (sql/compile.ts). */
  compile: boolean;
  /** The request's id, recorded with every change it writes (the audit trail). */
  requestId: string | null;
  /** The change feed, where the server serves subscriptions (WebSocket, SSE); absent elsewhere. */
  live?: LiveFeed;
  /** Whether webhook endpoints may be private, loopback or link-local addresses (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivateWebhooks?: boolean;
}

/** EntityManager methods that send SQL (directly, or through what they return). */
const SQL_METHODS = new Set([
  'getConnection',
  'getKnex',
  'createQueryBuilder',
  'qb',
  'execute',
  'find',
  'findAll',
  'findOne',
  'findOneOrFail',
  'findAndCount',
  'count',
  'flush',
  'transactional',
  'begin',
]);

export interface Database {
  connection: AbstractSqlConnection;
  logger: Logger;
}

export class RequestAbortedError extends Error {}

/**
 * The request's EntityManager, refusing to start SQL once the request is abandoned (deadline passed,
 * client gone): the statements already running finish or hit the statement timeout, and no level of
 * the operation that follows sends more.
 */
function abortable(em: EntityManager, signal: AbortSignal): EntityManager {
  return new Proxy(em, {
    get(target, property, receiver) {
      if (signal.aborted && typeof property === 'string' && SQL_METHODS.has(property)) {
        throw new RequestAbortedError(`request abandoned before ${property}: ${String(signal.reason)}`);
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

export interface ContextOptions {
  /** `false` turns DataLoader batching off (only the control in the SQL-count tests). */
  batch?: boolean;
  /** The request's abort signal: no SQL starts once it is aborted. */
  signal?: AbortSignal;
  /** Where a read-only operation may read (a replica), if anywhere but the primary. */
  readFrom?: () => MikroORM | undefined;
  /** Whether the operation is read-only; asked when the first resolver needs the database. */
  readOnly?: () => boolean;
  /** The verified caller; anonymous when absent. */
  viewer?: Viewer;
  /** `false` answers every operation through the resolvers (the SQL-count tests' resolver bounds). */
  compile?: boolean;
  /** The request's id (x-request-id), for the audit trail. */
  requestId?: string;
  /** Webhook endpoints may be non-public addresses (configuration; refused when absent). */
  allowPrivateWebhooks?: boolean;
}

/**
 * The EntityManager fork and the loaders are made when a resolver first needs them, after the
 * operation is known: a read-only one forks from a replica when one is up, anything else from the
 * primary. They are getters of the class, not own properties: Apollo Server copies the context's own
 * properties (Object.assign) before the operation is resolved, which would make them too early.
 */
class RequestContext implements Context {
  private readonly made: { orm?: MikroORM; em?: EntityManager; loaders?: Loaders } = {};

  constructor(
    private readonly primary: MikroORM,
    private readonly options: ContextOptions,
  ) {}

  /** Where this request reads and writes, chosen once. */
  private get orm(): MikroORM {
    this.made.orm ??= (this.options.readOnly?.() && this.options.readFrom?.()) || this.primary;
    return this.made.orm;
  }

  get database(): Database {
    const signal = this.options.signal;
    if (signal?.aborted)
      throw new RequestAbortedError(`request abandoned before a statement: ${String(signal.reason)}`);
    return { connection: this.orm.em.getConnection(), logger: this.orm.config.getLogger() };
  }

  get em(): EntityManager {
    if (!this.made.em) {
      const fork = this.orm.em.fork();
      this.made.em = this.options.signal ? abortable(fork, this.options.signal) : fork;
    }
    return this.made.em;
  }

  get loaders(): Loaders {
    this.made.loaders ??= new Loaders(this.em, { batch: this.options.batch ?? true, viewer: this.viewer });
    return this.made.loaders;
  }

  get viewer(): Viewer {
    return this.options.viewer ?? ANONYMOUS;
  }

  get compile(): boolean {
    return this.options.compile ?? true;
  }

  get requestId(): string | null {
    return this.options.requestId ?? null;
  }

  get allowPrivateWebhooks(): boolean {
    return this.options.allowPrivateWebhooks ?? false;
  }
}

export function createContext(primary: MikroORM, options: ContextOptions = {}): Context {
  return new RequestContext(primary, options);
}
