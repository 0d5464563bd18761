import type { EntityManager } from '@mikro-orm/postgresql';
import type { Database } from '../../db/statements';
import { readFeed, type FeedEntry } from '../../graphql/feed/feed';
import { comparePositions, type Position } from '../../graphql/feed/position';
import type { FeedHub } from './hub';

/*
 * One subscriber's stream of feed entries: from a position (catch-up, read from the table in pages,
 * paced by the consumer), then live from the hub. It attaches to the hub BEFORE it catches up, and
 * catches up only to where the hub stood then; what the hub reads after that waits in its queue. An
 * entry at or before the last one handed out is dropped, so the seam has no gap and no duplicate.
 * The queue is bounded: a consumer that falls that far behind is cut (SLOW_CONSUMER) rather than
 * buffered without end.
 */

/** Why a stream ended, as its last event says: the client's to read (and to resume after), never masked. */
export const CLOSED_CODES = ['SLOW_CONSUMER', 'TOKEN_EXPIRED', 'SHUTTING_DOWN'] as const;
export type ClosedCode = (typeof CLOSED_CODES)[number];

export class StreamClosed extends Error {
  constructor(
    readonly code: ClosedCode,
    message: string,
  ) {
    super(message);
  }
}

export interface StreamOptions {
  /** Start after this position; null: from now. */
  after: Position | null;
  /** Whether the subscriber gets the entry (its reach and its filter). */
  accept: (entry: FeedEntry) => boolean;
  /** Entries waiting for the consumer before it is cut. */
  maxQueue: number;
  /** Entries per catch-up statement. */
  pageSize?: number;
  /** When the subscriber's token expires (ms since epoch): the stream ends then. */
  expiresAt?: number;
}

export class ChangeStream implements AsyncIterableIterator<FeedEntry> {
  private cursor: Position;
  private catchUpTo: Position | undefined;
  /** Where the catch-up reads next (past entries the subscriber does not get). */
  private readFrom: Position | undefined;
  private readonly ready: FeedEntry[] = [];
  private readonly live: FeedEntry[] = [];
  private wakeUp: (() => void) | undefined;
  private failure: StreamClosed | undefined;
  private done = false;
  private readonly detach: () => void;
  private readonly expiry: NodeJS.Timeout | undefined;

  constructor(
    hub: FeedHub,
    private readonly db: EntityManager | Database,
    private readonly options: StreamOptions,
  ) {
    this.detach = hub.attach((entries) => this.offer(entries));
    const now = hub.at;
    if (options.after && comparePositions(options.after, now) < 0) {
      this.cursor = options.after;
      this.catchUpTo = now;
    } else {
      this.cursor = options.after ?? now;
    }
    if (options.expiresAt !== undefined) {
      const delay = Math.max(0, options.expiresAt - Date.now());
      this.expiry = setTimeout(() => this.close(new StreamClosed('TOKEN_EXPIRED', 'The token has expired.')), delay);
      this.expiry.unref();
    }
  }

  /** Entries waiting to be taken. */
  get queued(): number {
    return this.ready.length + this.live.length;
  }

  private offer(entries: readonly FeedEntry[]): void {
    if (this.done || this.failure) return;
    for (const entry of entries) if (this.options.accept(entry)) this.live.push(entry);
    if (this.live.length > this.options.maxQueue) {
      this.close(
        new StreamClosed(
          'SLOW_CONSUMER',
          `More than ${this.options.maxQueue} changes waited for this subscriber; resume after the last position received.`,
        ),
      );
      return;
    }
    this.notify();
  }

  /** Ends the stream: with a reason the consumer gets as its last item, or quietly. */
  close(reason?: StreamClosed): void {
    if (this.done) return;
    if (reason && !this.failure) this.failure = reason;
    else if (!reason) this.finish();
    this.live.length = 0;
    this.ready.length = 0;
    this.detach();
    if (this.expiry) clearTimeout(this.expiry);
    this.notify();
  }

  private finish(): void {
    this.done = true;
  }

  private notify(): void {
    const wake = this.wakeUp;
    this.wakeUp = undefined;
    wake?.();
  }

  private take(list: FeedEntry[]): FeedEntry | undefined {
    for (let entry = list.shift(); entry; entry = list.shift()) {
      if (comparePositions(entry.position, this.cursor) > 0) {
        this.cursor = entry.position;
        return entry;
      }
    }
    return undefined;
  }

  async next(): Promise<IteratorResult<FeedEntry>> {
    for (;;) {
      if (this.failure) {
        const failure = this.failure;
        this.finish();
        this.failure = undefined;
        throw failure;
      }
      if (this.done) return { done: true, value: undefined };
      const ready = this.take(this.ready);
      if (ready) return { done: false, value: ready };
      if (this.catchUpTo) {
        const from = this.readFrom ?? this.cursor;
        const page = await readFeed(this.db, from, { limit: this.options.pageSize ?? 200, upTo: this.catchUpTo });
        if (!page.length) this.catchUpTo = undefined;
        for (const entry of page) if (this.options.accept(entry)) this.ready.push(entry);
        // Entries the subscriber does not get are read past, not again.
        this.readFrom = page[page.length - 1]?.position ?? from;
        continue;
      }
      const live = this.take(this.live);
      if (live) return { done: false, value: live };
      await new Promise<void>((resolve) => (this.wakeUp = resolve));
    }
  }

  return(): Promise<IteratorResult<FeedEntry>> {
    this.close();
    return Promise.resolve({ done: true, value: undefined });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
