import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { formatDate } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { QuoteStatusBadge } from "../components/quotes/quote-format"
import { useQuotes } from "../hooks/api/quotes"

/** On an order made from an accepted quote: which quote, accepted by whom. Other orders show nothing. */
const OrderQuoteWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t, i18n } = useTranslation()
  const { data } = useQuotes({ order_id: order.id, limit: 1, offset: 0 })
  const quote = data?.quotes[0]
  if (!quote) return null
  return (
    <Container className="divide-y p-0" data-testid="order-quote-widget">
      <SectionHeader title={t("clientPortal.quotes.widget.orderHeading")}>
        <QuoteStatusBadge status={quote.status} />
      </SectionHeader>
      <div className="flex flex-col gap-y-1 px-6 py-4">
        <Link to={`/client-portal/quotes/${quote.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
          {quote.number} · v{quote.version}
        </Link>
        <Text size="small" className="text-ui-fg-subtle">
          {quote.title}
        </Text>
        {quote.acceptance ? (
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t("clientPortal.quotes.acceptedBy", {
              name: quote.acceptance.accepted_by_name,
              date: formatDate(quote.acceptance.accepted_at, i18n.language),
              version: quote.acceptance.version,
            })}
          </Text>
        ) : null}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderQuoteWidget
