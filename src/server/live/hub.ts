import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { currentPosition, readFeed, type FeedEntry } from '../../graphql/feed/feed';
import { comparePositions, type Position } from '../../graphql/feed/position';
import type { Logger } from '../observability/logger';

/*
 * One reader of the feed per process: it LISTENs for commits that wrote audit rows and reads what
 * is new from its position, in pages, with the scope of each change (one statement a page), then
 * hands every page to each attached stream, which filters in memory. However many subscribers, the
 * database sees one reader. A notification only wakes it: the table is the record, so a missed
 * notification (the listening connection lost, a transaction that was still open when a later one
 * committed) costs latency, never an entry; a slow poll catches whatever no notification announced.
 */

export interface HubOptions {
  /** Entries read per statement. */
  pageSize?: number;
  /** Read again this often even without a notification (ms). */
  pollMs?: number;
  logger?: Logger;
}

export type HubListener = (entries: readonly FeedEntry[]) => void;

export class FeedHub {
  private position: Position | undefined;
  private readonly listeners = new Set<HubListener>();
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private pumping: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly pageSize: number;
  private readonly pollMs: number;
  /** When each page was read (ms since epoch), for the commit-to-delivery figures. */
  lastReadAt = 0;

  constructor(
    private readonly orm: MikroORM,
    options: HubOptions = {},
  ) {
    this.pageSize = options.pageSize ?? 500;
    this.pollMs = options.pollMs ?? 1000;
    this.logger = options.logger;
  }

  private readonly logger: Logger | undefined;

  async start(): Promise<void> {
    this.position = await currentPosition(this.orm.em);
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.pollMs);
    this.timer.unref();
  }

  /** The position every attached stream has been handed up to. */
  get at(): Position {
    if (!this.position) throw new Error('the feed hub is not started');
    return this.position;
  }

  /** Attaches a listener; it gets every page read after this call. */
  attach(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get attached(): number {
    return this.listeners.size;
  }

  /** Reads what is new now (a notification, the poll, or a test that does not want to wait). */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.pumping) {
      this.again = true;
      return this.pumping;
    }
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      if (this.again) {
        this.again = false;
        void this.wake();
      }
    });
    return this.pumping;
  }

  private async pump(): Promise<void> {
    try {
      for (;;) {
        const entries = await readFeed(this.orm.em, this.at, { limit: this.pageSize });
        if (!entries.length) return;
        this.lastReadAt = Date.now();
        const last = entries[entries.length - 1]!.position;
        if (comparePositions(last, this.at) > 0) this.position = last;
        for (const listener of this.listeners) {
          try {
            listener(entries);
          } catch (error) {
            this.logger?.error({ err: error }, 'feed listener failed');
          }
        }
        if (entries.length < this.pageSize) return;
      }
    } catch (error) {
      if (!this.stopped) this.logger?.warn({ err: error }, 'feed read failed; the poll retries');
    }
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.orm.config.getClientUrl(false) });
    client.on('notification', () => void this.wake());
    client.on('error', (error) => {
      this.logger?.warn({ err: error }, 'feed listener connection lost; reconnecting');
      this.client = undefined;
      void client.end().catch(() => undefined);
      setTimeout(() => void this.reconnect(), 500).unref();
    });
    await client.connect();
    await client.query('listen audit_change');
    this.client = client;
  }

  private async reconnect(): Promise<void> {
    if (this.stopped || this.client) return;
    try {
      await this.listen();
      // Whatever committed while no one listened is in the table.
      void this.wake();
    } catch {
      setTimeout(() => void this.reconnect(), 2000).unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.pumping;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
