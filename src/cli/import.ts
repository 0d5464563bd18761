import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { v7 as uuidv7 } from 'uuid';
import { loadSettings } from '../config';
import { connectDatabase, migrate, oneLine, openOrm } from '../db/database';
import { buildSubgraphByName } from '../gateway/subgraphs';
import { isRole, ORGANISATION_ROLES, type Viewer } from '../graphql/auth/viewer';
import { actorOf } from '../graphql/mutations/audit';
import {
  importKind,
  importKinds,
  ImportRefused,
  runImport,
  type ImportProblem,
  type ImportProgress,
  type ImportRow,
} from '../graphql/mutations/import';
import { createAuthenticator } from '../server/auth/tokens';
import { formatInt, progressLine } from './progress';

/*
 * `npm run import -- <file.csv|file.json> --kind <kind> --as <identity> [--dry-run]` (README, Import):
 * the rows of a file written through the import of src/graphql/mutations/import.ts, in one transaction,
 * as the identity given. Exit codes: 0 imported (or a dry run passed), 1 refused or failed (nothing
 * written), 2 a usage error.
 */

const KIND_NAMES = () =>
  importKinds()
    .map((kind) => kind.name)
    .join('|');

const usage = () =>
  `usage: npm run import -- <file.csv|file.json> --kind <${KIND_NAMES()}> --as <identity> [--dry-run]
  --kind K     what the rows are (a row is the input of the kind's create mutation; with id and version, its update)
  --as WHO     who imports (rights and the audit trail): a bearer token (JWT) verified with the server's keys
               (AUTH_JWT_SECRET / AUTH_JWKS_FILE / AUTH_JWKS_URL), or a local identity for whoever holds the
               database's credentials: ministry_admin, university:<institution code>, county:<division code>
  --dry-run    check every row and print what each would do; write nothing`;

export class UsageError extends Error {}

interface Args {
  file: string;
  kind: string;
  as: string;
  dryRun: boolean;
}

function parseArgs(argv: readonly string[]): Args | null {
  let file: string | undefined;
  let kind: string | undefined;
  let as: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const given = inline ?? argv[++i];
      if (given === undefined || given === '') throw new UsageError(`${flag} needs a value\n${usage()}`);
      return given;
    };
    if (flag === '--help' || flag === '-h') return null;
    else if (flag === '--dry-run') dryRun = true;
    else if (flag === '--kind') kind = value();
    else if (flag === '--as') as = value();
    else if (flag.startsWith('-')) throw new UsageError(`unknown option "${flag}"\n${usage()}`);
    else if (file === undefined) file = flag;
    else throw new UsageError(`one file at a time ("${file}", then "${flag}")`);
  }
  if (!file) throw new UsageError(`no file given\n${usage()}`);
  if (!kind || !importKind(kind)) throw new UsageError(`--kind must be one of ${KIND_NAMES()}\n${usage()}`);
  if (!as) throw new UsageError(`--as is required: the identity the import runs as\n${usage()}`);
  return { file, kind, as, dryRun };
}

const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/** The identity of `--as`: a verified token, or a local one (role, or role:organisation). */
async function identity(as: string, env: NodeJS.ProcessEnv): Promise<Viewer> {
  if (JWT.test(as)) {
    const { viewer } = await createAuthenticator(loadSettings(env).auth)
      .authenticate(`Bearer ${as}`)
      .catch((error: unknown) => {
        throw new UsageError(`--as: the token was refused (${oneLine(error)})`);
      });
    return viewer;
  }
  const [role, org] = as.split(':', 2) as [string, string | undefined];
  if (!isRole(role) || !['ministry_admin', 'university', 'county'].includes(role)) {
    throw new UsageError('--as: a token, or ministry_admin, university:<code> or county:<code>');
  }
  const needs = ORGANISATION_ROLES[role];
  if (needs && !(org && needs.code.test(org))) throw new UsageError(`--as: ${role}:<code>, with ${needs.what}`);
  if (!needs && org) throw new UsageError(`--as: ${role} acts for no organisation`);
  return { role, org: org ?? null, subject: `cli:${os.userInfo().username}`, scopes: new Set() };
}

/** The rows of a file: a JSON array of objects, or CSV with a header row (csv-parse). */
export async function readRows(file: string): Promise<{ rows: ImportRow[]; csv: boolean }> {
  const text = await readFile(file, 'utf8');
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') {
    let rows: unknown;
    try {
      rows = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${file}: not JSON (${oneLine(error)})`);
    }
    if (!Array.isArray(rows)) throw new UsageError(`${file}: a JSON import is an array of objects, one a row`);
    return { rows: rows as ImportRow[], csv: false };
  }
  if (extension === '.csv') {
    try {
      const rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as ImportRow[];
      return { rows, csv: true };
    } catch (error) {
      throw new UsageError(`${file}: not readable as CSV with a header row (${oneLine(error)})`);
    }
  }
  throw new UsageError(`${file}: a .csv or .json file`);
}

const STAGES: Record<ImportProgress['stage'], string> = {
  validate: 'checking the rows',
  check: 'checked against the database',
  write: 'writing',
  audit: 'audit trail written',
};

export function describeProblem(problem: ImportProblem): string {
  const where = [
    problem.row === null ? 'the import' : `row ${problem.row}`,
    problem.column ? `column ${problem.column}` : null,
  ];
  return `${where.filter(Boolean).join(', ')}: ${problem.message} [${problem.code}]`;
}

export interface CommandIo {
  env: NodeJS.ProcessEnv;
  /** Where relative file names are read from (npm run's INIT_CWD: the caller's folder). */
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream;
}

/** The command; resolves to its exit code. */
export async function importCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const print = (line: string) => io.stdout.write(`${line}\n`);
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const args = parseArgs(argv);
  if (!args) {
    print(usage());
    return 0;
  }
  const kind = importKind(args.kind)!;
  const viewer = await identity(args.as, io.env);
  const { rows, csv } = await readRows(path.resolve(io.cwd, args.file));
  const settings = loadSettings(io.env);
  const database = await connectDatabase(settings, log);
  const orm = await openOrm({ clientUrl: database.url, poolSize: 2 });
  try {
    const applied = await migrate(orm);
    if (applied.length) log(`applied migrations: ${applied.join(', ')}`);
    const { schema } = await buildSubgraphByName('assistance');
    const requestId = `import-${uuidv7()}`;
    const line = progressLine(io.stderr);
    let stage: ImportProgress['stage'] | undefined;
    const started = performance.now();
    const cpu = process.cpuUsage();
    log(
      `${args.dryRun ? 'checking' : 'importing'} ${formatInt(rows.length)} ${kind.name} rows as ${viewer.role}${viewer.org ? ` ${viewer.org}` : ''}…`,
    );
    try {
      const outcome = await runImport(orm.em.fork(), {
        kind,
        rows,
        csv,
        schema,
        viewer,
        dryRun: args.dryRun,
        actor: actorOf(viewer, `import:${kind.name}`, { requestId }),
        onProgress: (progress) => {
          // The bar follows the rows through the database (the next chunk is read meanwhile).
          if (line.tty) {
            if (progress.stage === 'validate') return;
            return line.draw(progress.done, progress.total, STAGES[progress.stage], progress.done === progress.total);
          }
          const finished = progress.done === progress.total;
          if (progress.stage === 'write' || (finished && progress.stage !== stage)) {
            log(`${STAGES[progress.stage]}: ${formatInt(progress.done)}/${formatInt(progress.total)} rows`);
          }
          stage = progress.stage;
        },
      });
      line.end();
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const rate = `${formatInt(rows.length / Math.max(seconds, 0.001))} rows/s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s`;
      if (outcome.dryRun) {
        for (const record of outcome.records)
          print(`row ${record.row}: ${record.action.toLowerCase()}${record.id ? ` ${record.id}` : ''}`);
        print(
          `dry run: ${formatInt(outcome.created)} to create, ${formatInt(outcome.updated)} to change, every row passed; nothing was written (${seconds.toFixed(1)} s, ${rate})`,
        );
      } else {
        print(
          `imported ${formatInt(outcome.rows)} ${kind.name} rows: ${formatInt(outcome.created)} created, ${formatInt(outcome.updated)} changed in ${seconds.toFixed(1)} s (${rate}); audit trail under request ${requestId}`,
        );
      }
      return 0;
    } catch (error) {
      line.end();
      if (!(error instanceof ImportRefused)) throw error;
      for (const problem of error.problems) log(describeProblem(problem));
      log(error.message);
      return 1;
    }
  } finally {
    await orm.close();
    await database.close();
  }
}

if (require.main === module) {
  const io: CommandIo = {
    env: process.env,
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
  };
  // Exit once stdout is flushed: a pipe is written asynchronously, and exit would drop the rest.
  const exit = (code: number) => process.stdout.write('', () => process.exit(code));
  importCommand(process.argv.slice(2), io).then(
    (code) => exit(code),
    (error: unknown) => {
      const known = error instanceof UsageError;
      process.stderr.write(
        `error: ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      exit(known ? 2 : 1);
    },
  );
}
