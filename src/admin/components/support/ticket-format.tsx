import { Badge, StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminTicketSummary, ChangeRequestStatus, ReceiptDto, TicketPriority, TicketStatus } from "../../hooks/api/support"
import { formatDate } from "../common/query-state"

const STATUS_COLOURS: Record<TicketStatus, "orange" | "blue" | "purple" | "green" | "grey"> = {
  open: "orange",
  in_progress: "blue",
  waiting_for_client: "purple",
  resolved: "green",
  closed: "grey",
}

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLOURS[status]} data-testid="ticket-status">
      {t(`clientPortal.support.statuses.${status}`)}
    </StatusBadge>
  )
}

const PRIORITY_COLOURS: Record<TicketPriority, "grey" | "blue" | "orange" | "red"> = { low: "grey", normal: "blue", high: "orange", urgent: "red" }

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation()
  return (
    <Badge size="2xsmall" color={PRIORITY_COLOURS[priority]}>
      {t(`clientPortal.support.priorities.${priority}`)}
    </Badge>
  )
}

/** Under this share of its SLA left, a ticket shows amber ("due soon"). */
const DUE_SOON_SHARE = 0.25

export type SlaState = "overdue" | "due_soon" | "on_time" | "none"

/** Where a ticket stands against its SLA: red overdue, amber in its last quarter, green otherwise. */
export function slaState(ticket: Pick<AdminTicketSummary, "sla_due_at" | "created_at" | "status" | "overdue">, now = Date.now()): SlaState {
  if (ticket.status === "resolved" || ticket.status === "closed" || !ticket.sla_due_at) return "none"
  if (ticket.overdue) return "overdue"
  const due = Date.parse(ticket.sla_due_at)
  const total = due - Date.parse(ticket.created_at)
  if (due <= now) return "overdue"
  return total > 0 && (due - now) / total < DUE_SOON_SHARE ? "due_soon" : "on_time"
}

const SLA_COLOURS: Record<Exclude<SlaState, "none">, "red" | "orange" | "green"> = { overdue: "red", due_soon: "orange", on_time: "green" }

/** The SLA's due time in its colour, with the state in words (the colour is never the only sign). */
export function SlaBadge({ ticket }: { ticket: Pick<AdminTicketSummary, "sla_due_at" | "created_at" | "status" | "overdue"> }) {
  const { t, i18n } = useTranslation()
  const state = slaState(ticket)
  if (state === "none") return <span className="text-ui-fg-muted">—</span>
  return (
    <StatusBadge color={SLA_COLOURS[state]} data-testid="ticket-sla" data-sla={state}>
      {t(`clientPortal.support.sla.${state}`)} · {formatDate(ticket.sla_due_at, i18n.language)}
    </StatusBadge>
  )
}

/** "Read by Claire Martin on 3 Dec at 14:02", or delivered (portal / e-mail), or not yet delivered. */
export function ReceiptLine({ receipt }: { receipt: ReceiptDto }) {
  const { t, i18n } = useTranslation()
  const when = (value: string) =>
    new Intl.DateTimeFormat(i18n.language, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(value))
  const name = receipt.member_name ?? t("clientPortal.support.aMember")
  if (receipt.read_at) return <span data-testid="receipt-read">{t("clientPortal.support.readBy", { name, date: when(receipt.read_at) })}</span>
  if (receipt.delivered_at) {
    return (
      <span data-testid="receipt-delivered">
        {t(`clientPortal.support.deliveredTo.${receipt.delivered_via ?? "portal"}`, { name, date: when(receipt.delivered_at) })}
      </span>
    )
  }
  return <span data-testid="receipt-pending">{t("clientPortal.support.notDelivered", { name })}</span>
}

export const CHANGE_STATUS_COLOURS: Record<ChangeRequestStatus, "orange" | "green" | "blue" | "red"> = {
  pending: "orange",
  approved: "green",
  partially_approved: "blue",
  rejected: "red",
}
