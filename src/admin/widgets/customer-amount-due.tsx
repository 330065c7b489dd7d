import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { formatMoney } from "../components/quotes/quote-format"
import { useCustomerAmountDue } from "../hooks/api/invoices"

/** What the customer's client account owes, per currency, with what is overdue; nothing for a non-member. */
const CustomerAmountDueWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data, isPending, error } = useCustomerAmountDue(customer.id)
  if (data && !data.account_id) return null
  const owed = (data?.totals ?? []).filter((total) => total.amount_due > 0)
  return (
    <Container className="divide-y p-0" data-testid="customer-amount-due-widget">
      <SectionHeader title={t("clientPortal.billing.widget.customerHeading")} />
      <QueryState isPending={isPending} error={error} isEmpty={!owed.length} empty={t("clientPortal.billing.widget.customerNone")}>
        <div className="flex flex-col gap-y-1 px-6 py-4">
          {owed.map((total) => (
            <div key={total.currency_code}>
              <Text size="large" weight="plus" data-testid="customer-amount-due">
                {formatMoney(total.amount_due, total.currency_code, i18n.language)}
              </Text>
              {total.overdue > 0 ? (
                <Text size="small" className="text-ui-fg-error">
                  {t("clientPortal.billing.widget.overdue", { amount: formatMoney(total.overdue, total.currency_code, i18n.language) })}
                </Text>
              ) : null}
            </div>
          ))}
        </div>
      </QueryState>
      {data?.account_id ? (
        <div className="px-6 py-3">
          <Link to={`/client-portal/invoices?account_id=${data.account_id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
            {t("clientPortal.billing.widget.seeAll")}
          </Link>
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.side.after" })

export default CustomerAmountDueWidget
