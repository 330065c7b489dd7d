import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { FulfillmentStatusBadge, InvoiceStatusBadge, OrderStatusBadge, PaymentStatusBadge } from "@/components/billing/badges"
import { DeliveryNotes } from "@/components/billing/delivery-notes"
import { AmountLines } from "@/components/billing/amount-lines"
import { ReorderForm } from "@/components/billing/reorder-form"
import { DetailList } from "@/components/portal/detail-list"
import { assertSectionOn } from "@/components/portal/section-page"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { retrieveOrder } from "@/lib/data/orders"
import { can, requirePortalSession } from "@/lib/data/portal"

type OrderPageProps = { params: Promise<{ locale: string; id: string }> }

export async function generateMetadata({ params }: OrderPageProps): Promise<Metadata> {
  const [order, t] = await Promise.all([retrieveOrder((await params).id), getTranslations("Billing.orders")])
  return order ? { title: t("number", { number: order.display_id }) } : {}
}

/** The address as its lines, skipping what is empty. */
function addressOf(address: Record<string, string | null> | null): string | null {
  if (!address) return null
  const person = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const city = [address.postal_code, address.city].filter(Boolean).join(" ")
  const lines = [address.company, person, address.address_1, address.address_2, city, address.country_code?.toUpperCase()]
  return lines.filter(Boolean).join(", ") || null
}

/** One order: lines, totals, statuses, the quote it came from, delivery notes, invoices and reorder. */
export default async function OrderPage({ params }: OrderPageProps) {
  await assertSectionOn("orders")
  const { id, locale: rawLocale } = await params
  const locale = toLocale(rawLocale)
  const [order, { me }, t, tCommon, tInvoices] = await Promise.all([
    retrieveOrder(id),
    requirePortalSession(),
    getTranslations("Billing.orders"),
    getTranslations("Billing.common"),
    getTranslations("Billing.invoices"),
  ])
  if (!order) notFound()
  const money = (amount: number) => formatMoney(amount, order.currency_code, locale)

  return (
    <>
      <nav aria-label={tCommon("breadcrumb")} className="text-sm">
        <Link href="/orders" className="font-medium text-brand-700 underline underline-offset-2">
          {t("back")}
        </Link>
      </nav>
      <header className="mt-3 flex flex-col gap-3 border-b border-slate-200 pb-5 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl" data-testid="order-title">
            {t("number", { number: order.display_id })}
          </h1>
          <p className="mt-1 text-slate-600">{t("placedOn", { date: formatDay(order.created_at, locale) })}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <OrderStatusBadge status={order.status} />
        </div>
      </header>

      <section className="mt-6 rounded-2xl border border-slate-200 bg-white p-6">
        <dl className="mb-4 flex flex-wrap gap-x-8 gap-y-3">
          <div>
            <dt className="text-sm text-slate-500">{t("payment")}</dt>
            <dd className="mt-1">
              <PaymentStatusBadge status={order.payment_status} />
              {order.portal_payment ? (
                <p className="mt-1 text-xs text-slate-600" data-testid="order-portal-payment">
                  {t(order.portal_payment === "online" ? "paidAtCheckout" : "paidOnInvoice")}
                </p>
              ) : null}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-500">{t("fulfillment")}</dt>
            <dd className="mt-1">
              <FulfillmentStatusBadge status={order.fulfillment_status} />
            </dd>
          </div>
        </dl>
        <DetailList
          emptyLabel={tCommon("none")}
          rows={[
            { label: t("placedBy"), value: order.placed_by },
            { label: t("quote"), value: order.quote?.number, href: order.quote ? `/quotes/${order.quote.id}` : undefined, internal: true },
            { label: t("shippingAddress"), value: addressOf(order.shipping_address) },
          ]}
        />
        <p className="mt-4 text-sm">
          <a href={`/api/orders/${encodeURIComponent(order.id)}/pdf`} className="font-medium text-brand-700 underline underline-offset-2" data-testid="order-pdf" download>
            {t("downloadPdf")}
          </a>
        </p>
      </section>

      <section aria-labelledby="order-lines" className="mt-8">
        <h2 id="order-lines" className="text-lg font-semibold text-slate-900">
          {t("lines")}
        </h2>
        <AmountLines
          lines={order.items.map((item) => ({ key: item.id, title: item.title, sku: item.sku, quantity: item.quantity, unit_price: item.unit_price, total: item.total }))}
          totals={[
            { label: tCommon("subtotal"), amount: order.subtotal },
            ...(order.shipping_total ? [{ label: tCommon("shipping"), amount: order.shipping_total }] : []),
            { label: tCommon("taxes"), amount: order.tax_total },
            { label: tCommon("total"), amount: order.total, strong: true },
          ]}
          currencyCode={order.currency_code}
          locale={locale}
          testId="order-lines"
        />
      </section>

      {can(me, "request") && !me.scope.read_only ? <ReorderForm orderId={order.id} lineCount={order.items.length} /> : null}

      <DeliveryNotes orderId={order.id} notes={order.delivery_notes} locale={locale} />

      <section aria-labelledby="order-invoices" className="mt-8">
        <h2 id="order-invoices" className="text-lg font-semibold text-slate-900">
          {t("invoices")}
        </h2>
        {order.invoices.length ? (
          <ul className="mt-3 divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="order-invoices">
            {order.invoices.map((invoice) => (
              <li key={invoice.id}>
                <Link href={`/invoices/${invoice.id}`} className="flex flex-wrap items-center justify-between gap-2 p-4 hover:bg-slate-50">
                  <span className="font-medium text-slate-900">
                    {tInvoices(`kinds.${invoice.kind}`)} {invoice.number}
                  </span>
                  <span className="flex items-center gap-3">
                    <span className="tabular-nums">{money(invoice.total)}</span>
                    <InvoiceStatusBadge status={invoice.status} />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-sm text-slate-600">{t("noInvoices")}</p>
        )}
      </section>
    </>
  )
}
