import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AmountDue,
  DepositSchedule,
  InvoiceDetail,
  InvoiceKind,
  InvoiceListItem,
  InvoiceStatus,
  OrderInvoiceKind,
  PaymentMethod,
} from "../../../modules/billing/contract"
import { sdk } from "../../lib/sdk"

export type { AmountDue, DepositSchedule, InvoiceDetail, InvoiceKind, InvoiceListItem, InvoiceStatus, PaymentMethod }
export { DEPOSIT_SCHEDULE_STATUSES, INVOICE_KINDS, INVOICE_STATUSES, PAYMENT_METHODS, UNPAID_STATUSES } from "../../../modules/billing/contract"

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

const KEY = "portal-invoices"
const invoicesUrl = "/admin/portal/invoices"
const schedulesUrl = "/admin/portal/deposit-schedules"

export type InvoiceFilters = {
  q?: string
  status?: string
  kind?: string
  account_id?: string
  order_id?: string
  limit: number
  offset: number
}

export function useInvoices(filters: InvoiceFilters, options: { enabled?: boolean } = {}) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))
  return useQuery({
    queryKey: [KEY, "list", query],
    queryFn: () => sdk.client.fetch<List<"invoices", InvoiceListItem>>(invoicesUrl, { query: { order: "-issue_date", ...query } }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

export function useInvoice(id: string) {
  return useQuery({
    queryKey: [KEY, id],
    queryFn: () => sdk.client.fetch<{ invoice: InvoiceDetail }>(`${invoicesUrl}/${id}`),
    select: (data) => data.invoice,
    enabled: !!id,
  })
}

/** What the client account of a customer owes, per currency, with what is overdue (null: not a member). */
export function useCustomerAmountDue(customerId: string) {
  return useQuery({
    queryKey: [KEY, "amount-due", customerId],
    queryFn: () =>
      sdk.client.fetch<{ amount_due: AmountDue & { account_id: string | null } }>(`${invoicesUrl}/amount-due`, { query: { customer_id: customerId } }),
    select: (data) => data.amount_due,
    enabled: !!customerId,
  })
}

/** Every write refreshes every billing query: the list, the invoice, the schedules and the widgets agree. */
function useBillingMutation<TBody, TResult>(path: string) {
  const queryClient = useQueryClient()
  return useMutation<TResult, FetchError, TBody>({
    mutationFn: (body) => sdk.client.fetch<TResult>(path, { method: "POST", body: body ?? {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  })
}

/** `kind` is sent for a deposit only: a plain invoice is the route's default. */
export type IssueBody = { order_id: string; kind?: OrderInvoiceKind; amount?: number; deposit_ids?: string[] }
export type CreditBody = { amount?: number; reason: string }
export type PaymentBody = { amount: number; paid_at?: string; method: PaymentMethod; reference?: string }
export type DepositScheduleBody = {
  account_id: string
  site_id?: string
  title: string
  currency_code: string
  monthly_amount: number
  start_date: string
  count: number
}

export const useIssueInvoice = () => useBillingMutation<IssueBody, { invoice: InvoiceDetail }>(invoicesUrl)
export const useCreditInvoice = (id: string) => useBillingMutation<CreditBody, { invoice: InvoiceDetail }>(`${invoicesUrl}/${id}/credit`)
export const useRecordPayment = (id: string) => useBillingMutation<PaymentBody, { invoice: InvoiceDetail }>(`${invoicesUrl}/${id}/payments`)
export const useResendInvoice = (id: string) => useBillingMutation<void, { invoice: InvoiceDetail }>(`${invoicesUrl}/${id}/resend`)

export function useDepositSchedules(filters: { account_id?: string; limit: number; offset: number }) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))
  return useQuery({
    queryKey: [KEY, "schedules", query],
    queryFn: () => sdk.client.fetch<List<"deposit_schedules", DepositSchedule>>(schedulesUrl, { query }),
    placeholderData: keepPreviousData,
  })
}

export const useCreateDepositSchedule = () => useBillingMutation<DepositScheduleBody, { deposit_schedule: DepositSchedule }>(schedulesUrl)
export const useIssueNextDeposit = (id: string) => useBillingMutation<void, { deposit_schedule: DepositSchedule }>(`${schedulesUrl}/${id}/issue-next`)
export const useSettleDepositSchedule = (id: string) => useBillingMutation<void, { deposit_schedule: DepositSchedule }>(`${schedulesUrl}/${id}/settle`)

/** Downloads the invoice's stored PDF (as issued) with the staff session and hands it to the browser. */
export async function downloadInvoicePdf(invoice: Pick<InvoiceListItem, "id" | "number">): Promise<void> {
  const base = import.meta.env.VITE_BACKEND_URL || ""
  const response = await fetch(`${base}${invoicesUrl}/${invoice.id}/pdf`, { credentials: "include" })
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = `${invoice.number}.pdf`
  link.click()
  URL.revokeObjectURL(url)
}
