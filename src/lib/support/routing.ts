import type { SupportSettings } from "../../modules/support/settings"
import { ACTIVE_TICKET_STATUSES, type TicketPriority, type TicketStatus } from "../../modules/support/statuses"

export type RoutingRuleInput = { site_id: string | null; priority: TicketPriority | null; assignee_id: string }

/**
 * The staff user a new ticket goes to: the category's most specific matching rule (site and priority, then
 * site, then priority, then a rule with neither), else the category's default assignee, else nobody (the
 * ticket waits in the "unassigned" inbox).
 */
export function pickAssignee(
  category: { default_assignee_id: string | null; routing_rules: RoutingRuleInput[] },
  ticket: { site_id: string | null; priority: TicketPriority }
): string | null {
  const matching = category.routing_rules.filter(
    (rule) => (rule.site_id === null || rule.site_id === ticket.site_id) && (rule.priority === null || rule.priority === ticket.priority)
  )
  const specificity = (rule: RoutingRuleInput) => (rule.site_id ? 2 : 0) + (rule.priority ? 1 : 0)
  const best = matching.sort((a, b) => specificity(b) - specificity(a))[0]
  return best?.assignee_id ?? category.default_assignee_id ?? null
}

/** When a ticket of this priority opened at `from` must be answered. */
export function slaDueAt(priority: TicketPriority, settings: Pick<SupportSettings, "sla_hours">, from: Date): Date {
  return new Date(from.getTime() + settings.sla_hours[priority] * 3_600_000)
}

export const isOverdue = (ticket: { status: TicketStatus; sla_due_at: Date | string | null }, now = new Date()): boolean =>
  ACTIVE_TICKET_STATUSES.includes(ticket.status) && ticket.sla_due_at !== null && new Date(ticket.sla_due_at) < now

/** Until when the client may reopen a resolved or closed ticket; null while it is still being worked on. */
export function reopenUntil(
  ticket: { status: TicketStatus; resolved_at: Date | string | null; closed_at: Date | string | null },
  settings: Pick<SupportSettings, "reopen_window_days">
): Date | null {
  if (ticket.status !== "resolved" && ticket.status !== "closed") return null
  const since = ticket.closed_at ?? ticket.resolved_at
  if (!since) return null
  return new Date(new Date(since).getTime() + settings.reopen_window_days * 86_400_000)
}
