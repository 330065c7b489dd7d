import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261205235606 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "client_member_invitation" drop constraint if exists "client_member_invitation_account_id_email_unique";`);
    this.addSql(`create table if not exists "client_member_invitation" ("id" text not null, "email" text not null, "first_name" text null, "last_name" text null, "phone" text null, "role" text check ("role" in ('admin', 'approver', 'requester', 'viewer')) not null, "site_ids" text[] not null default '{}', "status" text check ("status" in ('pending', 'accepted', 'cancelled')) not null default 'pending', "invited_by" text not null, "invited_at" timestamptz not null, "accepted_at" timestamptz null, "member_id" text null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_member_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_member_invitation_account_id" ON "client_member_invitation" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_member_invitation_deleted_at" ON "client_member_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_member_invitation_account_id_email_unique" ON "client_member_invitation" ("account_id", "email") WHERE status = 'pending' AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_member_invitation_email_status" ON "client_member_invitation" ("email", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "client_member_invitation" add constraint "client_member_invitation_account_id_foreign" foreign key ("account_id") references "client_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "client_member_invitation" cascade;`);
  }

}
