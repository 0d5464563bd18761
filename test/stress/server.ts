import path from 'node:path';
import { SERVER_NODE_ENV, SERVER_NODE_FLAGS } from '../../src/cli/node-flags';
import { PROJECT_ROOT } from '../../src/config';
import { freePort, startNode, stopChild, waitHealthy, type Child } from '../bench/processes';
import { healthStatus, STRESS_AUTH } from './http';

export const DIST_START = path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'start.js');

/** The server's whole environment: the caller's, minus what would change what is tested. */
function serverEnv(port: number, databaseUrl: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (
      /^(LOG_SQL|METRICS|SEED_SCALE|NODE_OPTIONS|EMBEDDED_PG_.*|SUBGRAPH_.*_URL|MAX_.*|.*_TIMEOUT_MS|COST_.*)$/.test(
        name,
      )
    ) {
      delete env[name];
    }
  }
  return {
    // What `npm start` sets, unless the caller's environment does.
    ...SERVER_NODE_ENV,
    ...env,
    NODE_ENV: 'production',
    ...STRESS_AUTH, // requests carry a token signed with it (http.ts)
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    METRICS: '1',
    // The per-caller budget would throttle a load test from one address; it has its own test.
    COST_BUDGET: '0',
  };
}

/**
 * Groups the internal errors of the server's log: plain `internal error: <message>\n    at …` entries,
 * or JSON lines (pino) with `"msg":"internal error"` and the error in `err`. An SQL error is keyed by
 * PostgreSQL's message (after the statement and ` - `), anything else by its first line.
 */
class InternalErrors {
  readonly counts = new Map<string, number>();
  private entry: string[] | undefined;

  line(line: string): void {
    if (line.startsWith('{') && line.includes('"internal error"')) {
      try {
        const record = JSON.parse(line) as { err?: { message?: string } };
        this.add(String(record.err?.message ?? line));
        return;
      } catch {
        // not JSON after all
      }
    }
    const start = line.startsWith('internal error: ');
    if (this.entry && (start || /^\s+at /.test(line) || this.entry.length > 200)) {
      this.add(this.entry.join('\n'));
      this.entry = undefined;
    }
    if (start) this.entry = [line.slice('internal error: '.length)];
    else this.entry?.push(line);
  }

  private add(message: string): void {
    const sql = /^(?:error: )?(?:select|with|insert|update|delete|\/\*)/i.test(message)
      ? / - ([^\n]*)$/.exec(message)
      : null;
    // Values (quoted, or after the scalar's complaint) vary from case to case; the kind of error does not.
    const key = (sql ? `SQL error: ${sql[1]}` : message.split('\n')[0]!)
      .replace(/"[^"]*"/g, '"…"')
      .replace(/(LocalDate:|date-time-string)\s.*?(;|$)/g, '$1 …$2')
      .slice(0, 200);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

/** The API server under test (dist/, NODE_ENV=production) on a free loopback port. */
export class ApiServer {
  child!: Child;
  base!: string;
  private internalErrors = new InternalErrors();

  /** `execArgv`: Node flags before the script (the probe's and the start script's V8 flags). */
  constructor(
    private readonly databaseUrl: string,
    private readonly execArgv: string[] = [],
  ) {}

  /** Starts it and waits until GET /health answers 200; resolves with the milliseconds that took. */
  async start(): Promise<number> {
    const started = performance.now();
    const port = await freePort();
    this.base = `http://127.0.0.1:${port}`;
    this.child = startNode('api server', DIST_START, [], serverEnv(port, this.databaseUrl), [
      ...SERVER_NODE_FLAGS,
      ...this.execArgv,
    ]);
    let partial = '';
    const collect = (chunk: Buffer) => {
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.internalErrors.line(line);
    };
    // The server logs to stderr (src/cli/run.ts).
    this.child.process.stderr?.on('data', collect);
    await waitHealthy(this.child, `${this.base}/health`, 60_000);
    return performance.now() - started;
  }

  /** How it exited, for messages. */
  get exit(): string {
    return `code ${this.child.process.exitCode}, signal ${this.child.process.signalCode}`;
  }

  /** A new process in place of this one (the old one is killed if still there). */
  async restart(): Promise<void> {
    await stopChild(this.child, 2000);
    await this.start();
  }

  get alive(): boolean {
    return this.child.process.exitCode === null && this.child.process.signalCode === null;
  }

  /** The internal errors the server logged since the last call, as notes for the report. */
  takeInternalErrors(): string[] {
    const notes = [...this.internalErrors.counts].map(([key, n]) => `${n} × ${key}`);
    this.internalErrors.counts.clear();
    return notes.length ? [`the server logged internal errors (masked for clients): ${notes.join('; ')}`] : [];
  }

  /**
   * Before a phase: a server that exited or no longer answers (a blocked event loop) is replaced by a
   * new process, so the phase still measures something; what happened is noted.
   */
  async ensure(notes: string[], phase: string): Promise<void> {
    if (this.alive && (await healthStatus(this.base, 5000)) === 200) return;
    const state = this.alive ? 'did not answer GET /health within 5 s' : `had exited (${this.exit})`;
    notes.push(`before ${phase} the server ${state}: a new server process was started for it`);
    await this.restart();
  }

  stop(): Promise<void> {
    return stopChild(this.child);
  }
}
