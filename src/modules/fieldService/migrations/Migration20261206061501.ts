import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** A visit photo's caption: what it shows, the portal's alt text. */
export class Migration20261206061501 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "field_intervention_photo" add column if not exists "caption" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "field_intervention_photo" drop column if exists "caption";`);
  }

}
