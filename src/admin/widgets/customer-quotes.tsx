import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { QuoteStatusBadge, formatMoney } from "../components/quotes/quote-format"
import { usePortalMembership } from "../hooks/api/client-accounts"
import { useQuotes } from "../hooks/api/quotes"

/** The quotes of the client account this customer belongs to, newest first. */
const CustomerQuotesWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data, isPending, error } = useQuotes({ customer_id: customer.id, limit: 5, offset: 0 })
  const { data: membership } = usePortalMembership(customer.id)
  return (
    <Container className="divide-y p-0" data-testid="customer-quotes-widget">
      <SectionHeader title={t("clientPortal.quotes.widget.customerHeading")}>
        {membership ? (
          <Button size="small" variant="secondary" asChild>
            <Link to={`/client-portal/quotes/create?account_id=${membership.account.id}`}>{t("clientPortal.quotes.create")}</Link>
          </Button>
        ) : null}
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.quotes.length} empty={t("clientPortal.quotes.widget.none")}>
        <ul className="divide-y">
          {data?.quotes.map((quote) => (
            <li key={quote.id} className="flex items-center justify-between gap-x-2 px-6 py-3">
              <div>
                <Link to={`/client-portal/quotes/${quote.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                  {quote.number}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {quote.title}
                </Text>
              </div>
              <div className="flex items-center gap-x-2">
                <Text size="small">{formatMoney(quote.total, quote.currency_code, i18n.language)}</Text>
                <QuoteStatusBadge status={quote.status} />
              </div>
            </li>
          ))}
        </ul>
        {data && data.count > data.quotes.length ? (
          <div className="px-6 py-3">
            <Link to="/client-portal/quotes" className="txt-compact-small text-ui-fg-interactive hover:underline">
              {t("clientPortal.quotes.widget.all", { count: data.count })}
            </Link>
          </div>
        ) : null}
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerQuotesWidget
