import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/** Rates per customer group: one general rate per model and currency, one more per group that has its own. */
export class Migration20261206061708 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "rental_rate" add column if not exists "customer_group_id" text null;`);
    // The generator keeps an index of the same name as it was: the general rate's uniqueness now leaves group rates out.
    this.addSql(`drop index if exists "IDX_rental_rate_rental_model_id_currency_code_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_rate_rental_model_id_currency_code_unique" ON "rental_rate" ("rental_model_id", "currency_code") WHERE customer_group_id IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_rate_rental_model_id_currency_code_customer_group_id_unique" ON "rental_rate" ("rental_model_id", "currency_code", "customer_group_id") WHERE customer_group_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_rental_rate_rental_model_id_currency_code_customer_group_id_unique";`);
    this.addSql(`delete from "rental_rate" where "customer_group_id" is not null;`);
    this.addSql(`drop index if exists "IDX_rental_rate_rental_model_id_currency_code_unique";`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_rental_rate_rental_model_id_currency_code_unique" ON "rental_rate" ("rental_model_id", "currency_code") WHERE deleted_at IS NULL;`);
    this.addSql(`alter table if exists "rental_rate" drop column if exists "customer_group_id";`);
  }

}
