import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { RentalStatusBadge, formatPeriod } from "../components/rentals/rental-format"
import { usePortalMembership } from "../hooks/api/client-accounts"
import { useRentals } from "../hooks/api/rentals"

/** On Medusa's customer page: the rentals of the client account this customer belongs to (none for other customers). */
const CustomerRentalsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t, i18n } = useTranslation()
  const { data: membership, isPending: membershipPending } = usePortalMembership(customer.id)
  const accountId = membership?.account.id
  const { data, isPending, error } = useRentals({ account_id: accountId, limit: 5, offset: 0 }, !!accountId)
  if (membershipPending || !membership) return null
  return (
    <Container className="divide-y p-0" data-testid="customer-rentals-widget">
      <SectionHeader title={t("clientPortal.rentals.widget.customerHeading")} />
      <QueryState isPending={isPending} error={error} isEmpty={!data?.rentals.length} empty={t("clientPortal.rentals.widget.none")}>
        <ul className="divide-y">
          {data?.rentals.map((rental) => (
            <li key={rental.id} className="flex items-center justify-between gap-x-2 px-6 py-3">
              <div>
                <Link to={`/client-portal/rentals/${rental.id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
                  {rental.number}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {formatPeriod(rental.starts_at, rental.ends_at, i18n.language)} · {rental.lines.map((line) => `${line.quantity} × ${line.title}`).join(", ")}
                </Text>
              </div>
              <RentalStatusBadge status={rental.status} />
            </li>
          ))}
        </ul>
        {data && data.count > data.rentals.length ? (
          <div className="px-6 py-3">
            <Link to={`/client-portal/rentals?status=all&account_id=${membership.account.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
              {t("clientPortal.rentals.widget.all", { count: data.count })}
            </Link>
          </div>
        ) : null}
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerRentalsWidget
