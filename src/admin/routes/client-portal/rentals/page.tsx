import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Select, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { LiveAlerts } from "../../../components/alerts/live-alerts"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { QueryState } from "../../../components/common/query-state"
import { SearchInput } from "../../../components/common/search-input"
import { formatMoney } from "../../../components/quotes/quote-format"
import { RentalStatusBadge, formatPeriod } from "../../../components/rentals/rental-format"
import { RESERVATION_STATUSES, useRentals } from "../../../hooks/api/rentals"

const PAGE = 20
/** Radix's Select refuses an empty value; this one stands for "no filter". */
const ALL = "all"

/** The reservation inbox: requests first (the default filter), then everything by status and account. */
const RentalsPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(searchParams.get("status") || "requested")
  const [accountId, setAccountId] = useState(searchParams.get("account_id") || ALL)
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useRentals({
    q: q.trim(),
    status: status === ALL ? undefined : status,
    account_id: accountId === ALL ? undefined : accountId,
    limit: PAGE,
    offset,
  })
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    setOffset(0)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <LiveAlerts />
      <Container className="divide-y p-0" data-testid="rentals-page">
        <PageHeader title={t("clientPortal.rentals.title")} subtitle={t("clientPortal.rentals.subtitle")}>
          <Button size="small" variant="secondary" asChild>
            <Link to="calendar">{t("clientPortal.rentals.calendarLink")}</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="units">{t("clientPortal.rentals.unitsLink")}</Link>
          </Button>
        </PageHeader>
        <div className="grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-3">
          <SearchInput label={t("clientPortal.rentals.search")} value={q} onChange={filter(setQ)} />
          <Select size="small" value={status} onValueChange={filter(setStatus)}>
            <Select.Trigger aria-label={t("clientPortal.rentals.fields.status")} data-testid="rentals-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{t("clientPortal.rentals.allStatuses")}</Select.Item>
              {RESERVATION_STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`clientPortal.rentals.statuses.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <AccountSelect
            size="small"
            value={accountId}
            onValueChange={filter(setAccountId)}
            label={t("clientPortal.rentals.fields.account")}
            anyOption={{ value: ALL, label: t("clientPortal.rentals.allAccounts") }}
          />
        </div>
        <QueryState isPending={isPending} error={error} isEmpty={!data?.rentals.length} empty={t("clientPortal.rentals.empty")}>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("clientPortal.rentals.fields.number")}</Table.HeaderCell>
                <Table.HeaderCell>{t("clientPortal.rentals.fields.account")}</Table.HeaderCell>
                <Table.HeaderCell>{t("clientPortal.rentals.fields.dates")}</Table.HeaderCell>
                <Table.HeaderCell>{t("clientPortal.rentals.fields.models")}</Table.HeaderCell>
                <Table.HeaderCell>{t("clientPortal.rentals.fields.status")}</Table.HeaderCell>
                <Table.HeaderCell className="text-right">{t("clientPortal.rentals.fields.total")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data?.rentals.map((rental) => (
                <Table.Row key={rental.id} className="cursor-pointer" onClick={() => navigate(rental.id)} data-testid="rental-row">
                  <Table.Cell>
                    <Link to={rental.id} className="text-ui-fg-interactive hover:underline">
                      {rental.number}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{rental.account_name ?? "—"}</Table.Cell>
                  <Table.Cell>{formatPeriod(rental.starts_at, rental.ends_at, i18n.language)}</Table.Cell>
                  <Table.Cell>{rental.lines.map((line) => `${line.quantity} × ${line.title}`).join(", ")}</Table.Cell>
                  <Table.Cell>
                    <div className="flex items-center gap-x-1">
                      <RentalStatusBadge status={rental.status} />
                      {rental.is_loan ? <Badge size="2xsmall">{t("clientPortal.rentals.loan")}</Badge> : null}
                      {rental.overdue ? (
                        <Badge size="2xsmall" color="red">
                          {t("clientPortal.rentals.overdue")}
                        </Badge>
                      ) : null}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right">{rental.is_loan ? "—" : formatMoney(rental.estimated_total, rental.currency_code, i18n.language)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
        </QueryState>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.rentals.menu",
  translationNs: "translation",
})

export default RentalsPage
