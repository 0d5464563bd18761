import { ConfigError } from '../config';
import { DatabaseUnavailableError, oneLine } from '../db/database';

export const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/**
 * Runs a command: expected failures (bad settings, unreachable database) print one line and exit 1;
 * anything else prints its stack. SIGINT/SIGTERM run the cleanups before exiting.
 */
export function runCli(main: (onStop: (cleanup: () => Promise<void>) => void) => Promise<void>): void {
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error) => log(`cleanup failed: ${oneLine(error)}`));
    process.exit(code);
  };
  // Cleanups run last-registered first: the server drains its in-flight requests (bounded), then the
  // pool closes, then the embedded PostgreSQL this process started stops.
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping (no new requests; in-flight ones finish)…`);
    void stop(0).then(() => log('stopped'));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  main((cleanup) => cleanups.push(cleanup)).catch(async (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) log(`error: ${error.message}`);
    else log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stop(1);
  });
}
