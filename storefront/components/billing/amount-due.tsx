import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { describeError } from "@/lib/data/client"
import { retrieveAmountDue, type AmountDue as AmountDueTotals } from "@/lib/data/invoices"
import { formatMoney } from "@/components/quotes/format"

/**
 * What the account still owes, per currency, with a warning for what is overdue: the dashboard's tile and the
 * head of the invoices page (`linked` adds the way to the invoices to pay).
 */
export async function AmountDue({ linked = false }: { linked?: boolean }) {
  const [answer, t, locale] = await Promise.all([
    // A tile beside others: when the backend cannot say what is due, the page still shows the rest.
    retrieveAmountDue().catch((error: unknown): null => {
      console.warn(`[portal] amount due unavailable: ${describeError(error)}`)
      return null
    }),
    getTranslations("Billing.dashboard"),
    getLocale(),
  ])
  if (!answer) {
    return (
      <p role="status" className="mt-6 rounded-2xl border border-slate-200 bg-white p-6 text-sm text-slate-700" data-testid="amount-due-unavailable">
        {t("unavailable")}
      </p>
    )
  }
  const { totals }: AmountDueTotals = answer
  const owed = totals.filter((total) => total.amount_due > 0)
  const overdue = owed.filter((total) => total.overdue > 0)
  const count = owed.reduce((sum, total) => sum + total.count, 0)
  return (
    <section
      aria-labelledby="amount-due-title"
      className={`mt-6 rounded-2xl border p-6 ${overdue.length ? "border-red-200 bg-red-50" : "border-slate-200 bg-white"}`}
      data-testid="amount-due"
    >
      <h2 id="amount-due-title" className="text-base font-semibold text-slate-900">
        {t("title")}
      </h2>
      {owed.length ? (
        <>
          <p className="mt-2 flex flex-wrap gap-x-6 text-2xl font-bold text-slate-900 tabular-nums" data-testid="amount-due-value">
            {owed.map((total) => (
              <span key={total.currency_code} data-currency={total.currency_code} data-amount={total.amount_due}>
                {formatMoney(total.amount_due, total.currency_code, locale)}
              </span>
            ))}
          </p>
          <p className="mt-1 text-sm text-slate-700">{t("due", { count })}</p>
          {overdue.map((total) => (
            <p key={total.currency_code} className="mt-2 text-sm font-semibold text-red-800" data-testid="amount-overdue">
              <span aria-hidden="true">⚠ </span>
              {t("overdue", { amount: formatMoney(total.overdue, total.currency_code, locale), count: total.overdue_count })}
            </p>
          ))}
          {linked ? (
            <Link
              href={{ pathname: "/invoices", query: { status: "unpaid" } }}
              className="mt-3 inline-block text-sm font-medium text-brand-700 underline underline-offset-2"
            >
              {t("seeInvoices")}
            </Link>
          ) : null}
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700" data-testid="amount-due-none">
          {t("nothingDue")}
        </p>
      )}
    </section>
  )
}
