import type { MikroORM } from '@mikro-orm/postgresql';
import type { Settings } from '../config';
import { countSqlLine } from '../server/metrics';
import { connectDatabase, migrate, type Database } from './database';
import { openOrm } from './orm';
import { isSeeded, seedDatabase } from './seed';

export interface OpenDatabase {
  orm: MikroORM;
  database: Database;
  close(): Promise<void>;
}

/** Connects (or starts the embedded server), runs pending migrations and, when asked, seeds an empty database. */
export async function openDatabase(
  settings: Settings,
  log: (line: string) => void,
  options: { seedIfEmpty: boolean },
): Promise<OpenDatabase> {
  const database = await connectDatabase(settings, log);
  const orm = await openOrm({
    clientUrl: database.url,
    poolSize: settings.poolSize,
    // Every statement is counted (GET /metrics, npm run bench); logged only with LOG_SQL.
    onQuery: (sql) => {
      countSqlLine(sql);
      if (settings.logSql) log(sql);
    },
  });
  const close = async () => {
    await orm.close();
    await database.close();
  };
  try {
    const applied = await migrate(orm);
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
    if (options.seedIfEmpty && !(await isSeeded(orm))) {
      log(`empty database: seeding (scale ${settings.seedScale})…`);
      const report = await seedDatabase(orm, { scale: settings.seedScale });
      log(`seeded ${report.totalRows} rows in ${(report.ms / 1000).toFixed(1)} s`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { orm, database, close };
}
