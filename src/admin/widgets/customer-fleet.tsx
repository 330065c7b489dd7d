import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ListPagination } from "../components/common/list-pagination"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { EquipmentTable } from "../components/fleet/equipment-table"
import { usePortalMembership } from "../hooks/api/client-accounts"
import { useEquipmentList } from "../hooks/api/fleet"

const PAGE = 10

/** On Medusa's customer page: the machines of the client account this customer belongs to. */
const CustomerFleetWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useTranslation()
  const [offset, setOffset] = useState(0)
  const { data: membership, isPending: membershipPending } = usePortalMembership(customer.id)
  const accountId = membership?.account.id
  const { data, isPending, error } = useEquipmentList({ account_id: accountId, limit: PAGE, offset }, !!accountId)
  if (membershipPending || !membership) return null
  return (
    <Container className="divide-y p-0" data-testid="customer-fleet-widget">
      <SectionHeader title={t("clientPortal.fleet.widget.heading")}>
        <Link to={`/client-portal/fleet?account_id=${membership.account.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
          {membership.account.name}
        </Link>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.equipment.length} empty={t("clientPortal.fleet.widget.empty")}>
        <EquipmentTable items={data?.equipment ?? []} showAccount={false} />
        {(data?.count ?? 0) > PAGE ? <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} /> : null}
      </QueryState>
      {data && data.count > 0 ? (
        <Text size="xsmall" className="text-ui-fg-subtle px-6 py-3">
          {t("clientPortal.fleet.widget.count", { count: data.count })}
        </Text>
      ) : null}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerFleetWidget
