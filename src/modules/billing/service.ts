import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { formatInvoiceNumber, UNPAID_STATUSES, type BillingSettings, type InvoiceKind, type InvoiceLine, type InvoiceStatus, type PaymentMethod } from "./contract"
import { AccountOrdering } from "./models/account-ordering"
import { DepositSchedule } from "./models/deposit-schedule"
import { Invoice } from "./models/invoice"
import { InvoiceCounter } from "./models/invoice-counter"
import { InvoicePayment } from "./models/invoice-payment"
import { OrderApproval } from "./models/order-approval"
import { OrderPadFavourite } from "./models/order-pad-favourite"

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

export type IssueInvoiceInput = {
  account_id: string
  site_id?: string | null
  order_id?: string | null
  /** The fulfilment (delivery note) of the order this invoice bills, when invoiced per fulfilment. */
  fulfillment_id?: string | null
  kind: InvoiceKind
  issue_date: Date
  due_date: Date
  currency_code: string
  lines: InvoiceLine[]
  subtotal: number
  tax_total: number
  /** Before deposits are deducted. */
  total: number
  billing_details?: Record<string, unknown> | null
  /** Deposit invoices of the account to deduct (each once only). */
  deposit_ids?: string[]
  credited_invoice_id?: string | null
  deposit_schedule_id?: string | null
  reason?: string | null
  metadata?: Record<string, unknown> | null
  /** Prefixes and digits from the settings; the contract's defaults without. */
  numbering?: Pick<BillingSettings, "number_prefixes" | "number_digits">
}

/** The invoice just issued, as stored (number given), before its PDF is attached. */
export type IssuedInvoice = {
  id: string
  number: string
  kind: InvoiceKind
  year: number
  sequence: number
  account_id: string
  site_id: string | null
  order_id: string | null
  currency_code: string
  issue_date: Date
  due_date: Date
  subtotal: number
  tax_total: number
  deposit_total: number
  total: number
  lines: InvoiceLine[]
  billing_details: Record<string, unknown> | null
  credited_invoice: { id: string; number: string } | null
  deducted_deposits: { id: string; number: string; total: number; tax_total: number }[]
}

/** Renders and stores an invoice's PDF, answering the stored file's id. Runs before the issue commits. */
export type RenderInvoicePdf = (invoice: IssuedInvoice) => Promise<string>

export type RecordPaymentInput = {
  invoice_id: string
  amount: number
  paid_at?: Date
  method: PaymentMethod
  reference?: string | null
  payment_collection_id?: string | null
  payment_id?: string | null
  recorded_by?: string | null
}

type LockedInvoice = { id: string; number: string; account_id: string; kind: InvoiceKind; status: InvoiceStatus; total: string; paid_total: string; credited_total: string; due_date: Date; currency_code: string }

const CENT = 1e-9
const round = (n: number) => Math.round(n * 1e6) / 1e6

/**
 * Where an invoice stands from its amounts and due date: nothing left → paid; due date passed → overdue;
 * something received → partly paid; else open. A cancelled invoice stays cancelled.
 */
export function invoiceStatus(invoice: { status: InvoiceStatus; total: number; paid_total: number; credited_total: number; due_date: Date }, now = new Date()): InvoiceStatus {
  if (invoice.status === "cancelled") return "cancelled"
  const remaining = invoice.total - invoice.paid_total - invoice.credited_total
  if (remaining <= CENT) return "paid"
  if (new Date(invoice.due_date) < now) return "overdue"
  return invoice.paid_total + invoice.credited_total > CENT ? "partly_paid" : "open"
}

export { formatInvoiceNumber }

class BillingModuleService extends MedusaService({
  Invoice,
  InvoicePayment,
  InvoiceCounter,
  DepositSchedule,
  OrderApproval,
  AccountOrdering,
  OrderPadFavourite,
}) {
  private knexOf(context: Context): Knex {
    const manager = context.transactionManager as RawManager
    return manager.getTransactionContext() ?? manager.getKnex()
  }

  /**
   * Issues one invoice in one transaction: takes the next number of its kind and year under a row lock on the
   * counter (two issuers wait for each other; a failure rolls the increment back, so numbers have no gap),
   * deducts the deposits named (each once: locked, refused if already deducted), settles a credit note
   * against its invoice, and stores the PDF `render` produces before committing.
   */
  @InjectTransactionManager()
  async issueInvoice(input: IssueInvoiceInput, render?: RenderInvoicePdf, @MedusaContext() context: Context = {}): Promise<IssuedInvoice> {
    const knex = this.knexOf(context)
    let credited: IssuedInvoice["credited_invoice"] = null
    if (input.kind === "credit_note") {
      if (!input.credited_invoice_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "credited_invoice_id is required for a credit note")
      const [target] = await this.lockInvoices(knex, [input.credited_invoice_id], input.account_id)
      if (!target || target.kind === "credit_note" || target.status === "cancelled") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "credited_invoice_id: only an issued invoice may be credited")
      }
      const creditable = Number(target.total) - Number(target.credited_total) - Number(target.paid_total)
      if (input.total <= 0 || input.total - creditable > CENT) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `amount: at most ${round(creditable)} ${target.currency_code.toUpperCase()} of ${target.number} is left to credit`)
      }
      const credited_total = round(Number(target.credited_total) + input.total)
      await this.updateInvoices(
        { id: target.id, credited_total, status: invoiceStatus({ ...target, total: Number(target.total), paid_total: Number(target.paid_total), credited_total }) },
        context
      )
      credited = { id: target.id, number: target.number }
    }

    let deposits: (Pick<LockedInvoice, "id" | "number" | "total" | "currency_code"> & { tax_total: string })[] = []
    if (input.deposit_ids?.length) {
      deposits = await knex("billing_invoice")
        .select("id", "number", "total", "tax_total", "currency_code")
        .whereIn("id", input.deposit_ids)
        .where({ account_id: input.account_id, kind: "deposit", currency_code: input.currency_code })
        .whereNot("status", "cancelled")
        .whereNull("deducted_in_id")
        .whereNull("deleted_at")
        .orderBy("id")
        .forUpdate()
      if (deposits.length !== new Set(input.deposit_ids).size) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "deposit_ids: a deposit is not this account's, or was already deducted")
      }
    }
    const deposit_total = round(deposits.reduce((sum, d) => sum + Number(d.total), 0))
    const total = round(input.total - deposit_total)

    const year = input.issue_date.getUTCFullYear()
    // The id is the kind and year, so a counter created by two first issues at once is created once.
    await knex.raw(`insert into billing_invoice_counter (id, kind, year, last_sequence) values (?, ?, ?, 0) on conflict do nothing`, [
      `invcnt_${input.kind}_${year}`,
      input.kind,
      year,
    ])
    const [counter] = await knex("billing_invoice_counter")
      .where({ kind: input.kind, year })
      .increment("last_sequence", 1)
      .returning(["last_sequence"])
    const sequence = Number(counter.last_sequence)
    const number = formatInvoiceNumber(input.kind, year, sequence, input.numbering)

    const status: InvoiceStatus = input.kind === "credit_note" ? "paid" : invoiceStatus({ status: "open", total, paid_total: 0, credited_total: 0, due_date: input.due_date })
    // The unique indexes on an order's and a fulfilment's invoice are the last word when two issues slip past the lock.
    const created = await this.createInvoices(
      {
        account_id: input.account_id,
        site_id: input.site_id ?? null,
        order_id: input.order_id ?? null,
        fulfillment_id: input.fulfillment_id ?? null,
        kind: input.kind,
        number,
        year,
        sequence,
        status,
        issue_date: input.issue_date,
        due_date: input.due_date,
        currency_code: input.currency_code,
        subtotal: input.subtotal,
        tax_total: input.tax_total,
        deposit_total,
        total,
        paid_total: 0,
        credited_total: 0,
        lines: input.lines as unknown as Record<string, unknown>,
        billing_details: input.billing_details ?? null,
        credited_invoice_id: input.credited_invoice_id ?? null,
        deposit_schedule_id: input.deposit_schedule_id ?? null,
        reason: input.reason ?? null,
        paid_at: status === "paid" ? input.issue_date : null,
        metadata: input.metadata ?? null,
      },
      context
    ).catch((error: Error) => {
      if (input.fulfillment_id && /fulfillment_id: .* already exists/.test(error.message ?? "")) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "fulfillment_id: this fulfilment is already invoiced")
      }
      if (input.order_id && /order_id: .* already exists/.test(error.message ?? "")) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "order_id: this order is already invoiced")
      }
      throw error
    })
    if (deposits.length) {
      await knex("billing_invoice").whereIn("id", deposits.map((d) => d.id)).update({ deducted_in_id: created.id, updated_at: knex.fn.now() })
    }
    const issued: IssuedInvoice = {
      id: created.id,
      number,
      kind: input.kind,
      year,
      sequence,
      account_id: input.account_id,
      site_id: input.site_id ?? null,
      order_id: input.order_id ?? null,
      currency_code: input.currency_code,
      issue_date: input.issue_date,
      due_date: input.due_date,
      subtotal: input.subtotal,
      tax_total: input.tax_total,
      deposit_total,
      total,
      lines: input.lines,
      billing_details: input.billing_details ?? null,
      credited_invoice: credited,
      deducted_deposits: deposits.map((d) => ({ id: d.id, number: d.number, total: Number(d.total), tax_total: Number(d.tax_total) })),
    }
    if (render) {
      const pdf_file_id = await render(issued)
      await this.updateInvoices({ id: created.id, pdf_file_id }, context)
    }
    return issued
  }

  /**
   * Records payments (or refunds, negative) on invoices in one transaction, each invoice locked: a payment
   * above what is left to pay is refused, and paid total and status move together.
   */
  @InjectTransactionManager()
  async recordPayments(accountId: string, payments: RecordPaymentInput[], @MedusaContext() context: Context = {}): Promise<{ id: string; invoice_id: string; amount: number }[]> {
    const knex = this.knexOf(context)
    const ids = [...new Set(payments.map((p) => p.invoice_id))]
    const locked = await this.lockInvoices(knex, ids, accountId)
    const byId = new Map(locked.map((i) => [i.id, { ...i, paid: Number(i.paid_total) }]))
    const rows: { id: string; invoice_id: string; amount: number }[] = []
    for (const payment of payments) {
      const invoice = byId.get(payment.invoice_id)
      if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `invoice_ids: invoice ${payment.invoice_id} was not found`)
      if (invoice.kind === "credit_note" || invoice.status === "cancelled") {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `invoice_ids: ${invoice.number} cannot take a payment`)
      }
      const remaining = Number(invoice.total) - invoice.paid - Number(invoice.credited_total)
      if (payment.amount - remaining > CENT) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `amount: ${round(payment.amount)} is more than the ${round(remaining)} left to pay on ${invoice.number}`)
      }
      if (invoice.paid + payment.amount < -CENT) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `amount: a refund above what was paid on ${invoice.number}`)
      invoice.paid = round(invoice.paid + payment.amount)
      const [row] = await this.createInvoicePayments(
        [
          {
            invoice_id: invoice.id,
            account_id: accountId,
            amount: payment.amount,
            paid_at: payment.paid_at ?? new Date(),
            method: payment.method,
            reference: payment.reference ?? null,
            payment_collection_id: payment.payment_collection_id ?? null,
            payment_id: payment.payment_id ?? null,
            recorded_by: payment.recorded_by ?? null,
          },
        ],
        context
      )
      rows.push({ id: row.id, invoice_id: invoice.id, amount: payment.amount })
    }
    for (const invoice of byId.values()) {
      const status = invoiceStatus({ status: invoice.status, total: Number(invoice.total), paid_total: invoice.paid, credited_total: Number(invoice.credited_total), due_date: invoice.due_date })
      await this.updateInvoices({ id: invoice.id, paid_total: invoice.paid, status, paid_at: status === "paid" ? new Date() : null }, context)
    }
    return rows
  }

  /** Marks unpaid invoices past their due date overdue; answers those that just became overdue. */
  @InjectTransactionManager()
  async markOverdue(now: Date = new Date(), @MedusaContext() context: Context = {}): Promise<{ id: string; account_id: string; number: string }[]> {
    const knex = this.knexOf(context)
    return knex("billing_invoice")
      .whereIn("status", ["open", "partly_paid"])
      .where("due_date", "<", now)
      .whereNull("deleted_at")
      .update({ status: "overdue", updated_at: knex.fn.now() })
      .returning(["id", "account_id", "number"])
  }

  /** What an account (or its sites) owes, per currency: remaining amount and how much of it is overdue. */
  @InjectTransactionManager()
  async amountDue(accountId: string, siteIds: string[] | null, @MedusaContext() context: Context = {}) {
    const knex = this.knexOf(context)
    const query = knex("billing_invoice")
      .select("currency_code")
      .select(knex.raw("coalesce(sum(total - paid_total - credited_total), 0)::float8 as amount_due"))
      .select(knex.raw("coalesce(sum(total - paid_total - credited_total) filter (where status = 'overdue'), 0)::float8 as overdue"))
      .select(knex.raw("count(*)::int as count"))
      .select(knex.raw("(count(*) filter (where status = 'overdue'))::int as overdue_count"))
      .where({ account_id: accountId })
      .whereIn("status", [...UNPAID_STATUSES])
      .whereNull("deleted_at")
      .groupBy("currency_code")
      .orderBy("currency_code")
    if (siteIds) query.whereIn("site_id", siteIds)
    const rows: { currency_code: string; amount_due: number; overdue: number; count: number; overdue_count: number }[] = await query
    return rows.map((r) => ({ ...r, amount_due: round(r.amount_due), overdue: round(r.overdue) }))
  }

  /**
   * Marks a variant one of a member's favourites, once: a repeat, or two clicks at once, find the row already
   * there (the unique index decides between concurrent inserts), so only one call answers `created`.
   */
  @InjectTransactionManager()
  async markOrderPadFavourite(
    { id, ...input }: { account_id: string; customer_id: string; variant_id: string; id?: string },
    @MedusaContext() context: Context = {}
  ): Promise<{ id: string; created: boolean }> {
    const knex = this.knexOf(context)
    const { rows } = await knex.raw(
      `insert into billing_order_pad_favourite (id, account_id, customer_id, variant_id) values (?, ?, ?, ?)
       on conflict (account_id, customer_id, variant_id) where deleted_at is null do nothing returning id`,
      [id ?? generateEntityId(undefined, "padfav"), input.account_id, input.customer_id, input.variant_id]
    )
    if (rows.length) return { id: rows[0].id, created: true }
    const [row] = await knex("billing_order_pad_favourite").select("id").where(input).whereNull("deleted_at")
    return { id: row.id, created: false }
  }

  private async lockInvoices(knex: Knex, ids: string[], accountId: string): Promise<LockedInvoice[]> {
    return knex<LockedInvoice>("billing_invoice")
      .select("id", "number", "account_id", "kind", "status", "total", "paid_total", "credited_total", "due_date", "currency_code")
      .whereIn("id", ids)
      .where({ account_id: accountId })
      .whereNull("deleted_at")
      .orderBy("id")
      .forUpdate()
  }
}

export default BillingModuleService
