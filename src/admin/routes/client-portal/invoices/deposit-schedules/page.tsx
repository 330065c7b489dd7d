import { Button, Container, StatusBadge, Table, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, Outlet } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { AccountSelect } from "../../../../components/client-accounts/account-select"
import { ListPagination } from "../../../../components/common/list-pagination"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState } from "../../../../components/common/query-state"
import { formatDay, formatMoney } from "../../../../components/quotes/quote-format"
import { useDepositSchedules, useIssueNextDeposit, useSettleDepositSchedule, type DepositSchedule } from "../../../../hooks/api/invoices"

const PAGE = 20
const ALL = "all"

function ScheduleActions({ schedule }: { schedule: DepositSchedule }) {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const issueNext = useIssueNextDeposit(schedule.id)
  const settle = useSettleDepositSchedule(schedule.id)
  if (schedule.status !== "active") return null
  const done = (message: string) => ({ onSuccess: () => toast.success(t(message)), onError: (e: Error) => toast.error(e.message) })
  return (
    <div className="flex justify-end gap-2">
      {schedule.issued_count < schedule.count ? (
        <Button size="small" variant="secondary" isLoading={issueNext.isPending} onClick={() => issueNext.mutate(undefined, done("clientPortal.billing.schedules.issuedNext"))}>
          {t("clientPortal.billing.schedules.issueNext")}
        </Button>
      ) : null}
      <Button
        size="small"
        variant="secondary"
        isLoading={settle.isPending}
        onClick={async () => {
          if (await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.billing.schedules.settleConfirm") })) {
            settle.mutate(undefined, done("clientPortal.billing.schedules.settled"))
          }
        }}
      >
        {t("clientPortal.billing.schedules.settle")}
      </Button>
    </div>
  )
}

/** Deposit schedules of every account (or one): progress, the deposits issued, and the next step. */
const DepositSchedulesPage = () => {
  const { t, i18n } = useTranslation()
  const [accountId, setAccountId] = useState(ALL)
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useDepositSchedules({ account_id: accountId === ALL ? undefined : accountId, limit: PAGE, offset })
  return (
    <Container className="divide-y p-0" data-testid="deposit-schedules-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.billing.schedules.title")} subtitle={t("clientPortal.billing.schedules.subtitle")}>
        <Button size="small" variant="secondary" asChild>
          <Link to="create">{t("clientPortal.billing.schedules.create")}</Link>
        </Button>
      </PageHeader>
      <div className="grid grid-cols-1 gap-2 px-6 py-4 md:grid-cols-3">
        <AccountSelect
          size="small"
          value={accountId}
          onValueChange={(value) => {
            setAccountId(value)
            setOffset(0)
          }}
          label={t("clientPortal.billing.fields.account")}
          anyOption={{ value: ALL, label: t("clientPortal.billing.allAccounts") }}
        />
      </div>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.deposit_schedules.length} empty={t("clientPortal.billing.schedules.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.billing.schedules.titleField")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.schedules.monthlyAmount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.schedules.startDate")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.fields.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.billing.schedules.count")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.deposit_schedules.map((schedule) => (
              <Table.Row key={schedule.id} data-testid="deposit-schedule-row">
                <Table.Cell>
                  <Link to={`/client-portal/accounts/${schedule.account_id}`} className="text-ui-fg-interactive hover:underline">
                    {schedule.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{formatMoney(schedule.monthly_amount, schedule.currency_code, i18n.language)}</Table.Cell>
                <Table.Cell>{formatDay(schedule.start_date, i18n.language)}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={schedule.status === "active" ? "blue" : schedule.status === "completed" ? "green" : "grey"}>
                    {t(`clientPortal.billing.schedules.statuses.${schedule.status}`)}
                  </StatusBadge>
                </Table.Cell>
                <Table.Cell>{t("clientPortal.billing.schedules.progress", { issued: schedule.issued_count, count: schedule.count })}</Table.Cell>
                <Table.Cell>
                  <ScheduleActions schedule={schedule} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
      <Outlet />
    </Container>
  )
}

export default DepositSchedulesPage
