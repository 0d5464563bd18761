import { Migration } from '@mikro-orm/migrations';

/*
 * Tracking and guidance (issue 14): problems found at a school or a county with their status history,
 * the guidance given for them, and good practice with the evidence it rests on; the practices' names
 * get the search indexes of every named table (src/db/name-indexes.ts). The DDL of tables, checks
 * and indexes is what `npm run migration:create` proposes for the entities; the triggers are this
 * migration's own (schema diffs do not see them):
 *   - a problem's or practice's school is in its county (school_in_county);
 *   - with a partnership, its school is in the partnership's county (the writes migration's
 *     school_in_partnership_county, on the two new tables).
 */
const PLACED_TABLES = ['problem', 'practice'];

export class Migration20261201110000_guidance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "assistance"."problem" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC', 'RECORDED')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "school_id" uuid null, "county_id" uuid not null, "partnership_id" uuid null, "committee_id" uuid null, "university_id" uuid null, "task" text check ("task" in ('EDUCATIONAL_QUALITY', 'TEACHING_FORCE_CAPACITY', 'STUDENT_WELL_ROUNDEDNESS', 'SCHOOL_MANAGEMENT')) not null, "title" varchar(255) not null, "description" text not null, "found_by" text check ("found_by" in ('COMMITTEE', 'UNIVERSITY', 'COUNTY', 'MINISTRY')) not null, "method" text check ("method" in ('FIELD_RESEARCH', 'SURVEY', 'ONLINE_MEETING', 'VISIT', 'REPORT')) not null, "found_on" date not null, "severity" text check ("severity" in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')) not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'WITHDRAWN')) not null default 'OPEN', "status_on" date not null, constraint "problem_pkey" primary key ("id"), constraint problem_finder_named check ((found_by = 'COMMITTEE') = (committee_id is not null) and (found_by = 'UNIVERSITY') = (university_id is not null)), constraint problem_dates_ordered check (status_on >= found_on));`);
    this.addSql(`create index "problem_school_id_index" on "assistance"."problem" ("school_id");`);
    this.addSql(`create index "problem_partnership_id_index" on "assistance"."problem" ("partnership_id");`);
    this.addSql(`create index "problem_committee_id_index" on "assistance"."problem" ("committee_id");`);
    this.addSql(`create index "problem_university_id_index" on "assistance"."problem" ("university_id");`);
    this.addSql(`create index "problem_county_status_idx" on "assistance"."problem" ("county_id", "status");`);

    this.addSql(`create table "assistance"."problem_status_change" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC', 'RECORDED')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "problem_id" uuid not null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'WITHDRAWN')) not null, "changed_on" date not null, "note" text null, constraint "problem_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "problem_status_change_problem_id_index" on "assistance"."problem_status_change" ("problem_id");`);

    this.addSql(`create table "assistance"."practice" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC', 'RECORDED')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "description" text not null, "task" text check ("task" in ('EDUCATIONAL_QUALITY', 'TEACHING_FORCE_CAPACITY', 'STUDENT_WELL_ROUNDEDNESS', 'SCHOOL_MANAGEMENT')) not null, "school_id" uuid null, "county_id" uuid not null, "university_id" uuid null, "partnership_id" uuid null, "promoted_on" date null, "promoted_by" text null, constraint "practice_pkey" primary key ("id"));`);
    this.addSql(`create index "practice_school_id_index" on "assistance"."practice" ("school_id");`);
    this.addSql(`create index "practice_county_id_index" on "assistance"."practice" ("county_id");`);
    this.addSql(`create index "practice_university_id_index" on "assistance"."practice" ("university_id");`);
    this.addSql(`create index "practice_partnership_id_index" on "assistance"."practice" ("partnership_id");`);
    this.addSql(`create index "practice_promoted_on_idx" on "assistance"."practice" ("promoted_on");`);
    this.addSql(`create index "practice_name_zh_trgm_idx" on "assistance"."practice" using gin ((name_zh) gin_trgm_ops);`);
    this.addSql(`create index "practice_name_zh_length_idx" on "assistance"."practice" using btree (length(name_zh), (name_zh) collate "C");`);
    this.addSql(`create index "practice_name_en_trgm_idx" on "assistance"."practice" using gin ((lower(name_en)) gin_trgm_ops);`);
    this.addSql(`create index "practice_name_en_length_idx" on "assistance"."practice" using btree (length(lower(name_en)), (lower(name_en)) collate "C");`);
    this.addSql(`create index "practice_name_en_compact_trgm_idx" on "assistance"."practice" using gin ((regexp_replace(lower(name_en), '[^a-z0-9]', '', 'g')) gin_trgm_ops);`);
    this.addSql(`create index "practice_name_en_compact_length_idx" on "assistance"."practice" using btree (length(regexp_replace(lower(name_en), '[^a-z0-9]', '', 'g')), (regexp_replace(lower(name_en), '[^a-z0-9]', '', 'g')) collate "C");`);
    this.addSql(`create index "practice_name_zh_chars_idx" on "assistance"."practice" using gin ((string_to_array(name_zh, NULL)));`);

    this.addSql(`create table "assistance"."guidance" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC', 'RECORDED')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "problem_id" uuid not null, "given_by" text check ("given_by" in ('COMMITTEE', 'UNIVERSITY', 'COUNTY', 'MINISTRY')) not null, "committee_id" uuid null, "university_id" uuid null, "person_id" uuid null, "suggestion" text not null, "given_on" date not null, "follow_up_status" text check ("follow_up_status" in ('PENDING', 'IN_PROGRESS', 'DONE', 'NOT_DONE')) not null default 'PENDING', "follow_up" text null, "follow_up_on" date null, constraint "guidance_pkey" primary key ("id"), constraint guidance_adviser_named check (given_by <> 'COUNTY' and (given_by = 'COMMITTEE') = (committee_id is not null) and (given_by = 'UNIVERSITY') = (university_id is not null)), constraint guidance_follow_up_ordered check (follow_up_on is null or follow_up_on >= given_on));`);
    this.addSql(`create index "guidance_problem_id_index" on "assistance"."guidance" ("problem_id");`);
    this.addSql(`create index "guidance_committee_id_index" on "assistance"."guidance" ("committee_id");`);
    this.addSql(`create index "guidance_university_id_index" on "assistance"."guidance" ("university_id");`);
    this.addSql(`create index "guidance_person_id_index" on "assistance"."guidance" ("person_id");`);

    this.addSql(`create table "assistance"."practice_evidence" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC', 'RECORDED')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "practice_id" uuid not null, "activity_id" uuid null, "metric_id" uuid null, "note" text null, constraint "practice_evidence_pkey" primary key ("id"), constraint practice_evidence_one_source check (num_nonnulls(activity_id, metric_id) = 1));`);
    this.addSql(`create index "practice_evidence_practice_id_index" on "assistance"."practice_evidence" ("practice_id");`);
    this.addSql(`create index "practice_evidence_activity_id_index" on "assistance"."practice_evidence" ("activity_id");`);
    this.addSql(`create index "practice_evidence_metric_id_index" on "assistance"."practice_evidence" ("metric_id");`);

    this.addSql(`alter table "assistance"."problem" add constraint "problem_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."problem" add constraint "problem_county_id_foreign" foreign key ("county_id") references "directory"."county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."problem" add constraint "problem_partnership_id_foreign" foreign key ("partnership_id") references "assistance"."partnership" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."problem" add constraint "problem_committee_id_foreign" foreign key ("committee_id") references "assistance"."committee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."problem" add constraint "problem_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."problem_status_change" add constraint "problem_status_change_problem_id_foreign" foreign key ("problem_id") references "assistance"."problem" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assistance"."practice" add constraint "practice_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."practice" add constraint "practice_county_id_foreign" foreign key ("county_id") references "directory"."county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."practice" add constraint "practice_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."practice" add constraint "practice_partnership_id_foreign" foreign key ("partnership_id") references "assistance"."partnership" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."guidance" add constraint "guidance_problem_id_foreign" foreign key ("problem_id") references "assistance"."problem" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."guidance" add constraint "guidance_committee_id_foreign" foreign key ("committee_id") references "assistance"."committee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."guidance" add constraint "guidance_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."guidance" add constraint "guidance_person_id_foreign" foreign key ("person_id") references "people"."person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."practice_evidence" add constraint "practice_evidence_practice_id_foreign" foreign key ("practice_id") references "assistance"."practice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."practice_evidence" add constraint "practice_evidence_activity_id_foreign" foreign key ("activity_id") references "assistance"."activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."practice_evidence" add constraint "practice_evidence_metric_id_foreign" foreign key ("metric_id") references "assistance"."school_metric" ("id") on update cascade on delete cascade;`);

    this.addSql(`create function "assistance"."school_in_county"() returns trigger language plpgsql as $$
      begin
        if new.school_id is not null and not exists (
          select 1 from directory.school s where s.id = new.school_id and s.county_id = new.county_id
        ) then
          raise exception 'school % is not in county %', new.school_id, new.county_id
            using errcode = 'check_violation', constraint = tg_table_name || '_school_in_county';
        end if;
        return new;
      end $$;`);
    for (const table of PLACED_TABLES) {
      this.addSql(`create trigger "${table}_school_in_county" before insert or update of school_id, county_id on "assistance"."${table}" for each row execute function "assistance"."school_in_county"();`);
      this.addSql(`create trigger "${table}_school_in_partnership_county" before insert or update of partnership_id, school_id on "assistance"."${table}" for each row execute function "assistance"."school_in_partnership_county"();`);
    }
  }

  override async down(): Promise<void> {
    // The tables' triggers go with them; the function is this migration's.
    for (const table of ['practice_evidence', 'guidance', 'problem_status_change', 'practice', 'problem']) {
      this.addSql(`drop table if exists "assistance"."${table}" cascade;`);
    }
    this.addSql(`drop function if exists "assistance"."school_in_county"();`);
  }
}
