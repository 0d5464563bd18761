/**
 * The seed loader: fills an empty, migrated database with a deterministic dataset that reproduces
 * every figure of the seed documents (facts.ts), with real public facts from the reference
 * registries and the rest synthetic from a seeded generator. Identical on every run, ids included.
 *
 * Scale N builds the same graph N times larger: the document's programmes stay exact and N − 1
 * synthetic replicas of the trusteeship and committee programmes (codes suffixed -R2, -R3, …) are
 * added with new schools, people, plans, activities and metrics. Reference rows (divisions,
 * universities, agencies, bureaus) are not replicated.
 */
import type { Knex, MikroORM } from '@mikro-orm/postgresql';
import { Province } from '../subgraphs/directory/province/province.entity';
import { seedCommittee } from './committee';
import type { SeedContext } from './context';
import { emptyDirectory, seedDirectory } from './directory';
import { seedEvents } from './events';
import { seedOfficials } from './people';
import { addCommitteeProgram, addNationalTrainingProgram, addTrusteeshipProgram } from './programs';
import { IdFactory, Rng, SEED } from './random';
import { seedTracking, TrackingCollector } from './guidance';
import { seedSchedules } from './tracking';
import { seedTrusteeship } from './trusteeship';
import { CountingSink, DbWriter, TableCatalog, type Progress, type Sink } from './writer';

export { FACTS, DOCUMENTS } from './facts';
export type { Progress, Row, Sink } from './writer';

export interface SeedOptions {
  /** Integer ≥ 1; 1 (the default) is the document-sized dataset. */
  scale?: number;
  /** Called after every chunk written (and once per table with done = 0 before the first). */
  onProgress?: (p: Progress) => void;
  /** Empty every application table first, in the same transaction as the seed. */
  reset?: boolean;
  /** Rows per INSERT statement (default 2000). */
  chunkSize?: number;
}

export interface SeedReport {
  /** Rows written per table (`schema.table`). */
  rows: Record<string, number>;
  totalRows: number;
  ms: number;
}

export class AlreadySeededError extends Error {
  constructor() {
    super(
      'the database already holds data (directory.province has rows); seed only an empty database, or reset it first',
    );
  }
}

function createContext(sink: Sink): SeedContext {
  return {
    sink,
    ids: new IdFactory(SEED),
    rng: new Rng(SEED),
    dir: emptyDirectory(),
    schoolSeq: new Map(),
    schoolNumber: new Map(),
    plans: [],
  };
}

/** Generates the whole dataset into `ctx.sink`, checkpointing after each unit of work. */
async function generate(ctx: SeedContext, scale: number): Promise<void> {
  // The tracking seed follows what the others write (it comes last, so nothing before it changes).
  const seen = new TrackingCollector(ctx.sink);
  ctx.sink = seen;
  seedDirectory(ctx);
  await ctx.sink.checkpoint();

  const officials = seedOfficials(ctx);
  const trusteeship = addTrusteeshipProgram(ctx, 1);
  const committeeProgram = addCommitteeProgram(ctx, 1);
  const nationalTraining = addNationalTrainingProgram(ctx);
  seedEvents(ctx, officials, { nationalTraining });
  await ctx.sink.checkpoint();

  seedTrusteeship(ctx, 1, trusteeship);
  await ctx.sink.checkpoint();
  seedCommittee(ctx, 1, committeeProgram);
  await ctx.sink.checkpoint();

  for (let replica = 2; replica <= scale; replica++) {
    seedTrusteeship(ctx, replica, addTrusteeshipProgram(ctx, replica));
    await ctx.sink.checkpoint();
    seedCommittee(ctx, replica, addCommitteeProgram(ctx, replica));
    await ctx.sink.checkpoint();
  }
  // Last, so that the rows before keep their ids and values (tracking.ts).
  seedSchedules(ctx);
  // Problems, guidance and practice last: they follow what every generator before wrote (guidance.ts).
  seedTracking(ctx, seen);
  await ctx.sink.checkpoint();
}

/**
 * Generates the dataset into any sink without a database (tests record it to check determinism
 * and figures; plannedRows counts it).
 */
export async function generateDataset(sink: Sink, scale = 1): Promise<void> {
  checkScale(scale);
  await generate(createContext(sink), scale);
}

function checkScale(scale: number): void {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`seed scale must be an integer ≥ 1, got ${scale}`);
}

/** Rows per table the seed writes at `scale` (a dry run: nothing touches the database). */
export async function plannedRows(orm: MikroORM, scale = 1): Promise<Record<string, number>> {
  checkScale(scale);
  const counter = new CountingSink(new TableCatalog(orm.getMetadata()));
  await generate(createContext(counter), scale);
  return { ...counter.counts };
}

async function hasProvinces(run: (sql: string) => Promise<unknown[]>, catalog: TableCatalog): Promise<boolean> {
  const rows = (await run(`select exists (select 1 from ${catalog.get(Province).sql}) as seeded`)) as Array<{
    seeded: boolean;
  }>;
  return rows[0]?.seeded === true;
}

/** Whether the database already holds seed (or any directory) data. */
export async function isSeeded(orm: MikroORM): Promise<boolean> {
  const catalog = new TableCatalog(orm.getMetadata());
  return hasProvinces((sql) => orm.em.getConnection().execute(sql), catalog);
}

/** Empties every application table (the three schemas' data; the migrations table is kept). */
function truncateSql(catalog: TableCatalog): string {
  return `truncate table ${catalog
    .tables()
    .map((t) => t.sql)
    .join(', ')} restart identity cascade`;
}

/**
 * Bulk-load mode: with `session_replication_role = replica` for this transaction PostgreSQL skips
 * the per-row foreign-key triggers (about 40% of the load time); validateForeignKeys then checks
 * every constraint set-wise before commit, so integrity is still enforced. Only roles allowed to
 * set the parameter (superusers, as on the embedded server) get it; others keep per-row checks.
 */
async function deferForeignKeyChecks(run: (sql: string) => Promise<unknown[]>): Promise<boolean> {
  await run('savepoint seed_fk_mode');
  try {
    await run('set local session_replication_role = replica');
    await run('release savepoint seed_fk_mode');
    return true;
  } catch {
    await run('rollback to savepoint seed_fk_mode');
    return false;
  }
}

/** Checks every foreign key of the seeded tables with one anti-join each; throws on a violation. */
async function validateForeignKeys(run: (sql: string) => Promise<unknown[]>, catalog: TableCatalog): Promise<void> {
  await run('set local session_replication_role = origin');
  const schemas = [...new Set(catalog.tables().map((t) => t.name.split('.')[0]!))];
  const constraints = (await run(
    `select c.conname as name, format('%I.%I', cn.nspname, cl.relname) as child, quote_ident(a.attname) as col,
            format('%I.%I', pn.nspname, pl.relname) as parent, quote_ident(pa.attname) as pcol
       from pg_constraint c
       join pg_class cl on cl.oid = c.conrelid join pg_namespace cn on cn.oid = cl.relnamespace
       join pg_class pl on pl.oid = c.confrelid join pg_namespace pn on pn.oid = pl.relnamespace
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = c.confkey[1]
      where c.contype = 'f' and cardinality(c.conkey) = 1
        and cn.nspname in (${schemas.map((s) => `'${s}'`).join(', ')})
      order by 1`,
  )) as Array<{ name: string; child: string; col: string; parent: string; pcol: string }>;
  if (constraints.length === 0) return;
  const violated = (await run(
    constraints
      .map(
        (c) =>
          `select '${c.name}' as name where exists (select 1 from ${c.child} x where x.${c.col} is not null ` +
          `and not exists (select 1 from ${c.parent} y where y.${c.pcol} = x.${c.col}))`,
      )
      .join(' union all '),
  )) as Array<{ name: string }>;
  if (violated.length > 0) {
    throw new Error(`seed violates foreign keys: ${violated.map((v) => v.name).join(', ')}`);
  }
}

/**
 * Seeds an empty, migrated database in one transaction (a failed seed leaves it as it was). Throws
 * AlreadySeededError when `directory.province` has rows (unless `reset`).
 */
export async function seedDatabase(orm: MikroORM, options: SeedOptions = {}): Promise<SeedReport> {
  const scale = options.scale ?? 1;
  checkScale(scale);
  const started = performance.now();
  const catalog = new TableCatalog(orm.getMetadata());
  if (!options.reset && (await isSeeded(orm))) throw new AlreadySeededError();

  // A dry run first sizes the progress totals exactly (generation is cheap next to writing).
  let totals: Record<string, number> | undefined;
  if (options.onProgress) {
    const counter = new CountingSink(catalog);
    await generate(createContext(counter), scale);
    totals = counter.counts;
    for (const table of catalog.tables())
      options.onProgress({ table: table.name, done: 0, total: totals[table.name] ?? 0 });
  }

  const rows = await orm.em.fork().transactional(async (em) => {
    const trx = em.getTransactionContext<Knex.Transaction>();
    if (!trx) throw new Error('no transaction context');
    const run = async (sql: string): Promise<unknown[]> => ((await trx.raw(sql)) as { rows: unknown[] }).rows;
    if (options.reset) await run(truncateSql(catalog));
    else if (await hasProvinces(run, catalog)) throw new AlreadySeededError();
    const deferred = await deferForeignKeyChecks(run);
    const writer = new DbWriter(catalog, trx, {
      chunkSize: options.chunkSize,
      totals,
      onProgress: options.onProgress,
    });
    await generate(createContext(writer), scale);
    await writer.finish();
    if (deferred) await validateForeignKeys(run, catalog);
    return { ...writer.counts };
  });

  const ordered: Record<string, number> = {};
  for (const table of catalog.tables()) ordered[table.name] = rows[table.name] ?? 0;
  const totalRows = Object.values(ordered).reduce((a, b) => a + b, 0);
  return { rows: ordered, totalRows, ms: Math.round(performance.now() - started) };
}
