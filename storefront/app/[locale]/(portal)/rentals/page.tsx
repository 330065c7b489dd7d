import { getTranslations } from "next-intl/server"
import { SectionEmptyState, SectionHeader, assertSectionOn, sectionMetadata } from "@/components/portal/section-page"
import { RentalList } from "@/components/rentals/rental-list"
import { RentalPager } from "@/components/rentals/rental-pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { can, requirePortalSession } from "@/lib/data/portal"
import { RENTALS_PAGE_SIZE, RENTAL_TABS, listRentals, type RentalPeriod } from "@/lib/data/rentals"

export const generateMetadata = sectionMetadata("rentals")

type RentalsPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ period?: string | string[]; page?: string | string[] }>
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

const isTab = (value: string): value is RentalPeriod => (RENTAL_TABS as readonly string[]).includes(value)

/** The account's rentals by period (current with overdue ones flagged, upcoming, past) and the way to book. */
export default async function RentalsPage({ params, searchParams }: RentalsPageProps) {
  await assertSectionOn("rentals")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const requested = single(query.period)
  const period: RentalPeriod = isTab(requested) ? requested : "current"
  const page = Math.max(1, Math.floor(Number(single(query.page)) || 1))
  const [{ me }, t, counts, list] = await Promise.all([
    requirePortalSession(),
    getTranslations("Rentals"),
    Promise.all(RENTAL_TABS.map((tab) => listRentals(tab, 0, 1).then((answer) => [tab, answer.count] as const))),
    listRentals(period, (page - 1) * RENTALS_PAGE_SIZE, RENTALS_PAGE_SIZE),
  ])
  const total = counts.reduce((sum, [, count]) => sum + count, 0)
  const canBook = can(me, "request") && !me.scope.read_only
  const bookLink = canBook ? (
    <Link
      href="/rentals/book"
      className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 py-2 font-semibold text-white shadow-sm hover:bg-brand-700"
      data-testid="book-rental"
    >
      {t("book")}
    </Link>
  ) : null

  if (total === 0) {
    return (
      <>
        <SectionHeader section="rentals" />
        <SectionEmptyState section="rentals">{bookLink ? <div className="mt-6">{bookLink}</div> : null}</SectionEmptyState>
      </>
    )
  }

  return (
    <>
      <SectionHeader section="rentals" />
      {bookLink ? <div className="mt-6">{bookLink}</div> : null}
      <nav aria-label={t("tabsLabel")} className="mt-6 border-b border-slate-200">
        <ul className="-mb-px flex gap-1 overflow-x-auto">
          {counts.map(([tab, count]) => (
            <li key={tab}>
              <Link
                href={{ pathname: "/rentals", query: tab === "current" ? {} : { period: tab } }}
                aria-current={tab === period ? "page" : undefined}
                className={`inline-flex min-h-11 items-center gap-2 border-b-2 px-4 py-2 text-sm font-medium whitespace-nowrap ${
                  tab === period ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300"
                }`}
                data-testid={`rentals-tab-${tab}`}
              >
                {t(`tabs.${tab}`)}
                <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700">{count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4 text-sm text-slate-600" aria-live="polite">
        {t("count", { count: list.count })}
      </p>
      {list.rentals.length ? (
        <div className="mt-3">
          <RentalList rentals={list.rentals} locale={locale} testId="rentals-list" />
        </div>
      ) : (
        <p className="mt-3 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">{t(`emptyTab.${period}`)}</p>
      )}
      <RentalPager
        page={page}
        pages={Math.max(1, Math.ceil(list.count / RENTALS_PAGE_SIZE))}
        pathname="/rentals"
        query={period === "current" ? {} : { period }}
      />
    </>
  )
}
