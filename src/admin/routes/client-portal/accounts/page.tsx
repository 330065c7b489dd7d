import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, StatusBadge, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useNavigate } from "react-router-dom"
import { LiveAlerts } from "../../../components/alerts/live-alerts"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { SearchInput } from "../../../components/common/search-input"
import { QueryState } from "../../../components/common/query-state"
import { useClientAccounts } from "../../../hooks/api/client-accounts"

const PAGE = 20

const ClientAccountsPage = () => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useClientAccounts({ q: q.trim(), limit: PAGE, offset })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="client-accounts-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.accounts.title")} subtitle={t("clientPortal.accounts.subtitle")}>
        <Button size="small" variant="secondary" asChild>
          <Link to="create">{t("clientPortal.accounts.create")}</Link>
        </Button>
      </PageHeader>
      <div className="px-6 py-4">
        <SearchInput
          label={t("clientPortal.accounts.search")}
          value={q}
          onChange={(value) => {
            setQ(value)
            setOffset(0)
          }}
        />
      </div>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.client_accounts.length} empty={t("clientPortal.accounts.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.fields.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fields.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.fields.city")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.accounts.members")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.accounts.portal")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.client_accounts.map((account) => (
              <Table.Row key={account.id} className="cursor-pointer" onClick={() => navigate(account.id)}>
                <Table.Cell>{account.number}</Table.Cell>
                <Table.Cell>
                  <Link to={account.id} className="text-ui-fg-interactive hover:underline">
                    {account.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{[account.city, account.country_code?.toUpperCase()].filter(Boolean).join(", ") || "—"}</Table.Cell>
                <Table.Cell>{account.member_count ?? 0}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={account.portal_enabled ? "green" : "grey"}>
                    {account.portal_enabled ? t("clientPortal.accounts.portalOn") : t("clientPortal.accounts.portalOff")}
                  </StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={count} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
      <Outlet />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.accounts.menu",
  translationNs: "translation",
})

export default ClientAccountsPage
