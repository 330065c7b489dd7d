import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Select, StatusBadge, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { QueryState, formatDate } from "../../../components/common/query-state"
import { CHANGE_STATUS_COLOURS } from "../../../components/support/ticket-format"
import { CHANGE_REQUEST_STATUSES, useChangeRequests } from "../../../hooks/api/support"

const PAGE = 20
const ALL = "all"

/** Clients' proposed changes to their company's, billing or sites' data, waiting ones first. */
const ChangeRequestsPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [status, setStatus] = useState<string>("pending")
  const [accountId, setAccountId] = useState(ALL)
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useChangeRequests({
    status: status === ALL ? undefined : status,
    account_id: accountId === ALL ? undefined : accountId,
    limit: PAGE,
    offset,
  })
  return (
    <Container className="divide-y p-0" data-testid="change-requests-page">
      <PageHeader title={t("clientPortal.support.changes.title")} subtitle={t("clientPortal.support.changes.subtitle")} />
      <div className="grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-3">
        <Select
          size="small"
          value={status}
          onValueChange={(value) => {
            setStatus(value)
            setOffset(0)
          }}
        >
          <Select.Trigger aria-label={t("clientPortal.support.fields.status")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("clientPortal.support.allStatuses")}</Select.Item>
            {CHANGE_REQUEST_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {t(`clientPortal.support.changes.statuses.${s}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <AccountSelect
          size="small"
          value={accountId}
          onValueChange={(value) => {
            setAccountId(value)
            setOffset(0)
          }}
          label={t("clientPortal.support.fields.account")}
          anyOption={{ value: ALL, label: t("clientPortal.support.allAccounts") }}
        />
      </div>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.change_requests.length} empty={t("clientPortal.support.changes.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.support.fields.account")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.changes.target")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.changes.fieldsCount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.changes.requestedBy")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.status")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.change_requests.map((request) => (
              <Table.Row key={request.id} className="cursor-pointer" onClick={() => navigate(request.id)} data-testid="change-request-row">
                <Table.Cell>
                  <Link to={request.id} className="text-ui-fg-interactive hover:underline">
                    {request.account_name ?? request.account_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`clientPortal.support.changes.targets.${request.target}`)}</Table.Cell>
                <Table.Cell>
                  <span className="block max-w-xs truncate" data-testid="change-request-summary">
                    {request.fields.map((f) => `${t(`clientPortal.support.changes.fields.${f.field}`, { defaultValue: f.field })}: ${f.proposed_value ?? "—"}`).join(" · ")}
                  </span>
                </Table.Cell>
                <Table.Cell>
                  {request.requested_by_name ?? "—"} · {formatDate(request.created_at, i18n.language)}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge color={CHANGE_STATUS_COLOURS[request.status]}>{t(`clientPortal.support.changes.statuses.${request.status}`)}</StatusBadge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.support.changes.menu",
  translationNs: "translation",
})

export default ChangeRequestsPage
