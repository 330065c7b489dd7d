import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { describeError } from "@/lib/data/client"
import { listDepositSchedules } from "@/lib/data/invoices"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { InvoiceStatusBadge } from "./badges"

/** The account's deposit schedules (monthly advance payments, then a settlement); nothing when there are none. */
export async function DepositSchedules() {
  const [schedules, t, locale] = await Promise.all([
    // A section under the invoices: when the backend cannot list the schedules, the invoices still show.
    listDepositSchedules().catch((error: unknown) => {
      console.warn(`[portal] deposit schedules unavailable: ${describeError(error)}`)
      return []
    }),
    getTranslations("Billing.invoices"),
    getLocale(),
  ])
  if (!schedules.length) return null
  return (
    <section aria-labelledby="schedules-title" className="mt-10" data-testid="deposit-schedules">
      <h2 id="schedules-title" className="text-lg font-semibold text-slate-900">
        {t("schedules")}
      </h2>
      <ul className="mt-3 space-y-3">
        {schedules.map((schedule) => (
          <li key={schedule.id} className="rounded-2xl border border-slate-200 bg-white p-5">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold text-slate-900">
                {t("scheduleLine", {
                  title: schedule.title,
                  amount: formatMoney(schedule.monthly_amount, schedule.currency_code, locale),
                  date: formatDay(schedule.start_date, locale),
                })}
              </p>
              <span className="text-sm text-slate-600">{t(`scheduleStatuses.${schedule.status}`)}</span>
            </div>
            <p className="mt-1 text-sm text-slate-600">{t("scheduleProgress", { issued: schedule.issued_count, count: schedule.count })}</p>
            {schedule.invoices.length ? (
              <ul className="mt-3 flex flex-wrap gap-2 text-sm">
                {schedule.invoices.map((invoice) => (
                  <li key={invoice.id}>
                    <Link
                      href={`/invoices/${invoice.id}`}
                      className="inline-flex items-center gap-2 rounded-lg border border-slate-200 px-3 py-1 hover:border-brand-600"
                    >
                      <span className="font-medium text-slate-900">{invoice.number}</span>
                      <InvoiceStatusBadge status={invoice.status} />
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
