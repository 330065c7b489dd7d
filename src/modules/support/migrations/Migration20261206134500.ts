import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A ticket category's name and description in the clients' other languages. */
export class Migration20261206134500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_ticket_category" add column if not exists "translations" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_ticket_category" drop column if exists "translations";`);
  }

}
