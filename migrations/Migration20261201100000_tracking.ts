import { Migration } from '@mikro-orm/migrations';

/*
 * Tracking (issue 14): what measures each plan goal (a school figure, its baseline and target) and
 * what each plan schedules (activities of a kind per school year), so that progress can be computed
 * in SQL. The goal numbers are optional (a goal without a number keeps working), but all or none.
 * The DDL is what `npm run migration:create` proposes for the entities.
 */
export class Migration20261201100000_tracking extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "assistance"."plan_scheduled_activity" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC', 'RECORDED')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "kind" text check ("kind" in ('PRINCIPAL_TEAM_DISPATCH', 'TEACHER_VISIT', 'COLLEGE_STUDENT_TEACHING_PRACTICE', 'PRINCIPAL_TRAINING', 'TEACHER_PLACEMENT_TRAINING', 'STUDENT_CAMP', 'LAB_OPEN_DAY', 'FIELD_RESEARCH', 'SURVEY', 'ONLINE_MEETING')) not null, "year" int not null, "planned_count" int not null, constraint "plan_scheduled_activity_pkey" primary key ("id"), constraint plan_scheduled_activity_valid check (planned_count >= 0 and year >= 2000 and year <= 2100));`);
    this.addSql(`create index "plan_scheduled_activity_plan_id_index" on "assistance"."plan_scheduled_activity" ("plan_id");`);
    this.addSql(`alter table "assistance"."plan_scheduled_activity" add constraint "plan_scheduled_activity_plan_id_kind_year_unique" unique ("plan_id", "kind", "year");`);

    this.addSql(`alter table "assistance"."plan_scheduled_activity" add constraint "plan_scheduled_activity_plan_id_foreign" foreign key ("plan_id") references "assistance"."assistance_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assistance"."plan_goal" add column "measure" text check ("measure" in ('UNDERGRADUATE_ADMISSION_RATE', 'SENIOR_TITLE_TEACHER_SHARE', 'STUDENTS_PER_TEACHER', 'TRAINING_HOURS_PER_TEACHER')) null, add column "baseline" double precision null, add column "baseline_year" int null, add column "target" double precision null, add column "target_year" int null;`);
    this.addSql(`alter table "assistance"."plan_goal" add constraint plan_goal_measured check(measure is null or (baseline is not null and baseline_year is not null and target is not null and target_year is not null and target_year >= baseline_year));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "assistance"."plan_scheduled_activity" cascade;`);

    this.addSql(`alter table "assistance"."plan_goal" drop constraint plan_goal_measured;`);
    this.addSql(`alter table "assistance"."plan_goal" drop column "measure", drop column "baseline", drop column "baseline_year", drop column "target", drop column "target_year";`);
  }

}
