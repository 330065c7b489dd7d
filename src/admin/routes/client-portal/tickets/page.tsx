import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Checkbox, Container, Select, Table, Tabs, Button } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { LiveAlerts } from "../../../components/alerts/live-alerts"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { QueryState, formatDate } from "../../../components/common/query-state"
import { SearchInput } from "../../../components/common/search-input"
import { PriorityBadge, SlaBadge, TicketStatusBadge } from "../../../components/support/ticket-format"
import { useStaffUsers } from "../../../hooks/api/quotes"
import { TICKET_STATUSES, useTicketCategories, useTickets, type AdminTicketView } from "../../../hooks/api/support"

const PAGE = 20
const ALL = "all"
const VIEWS: AdminTicketView[] = ["mine", "unassigned", "all"]

/** Staff's tickets inbox: mine, unassigned or all, filtered by status, category, account and overdue. */
const TicketsPage = () => {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [view, setView] = useState<AdminTicketView>("mine")
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [categoryId, setCategoryId] = useState(ALL)
  const [accountId, setAccountId] = useState(ALL)
  const [overdue, setOverdue] = useState(false)
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useTickets({
    view,
    q: q.trim(),
    status: status === ALL ? undefined : status,
    category_id: categoryId === ALL ? undefined : categoryId,
    account_id: accountId === ALL ? undefined : accountId,
    overdue: overdue ? "true" : undefined,
    limit: PAGE,
    offset,
  })
  const { data: categories } = useTicketCategories()
  const { data: users } = useStaffUsers()
  const staffName = (id: string | null) => {
    const user = users?.find((u) => u.id === id)
    return user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email : null
  }
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setOffset(0)
    }

  return (
    <Container className="divide-y p-0" data-testid="tickets-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.support.ticketsTitle")} subtitle={t("clientPortal.support.ticketsSubtitle")}>
        <Button size="small" variant="secondary" asChild>
          <Link to="/client-portal/ticket-categories">{t("clientPortal.support.categoriesTitle")}</Link>
        </Button>
      </PageHeader>
      <div className="px-6 py-3">
        <Tabs value={view} onValueChange={(value) => filter(setView)(value as AdminTicketView)}>
          <Tabs.List>
            {VIEWS.map((v) => (
              <Tabs.Trigger key={v} value={v} data-testid={`tickets-view-${v}`}>
                {t(`clientPortal.support.views.${v}`)}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </Tabs>
      </div>
      <div className="grid grid-cols-1 items-center gap-2 px-6 py-4 md:grid-cols-5">
        <SearchInput label={t("clientPortal.support.search")} value={q} onChange={filter(setQ)} />
        <Select size="small" value={status} onValueChange={filter(setStatus)}>
          <Select.Trigger aria-label={t("clientPortal.support.fields.status")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("clientPortal.support.allStatuses")}</Select.Item>
            {TICKET_STATUSES.map((s) => (
              <Select.Item key={s} value={s}>
                {t(`clientPortal.support.statuses.${s}`)}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <Select size="small" value={categoryId} onValueChange={filter(setCategoryId)}>
          <Select.Trigger aria-label={t("clientPortal.support.fields.category")}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={ALL}>{t("clientPortal.support.allCategories")}</Select.Item>
            {categories?.map((c) => (
              <Select.Item key={c.id} value={c.id}>
                {c.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        <AccountSelect
          size="small"
          value={accountId}
          onValueChange={filter(setAccountId)}
          label={t("clientPortal.support.fields.account")}
          anyOption={{ value: ALL, label: t("clientPortal.support.allAccounts") }}
        />
        <label className="txt-compact-small flex items-center gap-2">
          <Checkbox checked={overdue} onCheckedChange={(checked) => filter(setOverdue)(checked === true)} />
          {t("clientPortal.support.overdueOnly")}
        </label>
      </div>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.tickets.length} empty={t("clientPortal.support.noTickets")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.support.fields.subject")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.account")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.priority")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.sla")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.assignee")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.support.fields.lastMessage")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.tickets.map((ticket) => (
              <Table.Row key={ticket.id} className="cursor-pointer" onClick={() => navigate(ticket.id)} data-testid="ticket-row">
                <Table.Cell>
                  <Link to={ticket.id} className={`text-ui-fg-interactive hover:underline ${ticket.unread_count ? "font-semibold" : ""}`}>
                    {ticket.subject}
                  </Link>
                  <span className="text-ui-fg-muted">
                    {" "}
                    · {ticket.number}
                    {ticket.category ? ` · ${ticket.category.name}` : ""}
                    {ticket.unread_count ? ` · ${t("clientPortal.support.unread", { count: ticket.unread_count })}` : ""}
                  </span>
                </Table.Cell>
                <Table.Cell>{ticket.account_name ?? "—"}</Table.Cell>
                <Table.Cell>
                  <TicketStatusBadge status={ticket.status} />
                </Table.Cell>
                <Table.Cell>
                  <PriorityBadge priority={ticket.priority} />
                </Table.Cell>
                <Table.Cell>
                  <SlaBadge ticket={ticket} />
                </Table.Cell>
                <Table.Cell>{staffName(ticket.assignee_id) ?? t("clientPortal.support.unassigned")}</Table.Cell>
                <Table.Cell>{formatDate(ticket.last_message_at ?? ticket.created_at, i18n.language)}</Table.Cell>
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
  label: "clientPortal.support.ticketsMenu",
  translationNs: "translation",
})

export default TicketsPage
