import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ListPagination } from "../components/common/list-pagination"
import { QueryState } from "../components/common/query-state"
import { SectionHeader } from "../components/common/section-header"
import { InterventionTable } from "../components/interventions/intervention-format"
import { usePortalMembership } from "../hooks/api/client-accounts"
import { useInterventions } from "../hooks/api/interventions"

const PAGE = 10

/** On Medusa's customer page: the interventions of the client account this customer belongs to, newest first. */
const CustomerInterventionsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useTranslation()
  const [offset, setOffset] = useState(0)
  const { data: membership, isPending: membershipPending } = usePortalMembership(customer.id)
  const accountId = membership?.account.id
  const { data, isPending, error } = useInterventions({ account_id: accountId, limit: PAGE, offset }, !!accountId)
  if (membershipPending || !membership) return null
  return (
    <Container className="divide-y p-0" data-testid="customer-interventions-widget">
      <SectionHeader title={t("clientPortal.interventions.widget.heading")}>
        <Link to={`/client-portal/interventions?tab=all&account_id=${membership.account.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
          {membership.account.name}
        </Link>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.interventions.length} empty={t("clientPortal.interventions.widget.empty")}>
        <InterventionTable items={data?.interventions ?? []} showAccount={false} />
        {(data?.count ?? 0) > PAGE ? <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} /> : null}
      </QueryState>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerInterventionsWidget
