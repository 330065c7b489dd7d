import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206024039 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "rental_unit" drop constraint if exists "rental_unit_equipment_id_unique";`);
    this.addSql(`alter table if exists "rental_slip" drop constraint if exists "rental_slip_reservation_id_kind_unique";`);
    this.addSql(`alter table if exists "rental_slip" drop constraint if exists "rental_slip_number_unique";`);
    this.addSql(`alter table if exists "rental_reservation" drop constraint if exists "rental_reservation_order_id_unique";`);
    this.addSql(`alter table if exists "rental_reservation" drop constraint if exists "rental_reservation_number_unique";`);
    this.addSql(`alter table if exists "rental_rate" drop constraint if exists "rental_rate_rental_model_id_currency_code_unique";`);
    this.addSql(`alter table if exists "rental_model" drop constraint if exists "rental_model_variant_id_unique";`);
    this.addSql(`create table if not exists "rental_model" ("id" text not null, "variant_id" text not null, "title" text not null, "description" text null, "buffer_hours" integer not null default 24, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_model_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_model_deleted_at" ON "rental_model" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_model_variant_id_unique" ON "rental_model" ("variant_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_rate" ("id" text not null, "currency_code" text not null, "day_rate" numeric not null, "week_rate" numeric null, "month_rate" numeric null, "deposit" numeric not null default 0, "meter_allowance_per_day" real null, "extra_meter_rate" numeric null, "rental_model_id" text not null, "raw_day_rate" jsonb not null, "raw_week_rate" jsonb null, "raw_month_rate" jsonb null, "raw_deposit" jsonb not null default '{"value":"0","precision":20}', "raw_extra_meter_rate" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_rate_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_rate_rental_model_id" ON "rental_rate" ("rental_model_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_rate_deleted_at" ON "rental_rate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_rate_rental_model_id_currency_code_unique" ON "rental_rate" ("rental_model_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_reservation" ("id" text not null, "number" text not null, "account_id" text not null, "site_id" text null, "status" text check ("status" in ('requested', 'confirmed', 'out', 'returned', 'cancelled', 'rejected')) not null default 'requested', "is_loan" boolean not null default false, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "currency_code" text not null, "estimated_total" numeric not null default 0, "deposit_total" numeric not null default 0, "customer_id" text null, "requested_by_name" text null, "notes" text null, "rejection_reason" text null, "confirmed_at" timestamptz null, "out_at" timestamptz null, "returned_at" timestamptz null, "cancelled_at" timestamptz null, "rejected_at" timestamptz null, "order_id" text null, "raw_estimated_total" jsonb not null default '{"value":"0","precision":20}', "raw_deposit_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_reservation_pkey" primary key ("id"), constraint rental_reservation_ends_after_start check (ends_at > starts_at), constraint rental_reservation_loan_without_order check (NOT is_loan OR order_id IS NULL));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_reservation_number_unique" ON "rental_reservation" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_reservation_deleted_at" ON "rental_reservation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_reservation_account_id_starts_at" ON "rental_reservation" ("account_id", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_reservation_status_starts_at" ON "rental_reservation" ("status", "starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_reservation_order_id_unique" ON "rental_reservation" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_line" ("id" text not null, "model_id" text not null, "variant_id" text not null, "title" text not null, "quantity" integer not null, "price" numeric not null default 0, "deposit" numeric not null default 0, "reservation_id" text not null, "raw_price" jsonb not null default '{"value":"0","precision":20}', "raw_deposit" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_line_pkey" primary key ("id"), constraint rental_line_quantity_positive check (quantity > 0));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_line_reservation_id" ON "rental_line" ("reservation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_line_deleted_at" ON "rental_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_charge" ("id" text not null, "kind" text check ("kind" in ('rental', 'extra_meter', 'late', 'damage', 'cancellation', 'change')) not null, "description" text not null, "quantity" real not null default 1, "unit_amount" numeric not null, "amount" numeric not null, "reservation_id" text not null, "raw_unit_amount" jsonb not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_charge_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_charge_reservation_id" ON "rental_charge" ("reservation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_charge_deleted_at" ON "rental_charge" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_assignment" ("id" text not null, "unit_id" text not null, "line_id" text not null, "starts_at" timestamptz not null, "blocked_until" timestamptz not null, "live" boolean not null default true, "reservation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_assignment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_assignment_reservation_id" ON "rental_assignment" ("reservation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_assignment_deleted_at" ON "rental_assignment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_assignment_unit_id_starts_at" ON "rental_assignment" ("unit_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_slip" ("id" text not null, "kind" text check ("kind" in ('exit', 'return')) not null, "number" text not null, "performed_at" timestamptz not null, "condition_notes" text null, "client_signature_name" text null, "staff_signature_name" text null, "damage" boolean not null default false, "missing_items" text null, "units" jsonb not null, "photos" jsonb null, "reservation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_slip_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_slip_number_unique" ON "rental_slip" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_slip_reservation_id" ON "rental_slip" ("reservation_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_slip_deleted_at" ON "rental_slip" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_slip_reservation_id_kind_unique" ON "rental_slip" ("reservation_id", "kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_unit" ("id" text not null, "equipment_id" text not null, "active" boolean not null default true, "rental_model_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_unit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_unit_rental_model_id" ON "rental_unit" ("rental_model_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_unit_deleted_at" ON "rental_unit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_unit_equipment_id_unique" ON "rental_unit" ("equipment_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "rental_block" ("id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "reason" text null, "unit_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "rental_block_pkey" primary key ("id"), constraint rental_block_ends_after_start check (ends_at > starts_at));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_block_unit_id" ON "rental_block" ("unit_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_block_deleted_at" ON "rental_block" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_block_unit_id_starts_at" ON "rental_block" ("unit_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "rental_rate" add constraint "rental_rate_rental_model_id_foreign" foreign key ("rental_model_id") references "rental_model" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "rental_line" add constraint "rental_line_reservation_id_foreign" foreign key ("reservation_id") references "rental_reservation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "rental_charge" add constraint "rental_charge_reservation_id_foreign" foreign key ("reservation_id") references "rental_reservation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "rental_assignment" add constraint "rental_assignment_reservation_id_foreign" foreign key ("reservation_id") references "rental_reservation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "rental_slip" add constraint "rental_slip_reservation_id_foreign" foreign key ("reservation_id") references "rental_reservation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "rental_unit" add constraint "rental_unit_rental_model_id_foreign" foreign key ("rental_model_id") references "rental_model" ("id") on update cascade;`);

    this.addSql(`alter table if exists "rental_block" add constraint "rental_block_unit_id_foreign" foreign key ("unit_id") references "rental_unit" ("id") on update cascade on delete cascade;`);

    // No unit is ever given twice for overlapping times: `during` is the assignment's range including the
    // buffer, and the exclusion constraint refuses any live row whose range meets another live row's on the
    // same unit, whichever path inserts it (workflow, script, psql). btree_gist lets gist compare unit_id; the
    // constraint's own gist index is also what availability reads.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`alter table "rental_assignment" add column if not exists "during" tstzrange generated always as (tstzrange("starts_at", "blocked_until", '[)')) stored;`);
    this.addSql(`alter table "rental_assignment" add constraint "rental_assignment_unit_during_excl" exclude using gist ("unit_id" with =, "during" with &&) where ("live" and "deleted_at" is null);`);
    this.addSql(`alter table "rental_assignment" add constraint "rental_assignment_range_check" check ("blocked_until" > "starts_at");`);
    this.addSql(`alter table "rental_assignment" add constraint "rental_assignment_unit_id_foreign" foreign key ("unit_id") references "rental_unit" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "rental_rate" drop constraint if exists "rental_rate_rental_model_id_foreign";`);

    this.addSql(`alter table if exists "rental_unit" drop constraint if exists "rental_unit_rental_model_id_foreign";`);

    this.addSql(`alter table if exists "rental_line" drop constraint if exists "rental_line_reservation_id_foreign";`);

    this.addSql(`alter table if exists "rental_charge" drop constraint if exists "rental_charge_reservation_id_foreign";`);

    this.addSql(`alter table if exists "rental_assignment" drop constraint if exists "rental_assignment_reservation_id_foreign";`);

    this.addSql(`alter table if exists "rental_slip" drop constraint if exists "rental_slip_reservation_id_foreign";`);

    this.addSql(`alter table if exists "rental_block" drop constraint if exists "rental_block_unit_id_foreign";`);

    this.addSql(`drop table if exists "rental_model" cascade;`);

    this.addSql(`drop table if exists "rental_rate" cascade;`);

    this.addSql(`drop table if exists "rental_reservation" cascade;`);

    this.addSql(`drop table if exists "rental_line" cascade;`);

    this.addSql(`drop table if exists "rental_charge" cascade;`);

    this.addSql(`drop table if exists "rental_assignment" cascade;`);

    this.addSql(`drop table if exists "rental_slip" cascade;`);

    this.addSql(`drop table if exists "rental_unit" cascade;`);

    this.addSql(`drop table if exists "rental_block" cascade;`);
  }

}
