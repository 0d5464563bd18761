import { Migration } from '@mikro-orm/migrations';

/*
 * The change feed (issue 23): the audit trail is its record.
 *   - `tx` is the writing transaction's id (xid8). Feed order is (tx, id): a reader takes only rows of
 *     transactions below the oldest one still running (pg_snapshot_xmin), so a transaction that
 *     commits late can never land behind a position already handed out (ids alone are made at write
 *     time, not at commit, and would lose it).
 *   - one NOTIFY per writing statement (not per row: an import of 100,000 rows wakes listeners once);
 *     PostgreSQL delivers it at commit and drops it on rollback.
 *   - `at` is indexed for the ministry's audit query by dates.
 */
export class Migration20261207100000_feed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit"."change" add column "tx" xid8 not null default pg_current_xact_id();`);
    this.addSql(`create index "change_feed_idx" on "audit"."change" ("tx", "id");`);
    this.addSql(`create index "change_at_idx" on "audit"."change" ("at", "id");`);
    this.addSql(`create function "audit"."notify_change"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('audit_change', '');
        return null;
      end $$;`);
    this.addSql(
      `create trigger "change_notify" after insert on "audit"."change" for each statement execute function "audit"."notify_change"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "change_notify" on "audit"."change";`);
    this.addSql(`drop function if exists "audit"."notify_change"();`);
    this.addSql(`drop index if exists "audit"."change_at_idx";`);
    this.addSql(`drop index if exists "audit"."change_feed_idx";`);
    this.addSql(`alter table "audit"."change" drop column "tx";`);
  }
}
