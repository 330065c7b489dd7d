import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { BILLING_MODULE } from "../../modules/billing"
import type { InvoiceLine, OrderInvoiceKind } from "../../modules/billing/contract"
import type BillingModuleService from "../../modules/billing/service"
import type { IssueInvoiceInput, IssuedInvoice, RenderInvoicePdf } from "../../modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { QUOTE_MODULE } from "../../modules/quote"
import type QuoteModuleService from "../../modules/quote/service"
import { clientLines, loadDocumentBrand } from "../documents/pdf-document"
import { computeLineTotals, quoteAddress } from "../quotes/totals"
import { inEntryOrder } from "./line-order"
import { renderInvoicePdf } from "./pdf"
import { regionFor } from "./region"
import { dueDateFor, loadBillingSettings, numberingOf } from "./settings"

/** An invoice ready to issue, and what its PDF prints beyond the invoice itself. */
export type InvoicePlan = { input: IssueInvoiceInput; order_display_id: number | null }

const money = (value: unknown) => Math.round(Number(value ?? 0) * 1e6) / 1e6

type OrderForInvoice = {
  id: string
  display_id: number
  customer_id: string | null
  currency_code: string
  metadata: Record<string, unknown> | null
  subtotal: unknown
  tax_total: unknown
  total: unknown
  shipping_total: unknown
  shipping_tax_total: unknown
  items: { id: string; created_at: string | Date; title: string; variant_sku: string | null; variant_id: string | null; quantity: unknown; unit_price: unknown; subtotal: unknown; tax_total: unknown; total: unknown }[]
}

/** The account an order belongs to: its quote's, else the one of the member who placed it. */
async function accountOfOrder(container: MedusaContainer, order: OrderForInvoice): Promise<{ account_id: string; site_id: string | null }> {
  const [quote] = await container.resolve<QuoteModuleService>(QUOTE_MODULE).listQuotes({ order_id: order.id }, { select: ["account_id", "site_id"] })
  const metaSite = typeof order.metadata?.site_id === "string" ? order.metadata.site_id : null
  if (quote) return { account_id: quote.account_id, site_id: metaSite ?? quote.site_id ?? null }
  const [member] = order.customer_id
    ? await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listAccountMembers({ customer_id: order.customer_id }, { select: ["account_id"], withDeleted: true })
    : []
  if (!member) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "order_id: this order was not placed by a client account's member")
  return { account_id: member.account_id, site_id: metaSite }
}

/** Whether an order belongs to a client account (by its quote or the member who placed it): only those are invoiced by the portal. */
export async function isClientAccountOrder(container: MedusaContainer, orderId: string): Promise<boolean> {
  const [quote] = await container.resolve<QuoteModuleService>(QUOTE_MODULE).listQuotes({ order_id: orderId }, { select: ["id"] })
  if (quote) return true
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["customer_id"], filters: { id: orderId } })
  const customerId = (data[0] as { customer_id?: string | null } | undefined)?.customer_id
  if (!customerId) return false
  const members = await container
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .listAccountMembers({ customer_id: customerId }, { select: ["id"], take: 1, withDeleted: true })
  return members.length > 0
}

async function billingDetails(container: MedusaContainer, accountId: string) {
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(accountId)
  return { name: account.name, number: account.number, lines: clientLines(account), locale: account.locale }
}

export type OrderInvoiceInput = { order_id: string; kind?: OrderInvoiceKind; amount?: number; deposit_ids?: string[]; issue_date?: Date }

const ORDER_FIELDS = [
  "id",
  "display_id",
  "customer_id",
  "currency_code",
  "metadata",
  "subtotal",
  "tax_total",
  "total",
  "shipping_total",
  "shipping_tax_total",
  "items.id",
  "items.created_at",
  "items.title",
  "items.variant_sku",
  "items.variant_id",
  "items.quantity",
  "items.unit_price",
  "items.subtotal",
  "items.tax_total",
  "items.total",
]

/** The order to invoice and what every invoice of it starts from: its account and site, dates, currency, addressee and numbering. */
async function orderInvoiceBase<Extra = object>(container: MedusaContainer, orderId: string, issueDate: Date | undefined, extraFields: string[] = []) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: [...ORDER_FIELDS, ...extraFields], filters: { id: orderId } })
  const order = data[0] as unknown as (OrderForInvoice & Extra) | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found`)
  order.items = inEntryOrder(order.items)
  const { account_id, site_id } = await accountOfOrder(container, order)
  const issue_date = issueDate ?? new Date()
  const settings = await loadBillingSettings(container)
  const base = {
    account_id,
    site_id,
    order_id: order.id,
    issue_date,
    due_date: dueDateFor(issue_date, settings),
    currency_code: order.currency_code,
    billing_details: await billingDetails(container, account_id),
    numbering: numberingOf(settings),
  }
  return { order, base }
}

/** The order's shipping as an invoice line (Medusa's shipping total, tax included), or none when free. */
function shippingLine(order: OrderForInvoice): InvoiceLine | null {
  const shipping = money(order.shipping_total)
  if (!shipping) return null
  const shippingTax = money(order.shipping_tax_total)
  return { title: "Shipping", order_line_id: null, variant_id: null, sku: null, quantity: 1, unit_price: shipping - shippingTax, subtotal: shipping - shippingTax, tax_total: shippingTax, total: shipping }
}

/** Decimals of a currency's minor unit (2 for EUR, 0 for JPY), so a line's shares are whole cents (or yen). */
function currencyDigits(currencyCode: string) {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/**
 * The invoice of an order, from Medusa's own totals: its lines, shipping as a line, and the deposits deducted
 * (those named, else every deposit of the order not yet deducted). Or, with kind "deposit", an advance
 * invoice of `amount` on the order, at most what the order's deposits leave of its total. An order already
 * invoiced (an invoice not cancelled, of the whole order or of one of its fulfilments) is refused: one order, one invoice.
 */
export async function planOrderInvoice(container: MedusaContainer, input: OrderInvoiceInput): Promise<InvoicePlan> {
  const { order, base } = await orderInvoiceBase(container, input.order_id, input.issue_date)
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const [existing] = await billing.listInvoices({ order_id: order.id, kind: ["invoice", "settlement"], status: { $ne: "cancelled" } }, { select: ["number"] })
  if (existing) throw new MedusaError(MedusaError.Types.CONFLICT, `order_id: this order is already invoiced (${existing.number})`)
  const deposits = await billing.listInvoices({ order_id: order.id, kind: "deposit", status: { $ne: "cancelled" } }, { select: ["id", "total", "deducted_in_id"] })

  if (input.kind === "deposit") {
    const amount = money(input.amount)
    const left = money(money(order.total) - deposits.reduce((sum, d) => sum + Number(d.total), 0))
    if (amount <= 0 || amount - left > 1e-6) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `amount: at most ${left} ${order.currency_code.toUpperCase()} of order #${order.display_id} is left for a deposit`)
    }
    const title = `Deposit on order #${order.display_id}`
    // The amount is paid tax included, and carries the order's tax in the order's own proportion (Medusa's tax lines
    // of its items and shipping, as the order's invoice bills them): the deposit's tax plus the final invoice's, less
    // the tax of the deposits it deducts, is the order's tax.
    const unit = 10 ** currencyDigits(order.currency_code)
    const tax = money(Number(order.total) ? Math.round((amount * money(order.tax_total) * unit) / money(order.total)) / unit : 0)
    const net = money(amount - tax)
    return {
      order_display_id: order.display_id,
      input: { ...base, kind: "deposit", lines: [{ title, order_line_id: null, variant_id: null, sku: null, quantity: 1, unit_price: net, subtotal: net, tax_total: tax, total: amount }], subtotal: net, tax_total: tax, total: amount },
    }
  }

  const lines: InvoiceLine[] = order.items.map((i) => ({
    title: i.title,
    order_line_id: i.id,
    variant_id: i.variant_id,
    sku: i.variant_sku,
    quantity: Number(i.quantity),
    unit_price: money(i.unit_price),
    subtotal: money(i.subtotal),
    tax_total: money(i.tax_total),
    total: money(i.total),
  }))
  const shipping = shippingLine(order)
  if (shipping) lines.push(shipping)
  return {
    order_display_id: order.display_id,
    input: {
      ...base,
      kind: "invoice",
      lines,
      subtotal: money(order.total) - money(order.tax_total),
      tax_total: money(order.tax_total),
      total: money(order.total),
      deposit_ids: input.deposit_ids ?? deposits.filter((d) => !d.deducted_in_id).map((d) => d.id),
    },
  }
}

type FulfillmentOfOrder = { fulfillments?: { id: string; canceled_at: string | null; items: { line_item_id: string | null; quantity: unknown }[] }[] | null }

/**
 * The invoice of one fulfilment (delivery note) of an order: the order lines it ships, each for the quantity
 * shipped. A line's amounts are split by cumulative rounding (the share of the quantities invoiced so far,
 * rounded to the currency's minor unit, less what earlier invoices took), so the invoices of every fulfilment
 * of a line sum to exactly Medusa's totals of that line, tax included. Shipping is billed once, on the first
 * fulfilment's invoice: the order carries one shipping charge, the business incurs it with the first parcel, and
 * billing it then keeps it from being lost if the rest of the order is cancelled. Deposits of the order not yet
 * deducted are deducted while they fit in this invoice's total (a deposit is deducted whole, and an invoice never
 * goes below zero); those left over wait for the next fulfilment's invoice. A fulfilment already invoiced, or an
 * order invoiced whole, is refused (conflict), so a redelivered event issues nothing.
 */
export async function planFulfillmentInvoice(container: MedusaContainer, input: { order_id: string; fulfillment_id: string; issue_date?: Date }): Promise<InvoicePlan> {
  const { order, base } = await orderInvoiceBase<FulfillmentOfOrder>(container, input.order_id, input.issue_date, [
    "fulfillments.id",
    "fulfillments.canceled_at",
    "fulfillments.items.line_item_id",
    "fulfillments.items.quantity",
  ])
  const fulfillment = (order.fulfillments ?? []).find((f) => f?.id === input.fulfillment_id)
  if (!fulfillment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `fulfillment_id: fulfilment ${input.fulfillment_id} of order #${order.display_id} was not found`)
  if (fulfillment.canceled_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `fulfillment_id: fulfilment ${input.fulfillment_id} was cancelled`)
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const invoiced = await billing.listInvoices(
    { order_id: order.id, kind: ["invoice", "settlement"], status: { $ne: "cancelled" } },
    { select: ["number", "fulfillment_id", "lines"] }
  )
  const whole = invoiced.find((i) => !i.fulfillment_id)
  if (whole) throw new MedusaError(MedusaError.Types.CONFLICT, `order_id: this order is already invoiced whole (${whole.number})`)
  const same = invoiced.find((i) => i.fulfillment_id === fulfillment.id)
  if (same) throw new MedusaError(MedusaError.Types.CONFLICT, `fulfillment_id: this fulfilment is already invoiced (${same.number})`)

  const before = new Map<string, number>()
  for (const invoice of invoiced) {
    for (const line of invoice.lines as unknown as InvoiceLine[]) {
      if (line.order_line_id) before.set(line.order_line_id, (before.get(line.order_line_id) ?? 0) + Number(line.quantity))
    }
  }
  const shipped = new Map<string, number>()
  for (const item of fulfillment.items ?? []) {
    if (item.line_item_id) shipped.set(item.line_item_id, (shipped.get(item.line_item_id) ?? 0) + Number(item.quantity))
  }
  const unit = 10 ** currencyDigits(order.currency_code)
  const lines: InvoiceLine[] = []
  for (const item of order.items) {
    const ordered = Number(item.quantity)
    const already = Math.min(before.get(item.id) ?? 0, ordered)
    // Never more than the order line has left to invoice, whatever the fulfilment says.
    const quantity = Math.min(shipped.get(item.id) ?? 0, ordered - already)
    if (quantity <= 0) continue
    const share = (amount: unknown) => {
      const upTo = (count: number) => Math.round((money(amount) * count * unit) / ordered) / unit
      return money(upTo(already + quantity) - upTo(already))
    }
    lines.push({
      title: item.title,
      order_line_id: item.id,
      variant_id: item.variant_id,
      sku: item.variant_sku,
      quantity,
      unit_price: money(item.unit_price),
      subtotal: share(item.subtotal),
      tax_total: share(item.tax_total),
      total: share(item.total),
    })
  }
  if (!lines.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `fulfillment_id: fulfilment ${fulfillment.id} ships nothing left to invoice`)
  const shipping = invoiced.length ? null : shippingLine(order)
  if (shipping) lines.push(shipping)
  const total = money(lines.reduce((sum, l) => sum + l.total, 0))
  const tax_total = money(lines.reduce((sum, l) => sum + l.tax_total, 0))

  const deposits = await billing.listInvoices(
    { order_id: order.id, kind: "deposit", status: { $ne: "cancelled" }, deducted_in_id: null },
    { select: ["id", "total"], order: { sequence: "ASC" } }
  )
  const deposit_ids: string[] = []
  let room = total
  for (const deposit of deposits) {
    if (Number(deposit.total) - room > 1e-6) continue
    deposit_ids.push(deposit.id)
    room = money(room - Number(deposit.total))
  }
  return {
    order_display_id: order.display_id,
    input: { ...base, kind: "invoice", fulfillment_id: fulfillment.id, lines, subtotal: money(total - tax_total), tax_total, total, deposit_ids },
  }
}

/** A credit note against an issued invoice: the amount given (by default all that is left to credit). */
export async function planCreditNote(container: MedusaContainer, input: { invoice_id: string; amount?: number; reason: string; issue_date?: Date }): Promise<InvoicePlan> {
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const [invoice] = await billing.listInvoices({ id: input.invoice_id })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${input.invoice_id} was not found`)
  const left = money(Number(invoice.total) - Number(invoice.paid_total) - Number(invoice.credited_total))
  const amount = input.amount ?? left
  const issue_date = input.issue_date ?? new Date()
  const settings = await loadBillingSettings(container)
  const title = `Credit on ${invoice.number}: ${input.reason}`
  return {
    order_display_id: null,
    input: {
      account_id: invoice.account_id,
      site_id: invoice.site_id,
      order_id: invoice.order_id,
      kind: "credit_note",
      issue_date,
      due_date: issue_date,
      currency_code: invoice.currency_code,
      lines: [{ title, order_line_id: null, variant_id: null, sku: null, quantity: 1, unit_price: amount, subtotal: amount, tax_total: 0, total: amount }],
      subtotal: amount,
      tax_total: 0,
      total: amount,
      billing_details: invoice.billing_details,
      credited_invoice_id: invoice.id,
      reason: input.reason,
      numbering: numberingOf(settings),
    },
  }
}

/**
 * An amount of a deposit schedule, which the client pays tax included, split as Medusa's tax module taxes it for
 * the schedule's site (else the account's address) in the account's region: its net and its tax, to the cent.
 */
async function scheduleAmount(container: MedusaContainer, schedule: { account_id: string; site_id: string | null; currency_code: string }, amount: number) {
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(schedule.account_id, { select: ["country_code"] })
  const [region, address] = await Promise.all([regionFor(container, account.country_code), quoteAddress(container, { account_id: schedule.account_id, site_id: schedule.site_id })])
  const [line] = await computeLineTotals(container, { currency_code: schedule.currency_code, region_id: region.id, address }, [{ quantity: 1, unit_price: amount, is_tax_inclusive: true }])
  const unit = 10 ** currencyDigits(schedule.currency_code)
  const tax = money(Math.round(line.tax_total * unit) / unit)
  return { subtotal: money(amount - tax), tax_total: tax, total: amount }
}

/**
 * The next invoice of a deposit schedule: a monthly deposit while some are left, then the settlement, which
 * bills `settlement_total` (the real consumption) and deducts every deposit of the schedule.
 */
export async function planScheduleInvoice(container: MedusaContainer, input: { schedule_id: string; settlement_total?: number; issue_date?: Date }): Promise<InvoicePlan & { settles: boolean }> {
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const [schedule] = await billing.listDepositSchedules({ id: input.schedule_id })
  if (!schedule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Deposit schedule ${input.schedule_id} was not found`)
  if (schedule.status !== "active") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The deposit schedule is ${schedule.status}`)
  const issue_date = input.issue_date ?? new Date()
  const settings = await loadBillingSettings(container)
  const settles = schedule.issued_count >= schedule.count
  const base = {
    account_id: schedule.account_id,
    site_id: schedule.site_id,
    issue_date,
    due_date: dueDateFor(issue_date, settings),
    currency_code: schedule.currency_code,
    billing_details: await billingDetails(container, schedule.account_id),
    deposit_schedule_id: schedule.id,
    numbering: numberingOf(settings),
  }
  if (!settles) {
    const amount = await scheduleAmount(container, schedule, money(schedule.monthly_amount))
    const title = `${schedule.title}: deposit ${schedule.issued_count + 1} of ${schedule.count}`
    return {
      settles,
      order_display_id: null,
      input: { ...base, kind: "deposit", lines: [{ title, order_line_id: null, variant_id: null, sku: null, quantity: 1, unit_price: amount.subtotal, ...amount }], ...amount },
    }
  }
  if (input.settlement_total === undefined) throw new MedusaError(MedusaError.Types.INVALID_DATA, "settlement_total is required to settle the schedule")
  const deposits = await billing.listInvoices({ deposit_schedule_id: schedule.id, kind: "deposit", status: { $ne: "cancelled" } }, { select: ["id"] })
  const amount = await scheduleAmount(container, schedule, money(input.settlement_total))
  const title = `${schedule.title}: settlement`
  return {
    settles,
    order_display_id: null,
    input: {
      ...base,
      kind: "settlement",
      lines: [{ title, order_line_id: null, variant_id: null, sku: null, quantity: 1, unit_price: amount.subtotal, ...amount }],
      ...amount,
      deposit_ids: deposits.map((d) => d.id),
    },
  }
}

/** Renders the invoice as issued and stores it private in Medusa's file module; answers the file's id. */
export async function invoicePdfRenderer(container: MedusaContainer, plan: InvoicePlan): Promise<RenderInvoicePdf> {
  // Read before the issue's transaction: the renderer runs while it holds the counter's row lock, and a query
  // of its own would wait for a pooled connection that the issues queued behind that lock are holding.
  const [brand, settings] = await Promise.all([loadDocumentBrand(container), loadBillingSettings(container)])
  return async (invoice: IssuedInvoice) => {
    const details = (invoice.billing_details ?? {}) as { lines?: string[]; locale?: string }
    const pdf = await renderInvoicePdf(
      brand,
      { locale: details.locale ?? "en", lines: details.lines ?? [] },
      {
        ...invoice,
        order_display_id: plan.order_display_id,
        credited_invoice_number: invoice.credited_invoice?.number ?? null,
        reason: plan.input.reason ?? null,
        footer: settings.invoice_footer,
      }
    )
    const [file] = await container
      .resolve(Modules.FILE)
      .createFiles([{ filename: `${invoice.number}.pdf`, mimeType: "application/pdf", content: pdf.toString("base64"), access: "private" }])
    return file.id
  }
}
