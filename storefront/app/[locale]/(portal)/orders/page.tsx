import { getTranslations } from "next-intl/server"
import { OrderList } from "@/components/billing/order-list"
import { Pager, pageOf, single } from "@/components/common/pager"
import { SalesLinks } from "@/components/billing/sales-links"
import { SectionEmptyState, SectionHeader, assertSectionOn, sectionMetadata } from "@/components/portal/section-page"
import { toLocale } from "@/i18n/routing"
import { ORDERS_PAGE_SIZE, listOrders } from "@/lib/data/orders"

export const generateMetadata = sectionMetadata("orders")

/** The filter's choices: Medusa's order statuses a client tells apart. */
const FILTERS = ["pending", "completed", "canceled"] as const
type Filter = (typeof FILTERS)[number]
const isFilter = (value: string): value is Filter => (FILTERS as readonly string[]).includes(value)

type OrdersPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; status?: string | string[]; page?: string | string[] }>
}

/** The account's orders with a search, a status filter and pages: a GET form and links, no JavaScript needed. */
export default async function OrdersPage({ params, searchParams }: OrdersPageProps) {
  await assertSectionOn("orders")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const q = single(query.q).slice(0, 200)
  const requested = single(query.status)
  const status = isFilter(requested) ? requested : null
  const page = pageOf(query.page)
  const [list, t, tCommon] = await Promise.all([
    listOrders({ q, status: status ?? undefined, offset: (page - 1) * ORDERS_PAGE_SIZE }),
    getTranslations("Billing.orders"),
    getTranslations("Billing.common"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / ORDERS_PAGE_SIZE))
  const href = (target: number) => ({
    pathname: "/orders",
    query: { ...(q ? { q } : {}), ...(status ? { status } : {}), ...(target > 1 ? { page: String(target) } : {}) },
  })
  const filtered = Boolean(q || status)

  return (
    <>
      <SectionHeader section="orders" />
      <SalesLinks />
      <form className="mt-6 flex flex-col gap-3 sm:flex-row sm:items-end" method="get" role="search">
        <div className="sm:flex-1">
          <label htmlFor="orders-q" className="block text-sm font-medium text-slate-900">
            {t("searchLabel")}
          </label>
          <input
            id="orders-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor="orders-status" className="block text-sm font-medium text-slate-900">
            {t("statusLabel")}
          </label>
          <select
            id="orders-status"
            name="status"
            defaultValue={status ?? ""}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base sm:w-56"
          >
            <option value="">{t("filters.all")}</option>
            {FILTERS.map((key) => (
              <option key={key} value={key}>
                {t(`filters.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {tCommon("filter")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite" data-testid="orders-count">
        {t("count", { count: list.count })}
      </p>
      {list.orders.length ? (
        <div className="mt-4">
          <OrderList orders={list.orders} locale={locale} />
        </div>
      ) : filtered ? (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">
          {t("emptyFiltered")}
        </p>
      ) : (
        <SectionEmptyState section="orders" />
      )}
      <Pager page={page} pages={pages} href={href} />
    </>
  )
}
