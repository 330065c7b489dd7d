import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206000323 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "client_view_as_code" drop constraint if exists "client_view_as_code_access_log_id_unique";`);
    this.addSql(`alter table if exists "client_view_as_code" drop constraint if exists "client_view_as_code_code_hash_unique";`);
    this.addSql(`create table if not exists "client_view_as_code" ("id" text not null, "code_hash" text not null, "access_log_id" text not null, "member_id" text not null, "customer_id" text not null, "user_id" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_view_as_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_view_as_code_code_hash_unique" ON "client_view_as_code" ("code_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_view_as_code_access_log_id_unique" ON "client_view_as_code" ("access_log_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_view_as_code_account_id" ON "client_view_as_code" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_view_as_code_deleted_at" ON "client_view_as_code" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "client_view_as_code" add constraint "client_view_as_code_account_id_foreign" foreign key ("account_id") references "client_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "client_view_as_code" cascade;`);
  }

}
