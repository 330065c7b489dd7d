import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { AmountLines } from "@/components/billing/amount-lines"
import { InvoiceStatusBadge } from "@/components/billing/badges"
import { PayInvoiceForm } from "@/components/billing/pay-form"
import { DetailList } from "@/components/portal/detail-list"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { retrieveInvoice } from "@/lib/data/invoices"
import { requirePortalSession } from "@/lib/data/portal"

type InvoicePageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: InvoicePageProps): Promise<Metadata> {
  const invoice = await retrieveInvoice((await params).id)
  return invoice ? { title: invoice.number } : {}
}

/** One invoice, deposit or credit note: its figures, PDF as issued, payments, credit notes and the way to pay it. */
export default async function InvoicePage({ params }: InvoicePageProps) {
  await assertSectionOn("invoices")
  const { id, locale: rawLocale } = await params
  const locale = toLocale(rawLocale)
  const [invoice, { me }, t, tCommon, tOrders] = await Promise.all([
    retrieveInvoice(id),
    requirePortalSession(),
    getTranslations("Billing.invoices"),
    getTranslations("Billing.common"),
    getTranslations("Billing.orders"),
  ])
  if (!invoice) notFound()
  const money = (amount: number) => formatMoney(amount, invoice.currency_code, locale)
  const isCredit = invoice.kind === "credit_note"

  return (
    <>
      <nav aria-label={tCommon("breadcrumb")} className="text-sm">
        <Link href="/invoices" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" data-testid="invoice-title">
            {t(`kinds.${invoice.kind}`)} {invoice.number}
          </h1>
          <p className="mt-1 text-slate-600">{t("issuedOn", { date: formatDay(invoice.issue_date, locale) })}</p>
        </div>
        <InvoiceStatusBadge status={invoice.status} />
      </header>

      <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-6">
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-500">{tCommon("total")}</dt>
            <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">{money(invoice.total)}</dd>
          </div>
          {!isCredit ? (
            <>
              <div>
                <dt className="text-sm text-slate-500">{t("paid")}</dt>
                <dd className="mt-1 font-medium tabular-nums">{money(invoice.paid_total)}</dd>
              </div>
              {invoice.credited_total ? (
                <div>
                  <dt className="text-sm text-slate-500">{t("credited")}</dt>
                  <dd className="mt-1 font-medium tabular-nums">{money(invoice.credited_total)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="text-sm text-slate-500">{t("amountDue")}</dt>
                <dd className="mt-1 text-lg font-semibold text-slate-900 tabular-nums" data-testid="invoice-amount-due">
                  {money(invoice.amount_due)}
                </dd>
              </div>
            </>
          ) : null}
        </dl>
        <div className="mt-5 border-t border-slate-200 pt-5">
          <DetailList
            emptyLabel={tCommon("none")}
            rows={[
              { label: t("issueDate"), value: formatDay(invoice.issue_date, locale) },
              ...(!isCredit ? [{ label: t("dueDate"), value: formatDay(invoice.due_date, locale) }] : []),
              {
                label: t("order"),
                value: invoice.order ? tOrders("number", { number: invoice.order.display_id }) : null,
                href: invoice.order ? `/orders/${invoice.order.id}` : undefined,
                internal: true,
              },
              ...(invoice.credited_invoice
                ? [
                    {
                      label: t("kinds.credit_note"),
                      value: t("creditsInvoice", { number: invoice.credited_invoice.number }),
                      href: `/invoices/${invoice.credited_invoice.id}`,
                      internal: true,
                    },
                  ]
                : []),
            ]}
          />
        </div>
        <p className="mt-4 text-sm">
          <a href={`/api/invoices/${encodeURIComponent(invoice.id)}/pdf`} className="font-medium text-brand-700 underline underline-offset-2" data-testid="invoice-pdf" download>
            {t("downloadPdf")}
          </a>
        </p>
      </section>

      {me.member?.is_payer && !me.scope.read_only && !isCredit ? (
        <PayInvoiceForm
          invoiceId={invoice.id}
          payable={invoice.can_pay}
          amountDue={invoice.amount_due}
          currencyCode={invoice.currency_code}
          locale={locale}
        />
      ) : !isCredit && invoice.amount_due > 0 && !me.member?.is_payer ? (
        <p className="mt-4 text-sm text-slate-600">{t("payerOnly")}</p>
      ) : null}

      <section aria-labelledby="invoice-lines" className="mt-8">
        <h2 id="invoice-lines" className="text-lg font-semibold text-slate-900">
          {t("lines")}
        </h2>
        <AmountLines
          lines={invoice.lines.map((line, index) => ({
            key: `${line.order_line_id ?? line.title}-${index}`,
            title: line.title,
            sku: line.sku,
            quantity: line.quantity,
            unit_price: line.unit_price,
            total: line.total,
          }))}
          totals={[
            { label: tCommon("subtotal"), amount: invoice.subtotal },
            { label: tCommon("taxes"), amount: invoice.tax_total },
            ...(invoice.deposit_total ? [{ label: t("deposits"), amount: -invoice.deposit_total }] : []),
            { label: tCommon("total"), amount: invoice.total, strong: true },
          ]}
          currencyCode={invoice.currency_code}
          locale={locale}
          testId="invoice-lines"
        />
      </section>

      {invoice.deducted_deposits.length ? (
        <section aria-labelledby="invoice-deposits" className="mt-8">
          <h2 id="invoice-deposits" className="text-lg font-semibold text-slate-900">
            {t("deductedDeposits")}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white">
            {invoice.deducted_deposits.map((deposit) => (
              <li key={deposit.id}>
                <Link href={`/invoices/${deposit.id}`} className="flex justify-between gap-2 p-4 hover:bg-slate-50">
                  <span className="font-medium">{deposit.number}</span>
                  <span className="tabular-nums">{money(deposit.total)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {invoice.credit_notes.length ? (
        <section aria-labelledby="invoice-credits" className="mt-8">
          <h2 id="invoice-credits" className="text-lg font-semibold text-slate-900">
            {t("creditNotes")}
          </h2>
          <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="invoice-credit-notes">
            {invoice.credit_notes.map((note) => (
              <li key={note.id}>
                <Link href={`/invoices/${note.id}`} className="flex flex-wrap justify-between gap-2 p-4 hover:bg-slate-50">
                  <span className="font-medium">
                    {note.number} · {formatDay(note.issue_date, locale)}
                  </span>
                  <span className="tabular-nums">{money(note.total)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!isCredit ? (
        <section aria-labelledby="invoice-payments" className="mt-8">
          <h2 id="invoice-payments" className="text-lg font-semibold text-slate-900">
            {t("payments")}
          </h2>
          {invoice.payments.length ? (
            <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="invoice-payments">
              {invoice.payments.map((payment) => (
                <li key={payment.id} className="flex flex-wrap justify-between gap-2 p-4 text-sm">
                  <span>
                    {formatDay(payment.paid_at, locale)} · {t(`methods.${payment.method}`)}
                    {payment.reference ? ` · ${payment.reference}` : ""}
                  </span>
                  <span className="font-medium tabular-nums">{money(payment.amount)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-sm text-slate-600">{t("noPayments")}</p>
          )}
        </section>
      ) : null}
    </>
  )
}
