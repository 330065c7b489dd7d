import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206024048 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "portal_settings" add column if not exists "billing" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "portal_settings" drop column if exists "billing";`);
  }

}
