import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The inbox's delivery marks look up a member's receipts not yet delivered, in the threads shown. */
export class Migration20261206075500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_support_message_receipt_undelivered" ON "support_message_receipt" ("member_id", "thread_id") WHERE delivered_at IS NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_support_message_receipt_undelivered";`)
  }
}
