import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123170937 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "portal_staff_alert" ("id" text not null, "event" text not null, "title" text not null, "resource_type" text not null, "resource_id" text not null, "admin_path" text not null, "account_id" text null, "actor_name" text null, "staff_user_id" text null, "data" jsonb null, "mail_to" text null, "mail_status" text check ("mail_status" in ('pending', 'sent', 'no_recipient')) not null default 'pending', "mail_attempts" integer not null default 0, "mail_next_attempt_at" timestamptz null, "mail_last_error" text null, "mail_sent_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_staff_alert_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_staff_alert_deleted_at" ON "portal_staff_alert" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_staff_alert_created_at" ON "portal_staff_alert" ("created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_staff_alert_mail_status_mail_next_attempt_at" ON "portal_staff_alert" ("mail_status", "mail_next_attempt_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "portal_staff_alert" cascade;`);
  }

}
