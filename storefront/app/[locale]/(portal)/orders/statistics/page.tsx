import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { single } from "@/components/common/pager"
import { PurchasesChart } from "@/components/billing/purchases-chart"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { retrieveStatistics } from "@/lib/data/sales"

type StatisticsPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Billing.statistics")
  return { title: t("title") }
}

const PRESETS = [3, 12, 24] as const
const DAY = /^\d{4}-\d{2}-\d{2}$/

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/** The first day of the month `months - 1` months before today's: a preset covers whole months up to today. */
function monthsBack(months: number, today: Date): string {
  return isoDay(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (months - 1), 1)))
}

/** What the client bought over a period, by month, by category and by product; the last 12 months at first. */
export default async function StatisticsPage({ params, searchParams }: StatisticsPageProps) {
  await assertSectionOn("orders")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const today = new Date()
  const requestedFrom = single(query.from)
  const requestedTo = single(query.to)
  const from = DAY.test(requestedFrom) ? requestedFrom : monthsBack(12, today)
  const to = DAY.test(requestedTo) ? requestedTo : isoDay(today)
  const badPeriod = from > to
  const [t, tCommon, tOrders] = await Promise.all([
    getTranslations("Billing.statistics"),
    getTranslations("Billing.common"),
    getTranslations("Billing.orders"),
  ])
  const statistics = badPeriod ? null : await retrieveStatistics(from, to)
  const currency = statistics?.currency_code ?? null
  const money = (amount: number) => (currency ? formatMoney(amount, currency, locale) : String(amount))
  const empty = !statistics || !statistics.by_month.some((month) => month.orders > 0 || month.total > 0)
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" })
  const link = "font-medium text-brand-700 underline underline-offset-2"
  const period = { from: formatDay(from, locale), to: formatDay(to, locale) }

  return (
    <>
      <nav aria-label={tCommon("breadcrumb")} className="text-sm">
        <Link href="/orders" className={link}>
          {tOrders("back")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 text-slate-600">{t("intro")}</p>
      </header>

      <form className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-end" method="get" data-testid="statistics-period">
        <div>
          <label htmlFor="stats-from" className="block text-sm font-medium text-slate-900">
            {t("from")}
          </label>
          <input id="stats-from" name="from" type="date" defaultValue={from} className="mt-1 block rounded-lg border border-slate-300 bg-white px-3 py-2 text-base" />
        </div>
        <div>
          <label htmlFor="stats-to" className="block text-sm font-medium text-slate-900">
            {t("to")}
          </label>
          <input id="stats-to" name="to" type="date" defaultValue={to} className="mt-1 block rounded-lg border border-slate-300 bg-white px-3 py-2 text-base" />
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {t("show")}
        </button>
      </form>
      <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        {PRESETS.map((months) => (
          <Link key={months} href={{ pathname: "/orders/statistics", query: { from: monthsBack(months, today), to: isoDay(today) } }} className={link}>
            {t(`presets.${months}`)}
          </Link>
        ))}
      </p>

      {badPeriod ? (
        <p role="alert" className="mt-6 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {t("badPeriod")}
        </p>
      ) : empty || !statistics || !currency ? (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600" data-testid="statistics-empty">
          {t("empty")}
        </p>
      ) : (
        <>
          <section aria-labelledby="by-month" className="mt-8 rounded-2xl border border-slate-200 bg-white p-5">
            <h2 id="by-month" className="text-lg font-semibold text-slate-900">
              {t("byMonth")}
            </h2>
            <p className="text-sm text-slate-600">{t("period", period)}</p>
            <div className="mt-4">
              <PurchasesChart bars={statistics.by_month} currencyCode={currency} locale={locale} label={t("byMonthChart", period)} />
            </div>
            <details className="mt-3 text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">{t("byMonthTable")}</summary>
              <table className="mt-2 w-full text-left">
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 font-medium">{t("month")}</th>
                    <th scope="col" className="py-1 text-right font-medium">{t("orders")}</th>
                    <th scope="col" className="py-1 text-right font-medium">{t("amount")}</th>
                  </tr>
                </thead>
                <tbody>
                  {statistics.by_month.map((row) => (
                    <tr key={row.month} className="border-t border-slate-100">
                      <td className="py-1">{monthName.format(new Date(`${row.month}-01T00:00:00Z`))}</td>
                      <td className="py-1 text-right tabular-nums">{row.orders}</td>
                      <td className="py-1 text-right tabular-nums">{money(row.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </section>

          <div className="mt-8 grid gap-6 lg:grid-cols-2">
            <section aria-labelledby="by-category" className="rounded-2xl border border-slate-200 bg-white p-5">
              <h2 id="by-category" className="text-lg font-semibold text-slate-900">
                {t("byCategory")}
              </h2>
              <Shares rows={statistics.by_category.map((row) => ({ key: row.category, label: row.category, value: row.total, shown: money(row.total) }))} />
            </section>
            <section aria-labelledby="top-products" className="rounded-2xl border border-slate-200 bg-white p-5">
              <h2 id="top-products" className="text-lg font-semibold text-slate-900">
                {t("topProducts")}
              </h2>
              <Shares
                rows={statistics.top_products.map((row, index) => ({
                  key: `${row.title}-${index}`,
                  label: `${row.title} × ${row.quantity}`,
                  value: row.total,
                  shown: money(row.total),
                }))}
              />
            </section>
          </div>
        </>
      )}
    </>
  )
}

/** Labelled amounts with a bar each, proportional to the largest: readable as a list without the bars. */
function Shares({ rows }: { rows: { key: string; label: string; value: number; shown: string }[] }) {
  const max = Math.max(1, ...rows.map((row) => row.value))
  return (
    <ul className="mt-3 space-y-3 text-sm">
      {rows.map((row) => (
        <li key={row.key}>
          <div className="flex justify-between gap-3">
            <span className="min-w-0 break-words text-slate-800">{row.label}</span>
            <span className="shrink-0 font-medium tabular-nums">{row.shown}</span>
          </div>
          <div className="mt-1 h-2 rounded-full bg-slate-100" aria-hidden="true">
            <div className="h-2 rounded-full bg-brand-600" style={{ width: `${Math.round((row.value / max) * 100)}%` }} />
          </div>
        </li>
      ))}
    </ul>
  )
}
