import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123170658 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote_version" drop constraint if exists "quote_version_quote_id_version_unique";`);
    this.addSql(`alter table if exists "quote" drop constraint if exists "quote_number_unique";`);
    this.addSql(`create table if not exists "quote" ("id" text not null, "number" text not null, "account_id" text not null, "site_id" text null, "title" text not null, "status" text check ("status" in ('draft', 'sent', 'viewed', 'accepted', 'rejected', 'expired', 'cancelled')) not null default 'draft', "current_version" integer not null default 1, "currency_code" text not null, "region_id" text not null, "sales_channel_id" text null, "valid_until" timestamptz not null, "notes" text null, "requires_signature" boolean not null default false, "salesperson_id" text null, "sent_at" timestamptz null, "viewed_at" timestamptz null, "accepted_at" timestamptz null, "rejected_at" timestamptz null, "rejection_reason" text null, "cancelled_at" timestamptz null, "expired_at" timestamptz null, "accepted_version" integer null, "accepted_by_customer_id" text null, "accepted_by_name" text null, "accepted_ip" text null, "signature_name" text null, "accepted_line_ids" text[] null, "order_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_number_unique" ON "quote" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_deleted_at" ON "quote" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_account_id" ON "quote" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_status_valid_until" ON "quote" ("status", "valid_until") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_order_id" ON "quote" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_message" ("id" text not null, "account_id" text not null, "author_type" text check ("author_type" in ('client', 'staff')) not null, "author_id" text null, "author_name" text null, "body" text not null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_quote_id" ON "quote_message" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_message_deleted_at" ON "quote_message" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_status_change" ("id" text not null, "account_id" text not null, "status" text check ("status" in ('draft', 'sent', 'viewed', 'accepted', 'rejected', 'expired', 'cancelled')) not null, "version" integer null, "actor_type" text check ("actor_type" in ('client', 'staff', 'system')) not null, "actor_id" text null, "actor_name" text null, "note" text null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_status_change_quote_id" ON "quote_status_change" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_status_change_deleted_at" ON "quote_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_version" ("id" text not null, "account_id" text not null, "version" integer not null, "status" text check ("status" in ('draft', 'sent', 'superseded')) not null default 'draft', "sent_at" timestamptz null, "sent_by" text null, "quote_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_version_quote_id" ON "quote_version" ("quote_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_version_deleted_at" ON "quote_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_version_quote_id_version_unique" ON "quote_version" ("quote_id", "version") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "quote_line" ("id" text not null, "account_id" text not null, "rank" integer not null default 0, "variant_id" text null, "product_id" text null, "product_type_id" text null, "product_title" text null, "variant_title" text null, "sku" text null, "title" text not null, "description" text null, "quantity" integer not null, "unit_price" numeric not null, "is_tax_inclusive" boolean not null default false, "discount_percent" real not null default 0, "is_optional" boolean not null default false, "selected" boolean not null default true, "subtotal" numeric not null default 0, "discount_total" numeric not null default 0, "tax_total" numeric not null default 0, "total" numeric not null default 0, "tax_lines" jsonb null, "version_id" text not null, "raw_unit_price" jsonb not null, "raw_subtotal" jsonb not null default '{"value":"0","precision":20}', "raw_discount_total" jsonb not null default '{"value":"0","precision":20}', "raw_tax_total" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "quote_line_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_line_version_id" ON "quote_line" ("version_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_line_deleted_at" ON "quote_line" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "quote_message" add constraint "quote_message_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "quote_status_change" add constraint "quote_status_change_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "quote_version" add constraint "quote_version_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "quote_line" add constraint "quote_line_version_id_foreign" foreign key ("version_id") references "quote_version" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "quote_message" drop constraint if exists "quote_message_quote_id_foreign";`);

    this.addSql(`alter table if exists "quote_status_change" drop constraint if exists "quote_status_change_quote_id_foreign";`);

    this.addSql(`alter table if exists "quote_version" drop constraint if exists "quote_version_quote_id_foreign";`);

    this.addSql(`alter table if exists "quote_line" drop constraint if exists "quote_line_version_id_foreign";`);

    this.addSql(`drop table if exists "quote" cascade;`);

    this.addSql(`drop table if exists "quote_message" cascade;`);

    this.addSql(`drop table if exists "quote_status_change" cascade;`);

    this.addSql(`drop table if exists "quote_version" cascade;`);

    this.addSql(`drop table if exists "quote_line" cascade;`);
  }

}
