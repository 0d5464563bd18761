import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadSettings } from '../config';
import { connectDatabase, migrate, oneLine, openOrm, type Database } from '../db/database';
import { isSeeded, seedDatabase, type Progress } from '../seed';
import { formatInt, progressLine } from './progress';
import { ENTITIES } from '../subgraphs/entities';

/**
 * `npm run seed -- [--scale N] [--reset]`: migrates the database and loads the seed dataset.
 * Without --reset it refuses a database that already holds data; with --reset it empties every
 * application table first (in the same transaction as the seed, so a failure keeps the old data).
 * Progress goes to stderr (one redrawn line on a terminal, one line per finished table otherwise);
 * the summary line goes to stdout.
 */

const USAGE = 'usage: npm run seed -- [--scale N] [--reset]';

class UsageError extends Error {}

interface Args {
  scale?: number;
  reset: boolean;
  help: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { reset: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--reset') args.reset = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--scale' || arg.startsWith('--scale=')) {
      const raw = arg === '--scale' ? argv[++i] : arg.slice('--scale='.length);
      const scale = Number(raw);
      if (raw === undefined || raw === '' || !Number.isInteger(scale) || scale < 1) {
        throw new UsageError(`--scale needs an integer ≥ 1, got ${raw === undefined ? 'nothing' : `"${raw}"`}`);
      }
      args.scale = scale;
    } else throw new UsageError(`unknown argument "${arg}" (${USAGE})`);
  }
  return args;
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Progress on stderr: a bar redrawn in place on a terminal, a line per finished table otherwise. */
function progressReporter(): { onProgress: (p: Progress) => void; end: () => void } {
  const line = progressLine();
  const tables = new Map<string, Progress>();
  const totals = (): { done: number; total: number } => {
    let done = 0;
    let total = 0;
    for (const p of tables.values()) {
      done += p.done;
      total += p.total;
    }
    return { done, total };
  };
  return {
    onProgress: (p) => {
      const first = !tables.has(p.table);
      tables.set(p.table, p);
      if (first) return; // the initial done = 0 announcements
      const { done, total } = totals();
      if (line.tty) line.draw(done, total, p.table, p.done === p.total);
      else if (p.done === p.total) log(`${p.table.padEnd(36)} ${formatInt(p.total).padStart(10)} rows`);
    },
    end: () => line.end(),
  };
}

async function main(argv: readonly string[], onStop: (cleanup: () => Promise<void>) => void): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(
      `${USAGE}\n  --scale N  build the dataset N times larger (default SEED_SCALE or 1)\n  --reset    empty every application table first\n`,
    );
    return;
  }
  const settings = loadSettings();
  const scale = args.scale ?? settings.seedScale;

  const database: Database = await connectDatabase(settings, log);
  onStop(() => database.close());
  const orm: MikroORM = await openOrm({ entities: ENTITIES, clientUrl: database.url, poolSize: 2 });
  onStop(() => orm.close());

  const applied = await migrate(orm);
  if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
  if (!args.reset && (await isSeeded(orm))) {
    throw new Error('the database already holds data; run with --reset to empty it and seed again');
  }

  log(`seeding at scale ${scale}${args.reset ? ' (after emptying every table)' : ''}…`);
  const progress = progressReporter();
  const report = await seedDatabase(orm, { scale, reset: args.reset, onProgress: progress.onProgress }).finally(
    progress.end,
  );
  const seconds = report.ms / 1000;
  process.stdout.write(
    `seeded ${formatInt(report.totalRows)} rows in ${seconds.toFixed(1)} s (${formatInt(Math.round(report.totalRows / Math.max(seconds, 0.001)))} rows/s)\n`,
  );
}

if (require.main === module) {
  const cleanups: Array<() => Promise<void>> = [];
  let stopping = false;
  const stop = async (code: number): Promise<never> => {
    if (!stopping) {
      stopping = true;
      for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    }
    process.exit(code);
  };
  process.once('SIGINT', () => void stop(130));
  process.once('SIGTERM', () => void stop(143));
  main(process.argv.slice(2), (cleanup) => cleanups.push(cleanup)).then(
    () => stop(0),
    (error: unknown) => {
      log(`error: ${oneLine(error)}`);
      return stop(error instanceof UsageError ? 2 : 1);
    },
  );
}
