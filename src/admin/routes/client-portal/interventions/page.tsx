import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Select, Tabs } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useSearchParams } from "react-router-dom"
import { LiveAlerts } from "../../../components/alerts/live-alerts"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { ListPagination } from "../../../components/common/list-pagination"
import { PageHeader } from "../../../components/common/page-header"
import { QueryState } from "../../../components/common/query-state"
import { SearchInput } from "../../../components/common/search-input"
import { InterventionTable } from "../../../components/interventions/intervention-format"
import { INTERVENTION_STATUSES, useInterventions, type InterventionStatus } from "../../../hooks/api/interventions"

const PAGE = 20
const ALL = "all"

/**
 * Interventions for staff. The "to schedule" tab is the inbox: requested interventions, newest first, which
 * refreshes with the live alerts; "all" filters by status and account.
 */
const InterventionsPage = () => {
  const { t } = useTranslation()
  const [params, setParams] = useSearchParams()
  const tab = params.get("tab") === "all" ? "all" : "inbox"
  const [q, setQ] = useState("")
  const [status, setStatus] = useState(ALL)
  const [accountId, setAccountId] = useState(params.get("account_id") ?? ALL)
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useInterventions({
    inbox: tab === "inbox",
    q: q.trim(),
    status: tab === "all" && status !== ALL ? (status as InterventionStatus) : undefined,
    account_id: accountId === ALL ? undefined : accountId,
    limit: PAGE,
    offset,
  })
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    setOffset(0)
  }

  return (
    <Container className="divide-y p-0" data-testid="interventions-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.interventions.title")} subtitle={t("clientPortal.interventions.subtitle")}>
        <Button size="small" variant="secondary" asChild>
          <Link to="/client-portal/interventions/planning" data-testid="open-planning">
            {t("clientPortal.interventions.planning.menu")}
          </Link>
        </Button>
        <Button size="small" variant="secondary" asChild>
          <Link to="/client-portal/interventions/types">{t("clientPortal.interventions.types.menu")}</Link>
        </Button>
        <Button size="small" variant="secondary" asChild>
          <Link to="/client-portal/interventions/technicians">{t("clientPortal.interventions.technicians.menu")}</Link>
        </Button>
      </PageHeader>
      <div className="px-6 py-3">
        <Tabs
          value={tab}
          onValueChange={(value) => {
            setParams(value === "all" ? { tab: "all" } : {})
            setOffset(0)
          }}
        >
          <Tabs.List>
            <Tabs.Trigger value="inbox" data-testid="tab-inbox">
              {t("clientPortal.interventions.inbox")}
            </Tabs.Trigger>
            <Tabs.Trigger value="all" data-testid="tab-all">
              {t("clientPortal.interventions.all")}
            </Tabs.Trigger>
          </Tabs.List>
        </Tabs>
      </div>
      <div className="grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-3">
        <SearchInput label={t("clientPortal.interventions.search")} value={q} onChange={filter(setQ)} />
        {tab === "all" ? (
          <Select size="small" value={status} onValueChange={filter(setStatus)}>
            <Select.Trigger aria-label={t("clientPortal.interventions.fields.status")} data-testid="interventions-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{t("clientPortal.interventions.allStatuses")}</Select.Item>
              {INTERVENTION_STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`clientPortal.interventions.statuses.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        ) : null}
        <AccountSelect
          size="small"
          value={accountId}
          onValueChange={filter(setAccountId)}
          label={t("clientPortal.interventions.fields.account")}
          anyOption={{ value: ALL, label: t("clientPortal.interventions.allAccounts") }}
        />
      </div>
      <QueryState
        isPending={isPending}
        error={error}
        isEmpty={!data?.interventions.length}
        empty={tab === "inbox" ? t("clientPortal.interventions.inboxEmpty") : t("clientPortal.interventions.empty")}
      >
        <InterventionTable items={data?.interventions ?? []} />
        <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.interventions.menu",
  translationNs: "translation",
})

export default InterventionsPage
