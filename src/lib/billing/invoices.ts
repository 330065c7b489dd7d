import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { BILLING_MODULE } from "../../modules/billing"
import type { InvoiceDetail, InvoiceKind, InvoiceLine, InvoiceListItem, InvoiceStatus, PaymentMethod } from "../../modules/billing/contract"
import type BillingModuleService from "../../modules/billing/service"

/** The filters of an invoices list, the same for clients (scoped) and staff. */
export type InvoiceListFilters = {
  account_id?: string
  /** Null: every site. */
  site_ids?: string[] | null
  site_id?: string
  order_id?: string
  status?: InvoiceStatus[]
  kind?: InvoiceKind[]
  q?: string
}

const LIST_COLUMNS = ["id", "number", "kind", "status", "account_id", "site_id", "order_id", "currency_code", "issue_date", "due_date", "total", "paid_total", "credited_total"] as const

type InvoiceRow = {
  id: string
  number: string
  kind: InvoiceKind
  status: InvoiceStatus
  account_id: string
  site_id: string | null
  order_id: string | null
  currency_code: string
  issue_date: Date | string
  due_date: Date | string
  total: unknown
  paid_total: unknown
  credited_total: unknown
}

const round = (n: number) => Math.round(n * 1e6) / 1e6

export function presentInvoiceListItem(row: InvoiceRow): InvoiceListItem {
  const total = Number(row.total)
  const paid = Number(row.paid_total)
  const credited = Number(row.credited_total)
  const settled = row.kind === "credit_note" || row.status === "cancelled"
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    status: row.status,
    account_id: row.account_id,
    site_id: row.site_id,
    order_id: row.order_id,
    currency_code: row.currency_code,
    issue_date: new Date(row.issue_date).toISOString(),
    due_date: new Date(row.due_date).toISOString(),
    total,
    paid_total: paid,
    credited_total: credited,
    amount_due: settled ? 0 : Math.max(0, round(total - paid - credited)),
  }
}

function where(filters: InvoiceListFilters): Record<string, unknown> {
  const w: Record<string, unknown> = {}
  if (filters.account_id) w.account_id = filters.account_id
  if (filters.site_ids) w.site_id = filters.site_id ? filters.site_ids.filter((s) => s === filters.site_id) : filters.site_ids
  else if (filters.site_id) w.site_id = filters.site_id
  if (filters.order_id) w.order_id = filters.order_id
  if (filters.status?.length) w.status = filters.status
  if (filters.kind?.length) w.kind = filters.kind
  if (filters.q) w.number = { $ilike: `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` }
  return w
}

/** One page of invoices, newest first by default; built once for clients and staff. */
export async function listInvoicePage(container: MedusaContainer, filters: InvoiceListFilters, page: { skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }) {
  const [rows, count] = await container
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listAndCountInvoices(where(filters), { select: [...LIST_COLUMNS], skip: page.skip, take: page.take, order: page.order ?? { issue_date: "DESC", number: "DESC" } })
  return { invoices: (rows as unknown as InvoiceRow[]).map(presentInvoiceListItem), count }
}

/** One invoice, within `scope` (an account and its sites for clients; none for staff), or 404. */
export async function loadInvoice(
  container: MedusaContainer,
  id: string,
  scope: { account_id: string; site_ids: string[] | null } | null,
  options: { pdfBase: string; can_pay: boolean }
): Promise<InvoiceDetail & { pdf_file_id: string | null; billing_details: unknown; reason: string | null }> {
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const filters: Record<string, unknown> = { id }
  if (scope) {
    filters.account_id = scope.account_id
    if (scope.site_ids) filters.site_id = scope.site_ids
  }
  const [invoice] = await billing.listInvoices(filters, { relations: ["payments"] })
  if (!invoice) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invoice ${id} was not found`)
  const related = [invoice.credited_invoice_id].filter((x): x is string => !!x)
  const [credited, notes, deposits] = await Promise.all([
    related.length ? billing.listInvoices({ id: related }, { select: ["id", "number"] }) : [],
    billing.listInvoices({ credited_invoice_id: invoice.id }, { select: ["id", "number", "total", "issue_date"], order: { issue_date: "ASC" } }),
    billing.listInvoices({ deducted_in_id: invoice.id }, { select: ["id", "number", "total", "tax_total"], order: { number: "ASC" } }),
  ])
  let order: InvoiceDetail["order"] = null
  if (invoice.order_id) {
    const [found] = await container.resolve(Modules.ORDER).listOrders({ id: invoice.order_id }, { select: ["id", "display_id"] })
    order = found ? { id: found.id, display_id: found.display_id } : null
  }
  const item = presentInvoiceListItem(invoice as unknown as InvoiceRow)
  return {
    ...item,
    subtotal: Number(invoice.subtotal),
    tax_total: Number(invoice.tax_total),
    deposit_total: Number(invoice.deposit_total),
    lines: invoice.lines as unknown as InvoiceLine[],
    payments: (invoice.payments ?? [])
      .map((p) => ({
        id: p.id,
        amount: Number(p.amount),
        paid_at: new Date(p.paid_at).toISOString(),
        method: p.method as PaymentMethod,
        reference: p.reference,
        payment_collection_id: p.payment_collection_id,
        payment_id: p.payment_id,
      }))
      .sort((a, b) => a.paid_at.localeCompare(b.paid_at)),
    credited_invoice: credited[0] ? { id: credited[0].id, number: credited[0].number } : null,
    credit_notes: notes.map((n) => ({ id: n.id, number: n.number, total: Number(n.total), issue_date: new Date(n.issue_date).toISOString() })),
    deducted_deposits: deposits.map((d) => ({ id: d.id, number: d.number, total: Number(d.total), tax_total: Number(d.tax_total) })),
    order,
    pdf_url: `${options.pdfBase}/${invoice.id}/pdf`,
    can_pay: options.can_pay && item.amount_due > 0,
    pdf_file_id: invoice.pdf_file_id,
    billing_details: invoice.billing_details,
    reason: invoice.reason,
  }
}

/** Answers the invoice's PDF exactly as stored at issue. */
export async function storedInvoicePdf(container: MedusaContainer, fileId: string | null): Promise<Buffer> {
  if (!fileId) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This invoice has no stored PDF")
  return container.resolve(Modules.FILE).getAsBuffer(fileId)
}
