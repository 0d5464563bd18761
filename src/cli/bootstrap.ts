import type { MikroORM } from '@mikro-orm/postgresql';
import type { Settings } from '../config';
import { connectDatabase, migrate, type Database } from '../db/database';
import { openOrm } from '../db/orm';
import { ReplicaSet } from '../db/replicas';
import { isSeeded, seedDatabase } from '../seed';
import { ENTITIES } from '../subgraphs/entities';

export interface OpenDatabase {
  orm: MikroORM;
  /** DATABASE_REPLICA_URLS, when set. */
  replicas?: ReplicaSet;
  database: Database;
  close(): Promise<void>;
}

function sqlLog(settings: Settings, log: (line: string) => void): ((sql: string) => void) | undefined {
  return settings.logSql ? log : undefined;
}

/** Connects (or starts the embedded server), runs pending migrations and, when asked, seeds an empty database. */
export async function openDatabase(
  settings: Settings,
  log: (line: string) => void,
  options: {
    seedIfEmpty: boolean;
    /** Called for every SQL statement the API sends (metrics). */
    onStatement?: () => void;
  },
): Promise<OpenDatabase> {
  const database = await connectDatabase(settings, log);
  try {
    // Migrations and the seed run on their own connections, without the API's statement timeout.
    const setup = await openOrm({
      entities: ENTITIES,
      clientUrl: database.url,
      poolSize: 2,
      onQuery: sqlLog(settings, log),
      pooler: settings.pooler === 'transaction',
    });
    try {
      const applied = await migrate(setup);
      if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
      if (options.seedIfEmpty && !(await isSeeded(setup))) {
        log(`empty database: seeding (scale ${settings.seedScale})…`);
        const report = await seedDatabase(setup, { scale: settings.seedScale });
        log(`seeded ${report.totalRows} rows in ${(report.ms / 1000).toFixed(1)} s`);
      }
    } finally {
      await setup.close();
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  // Every statement is counted (GET /metrics, npm run bench); formatted and logged only with LOG_SQL.
  const statements = { onStatement: options.onStatement, onQuery: sqlLog(settings, log) };
  const orm = await openOrm({
    entities: ENTITIES,
    clientUrl: database.url,
    poolSize: settings.poolSize,
    statementTimeoutMs: settings.limits.statementTimeoutMs,
    ...statements,
    pooler: settings.pooler === 'transaction',
  });
  const replicas = settings.replicaUrls.length
    ? await ReplicaSet.open(
        settings.replicaUrls,
        {
          entities: ENTITIES,
          poolSize: settings.poolSize,
          statementTimeoutMs: settings.limits.statementTimeoutMs,
          ...statements,
        },
        { primary: orm, maxLagMs: settings.replicaMaxLagMs, probeMs: settings.replicaProbeMs },
      )
    : undefined;
  if (replicas) {
    const up = replicas.status().filter((replica) => replica.up).length;
    log(`read replicas: ${up} of ${settings.replicaUrls.length} answering`);
  }
  const close = async () => {
    await replicas?.close();
    await orm.close();
    await database.close();
  };
  return { orm, replicas, database, close };
}
