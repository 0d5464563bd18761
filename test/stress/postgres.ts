import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from '../../src/db/embedded';
import { liveOwner, postmasterPidOf, runningPostmaster, stopPostmaster } from '../../src/db/postmaster';
import { freePort } from '../bench/processes';

/*
 * The stress run's own embedded PostgreSQL (.data/stress-postgres, kept between runs so the seed is
 * reused). The run stops and starts it in phase 4, so it must be ours alone: never the bench's or a
 * developer's server.
 */

export const STRESS_PG_DIR = path.join(PROJECT_ROOT, '.data', 'stress-postgres');

export class StressPostgres {
  private server: EmbeddedServer | undefined;

  private constructor(readonly port: number) {}

  /** Stops a server a killed earlier run left behind, then starts one on a free port. */
  static async open(log: (line: string) => void): Promise<StressPostgres> {
    const left = runningPostmaster(STRESS_PG_DIR);
    if (left) {
      if (await liveOwner(STRESS_PG_DIR, left.pid)) {
        throw new Error(`${STRESS_PG_DIR} is in use by another live stress run (postmaster ${left.pid})`);
      }
      log(`stopping the PostgreSQL a killed stress run left running (pid ${left.pid})`);
      await stopPostmaster(STRESS_PG_DIR, left.pid);
    }
    const pg = new StressPostgres(await freePort());
    await pg.start();
    return pg;
  }

  url(database: string): string {
    return embeddedUrl(this.port, database);
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  /** PID of the postmaster while it runs. */
  get pid(): number | undefined {
    return this.running ? postmasterPidOf(STRESS_PG_DIR) : undefined;
  }

  /** Resolves when PostgreSQL logs that it accepts connections. */
  async start(): Promise<void> {
    if (this.server) return;
    this.server = await startEmbeddedPostgres({ dataDir: STRESS_PG_DIR, port: this.port, log: () => undefined });
  }

  /** Fast shutdown (SIGINT: sessions are ended); resolves once the postmaster has exited. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    await server?.stop();
  }
}
