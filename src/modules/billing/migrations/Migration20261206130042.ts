import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206130042 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "billing_order_pad_favourite" ("id" text not null, "account_id" text not null, "customer_id" text not null, "variant_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "billing_order_pad_favourite_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_order_pad_favourite_deleted_at" ON "billing_order_pad_favourite" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_order_pad_favourite_unique" ON "billing_order_pad_favourite" ("account_id", "customer_id", "variant_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "billing_order_pad_favourite" cascade;`);
  }

}
