import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123144450 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "client_secure_link" drop constraint if exists "client_secure_link_token_hash_unique";`);
    this.addSql(`alter table if exists "account_member" drop constraint if exists "account_member_customer_id_unique";`);
    this.addSql(`alter table if exists "client_account" drop constraint if exists "client_account_number_unique";`);
    this.addSql(`create table if not exists "client_access_code" ("id" text not null, "identifier" text not null, "customer_id" text null, "code_hash" text null, "channel" text check ("channel" in ('email', 'sms', 'none')) not null, "expires_at" timestamptz not null, "failed_attempts" integer not null default 0, "consumed_at" timestamptz null, "ip" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_access_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_code_deleted_at" ON "client_access_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_code_identifier_created_at" ON "client_access_code" ("identifier", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_code_ip_created_at" ON "client_access_code" ("ip", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "client_account" ("id" text not null, "number" text not null, "name" text not null, "address_1" text null, "address_2" text null, "postal_code" text null, "city" text null, "country_code" text null, "contact_name" text null, "contact_email" text null, "contact_phone" text null, "notes" text null, "locale" text not null default 'en', "portal_enabled" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_account_number_unique" ON "client_account" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_account_deleted_at" ON "client_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "client_access_log" ("id" text not null, "event" text check ("event" in ('code_requested', 'code_failed', 'code_locked', 'rate_limited', 'signed_in', 'signed_out', 'link_opened', 'link_refused', 'activation_used', 'activation_refused', 'impersonation_started', 'member_invited', 'member_removed')) not null, "identifier" text null, "member_id" text null, "customer_id" text null, "secure_link_id" text null, "user_id" text null, "ip" text null, "user_agent" text null, "details" jsonb null, "account_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_access_log_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_log_account_id" ON "client_access_log" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_log_deleted_at" ON "client_access_log" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_log_account_id_created_at" ON "client_access_log" ("account_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_log_identifier_created_at" ON "client_access_log" ("identifier", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_access_log_ip_created_at" ON "client_access_log" ("ip", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "account_member" ("id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'approver', 'requester', 'viewer')) not null default 'viewer', "is_payer" boolean not null default false, "site_ids" text[] not null default '{}', "invited_at" timestamptz null, "invited_by" text null, "activated_at" timestamptz null, "last_sign_in_at" timestamptz null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_member_customer_id_unique" ON "account_member" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_member_account_id" ON "account_member" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_member_deleted_at" ON "account_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "client_activation" ("id" text not null, "member_id" text not null, "letter_code_hash" text not null, "email_code_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_activation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_activation_deleted_at" ON "client_activation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_activation_member_id" ON "client_activation" ("member_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "client_secure_link" ("id" text not null, "token_hash" text not null, "label" text null, "scope" text check ("scope" in ('account', 'site', 'intervention')) not null default 'account', "site_id" text null, "intervention_id" text null, "allow_actions" boolean not null default false, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "use_count" integer not null default 0, "created_by" text null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_secure_link_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_secure_link_token_hash_unique" ON "client_secure_link" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_secure_link_account_id" ON "client_secure_link" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_secure_link_deleted_at" ON "client_secure_link" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "client_site" ("id" text not null, "name" text not null, "address_1" text null, "address_2" text null, "postal_code" text null, "city" text null, "country_code" text null, "latitude" real null, "longitude" real null, "contact_name" text null, "contact_phone" text null, "contact_email" text null, "notes" text null, "account_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_site_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_site_account_id" ON "client_site" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_client_site_deleted_at" ON "client_site" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "portal_settings" ("id" text not null, "business_name" text null, "logo_url" text null, "general_information" text null, "sections" jsonb null, "access_methods" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_settings_deleted_at" ON "portal_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "client_access_log" add constraint "client_access_log_account_id_foreign" foreign key ("account_id") references "client_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "account_member" add constraint "account_member_account_id_foreign" foreign key ("account_id") references "client_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "client_secure_link" add constraint "client_secure_link_account_id_foreign" foreign key ("account_id") references "client_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "client_site" add constraint "client_site_account_id_foreign" foreign key ("account_id") references "client_account" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "client_access_log" drop constraint if exists "client_access_log_account_id_foreign";`);

    this.addSql(`alter table if exists "account_member" drop constraint if exists "account_member_account_id_foreign";`);

    this.addSql(`alter table if exists "client_secure_link" drop constraint if exists "client_secure_link_account_id_foreign";`);

    this.addSql(`alter table if exists "client_site" drop constraint if exists "client_site_account_id_foreign";`);

    this.addSql(`drop table if exists "client_access_code" cascade;`);

    this.addSql(`drop table if exists "client_account" cascade;`);

    this.addSql(`drop table if exists "client_access_log" cascade;`);

    this.addSql(`drop table if exists "account_member" cascade;`);

    this.addSql(`drop table if exists "client_activation" cascade;`);

    this.addSql(`drop table if exists "client_secure_link" cascade;`);

    this.addSql(`drop table if exists "client_site" cascade;`);

    this.addSql(`drop table if exists "portal_settings" cascade;`);
  }

}
