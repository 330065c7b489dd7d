import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Availability reads a model's live assignments over a period for every unit at once (1,000 units in the
 * bench): one probe of the exclusion constraint's gist index per unit cost twice what a btree probe does, so
 * busy ranges are read through this btree (unit, end of the range with its buffer; start included, so the
 * heap is not visited).
 */
export class Migration20261206064500 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_rental_assignment_live_unit_id_blocked_until" ON "rental_assignment" ("unit_id", "blocked_until") INCLUDE ("starts_at") WHERE live AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_rental_assignment_live_unit_id_blocked_until";`);
  }

}
