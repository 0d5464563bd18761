import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSettings } from '../config';
import { connectDatabase, migrate } from '../db/database';
import { MIGRATIONS_PATH, openOrm } from '../db/orm';
import { log, runCli, UsageError } from './run';
import { ENTITIES } from '../subgraphs/entities';

const USAGE = `usage: npm run migration:create -- [name]
Diffs the entities against a migrated database (DATABASE_URL, or the embedded one) and writes the
difference as a new migration into migrations/, then rewrites migrations/index.ts to list it.`;

/**
 * `npm run migration:create -- [name]`: diffs the entities against a migrated database, writes the
 * new migration into migrations/, and rewrites migrations/index.ts to list every migration.
 */
async function main(): Promise<void> {
  const [name, extra] = process.argv.slice(2);
  if (extra !== undefined || name?.startsWith('-'))
    throw new UsageError(`one name at most, got ${process.argv.slice(2).join(' ')}`);
  const settings = loadSettings();
  const database = await connectDatabase(settings, log);
  const orm = await openOrm({ entities: ENTITIES, clientUrl: database.url });
  try {
    await migrate(orm);
    const result = await orm.getMigrator().createMigration(MIGRATIONS_PATH, false, false, name);
    if (!result.fileName) {
      console.log('no changes: the database already matches the entities');
      return;
    }
    console.log(`wrote migrations/${result.fileName}`);
    await writeIndex();
  } finally {
    await orm.close();
    await database.close();
  }
}

export async function writeIndex(): Promise<void> {
  const files = (await readdir(MIGRATIONS_PATH)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
  const names = files.map((f) => path.basename(f, '.ts'));
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${className(n)} } from './${n}';`),
    '',
    '/** Every migration in order. `npm run migration:create` rewrites this file. */',
    'export const MIGRATIONS: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${className(n)} },`),
    '];',
    '',
  ];
  await writeFile(path.join(MIGRATIONS_PATH, 'index.ts'), lines.join('\n'));
}

/** MikroORM names the migration class after its file. */
function className(fileName: string): string {
  return fileName;
}

if (require.main === module) runCli({ usage: USAGE, main });
