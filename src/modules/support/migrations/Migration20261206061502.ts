import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** One notification per member and occurrence: the key a redelivered event finds its row by. */
export class Migration20261206061502 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_notification" add column if not exists "dedupe_key" text null;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_notification_member_id_dedupe_key_unique" ON "support_notification" ("member_id", "dedupe_key") WHERE dedupe_key IS NOT NULL AND deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_support_notification_member_id_dedupe_key_unique";`)
    this.addSql(`alter table if exists "support_notification" drop column if exists "dedupe_key";`)
  }
}
