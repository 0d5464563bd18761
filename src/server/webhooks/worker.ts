import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { WebhookSettings } from '../../config';
import { sql } from '../../db/sql';
import { query } from '../../db/statements';
import type { OrganisationRole } from '../../graphql/auth/viewer';
import { organisationReach, readFeed, type FeedEntry } from '../../graphql/feed/feed';
import { inReach, matches, type EntryFilter, type Reach } from '../../graphql/feed/filter';
import type { Position } from '../../graphql/feed/position';
import { entryFilter, type ChangeStreamFilter } from '../../graphql/feed/types';
import type { Logger } from '../observability/logger';
import { post } from './outbound';
import { signedHeaders } from '../../graphql/webhooks/signature';

/*
 * Webhook deliveries, shared by every process over the database:
 *   fan-out: one process at a time (the fanout row, FOR UPDATE SKIP LOCKED) reads the feed after
 *     the position it stands at, writes one PENDING delivery per (matching endpoint, change) and moves
 *     the position, in one transaction: each change is enqueued once, none is lost;
 *   sending: any process leases due deliveries (FOR UPDATE SKIP LOCKED, then a lease time), signs and
 *     posts each (outbound.ts), and records the outcome: DELIVERED; or a retry at an exponential
 *     backoff with jitter; or, after maxAttempts, PARKED with the endpoint marked FAILING (until a
 *     delivery to it succeeds again). At least once: a process that dies mid-send leaves a lease that
 *     runs out, and another sends again (same webhook-id, so receivers can drop the repeat).
 */

interface EndpointRow {
  id: string;
  owner_role: string;
  owner_org: string | null;
  filter: ChangeStreamFilter;
}

interface DueRow {
  id: string;
  endpoint_id: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
}

/** The body of a delivery (Standard Webhooks: type, timestamp, data). */
export function payloadOf(entry: FeedEntry): Record<string, unknown> {
  return {
    type: `change.${entry.action.toLowerCase()}`,
    timestamp: entry.at.toISOString(),
    data: {
      position: entry.cursor,
      type: entry.type,
      id: entry.recordId,
      action: entry.action,
      version: entry.version,
      at: entry.at.toISOString(),
    },
  };
}

const NATIONWIDE = new Set(['analyst', 'ministry_admin']);

export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private inFlight = 0;
  /** Deliveries this worker sent (any outcome), for the bench. */
  sent = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly settings: WebhookSettings,
    private readonly logger?: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.wake(), this.settings.pollMs);
    this.timer.unref();
  }

  /** Fans out what is new and sends what is due (the feed's hub calls it on every commit). */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.cycle().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        void this.wake();
      }
    });
    return this.running;
  }

  private async cycle(): Promise<void> {
    try {
      while (await this.fanOut()) {
        /* until the feed is drained */
      }
      await this.sendDue();
    } catch (error) {
      if (!this.stopped) this.logger?.warn({ err: error }, 'webhook cycle failed; the poll retries');
    }
  }

  /** One page of the feed into deliveries; whether a full page was read (more may wait). */
  async fanOut(pageSize = 500): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      const [at] = await query<{ tx: string; change_id: string }>(
        em,
        sql`select tx::text as tx, change_id from audit.webhook_fanout where id = 1 for update skip locked`,
      );
      if (!at) return false; // another process is at it
      const position: Position = { tx: at.tx, id: at.change_id };
      const entries = await readFeed(em, position, { limit: pageSize });
      if (!entries.length) return false;
      const endpoints = await query<EndpointRow>(
        em,
        sql`select id, owner_role, owner_org, filter from audit.webhook_endpoint`,
      );
      const rows: { id: string; endpoint_id: string; change_id: string; position: string; payload: unknown }[] = [];
      if (endpoints.length) {
        const reaches = new Map<string, Reach>();
        for (const endpoint of endpoints) {
          const key = `${endpoint.owner_role}:${endpoint.owner_org ?? ''}`;
          if (!reaches.has(key)) reaches.set(key, await this.reachOf(em, endpoint));
          const reach = reaches.get(key)!;
          const filter: EntryFilter = entryFilter(endpoint.filter);
          for (const entry of entries) {
            if (!inReach(entry, reach) || !matches(entry, filter)) continue;
            rows.push({
              id: uuidv7(),
              endpoint_id: endpoint.id,
              change_id: entry.changeId,
              position: entry.cursor,
              payload: payloadOf(entry),
            });
          }
        }
      }
      if (rows.length) {
        await query(
          em,
          sql`insert into audit.webhook_delivery (id, endpoint_id, change_id, position, payload)
              select id, endpoint_id, change_id, position, payload
                from json_to_recordset(${JSON.stringify(rows)}::json)
                  as r(id uuid, endpoint_id uuid, change_id uuid, position text, payload jsonb)
              on conflict (endpoint_id, change_id) do nothing`,
        );
      }
      const last = entries[entries.length - 1]!.position;
      await query(
        em,
        sql`update audit.webhook_fanout set tx = ${last.tx}::xid8, change_id = ${last.id}::uuid where id = 1`,
      );
      return entries.length === pageSize;
    });
  }

  private async reachOf(em: EntityManager, endpoint: EndpointRow): Promise<Reach> {
    if (NATIONWIDE.has(endpoint.owner_role)) return 'all';
    if (!endpoint.owner_org) return {};
    return organisationReach(em, endpoint.owner_role as OrganisationRole, endpoint.owner_org);
  }

  /**
   * Leases due deliveries while fewer than `concurrency` are in flight, and sends each without
   * waiting for the others: one slow endpoint holds one slot (until its timeout), not the batch it
   * was leased with. Each one done makes room and looks again.
   */
  async sendDue(): Promise<void> {
    const { concurrency } = this.settings;
    for (;;) {
      const room = concurrency - this.inFlight;
      if (room <= 0 || this.stopped) return;
      const due = await query<DueRow>(
        this.orm.em.fork(),
        sql`update audit.webhook_delivery d
               set lease_until = now() + ${`${Math.ceil((this.settings.timeoutMs * 2) / 1000)} seconds`}::interval,
                   attempts = d.attempts + 1
              from audit.webhook_endpoint e
             where e.id = d.endpoint_id and d.id in (
               select id from audit.webhook_delivery
                where status = 'PENDING' and next_at <= now() and (lease_until is null or lease_until < now())
                order by next_at limit ${room}
                for update skip locked)
         returning d.id, d.endpoint_id, d.payload, d.attempts, e.url, e.secret`,
      );
      if (!due.length) return;
      for (const delivery of due) {
        this.inFlight++;
        const sending: Promise<void> = this.send(delivery).finally(() => {
          this.inFlight--;
          this.sending.delete(sending);
          void this.wake();
        });
        this.sending.add(sending);
      }
    }
  }

  /** Deliveries being sent (awaited at stop). */
  private readonly sending = new Set<Promise<void>>();

  private async send(delivery: DueRow): Promise<void> {
    try {
      const body = JSON.stringify(delivery.payload);
      const outcome = await post(delivery.url, body, signedHeaders(delivery.secret, delivery.id, body), this.settings);
      this.sent++;
      const em = this.orm.em.fork();
      if (outcome.ok) {
        await query(
          em,
          sql`with d as (update audit.webhook_delivery set status = 'DELIVERED', delivered_at = now(), lease_until = null,
                           last_status = ${outcome.status ?? null}, last_error = null where id = ${delivery.id}::uuid returning endpoint_id)
              update audit.webhook_endpoint set status = 'ACTIVE', failing_since = null
               where id = (select endpoint_id from d) and status <> 'ACTIVE'`,
        );
        return;
      }
      const error = (outcome.error ?? 'failed').slice(0, 500);
      if (delivery.attempts >= this.settings.maxAttempts) {
        await query(
          em,
          sql`with d as (update audit.webhook_delivery set status = 'PARKED', lease_until = null,
                           last_status = ${outcome.status ?? null}, last_error = ${error} where id = ${delivery.id}::uuid returning endpoint_id)
              update audit.webhook_endpoint set status = 'FAILING', failing_since = coalesce(failing_since, now())
               where id = (select endpoint_id from d)`,
        );
        return;
      }
      await query(
        em,
        sql`update audit.webhook_delivery set next_at = now() + ${this.backoff(delivery.attempts)} * interval '1 millisecond',
                   lease_until = null, last_status = ${outcome.status ?? null}, last_error = ${error}
             where id = ${delivery.id}::uuid`,
      );
    } catch (error) {
      this.logger?.warn({ err: error }, 'webhook delivery not recorded; its lease runs out and it is sent again');
    }
  }

  /** Exponential backoff after the n-th attempt, with full jitter between half and all of it. */
  private backoff(attempts: number): number {
    const ceiling = Math.min(this.settings.maxBackoffMs, this.settings.backoffMs * 2 ** (attempts - 1));
    return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await Promise.all(this.sending);
  }
}
