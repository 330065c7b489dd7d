import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { BookingCart } from "@/components/rentals/booking-cart"
import { BookingDatesForm } from "@/components/rentals/booking-dates-form"
import { checkDates, dayToInstant, formatDay, parseDay, startInstant, today } from "@/components/rentals/dates"
import { RentalPager } from "@/components/rentals/rental-pager"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { can, requirePortalSession } from "@/lib/data/portal"
import { CATALOGUE_PAGE_SIZE, listCatalogue } from "@/lib/data/rentals"
import { listSites } from "@/lib/data/sites"

type BookPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: BookPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Rentals" })
  return { title: t("bookTitle") }
}

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

/**
 * Booking as on a car-rental site: days and delivery site first, then only what is free for them, each
 * model with its price for the whole period, its deposit and its free units, and a summary to confirm.
 */
export default async function BookRentalPage({ params, searchParams }: BookPageProps) {
  await assertSectionOn("rentals")
  const locale = toLocale((await params).locale)
  const query = await searchParams
  const [{ me }, sites, t] = await Promise.all([requirePortalSession(), listSites("", 0, 100), getTranslations("Rentals")])
  const values = { from: single(query.from).slice(0, 10), to: single(query.to).slice(0, 10), site: single(query.site).slice(0, 64) }
  const asked = Boolean(values.from || values.to)
  const from = parseDay(values.from)
  const to = parseDay(values.to)
  const error = asked ? checkDates(from, to) : null
  const site = sites.sites.find((candidate) => candidate.id === values.site) ?? null
  const page = Math.max(1, Math.floor(Number(single(query.page)) || 1))
  const result =
    asked && !error && from && to ? await listCatalogue(startInstant(from), dayToInstant(to), (page - 1) * CATALOGUE_PAGE_SIZE, CATALOGUE_PAGE_SIZE) : null

  return (
    <>
      <nav aria-label={t("detail.breadcrumb")} className="text-sm">
        <Link href="/rentals" className="font-medium text-brand-700 underline underline-offset-2">
          {t("detail.back")}
        </Link>
      </nav>
      <header className="mt-3 border-b border-slate-200 pb-5">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{t("bookTitle")}</h1>
        <p className="mt-1 text-slate-600">{t("bookIntro")}</p>
      </header>
      <BookingDatesForm
        values={{ ...values, site: site?.id ?? "" }}
        sites={sites.sites}
        minDay={today()}
        error={error}
        refusal={result && !result.ok ? (result.message ?? null) : null}
      />
      {result?.ok && from && to ? (
        <section aria-labelledby="catalogue-heading" className="mt-8">
          <h2 id="catalogue-heading" className="text-xl font-semibold text-slate-900">
            {t("catalogue.heading", { start: formatDay(from, locale), end: formatDay(to, locale) })}
          </h2>
          <p className="mt-1 text-sm text-slate-600" aria-live="polite" data-testid="catalogue-count">
            {t("catalogue.count", { count: result.catalogue.count })}
          </p>
          {result.catalogue.rental_models.length ? (
            <BookingCart
              models={result.catalogue.rental_models}
              currencyCode={result.catalogue.currency_code}
              from={from}
              to={to}
              site={site ? { id: site.id, name: site.name } : null}
              locale={locale}
              canReserve={can(me, "request") && !me.scope.read_only}
            />
          ) : (
            <p className="mt-4 rounded-2xl border-2 border-dashed border-slate-200 bg-white px-6 py-10 text-center text-slate-600">{t("catalogue.empty")}</p>
          )}
          <RentalPager
            page={page}
            pages={Math.max(1, Math.ceil(result.catalogue.count / CATALOGUE_PAGE_SIZE))}
            pathname="/rentals/book"
            query={{ from, to, ...(site ? { site: site.id } : {}) }}
          />
        </section>
      ) : null}
    </>
  )
}
