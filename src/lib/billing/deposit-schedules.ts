import type { MedusaContainer } from "@medusajs/framework/types"
import { BILLING_MODULE } from "../../modules/billing"
import type { DepositSchedule } from "../../modules/billing/contract"
import type BillingModuleService from "../../modules/billing/service"

/** Deposit schedules with the invoices issued on them, for clients (scoped) and staff alike. */
export async function listDepositSchedules(
  container: MedusaContainer,
  filters: { account_id?: string; site_ids?: string[] | null; id?: string },
  page: { skip: number; take: number }
): Promise<{ deposit_schedules: DepositSchedule[]; count: number }> {
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const where: Record<string, unknown> = {}
  if (filters.account_id) where.account_id = filters.account_id
  if (filters.site_ids) where.site_id = filters.site_ids
  if (filters.id) where.id = filters.id
  const [rows, count] = await billing.listAndCountDepositSchedules(where, { skip: page.skip, take: page.take, order: { start_date: "DESC" } })
  const invoices = rows.length
    ? await billing.listInvoices({ deposit_schedule_id: rows.map((r) => r.id) }, { select: ["id", "number", "status", "total", "issue_date", "deposit_schedule_id"], order: { issue_date: "ASC", number: "ASC" } })
    : []
  return {
    count,
    deposit_schedules: rows.map((r) => ({
      id: r.id,
      account_id: r.account_id,
      site_id: r.site_id,
      title: r.title,
      currency_code: r.currency_code,
      monthly_amount: Number(r.monthly_amount),
      start_date: new Date(r.start_date).toISOString(),
      count: r.count,
      issued_count: r.issued_count,
      status: r.status,
      settlement_invoice_id: r.settlement_invoice_id,
      invoices: invoices
        .filter((i) => i.deposit_schedule_id === r.id)
        .map((i) => ({ id: i.id, number: i.number, status: i.status, total: Number(i.total), issue_date: new Date(i.issue_date).toISOString() })),
    })),
  }
}
