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
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
  main((cleanup) => cleanups.push(cleanup)).catch(async (error: unknown) => {
    if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) log(`error: ${error.message}`);
    else log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stop(1);
  });
}
