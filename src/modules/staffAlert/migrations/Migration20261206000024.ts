import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206000024 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "portal_staff_alert" drop constraint if exists "portal_staff_alert_event_key_unique";`);
    this.addSql(`alter table if exists "portal_staff_alert" add column if not exists "event_key" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_staff_alert_event_key_unique" ON "portal_staff_alert" ("event_key") WHERE event_key IS NOT NULL AND deleted_at IS NULL;`);
    // Before this migration an alert waited for its first mail with no next attempt, which the retry job
    // never looked at: such an alert left behind by a process that died makes it due now.
    this.addSql(`update "portal_staff_alert" set "mail_next_attempt_at" = "created_at" where "mail_status" = 'pending' and "mail_next_attempt_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_portal_staff_alert_event_key_unique";`);
    this.addSql(`alter table if exists "portal_staff_alert" drop column if exists "event_key";`);
  }

}
