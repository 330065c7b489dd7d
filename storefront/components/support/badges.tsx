import { useTranslations } from "next-intl"
import type { TicketPriority, TicketStatus } from "@support/contract"

/** One style per status; typed against the contract, so a status the API adds fails the type check here. */
const STATUS_STYLES: Record<TicketStatus, string> = {
  open: "bg-amber-100 text-amber-900",
  in_progress: "bg-brand-50 text-brand-800",
  waiting_for_client: "bg-orange-100 text-orange-900",
  resolved: "bg-green-100 text-green-800",
  closed: "bg-slate-200 text-slate-700",
}

/** The order in which the filters offer the statuses (every status of the contract, once). */
export const TICKET_STATUS_ORDER = Object.keys(STATUS_STYLES) as TicketStatus[]

const PRIORITY_STYLES: Record<TicketPriority, string> = {
  low: "text-slate-600",
  normal: "text-slate-700",
  high: "text-orange-800 font-semibold",
  urgent: "text-red-700 font-semibold",
}

export const TICKET_PRIORITY_ORDER = Object.keys(PRIORITY_STYLES) as TicketPriority[]

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const t = useTranslations("Support.statuses")
  return (
    <span className={`inline-flex shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_STYLES[status]}`} data-testid="ticket-status">
      {t(status)}
    </span>
  )
}

export function PriorityLabel({ priority }: { priority: TicketPriority }) {
  const t = useTranslations("Support.priorities")
  return <span className={`text-sm ${PRIORITY_STYLES[priority]}`}>{t(priority)}</span>
}

/** "3 unread" beside a row or a navigation link; nothing when all is read. */
export function UnreadBadge({ count, label }: { count: number; label: string }) {
  if (!count) return null
  return (
    <span className="inline-flex min-w-6 shrink-0 justify-center rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="unread-badge">
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{label}</span>
    </span>
  )
}
