import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { OrderListItem } from "@/lib/data/orders"
import { formatDay, formatMoney } from "@/components/quotes/format"
import { FulfillmentStatusBadge, OrderStatusBadge } from "./badges"

/** Orders as cards that read well on a phone: number, date, items, quote, amount and statuses. */
export function OrderList({ orders, locale }: { orders: OrderListItem[]; locale: string }) {
  const t = useTranslations("Billing.orders")
  return (
    <ul className="divide-y divide-slate-200 rounded-2xl border border-slate-200 bg-white" data-testid="orders-list">
      {orders.map((order) => (
        <li key={order.id} data-testid="order-item" data-number={order.display_id}>
          <Link
            href={`/orders/${order.id}`}
            className="flex flex-col gap-2 p-4 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:justify-between sm:p-5"
          >
            <span className="min-w-0">
              <span className="block font-semibold text-slate-900">{t("number", { number: order.display_id })}</span>
              <span className="block text-sm text-slate-600">
                {t("placedOn", { date: formatDay(order.created_at, locale) })} · {t("items", { count: order.item_count })}
                {order.quote ? ` · ${t("fromQuote", { number: order.quote.number })}` : ""}
              </span>
            </span>
            <span className="flex shrink-0 flex-wrap items-center gap-2 sm:gap-3">
              <span className="font-semibold text-slate-900 tabular-nums">{formatMoney(order.total, order.currency_code, locale)}</span>
              <OrderStatusBadge status={order.status} />
              <FulfillmentStatusBadge status={order.fulfillment_status} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
