import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206061500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_order_invoiced_once" ON "billing_invoice" ("order_id") WHERE order_id IS NOT NULL AND kind = 'invoice' AND status <> 'cancelled' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_billing_invoice_order_invoiced_once";`);
  }

}
