import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206024049 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "billing_invoice_payment" drop constraint if exists "billing_invoice_payment_payment_id_invoice_id_unique";`);
    this.addSql(`alter table if exists "billing_invoice_counter" drop constraint if exists "billing_invoice_counter_kind_year_unique";`);
    this.addSql(`alter table if exists "billing_invoice" drop constraint if exists "billing_invoice_number_unique";`);
    this.addSql(`alter table if exists "billing_invoice" drop constraint if exists "billing_invoice_kind_year_sequence_unique";`);
    this.addSql(`create table if not exists "billing_deposit_schedule" ("id" text not null, "account_id" text not null, "site_id" text null, "title" text not null, "currency_code" text not null, "monthly_amount" numeric not null, "start_date" timestamptz not null, "count" integer not null, "issued_count" integer not null default 0, "status" text check ("status" in ('active', 'completed', 'cancelled')) not null default 'active', "settlement_invoice_id" text null, "metadata" jsonb null, "raw_monthly_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "billing_deposit_schedule_pkey" primary key ("id"), constraint billing_deposit_schedule_issued_within_count check (issued_count >= 0 AND issued_count <= count));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_deposit_schedule_deleted_at" ON "billing_deposit_schedule" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_deposit_schedule_account_id" ON "billing_deposit_schedule" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_deposit_schedule_status_start_date" ON "billing_deposit_schedule" ("status", "start_date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "billing_invoice" ("id" text not null, "account_id" text not null, "site_id" text null, "order_id" text null, "kind" text check ("kind" in ('invoice', 'deposit', 'settlement', 'credit_note')) not null default 'invoice', "number" text not null, "year" integer not null, "sequence" integer not null, "status" text check ("status" in ('open', 'partly_paid', 'paid', 'overdue', 'cancelled')) not null default 'open', "issue_date" timestamptz not null, "due_date" timestamptz not null, "currency_code" text not null, "subtotal" numeric not null default 0, "tax_total" numeric not null default 0, "deposit_total" numeric not null default 0, "total" numeric not null default 0, "paid_total" numeric not null default 0, "credited_total" numeric not null default 0, "lines" jsonb not null, "billing_details" jsonb null, "pdf_file_id" text null, "credited_invoice_id" text null, "deducted_in_id" text null, "deposit_schedule_id" text null, "reason" text null, "paid_at" timestamptz null, "cancelled_at" timestamptz null, "sent_at" timestamptz null, "last_reminder_at" timestamptz null, "reminder_count" integer not null default 0, "metadata" jsonb null, "raw_subtotal" jsonb not null default '{"value":"0","precision":20}', "raw_tax_total" jsonb not null default '{"value":"0","precision":20}', "raw_deposit_total" jsonb not null default '{"value":"0","precision":20}', "raw_total" jsonb not null default '{"value":"0","precision":20}', "raw_paid_total" jsonb not null default '{"value":"0","precision":20}', "raw_credited_total" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "billing_invoice_pkey" primary key ("id"), constraint billing_invoice_amounts_not_negative check (paid_total >= 0 AND credited_total >= 0), constraint billing_invoice_credit_note_credits check ((kind = 'credit_note') = (credited_invoice_id IS NOT NULL)));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_deleted_at" ON "billing_invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_kind_year_sequence_unique" ON "billing_invoice" ("kind", "year", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_number_unique" ON "billing_invoice" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_account_id_issue_date" ON "billing_invoice" ("account_id", "issue_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_account_id_status_due_date" ON "billing_invoice" ("account_id", "status", "due_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_order_id" ON "billing_invoice" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_credited_invoice_id" ON "billing_invoice" ("credited_invoice_id") WHERE credited_invoice_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_deposit_schedule_id" ON "billing_invoice" ("deposit_schedule_id") WHERE deposit_schedule_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_status_due_date" ON "billing_invoice" ("status", "due_date") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "billing_invoice_counter" ("id" text not null, "kind" text not null, "year" integer not null, "last_sequence" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "billing_invoice_counter_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_counter_deleted_at" ON "billing_invoice_counter" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_counter_kind_year_unique" ON "billing_invoice_counter" ("kind", "year") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "billing_invoice_payment" ("id" text not null, "account_id" text not null, "amount" numeric not null, "paid_at" timestamptz not null, "method" text check ("method" in ('online', 'bank_transfer', 'cash', 'card', 'other')) not null default 'bank_transfer', "reference" text null, "payment_collection_id" text null, "payment_id" text null, "recorded_by" text null, "invoice_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "billing_invoice_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_payment_invoice_id" ON "billing_invoice_payment" ("invoice_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_payment_deleted_at" ON "billing_invoice_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_billing_invoice_payment_account_id_paid_at" ON "billing_invoice_payment" ("account_id", "paid_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_billing_invoice_payment_payment_id_invoice_id_unique" ON "billing_invoice_payment" ("payment_id", "invoice_id") WHERE payment_id IS NOT NULL AND deleted_at IS NULL;`);

    this.addSql(`alter table if exists "billing_invoice_payment" add constraint "billing_invoice_payment_invoice_id_foreign" foreign key ("invoice_id") references "billing_invoice" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "billing_invoice_payment" drop constraint if exists "billing_invoice_payment_invoice_id_foreign";`);

    this.addSql(`drop table if exists "billing_deposit_schedule" cascade;`);

    this.addSql(`drop table if exists "billing_invoice" cascade;`);

    this.addSql(`drop table if exists "billing_invoice_counter" cascade;`);

    this.addSql(`drop table if exists "billing_invoice_payment" cascade;`);
  }

}
