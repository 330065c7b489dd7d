import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { QuoteListItem } from "@/lib/data/quotes"
import { formatDay, formatMoney } from "./format"
import { QuoteStatusBadge } from "./quote-status-badge"

/** Quotes as cards that read well on a phone: number, title, status, amount and validity. */
export function QuoteList({ quotes, locale, testId }: { quotes: QuoteListItem[]; locale: string; testId: string }) {
  const t = useTranslations("Quotes")
  return (
    <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid={testId}>
      {quotes.map((quote) => (
        <li key={quote.id} data-testid="quote-item" data-number={quote.number}>
          <Link
            href={`/quotes/${quote.id}`}
            className="flex flex-col gap-2 p-4 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:justify-between sm:p-5"
          >
            <span className="min-w-0">
              <span className="block font-semibold break-words text-slate-900">{quote.title}</span>
              <span className="block text-sm text-slate-600">
                {quote.number} · {t("versionShort", { version: quote.version })} · {t("validUntil", { date: formatDay(quote.valid_until, locale) })}
              </span>
            </span>
            <span className="flex shrink-0 items-center gap-3">
              <span className="font-semibold text-slate-900 tabular-nums">{formatMoney(quote.total, quote.currency_code, locale)}</span>
              <QuoteStatusBadge status={quote.status} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
