import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206024024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "field_intervention_report" drop constraint if exists "field_intervention_report_intervention_id_unique";`);
    this.addSql(`alter table if exists "field_intervention_survey_answer" drop constraint if exists "field_intervention_survey_answer_intervention_id_unique";`);
    this.addSql(`alter table if exists "field_intervention" drop constraint if exists "field_intervention_number_unique";`);
    this.addSql(`create table if not exists "field_intervention_type" ("id" text not null, "name" text not null, "default_duration_minutes" integer not null default 60, "required_skills" text[] not null default '{}', "portal_visible" boolean not null default true, "bookable" boolean not null default false, "portal_title" text null, "portal_short_description" text null, "portal_long_description" text null, "survey_questions" jsonb null, "portal_actions" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_intervention_type_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_type_deleted_at" ON "field_intervention_type" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "field_technician" ("id" text not null, "name" text not null, "email" text null, "phone" text null, "skills" text[] not null default '{}', "home_latitude" real not null, "home_longitude" real not null, "time_zone" text not null default 'UTC', "working_hours" jsonb not null, "user_id" text null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_technician_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_technician_deleted_at" ON "field_technician" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "field_intervention" ("id" text not null, "number" text not null, "account_id" text not null, "site_id" text not null, "equipment_id" text null, "status" text check ("status" in ('requested', 'scheduled', 'en_route', 'in_progress', 'done', 'cancelled')) not null default 'requested', "description" text not null, "address" jsonb null, "latitude" real null, "longitude" real null, "contact_name" text null, "contact_phone" text null, "contact_email" text null, "scheduled_start" timestamptz null, "scheduled_end" timestamptz null, "reschedule_count" integer not null default 0, "linked_intervention_id" text null, "requested_by_member_id" text null, "maintenance_plan_id" text null, "cancelled_at" timestamptz null, "cancellation_reason" text null, "completed_at" timestamptz null, "type_id" text null, "technician_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_intervention_pkey" primary key ("id"), constraint field_intervention_window check ((scheduled_start IS NULL AND scheduled_end IS NULL) OR (scheduled_start IS NOT NULL AND scheduled_end > scheduled_start)));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_field_intervention_number_unique" ON "field_intervention" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_type_id" ON "field_intervention" ("type_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_technician_id" ON "field_intervention" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_deleted_at" ON "field_intervention" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_account_id_created_at" ON "field_intervention" ("account_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_account_id_site_id" ON "field_intervention" ("account_id", "site_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_account_id_equipment_id" ON "field_intervention" ("account_id", "equipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_status_created_at" ON "field_intervention" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_technician_id_scheduled_start" ON "field_intervention" ("technician_id", "scheduled_start") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "field_intervention_survey_answer" ("id" text not null, "answers" jsonb not null, "answered_by_member_id" text null, "intervention_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_intervention_survey_answer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_field_intervention_survey_answer_intervention_id_unique" ON "field_intervention_survey_answer" ("intervention_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_survey_answer_deleted_at" ON "field_intervention_survey_answer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "field_intervention_status_change" ("id" text not null, "from_status" text check ("from_status" in ('requested', 'scheduled', 'en_route', 'in_progress', 'done', 'cancelled')) null, "to_status" text check ("to_status" in ('requested', 'scheduled', 'en_route', 'in_progress', 'done', 'cancelled')) not null, "actor_type" text check ("actor_type" in ('member', 'user', 'system')) not null, "actor_id" text null, "note" text null, "intervention_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_intervention_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_status_change_intervention_id" ON "field_intervention_status_change" ("intervention_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_status_change_deleted_at" ON "field_intervention_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_status_change_intervention_id_created_at" ON "field_intervention_status_change" ("intervention_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "field_intervention_report" ("id" text not null, "work_done" text not null, "parts" jsonb null, "duration_minutes" integer null, "meter_values" jsonb null, "signature_name" text null, "completed_at" timestamptz not null, "maintenance_log_entry_id" text null, "intervention_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_intervention_report_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_field_intervention_report_intervention_id_unique" ON "field_intervention_report" ("intervention_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_report_deleted_at" ON "field_intervention_report" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "field_intervention_photo" ("id" text not null, "file_id" text not null, "name" text not null, "mime_type" text null, "intervention_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_intervention_photo_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_photo_intervention_id" ON "field_intervention_photo" ("intervention_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_intervention_photo_deleted_at" ON "field_intervention_photo" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "field_technician_absence" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "technician_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "field_technician_absence_pkey" primary key ("id"), constraint field_technician_absence_range check (ends_at > starts_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_technician_absence_technician_id" ON "field_technician_absence" ("technician_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_technician_absence_deleted_at" ON "field_technician_absence" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_field_technician_absence_technician_id_starts_at" ON "field_technician_absence" ("technician_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "field_intervention" add constraint "field_intervention_type_id_foreign" foreign key ("type_id") references "field_intervention_type" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table if exists "field_intervention" add constraint "field_intervention_technician_id_foreign" foreign key ("technician_id") references "field_technician" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "field_intervention_survey_answer" add constraint "field_intervention_survey_answer_intervention_id_foreign" foreign key ("intervention_id") references "field_intervention" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "field_intervention_status_change" add constraint "field_intervention_status_change_intervention_id_foreign" foreign key ("intervention_id") references "field_intervention" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "field_intervention_report" add constraint "field_intervention_report_intervention_id_foreign" foreign key ("intervention_id") references "field_intervention" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "field_intervention_photo" add constraint "field_intervention_photo_intervention_id_foreign" foreign key ("intervention_id") references "field_intervention" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "field_technician_absence" add constraint "field_technician_absence_technician_id_foreign" foreign key ("technician_id") references "field_technician" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "field_intervention" drop constraint if exists "field_intervention_type_id_foreign";`);

    this.addSql(`alter table if exists "field_intervention" drop constraint if exists "field_intervention_technician_id_foreign";`);

    this.addSql(`alter table if exists "field_technician_absence" drop constraint if exists "field_technician_absence_technician_id_foreign";`);

    this.addSql(`alter table if exists "field_intervention_survey_answer" drop constraint if exists "field_intervention_survey_answer_intervention_id_foreign";`);

    this.addSql(`alter table if exists "field_intervention_status_change" drop constraint if exists "field_intervention_status_change_intervention_id_foreign";`);

    this.addSql(`alter table if exists "field_intervention_report" drop constraint if exists "field_intervention_report_intervention_id_foreign";`);

    this.addSql(`alter table if exists "field_intervention_photo" drop constraint if exists "field_intervention_photo_intervention_id_foreign";`);

    this.addSql(`drop table if exists "field_intervention_type" cascade;`);

    this.addSql(`drop table if exists "field_technician" cascade;`);

    this.addSql(`drop table if exists "field_intervention" cascade;`);

    this.addSql(`drop table if exists "field_intervention_survey_answer" cascade;`);

    this.addSql(`drop table if exists "field_intervention_status_change" cascade;`);

    this.addSql(`drop table if exists "field_intervention_report" cascade;`);

    this.addSql(`drop table if exists "field_intervention_photo" cascade;`);

    this.addSql(`drop table if exists "field_technician_absence" cascade;`);
  }

}
