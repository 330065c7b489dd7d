import { Button, Checkbox, Container, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useState, type FormEvent } from "react"
import { useTranslation } from "react-i18next"
import { Link, useParams } from "react-router-dom"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { DetailRow } from "../../../../components/common/detail-row"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState, formatDate } from "../../../../components/common/query-state"
import { SectionHeader } from "../../../../components/common/section-header"
import { AttachmentPicker, attachmentProblem } from "../../../../components/support/attachment-picker"
import { MessageList } from "../../../../components/support/message-list"
import { PriorityBadge, SlaBadge, TicketStatusBadge } from "../../../../components/support/ticket-format"
import { useStaffUsers } from "../../../../hooks/api/quotes"
import {
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  toUpload,
  useReplyToTicket,
  useTicket,
  useTicketCategories,
  useUpdateTicket,
  type AdminTicketDetail,
  type TicketStatus,
} from "../../../../hooks/api/support"

const UNASSIGNED = "unassigned"
const KEEP = "keep"

/** Status, priority, category and assignee, each changed on the spot. */
function TicketControls({ ticket }: { ticket: AdminTicketDetail }) {
  const { t } = useTranslation()
  const update = useUpdateTicket(ticket.id)
  const { data: users } = useStaffUsers()
  const { data: categories } = useTicketCategories()
  const save = (body: Parameters<typeof update.mutate>[0]) =>
    update.mutate(body, { onSuccess: () => toast.success(t("clientPortal.support.saved")), onError: (e) => toast.error(e.message) })
  const control = (id: string, label: string, value: string, options: { value: string; label: string }[], onChange: (value: string) => void) => (
    <div className="flex flex-col gap-y-1">
      <label htmlFor={id} className="txt-compact-small-plus">
        {label}
      </label>
      <Select size="small" value={value} onValueChange={onChange} disabled={update.isPending}>
        <Select.Trigger id={id} data-testid={id}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
  return (
    <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-4">
      {control(
        "ticket-status",
        t("clientPortal.support.fields.status"),
        ticket.status,
        TICKET_STATUSES.map((s) => ({ value: s, label: t(`clientPortal.support.statuses.${s}`) })),
        (status) => save({ status: status as TicketStatus })
      )}
      {control(
        "ticket-priority",
        t("clientPortal.support.fields.priority"),
        ticket.priority,
        TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`clientPortal.support.priorities.${p}`) })),
        (priority) => save({ priority: priority as AdminTicketDetail["priority"] })
      )}
      {control(
        "ticket-assignee",
        t("clientPortal.support.fields.assignee"),
        ticket.assignee_id ?? UNASSIGNED,
        [
          { value: UNASSIGNED, label: t("clientPortal.support.unassigned") },
          ...(users ?? []).map((u) => ({ value: u.id, label: [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email })),
        ],
        (assignee) => save({ assignee_id: assignee === UNASSIGNED ? null : assignee })
      )}
      {control(
        "ticket-category",
        t("clientPortal.support.fields.category"),
        ticket.category?.id ?? "",
        (categories ?? []).map((c) => ({ value: c.id, label: c.name })),
        (category_id) => save({ category_id })
      )}
    </div>
  )
}

/** Staff's answer, with files, as a message to the client or an internal note, optionally moving the status. */
function ReplyForm({ ticket }: { ticket: AdminTicketDetail }) {
  const { t } = useTranslation()
  const reply = useReplyToTicket(ticket.id)
  const [body, setBody] = useState("")
  const [internal, setInternal] = useState(false)
  const [files, setFiles] = useState<File[]>([])
  const [then, setThen] = useState<string>(KEEP)
  const [formKey, setFormKey] = useState(0)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim() || attachmentProblem(files)) return
    const attachments = await Promise.all(files.map(toUpload))
    reply.mutate(
      { body: body.trim(), internal, attachments: attachments.length ? attachments : undefined, status: then === KEEP ? undefined : (then as TicketStatus) },
      {
        onSuccess: () => {
          setBody("")
          setFiles([])
          setInternal(false)
          setThen(KEEP)
          // A file input cannot be emptied from code: it is remounted.
          setFormKey((k) => k + 1)
          toast.success(t("clientPortal.support.replySent"))
        },
        onError: (e) => toast.error(e.message),
      }
    )
  }
  return (
    <form key={formKey} onSubmit={submit} className="flex flex-col gap-y-3 px-6 py-4" data-testid="admin-reply-form">
      <label htmlFor="ticket-reply" className="txt-compact-small-plus">
        {t("clientPortal.support.reply")}
      </label>
      <Textarea id="ticket-reply" value={body} onChange={(e) => setBody(e.target.value)} rows={4} />
      <AttachmentPicker id="ticket-reply-files" files={files} onChange={setFiles} />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <label className="txt-compact-small flex items-center gap-2">
          <Checkbox checked={internal} onCheckedChange={(checked) => setInternal(checked === true)} />
          {t("clientPortal.support.internalOnly")}
        </label>
        <div className="flex items-end gap-2">
          <div className="flex flex-col gap-y-1">
            <label htmlFor="reply-then" className="txt-compact-small-plus">
              {t("clientPortal.support.thenStatus")}
            </label>
            <Select size="small" value={then} onValueChange={setThen}>
              <Select.Trigger id="reply-then" className="min-w-48">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={KEEP}>{t("clientPortal.support.keepStatus")}</Select.Item>
                {TICKET_STATUSES.map((s) => (
                  <Select.Item key={s} value={s}>
                    {t(`clientPortal.support.statuses.${s}`)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <Button size="small" type="submit" isLoading={reply.isPending} disabled={!body.trim() || !!attachmentProblem(files)} data-testid="admin-reply-submit">
            {internal ? t("clientPortal.support.addNote") : t("clientPortal.support.sendReply")}
          </Button>
        </div>
      </div>
    </form>
  )
}

const TicketPage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: ticket, isPending, error } = useTicket(id)

  return (
    <div className="flex flex-col gap-y-3" data-testid="ticket-page">
      <LiveAlerts />
      <QueryState isPending={isPending} error={error}>
        {ticket ? (
          <>
            <Container className="divide-y p-0">
              <PageHeader title={`${ticket.number} · ${ticket.subject}`} subtitle={ticket.account_name ?? ""}>
                <TicketStatusBadge status={ticket.status} />
                <PriorityBadge priority={ticket.priority} />
              </PageHeader>
              <TicketControls ticket={ticket} />
              <DetailRow label={t("clientPortal.support.fields.account")}>
                <Link to={`/client-portal/accounts/${ticket.account_id}`} className="text-ui-fg-interactive hover:underline">
                  {ticket.account_name ?? ticket.account_id}
                </Link>
              </DetailRow>
              <DetailRow label={t("clientPortal.support.openedBy")}>
                {`${ticket.opened_by_name ?? "—"} · ${formatDate(ticket.created_at, i18n.language)}`}
              </DetailRow>
              <DetailRow label={t("clientPortal.support.fields.sla")}>
                <SlaBadge ticket={ticket} />
              </DetailRow>
              {ticket.reopened_count ? <DetailRow label={t("clientPortal.support.reopened")}>{String(ticket.reopened_count)}</DetailRow> : null}
              <div className="px-6 py-4">
                <Text size="small" className="whitespace-pre-line break-words">
                  {ticket.description}
                </Text>
              </div>
            </Container>
            <Container className="divide-y p-0">
              <SectionHeader title={t("clientPortal.support.conversation")} />
              <MessageList messages={ticket.messages} />
              <ReplyForm ticket={ticket} />
            </Container>
          </>
        ) : null}
      </QueryState>
    </div>
  )
}

export default TicketPage
