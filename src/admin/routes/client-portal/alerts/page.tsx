import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { LiveAlerts, LiveAlertStatusBadge } from "../../../components/alerts/live-alerts"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { formatDate, QueryState } from "../../../components/common/query-state"
import { useAlerts } from "../../../hooks/api/alerts"

const PAGE = 20

/** The alerts centre: every client action staff were alerted to, newest first, refreshed as alerts arrive. */
const AlertsPage = () => {
  const { t, i18n } = useTranslation()
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useAlerts({ limit: PAGE, offset })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="alerts-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.alerts.title")} subtitle={t("clientPortal.alerts.subtitle")}>
        <LiveAlertStatusBadge />
      </PageHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.alerts.length} empty={t("clientPortal.alerts.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.alerts.when")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.alerts.alert")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.alerts.account")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.alerts.map((alert) => (
              <Table.Row key={alert.id} data-testid="alert-row">
                <Table.Cell className="whitespace-nowrap">{formatDate(alert.created_at, i18n.language)}</Table.Cell>
                <Table.Cell>{alert.title}</Table.Cell>
                <Table.Cell>
                  {alert.account ? (
                    <Link to={`/client-portal/accounts/${alert.account.id}`} className="text-ui-fg-interactive hover:underline">
                      {alert.account.name}
                    </Link>
                  ) : (
                    "—"
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Link
                    to={alert.admin_path}
                    className="text-ui-fg-interactive hover:underline"
                    aria-label={t("clientPortal.alerts.openAlt", { title: alert.title })}
                  >
                    {t("clientPortal.alerts.open")}
                  </Link>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={count} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.alerts.menu",
  translationNs: "translation",
})

export default AlertsPage
