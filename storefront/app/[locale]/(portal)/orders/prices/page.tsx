import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Pager, pageOf, single } from "@/components/common/pager"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { PRICES_PAGE_SIZE, listPrices } from "@/lib/data/sales"

type PricesPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Billing.prices")
  return { title: t("title") }
}

/** The client's current prices beside the general ones, dated, with a search and PDF/CSV downloads. */
export default async function PricesPage({ params, searchParams }: PricesPageProps) {
  await assertSectionOn("orders")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const q = single(query.q).slice(0, 200)
  const page = pageOf(query.page)
  const [list, t, tCommon, tOrders] = await Promise.all([
    listPrices(q, (page - 1) * PRICES_PAGE_SIZE),
    getTranslations("Billing.prices"),
    getTranslations("Billing.common"),
    getTranslations("Billing.orders"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / PRICES_PAGE_SIZE))
  const href = (target: number) => ({ pathname: "/orders/prices", query: { ...(q ? { q } : {}), ...(target > 1 ? { page: String(target) } : {}) } })
  const link = "font-medium text-brand-700 underline underline-offset-2"

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
        <p className="mt-2 text-sm font-medium text-slate-800" data-testid="prices-date">
          {t("dated", { date: formatDay(list.date, locale) })}
        </p>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <a href="/api/price-list/pdf" className={link} data-testid="prices-pdf" download>
            {t("downloadPdf")}
          </a>
          <a href="/api/price-list/csv" className={link} data-testid="prices-csv" download>
            {t("downloadCsv")}
          </a>
        </p>
      </header>
      <form className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end" method="get" role="search">
        <div className="sm:flex-1">
          <label htmlFor="prices-q" className="block text-sm font-medium text-slate-900">
            {t("searchLabel")}
          </label>
          <input
            id="prices-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
          />
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {tCommon("search")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {t("count", { count: list.count })}
      </p>
      {list.prices.length ? (
        <div className="mt-4 overflow-x-auto rounded-2xl border border-slate-200 bg-white">
          <table className="w-full text-left text-sm" data-testid="prices-table">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">
                  {t("product")}
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  {t("yourPrice")}
                </th>
                <th scope="col" className="px-4 py-3 text-right font-medium">
                  {t("generalPrice")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.prices.map((price) => (
                <tr key={`${price.variant_id}-${price.currency_code}`}>
                  <td className="px-4 py-3">
                    <span className="block font-medium break-words text-slate-900">{price.title}</span>
                    {price.sku ? <span className="block text-xs text-slate-600">{tCommon("sku", { sku: price.sku })}</span> : null}
                  </td>
                  <td className="px-4 py-3 text-right font-semibold text-slate-900 tabular-nums">
                    {formatMoney(price.price, price.currency_code, locale)}
                  </td>
                  <td className="px-4 py-3 text-right text-slate-700 tabular-nums">
                    {price.general_price === null ? tCommon("none") : formatMoney(price.general_price, price.currency_code, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">{t("empty")}</p>
      )}
      <Pager page={page} pages={pages} href={href} />
    </>
  )
}
