import { Migration } from '@mikro-orm/migrations';

/*
 * The per-caller cost budget shared by every process over this database (src/server/protection/
 * shared-budget.ts): one row per caller, its points as of `at` (the database's clock, so processes'
 * clocks need not agree); `spent`, `ask` and `taken` are the last statement's (an upsert's update
 * sees only the row it tried to insert, so what it is asked travels in it). Unlogged: a budget is not worth WAL or a replica's copy, and losing it in a
 * crash gives callers a full budget, as a restart of a single process always did.
 */
export class Migration20261207090000_shared_cost_budget extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "protection";`);
    this.addSql(
      `create unlogged table "protection"."cost_budget" ("caller" text not null, "points" double precision not null, "at" timestamptz not null, "spent" double precision not null, "ask" double precision not null, "taken" boolean not null, constraint "cost_budget_pkey" primary key ("caller"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "protection" cascade;`);
  }
}
