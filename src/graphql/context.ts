import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Loaders } from './loaders';

/** What every resolver gets: its own EntityManager fork and DataLoaders, never shared between requests. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
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

export function createContext(orm: MikroORM, options: { batch?: boolean; signal?: AbortSignal } = {}): Context {
  const fork = orm.em.fork();
  const em = options.signal ? abortable(fork, options.signal) : fork;
  return { em, loaders: new Loaders(em, { batch: options.batch ?? true }) };
}
