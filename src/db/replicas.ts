import type { MikroORM } from '@mikro-orm/postgresql';
import { redact } from './database';
import { openOrm, type OrmOptions } from './orm';
import { parseWalPosition } from './wal-position';

/** How often each replica is probed by default, and how long a probe may take. */
const PROBE_MS = 1000;
const PROBE_TIMEOUT_MS = 800;

interface Replica {
  url: string;
  orm: MikroORM;
  up: boolean;
  /** WAL position the replica has replayed (its data is at least that recent), as of the last probe. */
  replayed: bigint;
  /** Seconds its data is behind: 0 when it has replayed all it received, else since its last replayed commit. */
  lagSeconds: number;
  /** Bytes of WAL the primary has written that the replica has not replayed (when the primary is known). */
  lagBytes: number;
  /** When probes first found it behind with no replayed commit to date it by (ms), until it catches up. */
  behindSince: number | undefined;
}

export interface ReplicaOptions {
  /** The primary, for the lag in bytes (its current WAL position). */
  primary?: MikroORM;
  /** A replica further behind than this is skipped (REPLICA_MAX_LAG_MS); undefined: no bound. */
  maxLagMs?: number;
  probeMs?: number;
}

export interface ReplicaStatus {
  url: string;
  up: boolean;
  lagSeconds: number | null;
  lagBytes: number | null;
}

/** On the standby: what it replayed and received, and the age of its last replayed commit. */
const REPLICA_PROBE = `select pg_last_wal_replay_lsn()::text as replayed, pg_last_wal_receive_lsn()::text as received,
  extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as replay_age`;

/**
 * Read replicas (DATABASE_REPLICA_URLS): read-only operations fork their EntityManager from one of
 * them, round robin; writes (and everything when none qualifies) use the primary. Each replica is
 * probed (every second by default) for the WAL position it has replayed and how far behind it is:
 * one that does not answer, or is behind the bound, is skipped until it catches up. A read that
 * carries a consistency token (the WAL position of a write it must see) goes to a replica whose last
 * probe showed that position replayed (replay only moves forward), else to the primary.
 */
export class ReplicaSet {
  private next = 0;
  private readonly timer: NodeJS.Timeout;

  private constructor(
    private readonly replicas: Replica[],
    private readonly options: ReplicaOptions,
  ) {
    this.timer = setInterval(() => void this.probeAll(), options.probeMs ?? PROBE_MS);
    this.timer.unref();
  }

  static async open(
    urls: string[],
    ormOptions: Omit<OrmOptions, 'clientUrl'>,
    options: ReplicaOptions = {},
  ): Promise<ReplicaSet> {
    const replicas = await Promise.all(
      urls.map(async (url) => ({
        url,
        orm: await openOrm({ ...ormOptions, clientUrl: url }),
        up: false,
        replayed: 0n,
        lagSeconds: 0,
        lagBytes: 0,
        behindSince: undefined,
      })),
    );
    const set = new ReplicaSet(replicas, options);
    await set.probeAll();
    return set;
  }

  /**
   * A replica that answered its last probe within the lag bound and (given a consistency token's
   * position) has replayed at least that far; undefined when none qualifies.
   */
  pick(atLeast?: bigint): MikroORM | undefined {
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.next++ % this.replicas.length]!;
      if (this.usable(replica) && (atLeast === undefined || replica.replayed >= atLeast)) return replica.orm;
    }
    return undefined;
  }

  /** Each replica, whether it is used and how far behind it is (readiness, metrics). */
  status(): ReplicaStatus[] {
    return this.replicas.map((replica) => ({
      url: redact(replica.url),
      up: this.usable(replica),
      lagSeconds: replica.up ? replica.lagSeconds : null,
      lagBytes: replica.up && this.options.primary ? replica.lagBytes : null,
    }));
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all(this.replicas.map((replica) => replica.orm.close()));
  }

  /** Probes now (tests; the timer does it every `probeMs`). */
  async probeAll(): Promise<void> {
    const primary = this.options.primary ? await primaryPosition(this.options.primary) : undefined;
    await Promise.all(
      this.replicas.map(async (replica) => {
        const probe = await probeReplica(replica.orm);
        replica.up = probe !== undefined;
        if (!probe) return;
        replica.replayed = probe.replayed;
        // The primary was asked first: a replica a little ahead of that answer is not behind.
        replica.lagBytes = primary === undefined || primary < probe.replayed ? 0 : Number(primary - probe.replayed);
        const behind = probe.received > probe.replayed || replica.lagBytes > 0;
        const now = Date.now();
        replica.behindSince = behind ? (replica.behindSince ?? now) : undefined;
        // Behind: its data is as old as its last replayed commit (or, with none, as the first probe that saw it behind).
        replica.lagSeconds = !behind ? 0 : (probe.replayAge ?? (now - replica.behindSince!) / 1000);
      }),
    );
  }

  private usable(replica: Replica): boolean {
    const bound = this.options.maxLagMs;
    return replica.up && (bound === undefined || replica.lagSeconds * 1000 <= bound);
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

interface Probe {
  replayed: bigint;
  received: bigint;
  replayAge: number | undefined;
}

async function probeReplica(orm: MikroORM): Promise<Probe | undefined> {
  try {
    const [row] = await withTimeout(
      orm.em
        .getConnection()
        .execute<{ replayed: string | null; received: string | null; replay_age: number | null }[]>(REPLICA_PROBE),
    );
    // Not a standby (no replay position): it answers, and is as recent as itself.
    const replayed = (row?.replayed && parseWalPosition(row.replayed)) || 0n;
    const received = (row?.received && parseWalPosition(row.received)) || replayed;
    return { replayed, received, replayAge: row?.replay_age ?? undefined };
  } catch {
    return undefined;
  }
}

async function primaryPosition(orm: MikroORM): Promise<bigint | undefined> {
  try {
    const [row] = await withTimeout(
      orm.em.getConnection().execute<{ position: string }[]>('select pg_current_wal_lsn()::text as position'),
    );
    return row ? parseWalPosition(row.position) : undefined;
  } catch {
    return undefined;
  }
}
