import pino, { type DestinationStream, type Logger } from 'pino';
import type { Settings } from '../../config';

export type { Logger };

/** Bytes of log lines held before they are written (about eight request lines). */
export const LOG_BATCH_BYTES = 4096;
/** The longest a line waits for the batch (a quiet server's lines go out this late at most). */
export const LOG_FLUSH_MS = 200;

/**
 * The service's logger: one JSON object per line in production (for a log pipeline), readable lines
 * in development when pino-pretty (a dev dependency) is installed. Tokens and bodies are never logged.
 */
export function createLogger(
  settings: Pick<Settings, 'nodeEnv' | 'logLevel'>,
  // Asynchronous: a request's log line must not cost a write(2) on the event loop (4–5% of a small
  // request's CPU when synchronous); writes pending together go out in one, and pino flushes what is
  // left when the process exits. Batched: lines are written LOG_BATCH_BYTES at a time, or every
  // LOG_FLUSH_MS, whichever comes first; a write(2) per answer to a pipe was 0.1–0.2 ms of its CPU.
  destination: DestinationStream = pino.destination({
    dest: 2,
    sync: false,
    minLength: LOG_BATCH_BYTES,
    periodicFlush: LOG_FLUSH_MS,
  }),
): Logger {
  const options = { level: settings.logLevel, base: undefined, redact: ['req.headers.authorization'] };
  if (settings.nodeEnv === 'development') {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const pretty = require('pino-pretty') as (options: object) => DestinationStream;
      return pino(options, pretty({ sync: true, destination: 2, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' }));
    } catch {
      // Installed without dev dependencies: JSON it is.
    }
  }
  return pino(options, destination);
}

/** A logger that writes nothing (tests). */
export const silentLogger: Logger = pino({ level: 'silent' });
