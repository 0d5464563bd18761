import { Migration } from '@mikro-orm/migrations';

/*
 * Webhooks (issue 23 item 3), beside the audit trail they are fed from. Written by their own SQL
 * only (src/server/webhooks, src/graphql/webhooks), outside the ORM's entities (orm.ts skipTables):
 *   - endpoint: where an organisation (or the ministry) wants changes sent, its filter, its signing
 *     secret (needed to sign, so kept; shown to its owner once), and whether it is failing;
 *   - delivery: the outbox and the delivery log in one: one row per (endpoint, change), PENDING until
 *     sent (due at next_at; a sender leases it with FOR UPDATE SKIP LOCKED), DELIVERED or PARKED;
 *   - fanout: the feed position up to which changes were turned into deliveries (one row, locked by
 *     the one process doing it at a time; the deliveries and the position move in one transaction).
 */
export class Migration20261207110000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit"."webhook_endpoint" (
      "id" uuid primary key,
      "url" text not null check (length(url) <= 2048),
      "description" text null check (length(description) <= 500),
      "owner_role" text not null,
      "owner_org" text null,
      "owner_subject" text not null,
      "secret" text not null,
      "filter" jsonb not null default '{}',
      "status" text not null default 'ACTIVE' check (status in ('ACTIVE', 'FAILING')),
      "failing_since" timestamptz null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "webhook_endpoint_owner_idx" on "audit"."webhook_endpoint" ("owner_role", "owner_org");`);
    this.addSql(`create table "audit"."webhook_delivery" (
      "id" uuid primary key,
      "endpoint_id" uuid not null references "audit"."webhook_endpoint" ("id") on delete cascade,
      "change_id" uuid not null,
      "position" text not null,
      "payload" jsonb not null,
      "status" text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'PARKED')),
      "attempts" int not null default 0,
      "next_at" timestamptz not null default now(),
      "lease_until" timestamptz null,
      "last_status" int null,
      "last_error" text null,
      "created_at" timestamptz not null default now(),
      "delivered_at" timestamptz null,
      unique ("endpoint_id", "change_id"));`);
    this.addSql(`create index "webhook_delivery_due_idx" on "audit"."webhook_delivery" ("next_at") where status = 'PENDING';`);
    this.addSql(`create index "webhook_delivery_endpoint_idx" on "audit"."webhook_delivery" ("endpoint_id", "id");`);
    this.addSql(`create table "audit"."webhook_fanout" ("id" int primary key check (id = 1), "tx" xid8 not null, "change_id" uuid not null);`);
    // From the migration on: changes already in the trail are not sent to endpoints registered later.
    this.addSql(`insert into "audit"."webhook_fanout" values (1, pg_snapshot_xmin(pg_current_snapshot()), '00000000-0000-0000-0000-000000000000');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit"."webhook_fanout", "audit"."webhook_delivery", "audit"."webhook_endpoint";`);
  }
}
