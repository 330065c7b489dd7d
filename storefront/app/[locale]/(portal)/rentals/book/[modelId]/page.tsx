import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { AvailabilityCalendar, CalendarLegend } from "@/components/rentals/availability-calendar"
import { addDays, checkDates, dayToInstant, daysBetween, formatMoney, parseDay, startInstant, today } from "@/components/rentals/dates"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { findCatalogueModel, modelAvailability } from "@/lib/data/rentals"

type ModelPageProps = {
  params: Promise<{ locale: string; modelId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Months shown at once; "earlier" and "later" move by as many. */
const MONTHS = 3

function single(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ""
}

function firstOfMonth(day: string, shift = 0): string {
  const date = new Date(dayToInstant(day))
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + shift, 1)).toISOString().slice(0, 10)
}

export async function generateMetadata({ params }: ModelPageProps): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: "Rentals" })
  return { title: t("catalogue.calendar") }
}

/** One model's free units day by day over the coming months, to find dates that suit before booking. */
export default async function RentalModelPage({ params, searchParams }: ModelPageProps) {
  await assertSectionOn("rentals")
  const { locale: rawLocale, modelId } = await params
  const locale = toLocale(rawLocale)
  const query = await searchParams
  const now = today()
  const from = parseDay(single(query.from))
  const to = parseDay(single(query.to))
  const selection = !checkDates(from, to, now) && from && to ? { from, to } : null
  const lengthDays = selection ? daysBetween(selection.from, selection.to) : 1
  const site = single(query.site).slice(0, 64)
  const requested = /^\d{4}-\d{2}$/.test(single(query.month)) ? `${single(query.month)}-01` : null
  const first = firstOfMonth(requested && parseDay(requested) && requested >= firstOfMonth(now) ? requested : (selection?.from ?? now))
  const months = Array.from({ length: MONTHS }, (_, i) => firstOfMonth(first, i))
  const end = firstOfMonth(first, MONTHS)
  // The price shown is for the client's dates, else for one day from today.
  const priceFrom = selection?.from ?? now
  const priceTo = selection?.to ?? addDays(now, 1)
  const [model, availability, t] = await Promise.all([
    findCatalogueModel(modelId, startInstant(priceFrom), dayToInstant(priceTo)),
    modelAvailability(modelId, dayToInstant(first), dayToInstant(end)),
    getTranslations("Rentals"),
  ])
  if (!model) notFound()
  const free = new Map((availability?.days ?? []).map((day) => [day.date.slice(0, 10), day.free]))
  const back = { pathname: "/rentals/book", query: { ...(selection ? { from: selection.from, to: selection.to } : {}), ...(site ? { site } : {}) } }
  const move = (shift: number) => ({
    pathname: `/rentals/book/${modelId}`,
    query: { ...(selection ? { from: selection.from, to: selection.to } : {}), ...(site ? { site } : {}), month: firstOfMonth(first, shift).slice(0, 7) },
  })
  const canGoBack = first > firstOfMonth(now)

  return (
    <>
      <nav aria-label={t("detail.breadcrumb")} className="text-sm">
        <Link href={back} className="font-medium text-brand-700 underline underline-offset-2">
          {t("calendar.back")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-col gap-4 border-b border-slate-200 pb-5 sm:flex-row sm:items-start">
        {model.thumbnail ? (
          <img src={model.thumbnail} alt={t("catalogue.photoOf", { title: model.title })} className="aspect-[4/3] w-full rounded-xl bg-slate-100 object-cover sm:w-48" />
        ) : null}
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl">{t("calendar.title", { title: model.title })}</h1>
          {model.description ? <p className="mt-2 text-slate-700">{model.description}</p> : null}
          {model.rate ? (
            <p className="mt-2 text-sm text-slate-700">
              {[
                t("catalogue.breakdown.day", { count: 1, rate: formatMoney(model.rate.day, model.rate.currency_code, locale) }),
                model.rate.week !== null ? t("catalogue.breakdown.week", { count: 1, rate: formatMoney(model.rate.week, model.rate.currency_code, locale) }) : null,
                model.rate.month !== null ? t("catalogue.breakdown.month", { count: 1, rate: formatMoney(model.rate.month, model.rate.currency_code, locale) }) : null,
                t("catalogue.deposit", { amount: formatMoney(model.rate.deposit, model.rate.currency_code, locale) }),
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          ) : null}
          <p className="mt-2 text-sm text-slate-600">{t("calendar.intro")}</p>
        </div>
      </header>
      {availability ? (
        <>
          <CalendarLegend />
          <AvailabilityCalendar months={months} free={free} today={now} selection={selection} lengthDays={Math.max(1, lengthDays)} site={site} locale={locale} />
        </>
      ) : (
        <p className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">{t("calendar.unavailable")}</p>
      )}
      <nav aria-label={t("calendar.months")} className="mt-6 flex items-center justify-between text-sm">
        {canGoBack ? (
          <Link href={move(-MONTHS)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" rel="prev">
            {t("calendar.earlier")}
          </Link>
        ) : (
          <span />
        )}
        <Link href={move(MONTHS)} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline" rel="next">
          {t("calendar.later")}
        </Link>
      </nav>
    </>
  )
}
