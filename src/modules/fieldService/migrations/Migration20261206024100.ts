import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * What the models cannot say: the database refuses two live (not cancelled, not deleted) appointments of one
 * technician overlapping in time, whatever races the booking's lock might miss; and intervention numbers come
 * from a sequence, so two requests at the same instant never share one.
 */
export class Migration20261206024100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`alter table if exists "field_intervention" add constraint "field_intervention_no_overlap" exclude using gist ("technician_id" with =, tstzrange("scheduled_start", "scheduled_end", '[)') with &&) where ("status" <> 'cancelled' and "deleted_at" is null and "technician_id" is not null and "scheduled_start" is not null);`);
    this.addSql(`create sequence if not exists "field_intervention_number_seq" start with 1001;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "field_intervention" drop constraint if exists "field_intervention_no_overlap";`);
    this.addSql(`drop sequence if exists "field_intervention_number_seq";`);
  }

}
