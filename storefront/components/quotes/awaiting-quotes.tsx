import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { AWAITING_STATUSES, listQuotes } from "@/lib/data/quotes"
import { QuoteList } from "./quote-list"

const SHOWN = 5

/** The quotes waiting for the client's answer, as the dashboard lists them (cached per request). */
export const listAwaitingQuotes = () => listQuotes(AWAITING_STATUSES, 0, SHOWN)

/** The dashboard's list of quotes waiting for the client's answer; nothing at all when there are none. */
export async function AwaitingQuotes() {
  const [list, t, locale] = await Promise.all([listAwaitingQuotes(), getTranslations("Quotes"), getLocale()])
  if (!list.count) return null
  return (
    <section aria-labelledby="awaiting-title" className="mt-10">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="awaiting-title" className="text-lg font-semibold text-slate-900">
          {t("awaitingTitle", { count: list.count })}
        </h2>
        {list.count > SHOWN ? (
          <Link href={{ pathname: "/quotes", query: { status: "awaiting" } }} className="text-sm font-medium text-brand-700 underline underline-offset-2">
            {t("allAwaiting")}
          </Link>
        ) : null}
      </div>
      <div className="mt-4">
        <QuoteList quotes={list.quotes} locale={locale} testId="dashboard-quotes" />
      </div>
    </section>
  )
}
