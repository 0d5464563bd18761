import { Migration } from '@mikro-orm/migrations';

/*
 * How often each table of the three subgraphs has been written (issue 24.3), for the read cache
 * (src/db/read-cache.ts): a statement-level trigger on every table adds one to the table's counter in
 * the writing transaction (once per transaction), whatever writes it (mutations, the import, a person
 * with psql), so a read that sees the same counts sees the same rows. Each table has 16 counters
 * ("stripes"); a writer takes the first one no other open transaction holds (SKIP LOCKED), so
 * concurrent writers, and a long import, do not queue behind one row. Counters only grow; a reader
 * sums them.
 */
const SCHEMAS = `'directory', 'people', 'assistance'`;

export class Migration20261207120000_change_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "freshness";`);
    this.addSql(
      `create table "freshness"."table_change" ("relation" text not null, "stripe" smallint not null, "changes" bigint not null default 0, constraint "table_change_pkey" primary key ("relation", "stripe"));`,
    );
    this.addSql(`
create function "freshness"."count_change"() returns trigger language plpgsql
  -- Whoever may write a table may count it: the counters need no grant of their own.
  security definer set search_path = pg_catalog as $$
declare
  name text := tg_table_schema || '.' || tg_table_name;
  -- Once per transaction and table is enough (readers compare committed counts): a setting local to
  -- the transaction (undone with it, or with a savepoint rolled back) says it is done.
  done text := 'freshness.' || tg_table_schema || '__' || tg_table_name;
begin
  if current_setting(done, true) = 'y' then
    return null;
  end if;
  perform set_config(done, 'y', true);
  update freshness.table_change set changes = changes + 1
   where relation = name
     and stripe = (select t.stripe from freshness.table_change t where t.relation = name
                    order by t.stripe limit 1 for update skip locked);
  if not found then
    -- Every stripe held by another open transaction: wait for the first.
    update freshness.table_change set changes = changes + 1 where relation = name and stripe = 0;
  end if;
  return null;
end $$;`);
    this.addSql(`
do $$
declare t record;
begin
  for t in select schemaname, tablename from pg_tables where schemaname in (${SCHEMAS}) loop
    insert into freshness.table_change (relation, stripe)
      select t.schemaname || '.' || t.tablename, s from generate_series(0, 15) s;
    execute format('create trigger count_change after insert or update or delete or truncate on %I.%I
                      for each statement execute function freshness.count_change()', t.schemaname, t.tablename);
  end loop;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`
do $$
declare t record;
begin
  for t in select schemaname, tablename from pg_tables where schemaname in (${SCHEMAS}) loop
    execute format('drop trigger if exists count_change on %I.%I', t.schemaname, t.tablename);
  end loop;
end $$;`);
    this.addSql(`drop schema if exists "freshness" cascade;`);
  }
}
