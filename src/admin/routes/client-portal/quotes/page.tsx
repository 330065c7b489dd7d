import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Select, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useNavigate } from "react-router-dom"
import { LiveAlerts } from "../../../components/alerts/live-alerts"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { SearchInput } from "../../../components/common/search-input"
import { QueryState } from "../../../components/common/query-state"
import { QuoteStatusBadge, formatDay, formatMoney } from "../../../components/quotes/quote-format"
import { QUOTE_STATUSES, useQuotes } from "../../../hooks/api/quotes"

const PAGE = 20
const ALL = "all"

const QuotesPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [accountId, setAccountId] = useState(ALL)
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useQuotes({
    q: q.trim(),
    status: status === ALL ? undefined : status,
    account_id: accountId === ALL ? undefined : accountId,
    limit: PAGE,
    offset,
  })
  const count = data?.count ?? 0
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    setOffset(0)
  }

  return (
    <Container className="divide-y p-0" data-testid="quotes-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.quotes.title")} subtitle={t("clientPortal.quotes.subtitle")}>
        <Button size="small" variant="secondary" asChild>
          <Link to="create">{t("clientPortal.quotes.create")}</Link>
        </Button>
      </PageHeader>
      <div className="grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-3">
        <SearchInput label={t("clientPortal.quotes.search")} value={q} onChange={filter(setQ)} />
        <Select size="small" value={status} onValueChange={filter(setStatus)}>
          <Select.Trigger aria-label={t("clientPortal.quotes.fields.status")} data-testid="quotes-status-filter">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("clientPortal.quotes.allStatuses")}</Select.Item>
            {QUOTE_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {t(`clientPortal.quotes.statuses.${s}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <AccountSelect
          size="small"
          value={accountId}
          onValueChange={filter(setAccountId)}
          label={t("clientPortal.quotes.fields.account")}
          anyOption={{ value: ALL, label: t("clientPortal.quotes.allAccounts") }}
        />
      </div>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.quotes.length} empty={t("clientPortal.quotes.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.quotes.fields.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.quotes.fields.title")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.quotes.fields.account")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.quotes.fields.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.quotes.fields.validUntil")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("clientPortal.quotes.fields.total")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.quotes.map((quote) => (
              <Table.Row key={quote.id} className="cursor-pointer" onClick={() => navigate(quote.id)} data-testid="quote-row">
                <Table.Cell>
                  <Link to={quote.id} className="text-ui-fg-interactive hover:underline">
                    {quote.number}
                  </Link>
                  <span className="text-ui-fg-muted"> · v{quote.version}</span>
                </Table.Cell>
                <Table.Cell>{quote.title}</Table.Cell>
                <Table.Cell>{quote.account?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  <QuoteStatusBadge status={quote.status} />
                </Table.Cell>
                <Table.Cell>{formatDay(quote.valid_until, i18n.language)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(quote.total, quote.currency_code, i18n.language)}</Table.Cell>
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
  label: "clientPortal.quotes.menu",
  translationNs: "translation",
})

export default QuotesPage
