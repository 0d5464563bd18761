/**
 * A budget of cost per caller per window, in this process (as GitHub's GraphQL API counts points
 * per hour): each caller's bucket holds `budget` points and refills continuously over the window;
 * an operation takes its estimated cost up front. Buckets of callers who have refilled completely
 * are forgotten, so memory stays bounded by the callers of the last window.
 */
export class CostBudget {
  private readonly buckets = new Map<string, { points: number; at: number }>();
  private readonly refillPerMs: number;
  private lastSweep = 0;

  constructor(
    readonly budget: number,
    readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {
    this.refillPerMs = budget / (windowSeconds * 1000);
  }

  /** Takes `cost` from the caller's bucket; when it holds less, returns the seconds until it will. */
  take(caller: string, cost: number): { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(caller) ?? { points: this.budget, at: now };
    const points = Math.min(this.budget, bucket.points + (now - bucket.at) * this.refillPerMs);
    if (cost > points) {
      this.buckets.set(caller, { points, at: now });
      // A cost above the whole budget can never be paid: the cost limit normally refuses it first.
      const missing = Math.min(cost, this.budget) - points;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / this.refillPerMs / 1000)) };
    }
    this.buckets.set(caller, { points: points - cost, at: now });
    return { ok: true, remaining: Math.floor(points - cost) };
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowSeconds * 1000) return;
    this.lastSweep = now;
    for (const [caller, bucket] of this.buckets) {
      if (bucket.points + (now - bucket.at) * this.refillPerMs >= this.budget) this.buckets.delete(caller);
    }
  }
}
