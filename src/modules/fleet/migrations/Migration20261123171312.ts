import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Generated, with one hand edit: meter values are `double precision` rather than the `real` Medusa's
 * `model.float()` makes, whose 7 significant digits would round a counter past 100,000 hours.
 */
export class Migration20261123171312 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "fleet_equipment" drop constraint if exists "fleet_equipment_account_id_serial_number_unique";`);
    this.addSql(`create table if not exists "fleet_equipment" ("id" text not null, "account_id" text not null, "site_id" text not null, "variant_id" text null, "serial_number" text not null, "name" text not null, "brand" text null, "status" text check ("status" in ('in_service', 'under_repair', 'out_of_service', 'retired')) not null default 'in_service', "installation_date" timestamptz null, "warranty_end" timestamptz null, "notes" text null, "next_due_date" timestamptz null, "next_due_plan_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fleet_equipment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_equipment_deleted_at" ON "fleet_equipment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_equipment_account_id_site_id" ON "fleet_equipment" ("account_id", "site_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_equipment_account_id_next_due_date" ON "fleet_equipment" ("account_id", "next_due_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_fleet_equipment_account_id_serial_number_unique" ON "fleet_equipment" ("account_id", "serial_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_equipment_status" ON "fleet_equipment" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_equipment_name" ON "fleet_equipment" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fleet_equipment_file" ("id" text not null, "file_id" text not null, "kind" text check ("kind" in ('photo', 'document')) not null, "name" text not null, "mime_type" text null, "equipment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fleet_equipment_file_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_equipment_file_equipment_id" ON "fleet_equipment_file" ("equipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_equipment_file_deleted_at" ON "fleet_equipment_file" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fleet_maintenance_log_entry" ("id" text not null, "performed_at" timestamptz not null, "kind" text check ("kind" in ('preventive', 'corrective', 'inspection')) not null, "description" text not null, "technician" text null, "duration_minutes" integer null, "parts" jsonb null, "meter_values" jsonb null, "equipment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fleet_maintenance_log_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_maintenance_log_entry_equipment_id" ON "fleet_maintenance_log_entry" ("equipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_maintenance_log_entry_deleted_at" ON "fleet_maintenance_log_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_maintenance_log_entry_equipment_id_performed_at" ON "fleet_maintenance_log_entry" ("equipment_id", "performed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fleet_maintenance_plan" ("id" text not null, "name" text not null, "interval_days" integer null, "interval_units" double precision null, "meter_id" text null, "last_done_at" timestamptz null, "last_done_value" double precision null, "next_due_date" timestamptz null, "next_due_value" double precision null, "projected" boolean not null default false, "equipment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fleet_maintenance_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_maintenance_plan_equipment_id" ON "fleet_maintenance_plan" ("equipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_maintenance_plan_deleted_at" ON "fleet_maintenance_plan" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fleet_meter" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('hours', 'counter', 'kilometres', 'energy')) not null, "unit" text not null, "equipment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fleet_meter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_equipment_id" ON "fleet_meter" ("equipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_deleted_at" ON "fleet_meter" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "fleet_meter_reading" ("id" text not null, "value" double precision not null, "read_at" timestamptz not null, "source" text check ("source" in ('staff', 'technician', 'client')) not null, "status" text check ("status" in ('accepted', 'to_review', 'rejected')) not null default 'accepted', "note" text null, "photo_file_id" text null, "replacement" boolean not null default false, "meter_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "fleet_meter_reading_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_reading_meter_id" ON "fleet_meter_reading" ("meter_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_reading_deleted_at" ON "fleet_meter_reading" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_reading_meter_id_read_at_value_status" ON "fleet_meter_reading" ("meter_id", "read_at", "value", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_reading_meter_id_read_at" ON "fleet_meter_reading" ("meter_id", "read_at") WHERE replacement = true AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_reading_read_at" ON "fleet_meter_reading" ("read_at") WHERE status = 'to_review' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_fleet_meter_reading_photo_file_id" ON "fleet_meter_reading" ("photo_file_id") WHERE photo_file_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "fleet_equipment_file" add constraint "fleet_equipment_file_equipment_id_foreign" foreign key ("equipment_id") references "fleet_equipment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "fleet_maintenance_log_entry" add constraint "fleet_maintenance_log_entry_equipment_id_foreign" foreign key ("equipment_id") references "fleet_equipment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "fleet_maintenance_plan" add constraint "fleet_maintenance_plan_equipment_id_foreign" foreign key ("equipment_id") references "fleet_equipment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "fleet_meter" add constraint "fleet_meter_equipment_id_foreign" foreign key ("equipment_id") references "fleet_equipment" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "fleet_meter_reading" add constraint "fleet_meter_reading_meter_id_foreign" foreign key ("meter_id") references "fleet_meter" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "fleet_equipment_file" drop constraint if exists "fleet_equipment_file_equipment_id_foreign";`);

    this.addSql(`alter table if exists "fleet_maintenance_log_entry" drop constraint if exists "fleet_maintenance_log_entry_equipment_id_foreign";`);

    this.addSql(`alter table if exists "fleet_maintenance_plan" drop constraint if exists "fleet_maintenance_plan_equipment_id_foreign";`);

    this.addSql(`alter table if exists "fleet_meter" drop constraint if exists "fleet_meter_equipment_id_foreign";`);

    this.addSql(`alter table if exists "fleet_meter_reading" drop constraint if exists "fleet_meter_reading_meter_id_foreign";`);

    this.addSql(`drop table if exists "fleet_equipment" cascade;`);

    this.addSql(`drop table if exists "fleet_equipment_file" cascade;`);

    this.addSql(`drop table if exists "fleet_maintenance_log_entry" cascade;`);

    this.addSql(`drop table if exists "fleet_maintenance_plan" cascade;`);

    this.addSql(`drop table if exists "fleet_meter" cascade;`);

    this.addSql(`drop table if exists "fleet_meter_reading" cascade;`);
  }

}
