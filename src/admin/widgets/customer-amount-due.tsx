import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { sumByCurrency } from "../components/billing/invoice-format"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { formatMoney } from "../components/quotes/quote-format"
import { usePortalMembership } from "../hooks/api/client-accounts"
import { UNPAID_STATUSES, useInvoices } from "../hooks/api/invoices"

/** Shown unpaid invoices at most; an account with more is rare, and the link leads to all of them. */
const UNPAID_SHOWN = 100

/** What the customer's client account owes, per currency, with what is overdue. */
const CustomerAmountDueWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data: membership, isPending: memberPending } = usePortalMembership(customer.id)
  const accountId = membership?.account.id ?? ""
  const { data, isPending, error } = useInvoices(
    { account_id: accountId, status: UNPAID_STATUSES.join(","), limit: UNPAID_SHOWN, offset: 0 },
    { enabled: !!accountId }
  )
  if (!memberPending && !membership) return null
  const unpaid = (data?.invoices ?? []).filter((invoice) => invoice.kind !== "credit_note")
  const due = sumByCurrency(unpaid.map((invoice) => ({ currency_code: invoice.currency_code, amount: invoice.amount_due })))
  const overdue = sumByCurrency(
    unpaid.filter((invoice) => invoice.status === "overdue").map((invoice) => ({ currency_code: invoice.currency_code, amount: invoice.amount_due }))
  )
  return (
    <Container className="divide-y p-0" data-testid="customer-amount-due-widget">
      <SectionHeader title={t("clientPortal.billing.widget.customerHeading")} />
      <QueryState isPending={memberPending || (!!accountId && isPending)} error={error} isEmpty={!due.length} empty={t("clientPortal.billing.widget.customerNone")}>
        <div className="flex flex-col gap-y-1 px-6 py-4">
          {due.map((sum) => (
            <Text key={sum.currency_code} size="large" weight="plus" data-testid="customer-amount-due">
              {formatMoney(sum.amount, sum.currency_code, i18n.language)}
            </Text>
          ))}
          {overdue.map((sum) => (
            <Text key={sum.currency_code} size="small" className="text-ui-fg-error">
              {t("clientPortal.billing.widget.overdue", { amount: formatMoney(sum.amount, sum.currency_code, i18n.language) })}
            </Text>
          ))}
        </div>
      </QueryState>
      {accountId ? (
        <div className="px-6 py-3">
          <Link to="/client-portal/invoices" className="txt-compact-small text-ui-fg-interactive hover:underline">
            {t("clientPortal.billing.widget.seeAll")}
          </Link>
        </div>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.side.after" })

export default CustomerAmountDueWidget
