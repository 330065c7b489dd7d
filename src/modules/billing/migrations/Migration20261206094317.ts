import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206094317 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "billing_invoice" add column if not exists "fulfillment_id" text null;`);
    this.addSql(`drop index if exists "IDX_billing_invoice_order_invoiced_once";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_order_invoiced_once" ON "billing_invoice" ("order_id") WHERE order_id IS NOT NULL AND kind = 'invoice' AND fulfillment_id IS NULL AND status <> 'cancelled' AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_fulfillment_invoiced_once" ON "billing_invoice" ("fulfillment_id") WHERE fulfillment_id IS NOT NULL AND status <> 'cancelled' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_billing_invoice_fulfillment_invoiced_once";`);
    this.addSql(`drop index if exists "IDX_billing_invoice_order_invoiced_once";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_order_invoiced_once" ON "billing_invoice" ("order_id") WHERE order_id IS NOT NULL AND kind = 'invoice' AND status <> 'cancelled' AND deleted_at IS NULL;`);
    this.addSql(`alter table if exists "billing_invoice" drop column if exists "fulfillment_id";`);
  }

}
