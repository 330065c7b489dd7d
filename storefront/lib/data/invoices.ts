import "server-only"
import { cache } from "react"
import type { AmountDue, DepositSchedule, InvoiceDetail, InvoiceListItem, InvoicePayment, InvoiceStatus, OnlinePaymentAction } from "./billing-contract"
import { callFailure, httpStatusOf, sdk, type CallFailure } from "./client"
import { sessionHeaders } from "./portal"

export type { AmountDue, DepositSchedule, InvoiceDetail, InvoiceListItem, InvoiceStatus, OnlinePaymentAction }

export type InvoiceList = { invoices: InvoiceListItem[]; count: number; offset: number; limit: number }

export const INVOICES_PAGE_SIZE = 20

/** The statuses a client still owes money on (the contract's UNPAID_STATUSES, checked against its type). */
export const UNPAID = ["open", "partly_paid", "overdue"] as const satisfies readonly InvoiceStatus[]

/** The account's invoices, deposits and credit notes, newest first, optionally of some statuses only. */
export const listInvoices = cache(
  async (statuses: readonly InvoiceStatus[] = [], offset: number = 0, limit: number = INVOICES_PAGE_SIZE): Promise<InvoiceList> => {
    const query: Record<string, string | number> = { limit, offset, order: "-issue_date" }
    if (statuses.length) query.status = statuses.join(",")
    return sdk.client.fetch<InvoiceList>("/store/portal/invoices", { method: "GET", query, headers: await sessionHeaders(), cache: "no-store" })
  }
)

/** One invoice, or null when it does not exist or belongs to another account (the backend's 404 for both). */
export const retrieveInvoice = cache(async (id: string): Promise<InvoiceDetail | null> => {
  try {
    const { invoice } = await sdk.client.fetch<{ invoice: InvoiceDetail }>(`/store/portal/invoices/${encodeURIComponent(id)}`, {
      method: "GET",
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return invoice
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

/** What the account still owes, per currency, and how much of it is overdue. */
export const retrieveAmountDue = cache(async (): Promise<AmountDue> => {
  const { amount_due } = await sdk.client.fetch<{ amount_due: AmountDue }>("/store/portal/invoices/amount-due", {
    method: "GET",
    headers: await sessionHeaders(),
    cache: "no-store",
  })
  return amount_due
})

export const listDepositSchedules = cache(async (): Promise<DepositSchedule[]> => {
  const { deposit_schedules } = await sdk.client.fetch<{ deposit_schedules: DepositSchedule[] }>("/store/portal/deposit-schedules", {
    method: "GET",
    query: { limit: 50, offset: 0 },
    headers: await sessionHeaders(),
    cache: "no-store",
  })
  return deposit_schedules
})

/** A payment as the account's payment history lists it: on which invoice, in its currency. */
export type AccountPayment = InvoicePayment & { invoice_id: string; invoice_number: string; currency_code: string }

/** The latest payments received on the account's invoices, newest first. */
export const listPayments = cache(async (limit: number): Promise<AccountPayment[]> => {
  const { payments } = await sdk.client.fetch<{ payments: AccountPayment[] }>("/store/portal/payments", {
    method: "GET",
    query: { limit, offset: 0 },
    headers: await sessionHeaders(),
    cache: "no-store",
  })
  return payments
})

export type PaymentFailure = CallFailure

/**
 * A payment made (`amount`), or one the payer's browser must confirm first (`action`: Stripe's card form, with
 * its client secret), or why it failed.
 */
export type PaymentResult = { ok: true; amount: number } | { ok: true; action: OnlinePaymentAction } | ({ ok: false } & PaymentFailure)


type PayAnswer = { payment: { amount: number } } | { status: "requires_action"; payment: OnlinePaymentAction }

/**
 * Pays invoices online through Medusa's payment module; `amount` (one invoice only) pays part of it.
 * A payment either goes through whole or not at all: the backend records nothing on failure, nor before the
 * payer's browser confirmed a payment that needs it.
 */
export async function payInvoices(invoiceIds: string[], amount: number | undefined): Promise<PaymentResult> {
  try {
    const answer = await sdk.client.fetch<PayAnswer>("/store/portal/payments", {
      method: "POST",
      body: { invoice_ids: invoiceIds, ...(amount === undefined ? {} : { amount }) },
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    if ("status" in answer && answer.status === "requires_action") return { ok: true, action: answer.payment }
    return { ok: true, amount: answer.payment.amount }
  } catch (error) {
    return callFailure(error, "invoice payment")
  }
}

/** Completes a payment the payer's browser confirmed: captured and recorded on the invoices (a repeat changes nothing). */
export async function completePayment(id: string): Promise<{ ok: true; amount: number } | ({ ok: false } & PaymentFailure)> {
  try {
    const { payment } = await sdk.client.fetch<{ payment: { amount: number } }>(`/store/portal/payments/${encodeURIComponent(id)}/complete`, {
      method: "POST",
      body: {},
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return { ok: true, amount: payment.amount }
  } catch (error) {
    return callFailure(error, "completing an invoice payment")
  }
}
