import type { MikroORM } from '@mikro-orm/postgresql';
import { redact } from './database';
import { openOrm, type OrmOptions } from './orm';

/** How often each replica is probed, and how long a probe may take. */
const PROBE_MS = 1000;
const PROBE_TIMEOUT_MS = 800;

interface Replica {
  url: string;
  orm: MikroORM;
  up: boolean;
}

/**
 * Read replicas (DATABASE_REPLICA_URLS): read-only operations fork their EntityManager from one of
 * them, round robin; writes (and everything when none is up) use the primary. Each replica is probed
 * every second with `select 1`: one that stops answering is skipped until it answers again. Reads on
 * a replica may lag the primary by its replication delay.
 */
export class ReplicaSet {
  private next = 0;
  private readonly timer: NodeJS.Timeout;

  private constructor(private readonly replicas: Replica[]) {
    this.timer = setInterval(() => void this.probeAll(), PROBE_MS);
    this.timer.unref();
  }

  static async open(urls: string[], options: Omit<OrmOptions, 'clientUrl'>): Promise<ReplicaSet> {
    const replicas = await Promise.all(
      urls.map(async (url) => ({ url, orm: await openOrm({ ...options, clientUrl: url }), up: false })),
    );
    const set = new ReplicaSet(replicas);
    await set.probeAll();
    return set;
  }

  /** A replica that answered its last probe, or undefined when none did. */
  pick(): MikroORM | undefined {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length]!;
      if (replica.up) return replica.orm;
    }
    return undefined;
  }

  /** Each replica and whether it answers (readiness, metrics). */
  status(): { url: string; up: boolean }[] {
    return this.replicas.map(({ url, up }) => ({ url: redact(url), up }));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map((replica) => replica.orm.close()));
  }

  private async probeAll(): Promise<void> {
    await Promise.all(
      this.replicas.map(async (replica) => {
        replica.up = await answers(replica.orm);
      }),
    );
  }
}

async function answers(orm: MikroORM): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS);
    });
    await Promise.race([orm.em.getConnection().execute('select 1'), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
