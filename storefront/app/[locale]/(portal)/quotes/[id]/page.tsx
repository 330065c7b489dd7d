import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatDay, formatMoment, formatMoney } from "@/components/quotes/format"
import { QuoteAcceptance } from "@/components/quotes/quote-acceptance"
import { QuoteMessages } from "@/components/quotes/quote-messages"
import { QuoteRejectForm } from "@/components/quotes/quote-reject-form"
import { QuoteStatusBadge } from "@/components/quotes/quote-status-badge"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { listQuoteMessages, retrieveQuote } from "@/lib/data/quotes"

type QuotePageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: QuotePageProps): Promise<Metadata> {
  const quote = await retrieveQuote((await params).id)
  return quote ? { title: `${quote.number} · ${quote.title}` } : {}
}

/** One quote. Another account's quote is not found (the backend's 404). */
export default async function QuotePage({ params }: QuotePageProps) {
  await assertSectionOn("quotes")
  const { id, locale: rawLocale } = await params
  const locale = toLocale(rawLocale)
  const [quote, t] = await Promise.all([retrieveQuote(id), getTranslations("Quotes")])
  if (!quote) notFound()
  const messages = await listQuoteMessages(quote.id)
  const pdf = (version: number) => `/api/quotes/${encodeURIComponent(quote.id)}/pdf?version=${version}`
  const earlier = (quote.versions ?? []).filter((v) => v.version !== quote.version && v.status !== "draft")

  const rows = [
    { label: t("validUntilLabel"), value: formatDay(quote.valid_until, locale) },
    { label: t("sentOn"), value: quote.sent_at ? formatDay(quote.sent_at, locale) : null },
    { label: t("salesperson"), value: quote.salesperson ? `${quote.salesperson.name} · ${quote.salesperson.email}` : null },
  ]

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/quotes" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight break-words text-slate-900 sm:text-3xl" data-testid="quote-title">
            {quote.title}
          </h1>
          <p className="mt-1 text-slate-600">
            {quote.number} · {t("versionShort", { version: quote.version })}
          </p>
        </div>
        <QuoteStatusBadge status={quote.status} />
      </header>

      {quote.order ? (
        <section role="status" className="mt-6 rounded-2xl border border-green-200 bg-green-50 p-5 text-green-900" data-testid="quote-order">
          <p className="font-semibold">{t("orderCreated", { number: quote.order.display_id })}</p>
          <p className="mt-1 text-sm">
            {t("orderTotal", { total: formatMoney(quote.order.total, quote.order.currency_code, locale) })}
            {quote.acceptance
              ? ` · ${t("acceptedBy", { name: quote.acceptance.accepted_by_name, date: formatMoment(quote.acceptance.accepted_at, locale) })}`
              : ""}
          </p>
        </section>
      ) : null}
      {quote.status === "rejected" ? (
        <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-5">
          <p className="font-semibold text-slate-900">{t("rejectedOn", { date: formatDay(quote.rejected_at, locale) })}</p>
          {quote.rejection_reason ? <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{quote.rejection_reason}</p> : null}
        </section>
      ) : null}
      {quote.status === "expired" ? (
        <p className="mt-6 rounded-2xl border border-amber-200 bg-amber-50 p-5 text-amber-900">{t("expiredNotice")}</p>
      ) : null}

      <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-6">
        <dl className="grid gap-4 sm:grid-cols-3">
          {rows.map((row) => (
            <div key={row.label}>
              <dt className="text-sm text-slate-500">{row.label}</dt>
              <dd className="mt-1 font-medium break-words text-slate-900">{row.value ?? "—"}</dd>
            </div>
          ))}
        </dl>
        {quote.notes ? <p className="mt-4 border-t border-slate-200 pt-4 text-sm whitespace-pre-line text-slate-800">{quote.notes}</p> : null}
        <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <a href={pdf(quote.version)} className="font-medium text-brand-700 underline underline-offset-2" data-testid="quote-pdf" download>
            {t("downloadPdf")}
          </a>
          {earlier.map((v) => (
            <a key={v.version} href={pdf(v.version)} className="text-brand-700 underline underline-offset-2" download>
              {t("versionPdf", { version: v.version })}
            </a>
          ))}
        </p>
      </section>

      <QuoteAcceptance quote={{ ...quote, lines: quote.lines ?? [] }} locale={locale} />
      {quote.can_accept && quote.requires_signature ? <p className="mt-2 text-right text-sm text-slate-600">{t("signatureNotice")}</p> : null}
      {quote.can_accept ? <QuoteRejectForm quoteId={quote.id} /> : null}
      {(quote.status === "sent" || quote.status === "viewed") && !quote.can_accept ? (
        <p className="mt-4 text-sm text-slate-600">{t("cannotAccept")}</p>
      ) : null}

      <QuoteMessages quoteId={quote.id} messages={messages} locale={locale} />
    </>
  )
}
