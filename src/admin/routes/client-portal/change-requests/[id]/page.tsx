import { Button, Container, Input, StatusBadge, Table, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState, formatDate } from "../../../../components/common/query-state"
import { SectionHeader } from "../../../../components/common/section-header"
import { CHANGE_STATUS_COLOURS } from "../../../../components/support/ticket-format"
import { useChangeRequest, useDecideChangeRequest, type AdminChangeRequest } from "../../../../hooks/api/support"

type Choice = { decision: "approved" | "rejected" | null; reason: string }

/**
 * The diff of a change request: each field's current and proposed value, approved or rejected one by one
 * (a rejection needs a reason the client reads). Approval applies exactly the approved fields.
 */
function DiffTable({ request }: { request: AdminChangeRequest }) {
  const { t } = useTranslation()
  const decide = useDecideChangeRequest(request.id)
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const pending = request.fields.filter((f) => f.decision === "pending")
  const choose = (id: string, patch: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [id]: { ...(all[id] ?? { decision: null, reason: "" }), ...patch } }))
  const chosen = pending.filter((f) => choices[f.id]?.decision)
  const missingReason = chosen.some((f) => choices[f.id]?.decision === "rejected" && !choices[f.id]?.reason.trim())
  const submit = () =>
    decide.mutate(
      {
        decisions: chosen.map((f) => ({
          field_id: f.id,
          decision: choices[f.id]!.decision!,
          reason: choices[f.id]!.reason.trim() || null,
        })),
      },
      {
        onSuccess: () => {
          setChoices({})
          toast.success(t("clientPortal.support.changes.decided"))
        },
        onError: (e) => toast.error(e.message),
      }
    )
  const label = (field: string) => t(`clientPortal.support.changes.fields.${field}`, { defaultValue: field })
  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("clientPortal.support.changes.field")}</Table.HeaderCell>
            <Table.HeaderCell>{t("clientPortal.support.changes.current")}</Table.HeaderCell>
            <Table.HeaderCell>{t("clientPortal.support.changes.proposed")}</Table.HeaderCell>
            <Table.HeaderCell>{t("clientPortal.support.changes.decision")}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {request.fields.map((field) => {
            const choice = choices[field.id]
            return (
              <Table.Row key={field.id} data-testid="change-field" data-field={field.field}>
                <Table.Cell className="font-medium">{label(field.field)}</Table.Cell>
                <Table.Cell>
                  <span className="text-ui-fg-subtle line-through decoration-ui-fg-muted">{field.current_value ?? "—"}</span>
                </Table.Cell>
                <Table.Cell>
                  <span className="bg-ui-tag-green-bg text-ui-tag-green-text rounded px-1">{field.proposed_value ?? "—"}</span>
                </Table.Cell>
                <Table.Cell>
                  {field.decision === "pending" ? (
                    <div className="flex flex-col gap-1 py-2">
                      <div className="flex gap-1">
                        <Button
                          size="small"
                          type="button"
                          variant={choice?.decision === "approved" ? "primary" : "secondary"}
                          aria-pressed={choice?.decision === "approved"}
                          onClick={() => choose(field.id, { decision: "approved" })}
                          data-testid="approve-field"
                        >
                          {t("clientPortal.support.changes.approve")}
                        </Button>
                        <Button
                          size="small"
                          type="button"
                          variant={choice?.decision === "rejected" ? "danger" : "secondary"}
                          aria-pressed={choice?.decision === "rejected"}
                          onClick={() => choose(field.id, { decision: "rejected" })}
                          data-testid="reject-field"
                        >
                          {t("clientPortal.support.changes.reject")}
                        </Button>
                      </div>
                      {choice?.decision === "rejected" ? (
                        <Input
                          size="small"
                          aria-label={t("clientPortal.support.changes.reason")}
                          placeholder={t("clientPortal.support.changes.reason")}
                          value={choice.reason}
                          onChange={(e) => choose(field.id, { reason: e.target.value })}
                        />
                      ) : null}
                    </div>
                  ) : (
                    <div>
                      <StatusBadge color={field.decision === "approved" ? "green" : "red"}>{t(`clientPortal.support.changes.decisions.${field.decision}`)}</StatusBadge>
                      {field.reason ? (
                        <Text size="xsmall" className="text-ui-fg-subtle">
                          {field.reason}
                        </Text>
                      ) : null}
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {pending.length ? (
        <div className="flex items-center justify-end gap-3 px-6 py-4">
          {missingReason ? (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {t("clientPortal.support.changes.reasonRequired")}
            </Text>
          ) : null}
          <Button size="small" onClick={submit} isLoading={decide.isPending} disabled={!chosen.length || missingReason} data-testid="decide-submit">
            {t("clientPortal.support.changes.saveDecisions", { count: chosen.length })}
          </Button>
        </div>
      ) : null}
    </>
  )
}

const ChangeRequestPage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: request, isPending, error } = useChangeRequest(id)
  return (
    <div className="flex flex-col gap-y-3" data-testid="change-request-page">
      <QueryState isPending={isPending} error={error}>
        {request ? (
          <>
            <Container className="divide-y p-0">
              <PageHeader
                title={`${request.account_name ?? request.account_id} · ${t(`clientPortal.support.changes.targets.${request.target}`)}`}
                subtitle={`${request.requested_by_name ?? "—"} · ${formatDate(request.created_at, i18n.language)}`}
              >
                <StatusBadge color={CHANGE_STATUS_COLOURS[request.status]} data-testid="change-request-status">
                  {t(`clientPortal.support.changes.statuses.${request.status}`)}
                </StatusBadge>
                <Button size="small" variant="secondary" asChild>
                  <Link to={`/client-portal/accounts/${request.account_id}`}>{t("clientPortal.support.changes.openAccount")}</Link>
                </Button>
              </PageHeader>
              {request.note ? (
                <Text size="small" className="whitespace-pre-line px-6 py-4">
                  {request.note}
                </Text>
              ) : null}
              <DiffTable request={request} />
            </Container>
            <Container className="divide-y p-0">
              <SectionHeader title={t("clientPortal.support.changes.audit")} />
              <ol className="flex flex-col gap-1 px-6 py-4 txt-compact-small" data-testid="change-audit">
                {request.audit.map((entry) => (
                  <li key={entry.id}>
                    {formatDate(entry.created_at, i18n.language)} · {t(`clientPortal.support.changes.actions.${entry.action}`)}
                    {entry.field ? ` · ${t(`clientPortal.support.changes.fields.${entry.field}`, { defaultValue: entry.field })}` : ""}
                    {entry.old_value !== null || entry.new_value !== null ? `: ${entry.old_value ?? "—"} → ${entry.new_value ?? "—"}` : ""}
                    {entry.reason ? ` (${entry.reason})` : ""} · {t(`clientPortal.support.authors.${entry.actor_type === "staff" ? "staff" : "member"}`)}
                  </li>
                ))}
              </ol>
            </Container>
          </>
        ) : null}
      </QueryState>
    </div>
  )
}

export default ChangeRequestPage
