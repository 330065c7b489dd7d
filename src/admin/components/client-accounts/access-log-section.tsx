import { Container, Select, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ListPagination } from "../common/list-pagination"
import { formatDate, QueryState } from "../common/query-state"
import { useAccessLog } from "../../hooks/api/client-accounts"
import { SectionHeader } from "../common/section-header"

const EVENTS = [
  "code_requested",
  "code_failed",
  "code_locked",
  "rate_limited",
  "signed_in",
  "signed_out",
  "link_opened",
  "link_refused",
  "activation_used",
  "activation_refused",
  "impersonation_started",
  "member_invited",
  "member_removed",
]
const PAGE = 20

export function AccessLogSection({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation()
  const [offset, setOffset] = useState(0)
  const [event, setEvent] = useState("all")
  const { data, isPending, error } = useAccessLog(accountId, offset, event === "all" ? undefined : event)
  const count = data?.count ?? 0
  return (
    <Container className="divide-y p-0" data-testid="account-access-log">
      <SectionHeader title={t("clientPortal.log.heading")}>
        <div className="w-56">
          <Select
            size="small"
            value={event}
            onValueChange={(v) => {
              setEvent(v)
              setOffset(0)
            }}
          >
            <Select.Trigger aria-label={t("clientPortal.log.event")}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="all">{t("clientPortal.log.allEvents")}</Select.Item>
              {EVENTS.map((e) => (
                <Select.Item key={e} value={e}>
                  {t(`clientPortal.log.events.${e}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </SectionHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!data?.access_log.length} empty={t("clientPortal.log.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.log.when")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.log.event")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.log.who")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.log.ip")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data?.access_log.map((entry) => (
              <Table.Row key={entry.id}>
                <Table.Cell>{formatDate(entry.created_at, i18n.language)}</Table.Cell>
                <Table.Cell>{t(`clientPortal.log.events.${entry.event}`)}</Table.Cell>
                <Table.Cell>{entry.identifier ?? entry.member_id ?? "—"}</Table.Cell>
                <Table.Cell>{entry.ip ?? "—"}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <ListPagination count={count} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} />
      </QueryState>
    </Container>
  )
}
