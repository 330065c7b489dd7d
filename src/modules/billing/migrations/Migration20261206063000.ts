import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206063000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "billing_order_approval" ("id" text not null, "account_id" text not null, "site_id" text null, "cart_id" text not null, "status" text check ("status" in ('pending', 'approved', 'declined')) not null default 'pending', "currency_code" text not null, "total" numeric not null, "raw_total" jsonb not null, "requested_by_customer_id" text not null, "requested_by_name" text null, "decided_by_customer_id" text null, "decided_by_name" text null, "decided_at" timestamptz null, "decline_reason" text null, "order_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "billing_order_approval_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_order_approval_deleted_at" ON "billing_order_approval" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_order_approval_account_id_status" ON "billing_order_approval" ("account_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_order_approval_cart_id_unique" ON "billing_order_approval" ("cart_id") WHERE status = 'pending' AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "billing_account_ordering" ("id" text not null, "account_id" text not null, "approval_threshold" numeric null, "raw_approval_threshold" jsonb null, "salesperson_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "billing_account_ordering_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_account_ordering_deleted_at" ON "billing_account_ordering" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_account_ordering_account_id_unique" ON "billing_account_ordering" ("account_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "billing_order_approval" cascade;`);
    this.addSql(`drop table if exists "billing_account_ordering" cascade;`);
  }

}
