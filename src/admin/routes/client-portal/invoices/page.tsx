import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Select, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { LiveAlerts } from "../../../components/alerts/live-alerts"
import { InvoiceStatusBadge } from "../../../components/billing/invoice-format"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { QueryState } from "../../../components/common/query-state"
import { SearchInput } from "../../../components/common/search-input"
import { formatDay, formatMoney } from "../../../components/quotes/quote-format"
import { INVOICE_KINDS, INVOICE_STATUSES, useInvoices } from "../../../hooks/api/invoices"

const PAGE = 20
const ALL = "all"

const InvoicesPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [kind, setKind] = useState(ALL)
  // The customer page's widget links here with its account chosen.
  const [accountId, setAccountId] = useState(searchParams.get("account_id") || ALL)
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useInvoices({
    q: q.trim(),
    status: status === ALL ? undefined : status,
    kind: kind === ALL ? undefined : kind,
    account_id: accountId === ALL ? undefined : accountId,
    limit: PAGE,
    offset,
  })
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    setOffset(0)
  }

  return (
    <Container className="divide-y p-0" data-testid="invoices-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.billing.title")} subtitle={t("clientPortal.billing.subtitle")}>
        <Button size="small" variant="secondary" asChild>
          <Link to="/client-portal/invoices/deposit-schedules">{t("clientPortal.billing.schedules.menu")}</Link>
        </Button>
      </PageHeader>
      <div className="grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-4">
        <SearchInput label={t("clientPortal.billing.search")} value={q} onChange={filter(setQ)} />
        <Select size="small" value={status} onValueChange={filter(setStatus)}>
          <Select.Trigger aria-label={t("clientPortal.billing.fields.status")} data-testid="invoices-status-filter">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("clientPortal.billing.allStatuses")}</Select.Item>
            {INVOICE_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {t(`clientPortal.billing.statuses.${s}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select size="small" value={kind} onValueChange={filter(setKind)}>
          <Select.Trigger aria-label={t("clientPortal.billing.fields.kind")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("clientPortal.billing.allKinds")}</Select.Item>
            {INVOICE_KINDS.map((k) => (
              <Select.Item key={k} value={k}>
                {t(`clientPortal.billing.kinds.${k}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <AccountSelect
          size="small"
          value={accountId}
          onValueChange={filter(setAccountId)}
          label={t("clientPortal.billing.fields.account")}
          anyOption={{ value: ALL, label: t("clientPortal.billing.allAccounts") }}
        />
      </div>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.invoices.length} empty={t("clientPortal.billing.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.billing.fields.number")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.fields.kind")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.fields.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.fields.issueDate")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.fields.dueDate")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("clientPortal.billing.fields.total")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("clientPortal.billing.fields.amountDue")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.invoices.map((invoice) => (
              <Table.Row key={invoice.id} className="cursor-pointer" onClick={() => navigate(invoice.id)} data-testid="invoice-row">
                <Table.Cell>
                  <Link to={invoice.id} className="text-ui-fg-interactive hover:underline">
                    {invoice.number}
                  </Link>
                </Table.Cell>
                <Table.Cell>{t(`clientPortal.billing.kinds.${invoice.kind}`)}</Table.Cell>
                <Table.Cell>
                  <InvoiceStatusBadge status={invoice.status} />
                </Table.Cell>
                <Table.Cell>{formatDay(invoice.issue_date, i18n.language)}</Table.Cell>
                <Table.Cell>{formatDay(invoice.due_date, i18n.language)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(invoice.total, invoice.currency_code, i18n.language)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(invoice.amount_due, invoice.currency_code, i18n.language)}</Table.Cell>
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
  label: "clientPortal.billing.menu",
  translationNs: "translation",
})

export default InvoicesPage
