import { getTranslations } from "next-intl/server"
import { SectionEmptyState, SectionHeader, assertSectionOn, sectionMetadata } from "@/components/portal/section-page"
import { QuoteList } from "@/components/quotes/quote-list"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { AWAITING_STATUSES, QUOTES_PAGE_SIZE, listQuotes } from "@/lib/data/quotes"

export const generateMetadata = sectionMetadata("quotes")

/** The filter's choices and the statuses each one asks the backend for. */
const FILTERS = {
  awaiting: AWAITING_STATUSES,
  accepted: ["accepted"],
  rejected: ["rejected"],
  expired: ["expired"],
  cancelled: ["cancelled"],
} as const
type Filter = keyof typeof FILTERS
const isFilter = (value: string): value is Filter => value in FILTERS

type QuotesPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ status?: string | string[]; page?: string | string[] }>
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

/** The account's quotes with a status filter and pages: a GET form and links, no JavaScript needed. */
export default async function QuotesPage({ params, searchParams }: QuotesPageProps) {
  await assertSectionOn("quotes")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const requested = single(query.status)
  const filter = isFilter(requested) ? requested : null
  const page = Math.max(1, Math.floor(Number(single(query.page)) || 1))
  const [list, t] = await Promise.all([
    listQuotes(filter ? FILTERS[filter] : [], (page - 1) * QUOTES_PAGE_SIZE, QUOTES_PAGE_SIZE),
    getTranslations("Quotes"),
  ])
  const pages = Math.max(1, Math.ceil(list.count / QUOTES_PAGE_SIZE))
  const href = (target: number) => ({
    pathname: "/quotes",
    query: { ...(filter ? { status: filter } : {}), ...(target > 1 ? { page: String(target) } : {}) },
  })

  return (
    <>
      <SectionHeader section="quotes" />
      <form className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end" method="get">
        <div>
          <label htmlFor="quotes-status" className="block text-sm font-medium text-slate-900">
            {t("filterLabel")}
          </label>
          <select
            id="quotes-status"
            name="status"
            defaultValue={filter ?? ""}
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base sm:w-64"
          >
            <option value="">{t("filters.all")}</option>
            {(Object.keys(FILTERS) as Filter[]).map((key) => (
              <option key={key} value={key}>
                {t(`filters.${key}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100">
          {t("filter")}
        </button>
      </form>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {t("count", { count: list.count })}
      </p>
      {list.quotes.length ? (
        <div className="mt-4">
          <QuoteList quotes={list.quotes} locale={locale} testId="quotes-list" />
        </div>
      ) : filter ? (
        <p className="mt-6 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">
          {t("emptyFiltered")}
        </p>
      ) : (
        <SectionEmptyState section="quotes" />
      )}
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={href(page - 1)} className="font-medium text-brand-700 underline">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-slate-600">{t("pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link href={href(page + 1)} className="font-medium text-brand-700 underline">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </>
  )
}
