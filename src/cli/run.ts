import { ConfigError } from '../config';
import { DatabaseUnavailableError, oneLine } from '../db/database';

export const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** A wrong invocation: one line and the usage on stderr, exit code 2. */
export class UsageError extends Error {}

export type OnStop = (cleanup: () => Promise<void>) => void;

export interface Command {
  /** What `--help` prints (stdout, exit 0) and a usage error ends with. */
  usage: string;
  /** A command that ends on its own (an import): a signal interrupts it, exit 130 (SIGINT) or 143 (SIGTERM). */
  batch?: boolean;
  /** Resolves when the command is done (with its exit code), or once serving (a server: undefined). */
  main: (onStop: OnStop) => Promise<number | void>;
}

/** Node's parseArgs throws TypeErrors with these codes for arguments it cannot read. */
const isArgumentError = (error: unknown) =>
  error instanceof Error && /^ERR_PARSE_ARGS_/.test((error as NodeJS.ErrnoException).code ?? '');

/**
 * Runs a command: `--help`/`-h` prints its usage; usage errors print one line and the usage (exit 2);
 * expected failures (bad settings, unreachable database) print one line and exit 1; anything else
 * prints its stack. SIGINT/SIGTERM run the cleanups before exiting: `npm run` hands the signal to this
 * process because every script `exec`s node (package.json), so a process manager may signal npm's PID.
 */
export function runCli(command: Command): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return;
  }
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error) => log(`cleanup failed: ${oneLine(error)}`));
    // A pipe is written asynchronously: exit once what was printed is flushed.
    await new Promise((resolve) => process.stdout.write('', resolve));
    process.exit(code);
  };
  // Cleanups run last-registered first: the server drains its in-flight requests (bounded), then the
  // pool closes, then the embedded PostgreSQL this process started stops.
  const onSignal = (signal: NodeJS.Signals) => {
    if (command.batch) {
      log(`${signal}: interrupted; nothing of an unfinished transaction is kept`);
      return void stop(signal === 'SIGINT' ? 130 : 143);
    }
    log(`${signal}: stopping (no new requests; in-flight ones finish)…`);
    void stop(0).then(() => log('stopped'));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  command
    .main((cleanup) => cleanups.push(cleanup))
    .then(
      async (code) => {
        if (typeof code === 'number') await stop(code);
      },
      async (error: unknown) => {
        if (stopping) return; // a signal's cleanups closed what it was using
        if (error instanceof UsageError || isArgumentError(error)) {
          log(`error: ${(error as Error).message}\n${command.usage.split('\n')[0]}\n(--help says more)`);
          return stop(2);
        }
        if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) log(`error: ${error.message}`);
        else log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        await stop(1);
      },
    );
}
