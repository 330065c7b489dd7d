import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Select, Switch } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useSearchParams } from "react-router-dom"
import { ListPagination } from "../../../components/common/list-pagination"
import { AccountSelect } from "../../../components/client-accounts/account-select"
import { SiteSelect } from "../../../components/client-accounts/site-select"
import { PageHeader } from "../../../components/common/page-header"
import { SearchInput } from "../../../components/common/search-input"
import { QueryState } from "../../../components/common/query-state"
import { EquipmentTable } from "../../../components/fleet/equipment-table"
import { EQUIPMENT_STATUSES, useEquipmentList, useReadingsToReview, type EquipmentStatus } from "../../../hooks/api/fleet"
import { LiveAlerts } from "../../../components/alerts/live-alerts"

const PAGE = 20
/** Radix's Select refuses an empty value; this one stands for "no filter". */
const ALL = "all"

const FleetPage = () => {
  const { t } = useTranslation()
  const [q, setQ] = useState("")
  // The customer page's widget links here with its account already chosen.
  const [searchParams] = useSearchParams()
  const [accountId, setAccountId] = useState(searchParams.get("account_id") || ALL)
  const [siteId, setSiteId] = useState(ALL)
  const [status, setStatus] = useState<EquipmentStatus | typeof ALL>(ALL)
  const [dueSoon, setDueSoon] = useState(false)
  const [offset, setOffset] = useState(0)
  const toReview = useReadingsToReview(0, 1)
  const { data, isPending, error } = useEquipmentList({
    q: q.trim(),
    account_id: accountId === ALL ? undefined : accountId,
    site_id: siteId === ALL ? undefined : siteId,
    status: status === ALL ? undefined : status,
    due_soon: dueSoon,
    limit: PAGE,
    offset,
  })
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value)
    setOffset(0)
  }

  return (
    <div className="flex flex-col gap-y-3">
      <LiveAlerts />
      <Container className="divide-y p-0" data-testid="fleet-page">
        <PageHeader title={t("clientPortal.fleet.title")} subtitle={t("clientPortal.fleet.subtitle")}>
          <Button size="small" variant="secondary" asChild>
            <Link to="readings">{t("clientPortal.fleet.review.open", { count: toReview.data?.count ?? 0 })}</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="import">{t("clientPortal.fleet.import.open")}</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <Link to="create">{t("clientPortal.fleet.create")}</Link>
          </Button>
        </PageHeader>
        <div className="grid gap-3 px-6 py-4 md:grid-cols-5">
          <SearchInput className="md:col-span-2" label={t("clientPortal.fleet.search")} value={q} onChange={filter(setQ)} />
          <AccountSelect
            size="small"
            value={accountId}
            onValueChange={(value) => {
              filter(setAccountId)(value)
              setSiteId(ALL)
            }}
            label={t("clientPortal.fleet.fields.account")}
            testId="fleet-filter-account"
            anyOption={{ value: ALL, label: t("clientPortal.fleet.filters.allAccounts") }}
          />
          <SiteSelect
            size="small"
            accountId={accountId === ALL ? "" : accountId}
            value={siteId}
            onValueChange={filter(setSiteId)}
            disabled={accountId === ALL}
            label={t("clientPortal.fleet.fields.site")}
            anyOption={{ value: ALL, label: t("clientPortal.fleet.filters.allSites") }}
          />
          <Select size="small" value={status} onValueChange={(value) => filter(setStatus)(value as EquipmentStatus | typeof ALL)}>
            <Select.Trigger aria-label={t("clientPortal.fleet.fields.status")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>{t("clientPortal.fleet.filters.anyStatus")}</Select.Item>
              {EQUIPMENT_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`clientPortal.fleet.status.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <label className="txt-compact-small flex items-center gap-x-2 md:col-span-5">
            <Switch checked={dueSoon} onCheckedChange={filter(setDueSoon)} />
            {t("clientPortal.fleet.filters.dueSoon")}
          </label>
        </div>
        <QueryState isPending={isPending} error={error} isEmpty={!data?.equipment.length} empty={t("clientPortal.fleet.empty")}>
          <EquipmentTable items={data?.equipment ?? []} />
          <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
        </QueryState>
        <Outlet />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "clientPortal.fleet.menu",
  translationNs: "translation",
})

export default FleetPage
