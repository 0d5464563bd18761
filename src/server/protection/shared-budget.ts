import pg from 'pg';

/** What the demand-control plugin asks of a budget: one in this process (CostBudget) or shared. */
export interface CallerBudget {
  readonly budget: number;
  readonly windowSeconds: number;
  take(
    caller: string,
    cost: number,
  ):
    | { ok: true; remaining: number }
    | { ok: false; retryAfterSeconds: number }
    | Promise<{ ok: true; remaining: number } | { ok: false; retryAfterSeconds: number }>;
  close?(): Promise<void>;
}

type Taken = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

/** A caller this process has seen lately: the store's points as of the last sync, and what was spent since. */
interface Known {
  points: number;
  syncedAt: number;
  /** Cost taken here and not yet written to the store. */
  pending: number;
  lastUsed: number;
}

/**
 * One atomic statement for any number of callers: each row's points refill (on the database's clock)
 * up to the budget, lose what was `spent` in a process since its last sync, and then lose `ask` if what
 * is left covers it. A debt (points below zero, after processes spent concurrently on stale levels) is
 * repaid by refill before the caller is served again, so over a window no caller gets more than its
 * budget plus one sync interval's worth per process; the debt is bounded by one budget.
 */
const LEVEL = `(least($4::float8, b.points + $5::float8 * extract(epoch from now() - b.at)::float8) - excluded.spent)`;
const SYNC = `
insert into protection.cost_budget as b (caller, points, at, spent, ask, taken)
select caller, $4::float8 - spent - case when $4::float8 - spent >= ask then ask else 0 end, now(), spent, ask,
  $4::float8 - spent >= ask
from unnest($1::text[], $2::float8[], $3::float8[]) as t(caller, spent, ask)
on conflict (caller) do update set
  points = greatest(-$4::float8, ${LEVEL} - case when ${LEVEL} >= excluded.ask then excluded.ask else 0 end),
  taken = ${LEVEL} >= excluded.ask,
  spent = excluded.spent,
  ask = excluded.ask,
  at = now()
returning caller, points, taken`;

/**
 * The per-caller cost budget shared by every process over one PostgreSQL database (issue 25), as a
 * token bucket per caller in an unlogged table. The hot path has no round trip: a caller this process
 * has seen within the last sync interval is decided here, from the level the store gave at the last
 * sync less what was spent here since. Every `syncMs` one statement writes what each recent caller
 * spent in this process and reads back its level (the other processes' spending included). A caller
 * not seen lately (a first request, or one that moved to this process) is decided by the store itself,
 * atomically, in one statement. With `syncMs` 0 every request is decided by the store (exact, one
 * statement per request).
 */
export class SharedBudget implements CallerBudget {
  private readonly known = new Map<string, Known>();
  private readonly inflight = new Map<string, Promise<void>>();
  private readonly refillPerMs: number;
  private readonly timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private lastPrune = Date.now();

  constructor(
    private readonly pool: pg.Pool,
    readonly budget: number,
    readonly windowSeconds: number,
    private readonly syncMs: number,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.refillPerMs = budget / (windowSeconds * 1000);
    if (syncMs > 0) {
      this.timer = setInterval(() => void this.flush(), syncMs);
      this.timer.unref();
    }
  }

  /** A pool of its own (two connections): budget statements never wait behind the API's queries. */
  static open(
    databaseUrl: string,
    budget: number,
    windowSeconds: number,
    syncMs: number,
    onError?: (error: unknown) => void,
  ): SharedBudget {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, application_name: 'cost-budget' });
    pool.on('error', (error) => onError?.(error));
    return new SharedBudget(pool, budget, windowSeconds, syncMs, onError);
  }

  async take(caller: string, cost: number): Promise<Taken> {
    const now = Date.now();
    const known = this.known.get(caller);
    if (!known || this.syncMs === 0) return this.askStore(caller, cost, now);
    known.lastUsed = now;
    const level = Math.min(this.budget, known.points + (now - known.syncedAt) * this.refillPerMs) - known.pending;
    if (cost > level) return this.refusal(cost, level);
    known.pending += cost;
    return { ok: true, remaining: Math.floor(level - cost) };
  }

  /** Writes what was spent here and not yet written (shutdown, tests); the timer does it every `syncMs`. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    this.flushing = this.flushKnown().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush().catch(this.onError);
    await this.pool.end();
  }

  private async askStore(caller: string, cost: number, now: number): Promise<Taken> {
    // Concurrent first requests of one caller: one asks the store, the others then decide here.
    const waiting = this.inflight.get(caller);
    if (waiting && this.syncMs > 0) {
      await waiting;
      return this.take(caller, cost);
    }
    let settle = () => undefined as void;
    this.inflight.set(caller, new Promise<void>((resolve) => (settle = resolve)));
    const pending = this.known.get(caller)?.pending ?? 0;
    try {
      const [row] = await this.sync([caller], [pending], [cost]);
      if (this.syncMs > 0) this.known.set(caller, { points: row!.points, syncedAt: now, pending: 0, lastUsed: now });
      else this.known.delete(caller); // what it held (taken while the store was away) is written now
      return row!.taken ? { ok: true, remaining: Math.floor(row!.points) } : this.refusal(cost, row!.points);
    } catch (error) {
      // The store is away: this process decides alone (a budget per process, as before it was shared)
      // and writes what it took once the store answers again.
      this.onError(error);
      const known = { points: this.budget, syncedAt: now, pending, lastUsed: now };
      this.known.set(caller, known);
      const level = known.points - known.pending;
      if (cost > level) return this.refusal(cost, level);
      known.pending += cost;
      return { ok: true, remaining: Math.floor(level - cost) };
    } finally {
      this.inflight.delete(caller);
      settle();
    }
  }

  private async flushKnown(): Promise<void> {
    const now = Date.now();
    const idle = Math.max(1000, 10 * this.syncMs);
    const callers: string[] = [];
    const spent: number[] = [];
    // In one order in every process: two batches locking the same rows cannot deadlock.
    for (const [caller, known] of [...this.known].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (known.pending === 0 && now - known.lastUsed > idle) {
        // Forgotten: its next request asks the store.
        this.known.delete(caller);
        continue;
      }
      callers.push(caller);
      spent.push(known.pending);
    }
    if (callers.length > 0) {
      try {
        const rows = await this.sync(
          callers,
          spent,
          callers.map(() => 0),
        );
        const byCaller = new Map(rows.map((row) => [row.caller, row.points]));
        callers.forEach((caller, i) => {
          const known = this.known.get(caller);
          if (!known) return;
          known.points = byCaller.get(caller) ?? known.points;
          known.syncedAt = now;
          // What was taken while the statement ran stays pending for the next sync.
          known.pending -= spent[i]!;
        });
      } catch (error) {
        // The store is away: callers keep being decided here on their last known levels.
        this.onError(error);
      }
    }
    if (now - this.lastPrune > 2 * this.windowSeconds * 1000) {
      this.lastPrune = now;
      // Rows idle for two windows have refilled completely, even from the deepest debt.
      await this.pool
        .query(`delete from protection.cost_budget where at < clock_timestamp() - make_interval(secs => $1)`, [
          2 * this.windowSeconds,
        ])
        .catch(this.onError);
    }
  }

  private async sync(
    callers: string[],
    spent: number[],
    ask: number[],
  ): Promise<{ caller: string; points: number; taken: boolean }[]> {
    const result = await this.pool.query<{ caller: string; points: number; taken: boolean }>(SYNC, [
      callers,
      spent,
      ask,
      this.budget,
      this.refillPerMs * 1000,
    ]);
    return result.rows.map((row) => ({ caller: row.caller, points: Number(row.points), taken: row.taken }));
  }

  private refusal(cost: number, level: number): Taken {
    // A cost above the whole budget can never be paid: the cost limit normally refuses it first.
    const missing = Math.min(cost, this.budget) - level;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / this.refillPerMs / 1000)) };
  }
}
