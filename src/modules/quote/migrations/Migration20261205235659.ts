import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * What the guarded transitions promise, held by the database too: an order belongs to one quote, only while
 * that quote reads accepted, and a quote has one sent version at a time.
 */
export class Migration20261205235659 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "quote" drop constraint if exists "quote_order_id_unique";`);
    this.addSql(`drop index if exists "IDX_quote_order_id";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_order_id_unique" ON "quote" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`alter table if exists "quote" add constraint quote_order_only_when_accepted check(order_id IS NULL OR status = 'accepted');`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_quote_version_one_sent" ON "quote_version" ("quote_id") WHERE status = 'sent' AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_quote_order_id_unique";`);
    this.addSql(`alter table if exists "quote" drop constraint if exists quote_order_only_when_accepted;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_quote_order_id" ON "quote" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_quote_version_one_sent";`);
  }

}
