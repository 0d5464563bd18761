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
import { runCli, UsageError, type OnStop } from './run';
import { ENTITIES } from '../subgraphs/entities';

export { UsageError };

/*
 * `npm run -s import -- <file.csv|file.json> --kind <kind> (--as <identity> | --token-file <file|->) [--dry-run]`
 * (README, Import): the rows of a file written through the import of src/graphql/mutations/import.ts, in
 * one transaction, as the identity given. Exit codes: 0 imported (or a dry run passed), 1 refused or
 * failed (nothing written), 2 a usage error, 130/143 interrupted (nothing written).
 */

const KIND_NAMES = () =>
  importKinds()
    .map((kind) => kind.name)
    .join('|');

/** The environment variable a token may come in (never an argument: npm prints its arguments, shells keep them). */
export const TOKEN_VARIABLE = 'IMPORT_TOKEN';

export const usage = () =>
  `usage: npm run -s import -- <file.csv|file.json> --kind <${KIND_NAMES()}> [--as <identity> | --token-file <file|->] [--dry-run]
  --kind K          what the rows are (a row is the input of the kind's create mutation; with id and version, its update)
  --as WHO          who imports, as whoever holds the database's credentials: ministry_admin,
                    university:<institution code> or county:<division code>
  --token-file F    or who imports as a bearer token read from the file F (- reads stdin), verified with the keys of
                    this environment (AUTH_JWT_SECRET / AUTH_JWKS_FILE / AUTH_JWKS_URL; development tokens of
                    \`npm run token\` with NODE_ENV=development); or the token in ${TOKEN_VARIABLE}
  --dry-run         check every row and print what each would do; write nothing
Prints each row's record (row N: created <id>) and a summary on stdout, progress on stderr.`;

interface Args {
  file: string;
  kind: string;
  as: string | undefined;
  tokenFile: string | undefined;
  dryRun: boolean;
}

function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): Args | null {
  let file: string | undefined;
  let kind: string | undefined;
  let as: string | undefined;
  let tokenFile: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const given = inline ?? argv[++i];
      if (given === undefined || given === '') throw new UsageError(`${flag} needs a value`);
      return given;
    };
    if (flag === '--help' || flag === '-h') return null;
    else if (flag === '--dry-run') dryRun = true;
    else if (flag === '--kind') kind = value();
    else if (flag === '--as') as = value();
    else if (flag === '--token-file') tokenFile = value();
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
    else if (file === undefined) file = flag;
    else throw new UsageError(`one file at a time ("${file}", then "${flag}")`);
  }
  if (!file) throw new UsageError('no file given');
  if (!kind || !importKind(kind)) throw new UsageError(`--kind must be one of ${KIND_NAMES()}`);
  // A token among the arguments has been printed by npm's banner already: refuse it, and say where it goes.
  if (as !== undefined && JWT.test(as)) {
    throw new UsageError(
      `--as takes a local identity, not a token: a token on the command line is printed by npm and kept in shell history. ` +
        `Put it in ${TOKEN_VARIABLE}, or in a file for --token-file (- reads it from stdin)`,
    );
  }
  const given = [as, tokenFile, env[TOKEN_VARIABLE] || undefined].filter((way) => way !== undefined).length;
  if (given === 0) {
    throw new UsageError(`who imports? --as <identity>, --token-file <file|->, or a token in ${TOKEN_VARIABLE}`);
  }
  if (as !== undefined && tokenFile !== undefined) throw new UsageError('--as or --token-file, not both');
  return { file, kind, as, tokenFile, dryRun };
}

const JWT = /^[\w-]+\.[\w-]+\.[\w-]*$/;

/** A token from --token-file (a file, or stdin for `-`) or the environment, verified with the environment's keys. */
async function tokenIdentity(args: Args, io: CommandIo): Promise<Viewer> {
  let token: string;
  if (args.tokenFile === '-') token = await text(io.stdin ?? process.stdin);
  else if (args.tokenFile !== undefined) {
    token = await readFile(path.resolve(io.cwd, args.tokenFile), 'utf8').catch((error: unknown) => {
      throw new UsageError(`--token-file: cannot read ${args.tokenFile} (${oneLine(error)})`);
    });
  } else token = io.env[TOKEN_VARIABLE]!;
  token = token.trim();
  const source = args.tokenFile === undefined ? TOKEN_VARIABLE : `--token-file ${args.tokenFile}`;
  if (!JWT.test(token)) throw new UsageError(`${source}: not a token (a JWT: three base64url parts joined by dots)`);
  const settings = loadSettings(io.env);
  const { viewer } = await createAuthenticator(settings.auth)
    .authenticate(`Bearer ${token}`)
    .catch((error: unknown) => {
      const development = settings.nodeEnv === 'production' ? ' (development tokens: with NODE_ENV=development)' : '';
      throw new UsageError(
        `${source}: the token was refused (${oneLine(error)}). The import verifies tokens with the keys of its ` +
          `environment: AUTH_JWT_SECRET, AUTH_JWKS_FILE or AUTH_JWKS_URL${development}. Or import --as a local ` +
          'identity: ministry_admin, university:<code>, county:<code>',
      );
    });
  return viewer;
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let read = '';
  for await (const chunk of stream) read += String(chunk);
  return read;
}

/** The identity of `--as`: a local one (role, or role:organisation). */
function localIdentity(as: string): Viewer {
  const [role, org] = as.split(':', 2) as [string, string | undefined];
  if (!isRole(role) || !['ministry_admin', 'university', 'county'].includes(role)) {
    throw new UsageError('--as: ministry_admin, university:<code> or county:<code>');
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
  /** Where `--token-file -` reads from (process.stdin by default). */
  stdin?: NodeJS.ReadableStream;
  /** Registers what a signal must close (runCli). */
  onStop?: OnStop;
}

/** The command; resolves to its exit code. */
export async function importCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const print = (line: string) => io.stdout.write(`${line}\n`);
  const log = (line: string) => io.stderr.write(`${line}\n`);
  const args = parseArgs(argv, io.env);
  if (!args) {
    print(usage());
    return 0;
  }
  const kind = importKind(args.kind)!;
  const viewer = args.as !== undefined ? localIdentity(args.as) : await tokenIdentity(args, io);
  const { rows, csv } = await readRows(path.resolve(io.cwd, args.file));
  const settings = loadSettings(io.env);
  const database = await connectDatabase(settings, log);
  io.onStop?.(() => database.close());
  const orm = await openOrm({ entities: ENTITIES, clientUrl: database.url, poolSize: 2 });
  // Closed once, by the end of the command or by a signal (runCli), whichever comes first.
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= orm.close().then(() => database.close()));
  io.onStop?.(close);
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
      // What each row did (dry run: would do), with the record's id: what a caller needs to find them again.
      const done = { CREATE: outcome.dryRun ? 'create' : 'created', UPDATE: outcome.dryRun ? 'update' : 'updated' };
      for (const record of outcome.records)
        print(`row ${record.row}: ${done[record.action]}${record.id ? ` ${record.id}` : ''}`);
      if (outcome.dryRun) {
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
    await close();
  }
}

if (require.main === module) {
  runCli({
    usage: usage(),
    batch: true,
    main: (onStop) =>
      importCommand(process.argv.slice(2), {
        env: process.env,
        // npm run's INIT_CWD: the folder the caller ran npm in.
        cwd: process.env.INIT_CWD ?? process.cwd(),
        stdout: process.stdout,
        stderr: process.stderr,
        onStop,
      }),
  });
}
