import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206024011 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_ticket" drop constraint if exists "support_ticket_thread_id_unique";`);
    this.addSql(`alter table if exists "support_ticket" drop constraint if exists "support_ticket_number_unique";`);
    this.addSql(`alter table if exists "support_message_receipt" drop constraint if exists "support_message_receipt_message_id_member_id_unique";`);
    this.addSql(`alter table if exists "support_notification_preference" drop constraint if exists "support_notification_preference_member_id_event_unique";`);
    this.addSql(`alter table if exists "support_document_version" drop constraint if exists "support_document_version_document_id_version_unique";`);
    this.addSql(`alter table if exists "support_document_read" drop constraint if exists "support_document_read_version_id_member_id_unique";`);
    this.addSql(`alter table if exists "support_change_request_field" drop constraint if exists "support_change_request_field_change_request_id_field_unique";`);
    this.addSql(`create table if not exists "support_change_audit_entry" ("id" text not null, "account_id" text not null, "change_request_id" text not null, "action" text not null, "field" text null, "old_value" text null, "new_value" text null, "reason" text null, "actor_type" text not null, "actor_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_change_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_audit_entry_deleted_at" ON "support_change_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_audit_entry_change_request_id_created_at" ON "support_change_audit_entry" ("change_request_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_audit_entry_account_id_created_at" ON "support_change_audit_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_change_request" ("id" text not null, "account_id" text not null, "target" text check ("target" in ('account', 'site')) not null, "site_id" text null, "status" text check ("status" in ('pending', 'approved', 'partially_approved', 'rejected')) not null default 'pending', "note" text null, "requested_by_member_id" text null, "requested_by_name" text null, "decided_by" text null, "decided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_change_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_request_deleted_at" ON "support_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_request_account_id_status" ON "support_change_request" ("account_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_request_status_created_at" ON "support_change_request" ("status", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_change_request_field" ("id" text not null, "field" text not null, "current_value" text null, "proposed_value" text null, "decision" text check ("decision" in ('pending', 'approved', 'rejected')) not null default 'pending', "reason" text null, "decided_by" text null, "decided_at" timestamptz null, "applied_value_before" text null, "applied_at" timestamptz null, "change_request_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_change_request_field_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_request_field_change_request_id" ON "support_change_request_field" ("change_request_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_change_request_field_deleted_at" ON "support_change_request_field" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_change_request_field_change_request_id_field_unique" ON "support_change_request_field" ("change_request_id", "field") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_document" ("id" text not null, "title" text not null, "description" text null, "category" text check ("category" in ('technical', 'commercial', 'contract', 'price_list', 'template')) not null, "audience" text check ("audience" in ('all', 'account', 'site', 'equipment')) not null, "account_id" text null, "site_id" text null, "equipment_id" text null, "current_version" integer not null default 0, "current_version_id" text null, "valid_from" timestamptz null, "valid_until" timestamptz null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_document_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_deleted_at" ON "support_document" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_audience_account_id" ON "support_document" ("audience", "account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_site_id" ON "support_document" ("site_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_equipment_id" ON "support_document" ("equipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_category" ON "support_document" ("category") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_document_read" ("id" text not null, "document_id" text not null, "version_id" text not null, "version" integer not null, "account_id" text not null, "member_id" text not null, "member_name" text null, "read_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_document_read_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_read_deleted_at" ON "support_document_read" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_document_read_version_id_member_id_unique" ON "support_document_read" ("version_id", "member_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_read_member_id_document_id" ON "support_document_read" ("member_id", "document_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_document_version" ("id" text not null, "version" integer not null, "file_id" text not null, "name" text not null, "mime_type" text not null, "size" integer not null, "note" text null, "published_by" text null, "document_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_document_version_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_version_document_id" ON "support_document_version" ("document_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_document_version_deleted_at" ON "support_document_version" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_document_version_document_id_version_unique" ON "support_document_version" ("document_id", "version") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_notification" ("id" text not null, "account_id" text not null, "member_id" text not null, "event" text not null, "title" text not null, "body" text null, "link" text null, "data" jsonb null, "read_at" timestamptz null, "emailed_at" timestamptz null, "digest_pending" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_notification_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_notification_deleted_at" ON "support_notification" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_notification_member_id_created_at" ON "support_notification" ("member_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_notification_member_id" ON "support_notification" ("member_id") WHERE read_at IS NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_notification_digest_pending" ON "support_notification" ("digest_pending") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_notification_preference" ("id" text not null, "account_id" text not null, "member_id" text not null, "event" text not null, "channel" text check ("channel" in ('portal', 'email', 'digest')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_notification_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_notification_preference_deleted_at" ON "support_notification_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_notification_preference_member_id_event_unique" ON "support_notification_preference" ("member_id", "event") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_thread" ("id" text not null, "account_id" text not null, "site_id" text null, "kind" text check ("kind" in ('ticket', 'announcement', 'conversation')) not null, "subject" text not null, "ticket_id" text null, "recipient_member_ids" text[] not null default '{}', "started_by_type" text not null, "started_by_id" text null, "last_message_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_thread_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_thread_deleted_at" ON "support_thread" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_thread_account_id_last_message_at" ON "support_thread" ("account_id", "last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_thread_kind_last_message_at" ON "support_thread" ("kind", "last_message_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_message" ("id" text not null, "account_id" text not null, "author_type" text check ("author_type" in ('member', 'staff')) not null, "author_id" text null, "author_name" text null, "body" text not null, "internal" boolean not null default false, "thread_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_thread_id" ON "support_message" ("thread_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_deleted_at" ON "support_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_thread_id_created_at" ON "support_message" ("thread_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_account_id" ON "support_message" ("account_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_message_receipt" ("id" text not null, "account_id" text not null, "thread_id" text not null, "member_id" text not null, "delivered_at" timestamptz null, "delivered_via" text check ("delivered_via" in ('portal', 'email')) null, "read_at" timestamptz null, "message_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_message_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_receipt_message_id" ON "support_message_receipt" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_receipt_deleted_at" ON "support_message_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_message_receipt_message_id_member_id_unique" ON "support_message_receipt" ("message_id", "member_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_receipt_member_id_thread_id" ON "support_message_receipt" ("member_id", "thread_id") WHERE read_at IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_attachment" ("id" text not null, "account_id" text not null, "file_id" text not null, "name" text not null, "mime_type" text not null, "size" integer not null, "message_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_attachment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_message_id" ON "support_attachment" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_deleted_at" ON "support_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_account_id" ON "support_attachment" ("account_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_ticket_category" ("id" text not null, "name" text not null, "description" text null, "default_assignee_id" text null, "rank" integer not null default 0, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_ticket_category_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_category_deleted_at" ON "support_ticket_category" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_ticket" ("id" text not null, "number" text not null, "account_id" text not null, "site_id" text null, "equipment_id" text null, "subject" text not null, "description" text not null, "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) not null default 'normal', "status" text check ("status" in ('open', 'in_progress', 'waiting_for_client', 'resolved', 'closed')) not null default 'open', "assignee_id" text null, "sla_due_at" timestamptz null, "thread_id" text not null, "opened_by_member_id" text null, "opened_by_name" text null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "reopened_count" integer not null default 0, "category_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_ticket_number_unique" ON "support_ticket" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_ticket_thread_id_unique" ON "support_ticket" ("thread_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_category_id" ON "support_ticket" ("category_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_deleted_at" ON "support_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_account_id_status" ON "support_ticket" ("account_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_assignee_id_status" ON "support_ticket" ("assignee_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_status_sla_due_at" ON "support_ticket" ("status", "sla_due_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_routing_rule" ("id" text not null, "site_id" text null, "priority" text check ("priority" in ('low', 'normal', 'high', 'urgent')) null, "assignee_id" text not null, "category_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_routing_rule_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_routing_rule_category_id" ON "support_routing_rule" ("category_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_routing_rule_deleted_at" ON "support_routing_rule" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "support_change_request_field" add constraint "support_change_request_field_change_request_id_foreign" foreign key ("change_request_id") references "support_change_request" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "support_document_version" add constraint "support_document_version_document_id_foreign" foreign key ("document_id") references "support_document" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "support_message" add constraint "support_message_thread_id_foreign" foreign key ("thread_id") references "support_thread" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "support_message_receipt" add constraint "support_message_receipt_message_id_foreign" foreign key ("message_id") references "support_message" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "support_attachment" add constraint "support_attachment_message_id_foreign" foreign key ("message_id") references "support_message" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "support_ticket" add constraint "support_ticket_category_id_foreign" foreign key ("category_id") references "support_ticket_category" ("id") on update cascade;`);

    this.addSql(`alter table if exists "support_routing_rule" add constraint "support_routing_rule_category_id_foreign" foreign key ("category_id") references "support_ticket_category" ("id") on update cascade on delete cascade;`);

    // Ticket numbers (see SupportModuleService.nextTicketNumber); no data model holds a sequence.
    this.addSql(`create sequence if not exists "support_ticket_number_seq" start with 10001;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "support_ticket_number_seq";`);
    this.addSql(`alter table if exists "support_change_request_field" drop constraint if exists "support_change_request_field_change_request_id_foreign";`);

    this.addSql(`alter table if exists "support_document_version" drop constraint if exists "support_document_version_document_id_foreign";`);

    this.addSql(`alter table if exists "support_message" drop constraint if exists "support_message_thread_id_foreign";`);

    this.addSql(`alter table if exists "support_message_receipt" drop constraint if exists "support_message_receipt_message_id_foreign";`);

    this.addSql(`alter table if exists "support_attachment" drop constraint if exists "support_attachment_message_id_foreign";`);

    this.addSql(`alter table if exists "support_ticket" drop constraint if exists "support_ticket_category_id_foreign";`);

    this.addSql(`alter table if exists "support_routing_rule" drop constraint if exists "support_routing_rule_category_id_foreign";`);

    this.addSql(`drop table if exists "support_change_audit_entry" cascade;`);

    this.addSql(`drop table if exists "support_change_request" cascade;`);

    this.addSql(`drop table if exists "support_change_request_field" cascade;`);

    this.addSql(`drop table if exists "support_document" cascade;`);

    this.addSql(`drop table if exists "support_document_read" cascade;`);

    this.addSql(`drop table if exists "support_document_version" cascade;`);

    this.addSql(`drop table if exists "support_notification" cascade;`);

    this.addSql(`drop table if exists "support_notification_preference" cascade;`);

    this.addSql(`drop table if exists "support_thread" cascade;`);

    this.addSql(`drop table if exists "support_message" cascade;`);

    this.addSql(`drop table if exists "support_message_receipt" cascade;`);

    this.addSql(`drop table if exists "support_attachment" cascade;`);

    this.addSql(`drop table if exists "support_ticket_category" cascade;`);

    this.addSql(`drop table if exists "support_ticket" cascade;`);

    this.addSql(`drop table if exists "support_routing_rule" cascade;`);
  }

}
