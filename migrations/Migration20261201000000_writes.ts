import { Migration } from '@mikro-orm/migrations';

/** Every table with a `provenance` column: records written through the API are `RECORDED`. */
const RECORD_TABLES = [
  'directory.agency', 'directory.province', 'directory.prefecture', 'directory.county', 'directory.education_bureau',
  'directory.university', 'directory.school', 'people.person', 'people.appointment', 'assistance.program',
  'assistance.committee', 'assistance.event', 'assistance.committee_member', 'assistance.school_metric',
  'assistance.committee_target_school', 'assistance.partnership', 'assistance.partnership_school',
  'assistance.assistance_plan', 'assistance.plan_goal', 'assistance.attendance', 'assistance.activity',
  'assistance.participation',
];

function provenanceCheck(table: string, values: string[]): string[] {
  const [schema, name] = table.split('.') as [string, string];
  return [
    `alter table "${schema}"."${name}" drop constraint if exists "${name}_provenance_check";`,
    `alter table "${schema}"."${name}" add constraint "${name}_provenance_check" check("provenance" in (${values.map((v) => `'${v}'`).join(', ')}));`,
  ];
}

const PROVENANCES = ['SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC'];

/*
 * Writes (issue 11): the audit trail and idempotency keys (schema `audit`), and the domain rules the
 * database can hold for what mutations write:
 *   - audit.change is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE (for every role,
 *     the table's owner included);
 *   - one current principal per school (a partial unique index);
 *   - a school an activity, plan or covered-school link names is in its partnership's county (a trigger
 *     on the three tables: a check cannot look at other rows);
 *   - dates and years in order, metric figures in range and consistent;
 *   - a new provenance, RECORDED, for what is written through the API.
 * The DDL of tables, checks and indexes is what `npm run migration:create` proposes for the entities;
 * the triggers and their functions are this migration's own (schema diffs do not see them).
 */
export class Migration20261201000000_writes extends Migration {
  override async up(): Promise<void> {
    for (const table of RECORD_TABLES) provenanceCheck(table, [...PROVENANCES, 'RECORDED']).forEach((sql) => this.addSql(sql));
    this.addSql(`create schema if not exists "audit";`);
    this.addSql(`create table "audit"."change" ("id" uuid not null, "at" timestamptz not null default now(), "subject" text null, "role" text not null, "org" text null, "operation_name" text null, "request_id" text null, "mutation" text not null, "entity" text not null, "record_id" uuid not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'DELETE')) not null, "before" jsonb null, "after" jsonb null, constraint "change_pkey" primary key ("id"));`);
    this.addSql(`create index "change_record_id_idx" on "audit"."change" ("record_id", "id");`);
    this.addSql(`create table "audit"."idempotency_key" ("subject" text not null, "key" text not null, "mutation" text not null, "input_hash" text not null, "result_id" uuid not null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("subject", "key"));`);

    this.addSql(`create function "audit"."refuse_change"() returns trigger language plpgsql as $$
      begin
        raise exception 'audit.change is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "change_append_only" before update or delete on "audit"."change" for each row execute function "audit"."refuse_change"();`);
    this.addSql(`create trigger "change_no_truncate" before truncate on "audit"."change" for each statement execute function "audit"."refuse_change"();`);
    this.addSql(`revoke update, delete, truncate on "audit"."change" from public;`);

    this.addSql(`alter table "assistance"."school_metric" add constraint school_metric_figures_valid check(enrolled_students >= 0 and teachers >= 0 and graduates >= 0 and training_hours >= 0 and senior_title_teachers >= 0 and senior_title_teachers <= teachers and undergraduate_admissions >= 0 and undergraduate_admissions <= graduates);`);
    this.addSql(`alter table "assistance"."school_metric" add constraint school_metric_year_range check(year >= 2000 and year <= 2100);`);
    this.addSql(`alter table "assistance"."assistance_plan" add constraint assistance_plan_years_ordered check(end_year >= start_year);`);
    this.addSql(`create unique index "appointment_one_current_principal" on "people"."appointment" ("school_id") where role = 'PRINCIPAL' and end_date is null;`);
    this.addSql(`alter table "people"."appointment" add constraint appointment_dates_ordered check(end_date is null or start_date is null or end_date >= start_date);`);
    this.addSql(`alter table "assistance"."activity" add constraint activity_reach_non_negative check(reach >= 0);`);

    this.addSql(`create function "assistance"."school_in_partnership_county"() returns trigger language plpgsql as $$
      begin
        if new.partnership_id is not null and new.school_id is not null and not exists (
          select 1 from assistance.partnership p join directory.school s on s.county_id = p.county_id
           where p.id = new.partnership_id and s.id = new.school_id
        ) then
          raise exception 'school % is not in the county of partnership %', new.school_id, new.partnership_id
            using errcode = 'check_violation', constraint = tg_table_name || '_school_in_partnership_county';
        end if;
        return new;
      end $$;`);
    for (const table of ['activity', 'assistance_plan', 'partnership_school']) {
      this.addSql(`create trigger "${table}_school_in_partnership_county" before insert or update of partnership_id, school_id on "assistance"."${table}" for each row execute function "assistance"."school_in_partnership_county"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['activity', 'assistance_plan', 'partnership_school']) {
      this.addSql(`drop trigger if exists "${table}_school_in_partnership_county" on "assistance"."${table}";`);
    }
    this.addSql(`drop function if exists "assistance"."school_in_partnership_county"();`);
    this.addSql(`alter table "assistance"."activity" drop constraint if exists activity_reach_non_negative;`);
    this.addSql(`alter table "people"."appointment" drop constraint if exists appointment_dates_ordered;`);
    this.addSql(`drop index if exists "people"."appointment_one_current_principal";`);
    this.addSql(`alter table "assistance"."assistance_plan" drop constraint if exists assistance_plan_years_ordered;`);
    this.addSql(`alter table "assistance"."school_metric" drop constraint if exists school_metric_year_range;`);
    this.addSql(`alter table "assistance"."school_metric" drop constraint if exists school_metric_figures_valid;`);
    this.addSql(`drop schema if exists "audit" cascade;`);
    for (const table of RECORD_TABLES) provenanceCheck(table, PROVENANCES).forEach((sql) => this.addSql(sql));
  }
}
