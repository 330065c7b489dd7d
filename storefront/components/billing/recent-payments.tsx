import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { describeError } from "@/lib/data/client"
import { listPayments } from "@/lib/data/invoices"
import { formatDay, formatMoney } from "@/components/quotes/format"

const SHOWN = 5

/** The latest payments on the account's invoices (online or recorded by staff); nothing when there are none. */
export async function RecentPayments() {
  const [payments, t, locale] = await Promise.all([
    // A section under the invoices: when the backend cannot list payments, the invoices still show.
    listPayments(SHOWN).catch((error: unknown) => {
      console.warn(`[portal] payments unavailable: ${describeError(error)}`)
      return []
    }),
    getTranslations("Billing.invoices"),
    getLocale(),
  ])
  if (!payments.length) return null
  return (
    <section aria-labelledby="recent-payments" className="mt-10" data-testid="recent-payments">
      <h2 id="recent-payments" className="text-lg font-semibold text-slate-900">
        {t("recentPayments")}
      </h2>
      <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
        {payments.map((payment) => (
          <li key={payment.id} className="flex flex-wrap items-center justify-between gap-2 p-4 text-sm">
            <span>
              {formatDay(payment.paid_at, locale)} · {t(`methods.${payment.method}`)} ·{" "}
              <Link href={`/invoices/${payment.invoice_id}`} className="font-medium text-brand-700 underline underline-offset-2">
                {payment.invoice_number}
              </Link>
            </span>
            <span className="font-medium tabular-nums">{formatMoney(payment.amount, payment.currency_code, locale)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
