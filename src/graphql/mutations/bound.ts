import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Runs a statement whose `?` parameters travel bound ($1, $2…), in the EntityManager's transaction
 * when it is in one. em.execute inlines its parameters into the statement's text: right for short
 * ones, but the JSON of thousands of rows (a bulk write, its audit trail) would be escaped into a
 * statement of megabytes. Logged as em.execute logs (the SQL counts of requests include it).
 */
export async function executeBound<R>(em: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex();
  const started = Date.now();
  try {
    return ((await knex.raw(sql, params as Knex.RawBinding[])) as { rows: R[] }).rows;
  } finally {
    em.config.getLogger().logQuery({ query: sql, took: Date.now() - started, level: 'info' });
  }
}
