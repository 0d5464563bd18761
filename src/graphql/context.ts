import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Loaders } from './loaders';

/** What every resolver gets: its own EntityManager fork and DataLoaders, never shared between requests. */
export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(orm: MikroORM, options: { batch: boolean } = { batch: true }): Context {
  const em = orm.em.fork();
  return { em, loaders: new Loaders(em, options) };
}
