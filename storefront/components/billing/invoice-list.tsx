import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { InvoiceListItem } from "@/lib/data/invoices"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { InvoiceStatusBadge } from "./badges"

const UNPAID = new Set(["open", "partly_paid", "overdue"])

/**
 * Invoices, deposits and credit notes as cards: number, kind, dates, total, what is still due and the status.
 * With `selectable`, each unpaid invoice carries a checkbox named `invoice_ids` for the surrounding pay form.
 */
export function InvoiceList({ invoices, locale, selectable = false }: { invoices: InvoiceListItem[]; locale: string; selectable?: boolean }) {
  const t = useTranslations("Billing.invoices")
  return (
    <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="invoices-list">
      {invoices.map((invoice) => {
        const money = (amount: number) => formatMoney(amount, invoice.currency_code, locale)
        const payable = selectable && UNPAID.has(invoice.status) && invoice.kind !== "credit_note" && invoice.amount_due > 0
        return (
          <li key={invoice.id} className="flex items-stretch" data-testid="invoice-item" data-number={invoice.number} data-status={invoice.status}>
            {selectable ? (
              <span className="flex w-12 shrink-0 items-center justify-center border-r border-slate-100">
                {payable ? (
                  <input
                    type="checkbox"
                    name="invoice_ids"
                    value={invoice.id}
                    aria-label={t("select", { number: invoice.number })}
                    className="size-5 accent-brand-700"
                    data-testid="invoice-select"
                  />
                ) : null}
              </span>
            ) : null}
            <Link
              href={`/invoices/${invoice.id}`}
              className="flex min-w-0 flex-1 flex-col gap-2 p-4 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:justify-between sm:p-5"
            >
              <span className="min-w-0">
                <span className="block font-semibold text-slate-900">
                  {t(`kinds.${invoice.kind}`)} {invoice.number}
                </span>
                <span className="block text-sm text-slate-600">
                  {t("issuedOn", { date: formatDay(invoice.issue_date, locale) })}
                  {invoice.kind !== "credit_note" ? ` · ${t("dueOn", { date: formatDay(invoice.due_date, locale) })}` : ""}
                </span>
              </span>
              <span className="flex shrink-0 flex-wrap items-center gap-2 sm:gap-3">
                <span className="text-right tabular-nums">
                  <span className="block font-semibold text-slate-900">{money(invoice.total)}</span>
                  {UNPAID.has(invoice.status) && invoice.amount_due !== invoice.total ? (
                    <span className="block text-xs text-slate-600" data-testid="invoice-amount-due">
                      {t("amountDue")} {money(invoice.amount_due)}
                    </span>
                  ) : null}
                </span>
                <InvoiceStatusBadge status={invoice.status} />
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
