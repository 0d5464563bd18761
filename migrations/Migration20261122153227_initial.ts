import { Migration } from '@mikro-orm/migrations';

export class Migration20261122153227_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "directory";`);
    this.addSql(`create schema if not exists "people";`);
    this.addSql(`create schema if not exists "assistance";`);
    this.addSql(`create table "directory"."agency" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "kind" text check ("kind" in ('MINISTRY', 'OFFICE', 'DEPARTMENT', 'ACADEMY')) not null, "parent_id" uuid null, constraint "agency_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory"."agency" add constraint "agency_code_unique" unique ("code");`);
    this.addSql(`create index "agency_name_zh_idx" on "directory"."agency" ("name_zh");`);
    this.addSql(`create index "agency_parent_id_index" on "directory"."agency" ("parent_id");`);

    this.addSql(`create table "people"."person" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "gender" text check ("gender" in ('FEMALE', 'MALE')) null, "birth_year" int null, "subject" varchar(255) null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_name_zh_idx" on "people"."person" ("name_zh");`);

    this.addSql(`create table "assistance"."program" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "kind" text check ("kind" in ('TRUSTEESHIP_ASSISTANCE', 'GROUP_ASSISTANCE', 'TRAINING_PROGRAMME')) not null, "description" text not null, "notice_title" text null, "announced_on" date null, "starts_on" date null, "issuing_agency_id" uuid null, constraint "program_pkey" primary key ("id"));`);
    this.addSql(`alter table "assistance"."program" add constraint "program_code_unique" unique ("code");`);
    this.addSql(`create index "program_name_zh_idx" on "assistance"."program" ("name_zh");`);
    this.addSql(`create index "program_issuing_agency_id_index" on "assistance"."program" ("issuing_agency_id");`);

    this.addSql(`create table "assistance"."committee" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name_en" varchar(255) not null, "name_zh" varchar(255) not null, "description" text not null, "program_id" uuid not null, constraint "committee_pkey" primary key ("id"));`);
    this.addSql(`alter table "assistance"."committee" add constraint "committee_code_unique" unique ("code");`);
    this.addSql(`create index "committee_program_id_index" on "assistance"."committee" ("program_id");`);

    this.addSql(`create table "assistance"."event" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name_en" varchar(255) not null, "name_zh" varchar(255) null, "kind" text check ("kind" in ('CONFERENCE', 'SEMINAR', 'SYMPOSIUM', 'WORK_CONFERENCE', 'TRAINING')) not null, "format" text check ("format" in ('IN_PERSON', 'HYBRID', 'ONLINE')) not null, "start_date" date not null, "end_date" date not null, "location" varchar(255) null, "edition" int null, "summary" text null, "parent_id" uuid null, "organizer_id" uuid null, "program_id" uuid null, "committee_id" uuid null, constraint "event_pkey" primary key ("id"), constraint event_dates_ordered check (end_date >= start_date));`);
    this.addSql(`alter table "assistance"."event" add constraint "event_code_unique" unique ("code");`);
    this.addSql(`create index "event_name_en_idx" on "assistance"."event" ("name_en");`);
    this.addSql(`create index "event_start_date_idx" on "assistance"."event" ("start_date");`);
    this.addSql(`create index "event_parent_id_index" on "assistance"."event" ("parent_id");`);
    this.addSql(`create index "event_organizer_id_index" on "assistance"."event" ("organizer_id");`);
    this.addSql(`create index "event_program_id_index" on "assistance"."event" ("program_id");`);
    this.addSql(`create index "event_committee_id_index" on "assistance"."event" ("committee_id");`);

    this.addSql(`create table "assistance"."committee_member" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "committee_id" uuid not null, "person_id" uuid not null, "role" text check ("role" in ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'SECRETARY')) not null, constraint "committee_member_pkey" primary key ("id"));`);
    this.addSql(`create index "committee_member_committee_id_index" on "assistance"."committee_member" ("committee_id");`);
    this.addSql(`create index "committee_member_person_id_index" on "assistance"."committee_member" ("person_id");`);
    this.addSql(`alter table "assistance"."committee_member" add constraint "committee_member_committee_id_person_id_unique" unique ("committee_id", "person_id");`);

    this.addSql(`create table "directory"."province" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(2) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "kind" text check ("kind" in ('PROVINCE', 'AUTONOMOUS_REGION', 'MUNICIPALITY', 'SPECIAL_ADMINISTRATIVE_REGION', 'PRODUCTION_AND_CONSTRUCTION_CORPS')) not null, "region" text check ("region" in ('EAST', 'CENTRAL', 'WEST', 'NORTHEAST')) not null, constraint "province_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory"."province" add constraint "province_code_unique" unique ("code");`);
    this.addSql(`create index "province_name_zh_idx" on "directory"."province" ("name_zh");`);
    this.addSql(`create index "province_region_idx" on "directory"."province" ("region");`);

    this.addSql(`create table "directory"."prefecture" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(4) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "province_id" uuid not null, constraint "prefecture_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory"."prefecture" add constraint "prefecture_code_unique" unique ("code");`);
    this.addSql(`create index "prefecture_name_zh_idx" on "directory"."prefecture" ("name_zh");`);
    this.addSql(`create index "prefecture_province_id_index" on "directory"."prefecture" ("province_id");`);

    this.addSql(`create table "directory"."county" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(6) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "kind" text check ("kind" in ('DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY', 'COUNTY_LEVEL_CITY', 'BANNER', 'AUTONOMOUS_BANNER', 'FORESTRY_DISTRICT', 'SPECIAL_DISTRICT')) not null, "key_revitalization_county" boolean not null default false, "prefecture_id" uuid not null, "province_id" uuid not null, constraint "county_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory"."county" add constraint "county_code_unique" unique ("code");`);
    this.addSql(`create index "county_name_zh_idx" on "directory"."county" ("name_zh");`);
    this.addSql(`create index "county_key_revitalization_idx" on "directory"."county" ("key_revitalization_county");`);
    this.addSql(`create index "county_prefecture_id_index" on "directory"."county" ("prefecture_id");`);
    this.addSql(`create index "county_province_id_index" on "directory"."county" ("province_id");`);

    this.addSql(`create table "directory"."education_bureau" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(6) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "level" text check ("level" in ('PROVINCIAL', 'PREFECTURAL', 'COUNTY')) not null, "province_id" uuid not null, "prefecture_id" uuid null, "county_id" uuid null, constraint "education_bureau_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory"."education_bureau" add constraint "education_bureau_code_unique" unique ("code");`);
    this.addSql(`create index "education_bureau_name_zh_idx" on "directory"."education_bureau" ("name_zh");`);
    this.addSql(`create index "education_bureau_province_id_index" on "directory"."education_bureau" ("province_id");`);
    this.addSql(`create index "education_bureau_prefecture_id_index" on "directory"."education_bureau" ("prefecture_id");`);
    this.addSql(`create index "education_bureau_county_id_index" on "directory"."education_bureau" ("county_id");`);

    this.addSql(`create table "directory"."university" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(10) not null, "national_code" varchar(5) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "ministry_affiliated" boolean not null default true, "province_id" uuid not null, "prefecture_id" uuid not null, constraint "university_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory"."university" add constraint "university_code_unique" unique ("code");`);
    this.addSql(`alter table "directory"."university" add constraint "university_national_code_unique" unique ("national_code");`);
    this.addSql(`create index "university_name_zh_idx" on "directory"."university" ("name_zh");`);
    this.addSql(`create index "university_province_id_index" on "directory"."university" ("province_id");`);
    this.addSql(`create index "university_prefecture_id_index" on "directory"."university" ("prefecture_id");`);

    this.addSql(`create table "directory"."school" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(10) not null, "name_zh" varchar(255) not null, "name_en" varchar(255) not null, "kind" text check ("kind" in ('COUNTY_SENIOR_MIDDLE_SCHOOL', 'AFFILIATED_HIGH_SCHOOL')) not null, "founded_year" int null, "county_id" uuid not null, "province_id" uuid not null, "university_id" uuid null, constraint "school_pkey" primary key ("id"));`);
    this.addSql(`alter table "directory"."school" add constraint "school_code_unique" unique ("code");`);
    this.addSql(`create index "school_name_zh_idx" on "directory"."school" ("name_zh");`);
    this.addSql(`create index "school_kind_idx" on "directory"."school" ("kind");`);
    this.addSql(`create index "school_county_id_index" on "directory"."school" ("county_id");`);
    this.addSql(`create index "school_province_id_index" on "directory"."school" ("province_id");`);
    this.addSql(`create index "school_university_id_index" on "directory"."school" ("university_id");`);

    this.addSql(`create table "assistance"."school_metric" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "school_id" uuid not null, "year" int not null, "enrolled_students" int not null, "teachers" int not null, "senior_title_teachers" int not null, "graduates" int not null, "undergraduate_admissions" int not null, "training_hours" int not null, constraint "school_metric_pkey" primary key ("id"));`);
    this.addSql(`create index "school_metric_school_id_index" on "assistance"."school_metric" ("school_id");`);
    this.addSql(`create index "school_metric_year_idx" on "assistance"."school_metric" ("year");`);
    this.addSql(`alter table "assistance"."school_metric" add constraint "school_metric_school_id_year_unique" unique ("school_id", "year");`);

    this.addSql(`create table "assistance"."committee_target_school" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "committee_id" uuid not null, "school_id" uuid not null, constraint "committee_target_school_pkey" primary key ("id"));`);
    this.addSql(`create index "committee_target_school_committee_id_index" on "assistance"."committee_target_school" ("committee_id");`);
    this.addSql(`create index "committee_target_school_school_id_index" on "assistance"."committee_target_school" ("school_id");`);
    this.addSql(`alter table "assistance"."committee_target_school" add constraint "committee_target_school_committee_id_school_id_unique" unique ("committee_id", "school_id");`);

    this.addSql(`create table "assistance"."partnership" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "program_id" uuid not null, "university_id" uuid not null, "county_id" uuid not null, "affiliated_high_school_id" uuid null, "status" text check ("status" in ('ACTIVE', 'COMPLETED')) not null default 'ACTIVE', "agreement_signed_on" date null, "starts_on" date null, constraint "partnership_pkey" primary key ("id"));`);
    this.addSql(`create index "partnership_program_id_index" on "assistance"."partnership" ("program_id");`);
    this.addSql(`create index "partnership_university_id_index" on "assistance"."partnership" ("university_id");`);
    this.addSql(`create index "partnership_county_id_index" on "assistance"."partnership" ("county_id");`);
    this.addSql(`create index "partnership_affiliated_high_school_id_index" on "assistance"."partnership" ("affiliated_high_school_id");`);
    this.addSql(`create index "partnership_agreement_signed_on_idx" on "assistance"."partnership" ("agreement_signed_on");`);
    this.addSql(`alter table "assistance"."partnership" add constraint "partnership_program_id_university_id_county_id_unique" unique ("program_id", "university_id", "county_id");`);

    this.addSql(`create table "assistance"."partnership_school" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "partnership_id" uuid not null, "school_id" uuid not null, constraint "partnership_school_pkey" primary key ("id"));`);
    this.addSql(`create index "partnership_school_partnership_id_index" on "assistance"."partnership_school" ("partnership_id");`);
    this.addSql(`create index "partnership_school_school_id_index" on "assistance"."partnership_school" ("school_id");`);
    this.addSql(`alter table "assistance"."partnership_school" add constraint "partnership_school_partnership_id_school_id_unique" unique ("partnership_id", "school_id");`);

    this.addSql(`create table "assistance"."assistance_plan" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "school_id" uuid not null, "partnership_id" uuid null, "title" varchar(255) not null, "start_year" int not null, "end_year" int not null, constraint "assistance_plan_pkey" primary key ("id"));`);
    this.addSql(`create index "assistance_plan_school_id_index" on "assistance"."assistance_plan" ("school_id");`);
    this.addSql(`create index "assistance_plan_partnership_id_index" on "assistance"."assistance_plan" ("partnership_id");`);

    this.addSql(`create table "assistance"."plan_goal" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "plan_id" uuid not null, "task" text check ("task" in ('EDUCATIONAL_QUALITY', 'TEACHING_FORCE_CAPACITY', 'STUDENT_WELL_ROUNDEDNESS', 'SCHOOL_MANAGEMENT')) not null, "description" text not null, constraint "plan_goal_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_goal_plan_id_index" on "assistance"."plan_goal" ("plan_id");`);
    this.addSql(`alter table "assistance"."plan_goal" add constraint "plan_goal_plan_id_task_unique" unique ("plan_id", "task");`);

    this.addSql(`create table "assistance"."attendance" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "event_id" uuid not null, "person_id" uuid null, "school_id" uuid null, "university_id" uuid null, "education_bureau_id" uuid null, "agency_id" uuid null, "role" text check ("role" in ('CHAIR', 'HOST', 'SPEAKER', 'REPORTER', 'ATTENDEE')) not null, "note" text null, constraint "attendance_pkey" primary key ("id"), constraint attendance_one_participant check (num_nonnulls(person_id, school_id, university_id, education_bureau_id, agency_id) = 1));`);
    this.addSql(`create index "attendance_event_id_index" on "assistance"."attendance" ("event_id");`);
    this.addSql(`create index "attendance_person_id_index" on "assistance"."attendance" ("person_id");`);
    this.addSql(`create index "attendance_school_id_index" on "assistance"."attendance" ("school_id");`);
    this.addSql(`create index "attendance_university_id_index" on "assistance"."attendance" ("university_id");`);
    this.addSql(`create index "attendance_education_bureau_id_index" on "assistance"."attendance" ("education_bureau_id");`);
    this.addSql(`create index "attendance_agency_id_index" on "assistance"."attendance" ("agency_id");`);
    this.addSql(`create index "attendance_role_idx" on "assistance"."attendance" ("role");`);

    this.addSql(`create table "people"."appointment" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "person_id" uuid not null, "organization_kind" text check ("organization_kind" in ('SCHOOL', 'UNIVERSITY', 'EDUCATION_BUREAU', 'AGENCY')) not null, "school_id" uuid null, "university_id" uuid null, "education_bureau_id" uuid null, "agency_id" uuid null, "role" text check ("role" in ('PRINCIPAL', 'VICE_PRINCIPAL', 'TEACHER', 'STAFF', 'MINISTER', 'VICE_MINISTER', 'DIRECTOR', 'PARTY_SECRETARY', 'PRESIDENT', 'FACULTY', 'OFFICIAL')) not null, "title" text null, "start_date" date null, "end_date" date null, constraint "appointment_pkey" primary key ("id"), constraint appointment_one_organization check (num_nonnulls(school_id, university_id, education_bureau_id, agency_id) = 1));`);
    this.addSql(`create index "appointment_person_id_index" on "people"."appointment" ("person_id");`);
    this.addSql(`create index "appointment_school_id_index" on "people"."appointment" ("school_id");`);
    this.addSql(`create index "appointment_university_id_index" on "people"."appointment" ("university_id");`);
    this.addSql(`create index "appointment_education_bureau_id_index" on "people"."appointment" ("education_bureau_id");`);
    this.addSql(`create index "appointment_agency_id_index" on "people"."appointment" ("agency_id");`);
    this.addSql(`create index "appointment_role_idx" on "people"."appointment" ("role");`);
    this.addSql(`create index "appointment_school_role_idx" on "people"."appointment" ("school_id", "role");`);

    this.addSql(`create table "assistance"."activity" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" text check ("kind" in ('PRINCIPAL_TEAM_DISPATCH', 'TEACHER_VISIT', 'COLLEGE_STUDENT_TEACHING_PRACTICE', 'PRINCIPAL_TRAINING', 'TEACHER_PLACEMENT_TRAINING', 'STUDENT_CAMP', 'LAB_OPEN_DAY', 'FIELD_RESEARCH', 'SURVEY', 'ONLINE_MEETING')) not null, "title" varchar(255) not null, "format" text check ("format" in ('IN_PERSON', 'HYBRID', 'ONLINE')) not null default 'IN_PERSON', "start_date" date not null, "end_date" date null, "reach" int not null default 0, "program_id" uuid not null, "partnership_id" uuid null, "committee_id" uuid null, "university_id" uuid null, "school_id" uuid null, "county_id" uuid null, constraint "activity_pkey" primary key ("id"), constraint activity_dates_ordered check (end_date is null or end_date >= start_date));`);
    this.addSql(`create index "activity_start_date_idx" on "assistance"."activity" ("start_date");`);
    this.addSql(`create index "activity_program_id_index" on "assistance"."activity" ("program_id");`);
    this.addSql(`create index "activity_partnership_id_index" on "assistance"."activity" ("partnership_id");`);
    this.addSql(`create index "activity_committee_id_index" on "assistance"."activity" ("committee_id");`);
    this.addSql(`create index "activity_university_id_index" on "assistance"."activity" ("university_id");`);
    this.addSql(`create index "activity_school_id_index" on "assistance"."activity" ("school_id");`);
    this.addSql(`create index "activity_county_id_index" on "assistance"."activity" ("county_id");`);
    this.addSql(`create index "activity_kind_start_date_idx" on "assistance"."activity" ("kind", "start_date");`);

    this.addSql(`create table "assistance"."participation" ("id" uuid not null, "provenance" text check ("provenance" in ('SOURCE_DOCUMENT', 'PUBLIC_REGISTRY', 'SYNTHETIC')) not null default 'SYNTHETIC', "source_document" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "activity_id" uuid not null, "person_id" uuid not null, "role" text check ("role" in ('TRAINEE', 'TRAINER', 'ORGANIZER', 'DISPATCHED', 'PARTICIPANT')) not null, constraint "participation_pkey" primary key ("id"));`);
    this.addSql(`create index "participation_activity_id_index" on "assistance"."participation" ("activity_id");`);
    this.addSql(`create index "participation_person_id_index" on "assistance"."participation" ("person_id");`);
    this.addSql(`alter table "assistance"."participation" add constraint "participation_activity_id_person_id_unique" unique ("activity_id", "person_id");`);

    this.addSql(`alter table "directory"."agency" add constraint "agency_parent_id_foreign" foreign key ("parent_id") references "directory"."agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."program" add constraint "program_issuing_agency_id_foreign" foreign key ("issuing_agency_id") references "directory"."agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."committee" add constraint "committee_program_id_foreign" foreign key ("program_id") references "assistance"."program" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."event" add constraint "event_parent_id_foreign" foreign key ("parent_id") references "assistance"."event" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."event" add constraint "event_organizer_id_foreign" foreign key ("organizer_id") references "directory"."agency" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."event" add constraint "event_program_id_foreign" foreign key ("program_id") references "assistance"."program" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."event" add constraint "event_committee_id_foreign" foreign key ("committee_id") references "assistance"."committee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."committee_member" add constraint "committee_member_committee_id_foreign" foreign key ("committee_id") references "assistance"."committee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."committee_member" add constraint "committee_member_person_id_foreign" foreign key ("person_id") references "people"."person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "directory"."prefecture" add constraint "prefecture_province_id_foreign" foreign key ("province_id") references "directory"."province" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "directory"."county" add constraint "county_prefecture_id_foreign" foreign key ("prefecture_id") references "directory"."prefecture" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "directory"."county" add constraint "county_province_id_foreign" foreign key ("province_id") references "directory"."province" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "directory"."education_bureau" add constraint "education_bureau_province_id_foreign" foreign key ("province_id") references "directory"."province" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "directory"."education_bureau" add constraint "education_bureau_prefecture_id_foreign" foreign key ("prefecture_id") references "directory"."prefecture" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "directory"."education_bureau" add constraint "education_bureau_county_id_foreign" foreign key ("county_id") references "directory"."county" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "directory"."university" add constraint "university_province_id_foreign" foreign key ("province_id") references "directory"."province" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "directory"."university" add constraint "university_prefecture_id_foreign" foreign key ("prefecture_id") references "directory"."prefecture" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "directory"."school" add constraint "school_county_id_foreign" foreign key ("county_id") references "directory"."county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "directory"."school" add constraint "school_province_id_foreign" foreign key ("province_id") references "directory"."province" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "directory"."school" add constraint "school_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."school_metric" add constraint "school_metric_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assistance"."committee_target_school" add constraint "committee_target_school_committee_id_foreign" foreign key ("committee_id") references "assistance"."committee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."committee_target_school" add constraint "committee_target_school_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."partnership" add constraint "partnership_program_id_foreign" foreign key ("program_id") references "assistance"."program" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."partnership" add constraint "partnership_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."partnership" add constraint "partnership_county_id_foreign" foreign key ("county_id") references "directory"."county" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."partnership" add constraint "partnership_affiliated_high_school_id_foreign" foreign key ("affiliated_high_school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."partnership_school" add constraint "partnership_school_partnership_id_foreign" foreign key ("partnership_id") references "assistance"."partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."partnership_school" add constraint "partnership_school_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."assistance_plan" add constraint "assistance_plan_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."assistance_plan" add constraint "assistance_plan_partnership_id_foreign" foreign key ("partnership_id") references "assistance"."partnership" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assistance"."plan_goal" add constraint "plan_goal_plan_id_foreign" foreign key ("plan_id") references "assistance"."assistance_plan" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "assistance"."attendance" add constraint "attendance_event_id_foreign" foreign key ("event_id") references "assistance"."event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."attendance" add constraint "attendance_person_id_foreign" foreign key ("person_id") references "people"."person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."attendance" add constraint "attendance_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."attendance" add constraint "attendance_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."attendance" add constraint "attendance_education_bureau_id_foreign" foreign key ("education_bureau_id") references "directory"."education_bureau" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."attendance" add constraint "attendance_agency_id_foreign" foreign key ("agency_id") references "directory"."agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "people"."appointment" add constraint "appointment_person_id_foreign" foreign key ("person_id") references "people"."person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "people"."appointment" add constraint "appointment_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "people"."appointment" add constraint "appointment_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "people"."appointment" add constraint "appointment_education_bureau_id_foreign" foreign key ("education_bureau_id") references "directory"."education_bureau" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "people"."appointment" add constraint "appointment_agency_id_foreign" foreign key ("agency_id") references "directory"."agency" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."activity" add constraint "activity_program_id_foreign" foreign key ("program_id") references "assistance"."program" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."activity" add constraint "activity_partnership_id_foreign" foreign key ("partnership_id") references "assistance"."partnership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."activity" add constraint "activity_committee_id_foreign" foreign key ("committee_id") references "assistance"."committee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."activity" add constraint "activity_university_id_foreign" foreign key ("university_id") references "directory"."university" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."activity" add constraint "activity_school_id_foreign" foreign key ("school_id") references "directory"."school" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "assistance"."activity" add constraint "activity_county_id_foreign" foreign key ("county_id") references "directory"."county" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "assistance"."participation" add constraint "participation_activity_id_foreign" foreign key ("activity_id") references "assistance"."activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "assistance"."participation" add constraint "participation_person_id_foreign" foreign key ("person_id") references "people"."person" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "directory"."agency" drop constraint "agency_parent_id_foreign";`);

    this.addSql(`alter table "assistance"."program" drop constraint "program_issuing_agency_id_foreign";`);

    this.addSql(`alter table "assistance"."event" drop constraint "event_organizer_id_foreign";`);

    this.addSql(`alter table "assistance"."attendance" drop constraint "attendance_agency_id_foreign";`);

    this.addSql(`alter table "people"."appointment" drop constraint "appointment_agency_id_foreign";`);

    this.addSql(`alter table "assistance"."committee_member" drop constraint "committee_member_person_id_foreign";`);

    this.addSql(`alter table "assistance"."attendance" drop constraint "attendance_person_id_foreign";`);

    this.addSql(`alter table "people"."appointment" drop constraint "appointment_person_id_foreign";`);

    this.addSql(`alter table "assistance"."participation" drop constraint "participation_person_id_foreign";`);

    this.addSql(`alter table "assistance"."committee" drop constraint "committee_program_id_foreign";`);

    this.addSql(`alter table "assistance"."event" drop constraint "event_program_id_foreign";`);

    this.addSql(`alter table "assistance"."partnership" drop constraint "partnership_program_id_foreign";`);

    this.addSql(`alter table "assistance"."activity" drop constraint "activity_program_id_foreign";`);

    this.addSql(`alter table "assistance"."event" drop constraint "event_committee_id_foreign";`);

    this.addSql(`alter table "assistance"."committee_member" drop constraint "committee_member_committee_id_foreign";`);

    this.addSql(`alter table "assistance"."committee_target_school" drop constraint "committee_target_school_committee_id_foreign";`);

    this.addSql(`alter table "assistance"."activity" drop constraint "activity_committee_id_foreign";`);

    this.addSql(`alter table "assistance"."event" drop constraint "event_parent_id_foreign";`);

    this.addSql(`alter table "assistance"."attendance" drop constraint "attendance_event_id_foreign";`);

    this.addSql(`alter table "directory"."prefecture" drop constraint "prefecture_province_id_foreign";`);

    this.addSql(`alter table "directory"."county" drop constraint "county_province_id_foreign";`);

    this.addSql(`alter table "directory"."education_bureau" drop constraint "education_bureau_province_id_foreign";`);

    this.addSql(`alter table "directory"."university" drop constraint "university_province_id_foreign";`);

    this.addSql(`alter table "directory"."school" drop constraint "school_province_id_foreign";`);

    this.addSql(`alter table "directory"."county" drop constraint "county_prefecture_id_foreign";`);

    this.addSql(`alter table "directory"."education_bureau" drop constraint "education_bureau_prefecture_id_foreign";`);

    this.addSql(`alter table "directory"."university" drop constraint "university_prefecture_id_foreign";`);

    this.addSql(`alter table "directory"."education_bureau" drop constraint "education_bureau_county_id_foreign";`);

    this.addSql(`alter table "directory"."school" drop constraint "school_county_id_foreign";`);

    this.addSql(`alter table "assistance"."partnership" drop constraint "partnership_county_id_foreign";`);

    this.addSql(`alter table "assistance"."activity" drop constraint "activity_county_id_foreign";`);

    this.addSql(`alter table "assistance"."attendance" drop constraint "attendance_education_bureau_id_foreign";`);

    this.addSql(`alter table "people"."appointment" drop constraint "appointment_education_bureau_id_foreign";`);

    this.addSql(`alter table "directory"."school" drop constraint "school_university_id_foreign";`);

    this.addSql(`alter table "assistance"."partnership" drop constraint "partnership_university_id_foreign";`);

    this.addSql(`alter table "assistance"."attendance" drop constraint "attendance_university_id_foreign";`);

    this.addSql(`alter table "people"."appointment" drop constraint "appointment_university_id_foreign";`);

    this.addSql(`alter table "assistance"."activity" drop constraint "activity_university_id_foreign";`);

    this.addSql(`alter table "assistance"."school_metric" drop constraint "school_metric_school_id_foreign";`);

    this.addSql(`alter table "assistance"."committee_target_school" drop constraint "committee_target_school_school_id_foreign";`);

    this.addSql(`alter table "assistance"."partnership" drop constraint "partnership_affiliated_high_school_id_foreign";`);

    this.addSql(`alter table "assistance"."partnership_school" drop constraint "partnership_school_school_id_foreign";`);

    this.addSql(`alter table "assistance"."assistance_plan" drop constraint "assistance_plan_school_id_foreign";`);

    this.addSql(`alter table "assistance"."attendance" drop constraint "attendance_school_id_foreign";`);

    this.addSql(`alter table "people"."appointment" drop constraint "appointment_school_id_foreign";`);

    this.addSql(`alter table "assistance"."activity" drop constraint "activity_school_id_foreign";`);

    this.addSql(`alter table "assistance"."partnership_school" drop constraint "partnership_school_partnership_id_foreign";`);

    this.addSql(`alter table "assistance"."assistance_plan" drop constraint "assistance_plan_partnership_id_foreign";`);

    this.addSql(`alter table "assistance"."activity" drop constraint "activity_partnership_id_foreign";`);

    this.addSql(`alter table "assistance"."plan_goal" drop constraint "plan_goal_plan_id_foreign";`);

    this.addSql(`alter table "assistance"."participation" drop constraint "participation_activity_id_foreign";`);

    this.addSql(`drop table if exists "directory"."agency" cascade;`);

    this.addSql(`drop table if exists "people"."person" cascade;`);

    this.addSql(`drop table if exists "assistance"."program" cascade;`);

    this.addSql(`drop table if exists "assistance"."committee" cascade;`);

    this.addSql(`drop table if exists "assistance"."event" cascade;`);

    this.addSql(`drop table if exists "assistance"."committee_member" cascade;`);

    this.addSql(`drop table if exists "directory"."province" cascade;`);

    this.addSql(`drop table if exists "directory"."prefecture" cascade;`);

    this.addSql(`drop table if exists "directory"."county" cascade;`);

    this.addSql(`drop table if exists "directory"."education_bureau" cascade;`);

    this.addSql(`drop table if exists "directory"."university" cascade;`);

    this.addSql(`drop table if exists "directory"."school" cascade;`);

    this.addSql(`drop table if exists "assistance"."school_metric" cascade;`);

    this.addSql(`drop table if exists "assistance"."committee_target_school" cascade;`);

    this.addSql(`drop table if exists "assistance"."partnership" cascade;`);

    this.addSql(`drop table if exists "assistance"."partnership_school" cascade;`);

    this.addSql(`drop table if exists "assistance"."assistance_plan" cascade;`);

    this.addSql(`drop table if exists "assistance"."plan_goal" cascade;`);

    this.addSql(`drop table if exists "assistance"."attendance" cascade;`);

    this.addSql(`drop table if exists "people"."appointment" cascade;`);

    this.addSql(`drop table if exists "assistance"."activity" cascade;`);

    this.addSql(`drop table if exists "assistance"."participation" cascade;`);

    this.addSql(`drop schema if exists "directory";`);
    this.addSql(`drop schema if exists "people";`);
    this.addSql(`drop schema if exists "assistance";`);
  }

}
