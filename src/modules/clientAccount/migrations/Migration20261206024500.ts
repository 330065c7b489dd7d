import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The support domain's settings (see src/modules/support/settings.ts). */
export class Migration20261206024500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "portal_settings" add column if not exists "support" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_settings" drop column if exists "support";`)
  }
}
