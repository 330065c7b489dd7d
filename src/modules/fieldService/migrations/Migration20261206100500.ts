import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** An intervention type's portal texts, survey and action labels in the clients' other languages. */
export class Migration20261206100500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "field_intervention_type" add column if not exists "translations" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "field_intervention_type" drop column if exists "translations";`);
  }

}
