import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminTicketDetail, AdminTicketSummary, StoreTicketDetail, StoreTicketSummary } from "../../modules/support/contract"
import type { TicketRow } from "../../modules/support/service"
import type { SupportSettings } from "../../modules/support/settings"
import type { TicketStatus } from "../../modules/support/statuses"
import { can, type PortalActor } from "../portal-actor"
import { presentAttachment } from "./attachments"
import { localizeCategory } from "./categories"
import { isOverdue, reopenUntil } from "./routing"
import { findVisibleTicket, loadMessages, ownReceipts, presentAdminMessages, presentStoreMessage, supportOf } from "./threads"

const iso = (date: Date | string | null | undefined) => (date ? new Date(date).toISOString() : null)

export const supportSettings = async (scope: MedusaContainer): Promise<SupportSettings> =>
  (await scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()).support

/** A ticket of a list; its category in the reader's language (none given: the default, as staff read it). */
export function presentTicketRow(row: TicketRow, locale: string | null = null): StoreTicketSummary {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    category: row.category_id
      ? localizeCategory({ id: row.category_id, name: row.category_name ?? "", description: row.category_description ?? null, translations: row.category_translations }, locale)
      : null,
    site_id: row.site_id,
    equipment_id: row.equipment_id,
    sla_due_at: iso(row.sla_due_at),
    unread_count: Number(row.unread_count ?? 0),
    last_message_at: iso(row.last_message_at),
    created_at: iso(row.created_at)!,
    updated_at: iso(row.updated_at)!,
  }
}

export const presentAdminTicketRow = (row: TicketRow, accountNames: Map<string, string>): AdminTicketSummary => ({
  ...presentTicketRow(row),
  account_id: row.account_id,
  account_name: accountNames.get(row.account_id) ?? null,
  assignee_id: row.assignee_id,
  overdue: isOverdue(row),
  opened_by_name: row.opened_by_name,
})

/** What a client may still do with a ticket in this status. */
export const CLIENT_CAN = {
  reply: (status: TicketStatus) => status !== "closed",
  close: (status: TicketStatus) => status !== "closed",
  reopen: (status: TicketStatus, until: Date | null, now = new Date()) => (status === "resolved" || status === "closed") && until !== null && until >= now,
}

/**
 * A ticket as its client reads it (its category in the reader's `locale`), with its thread. Reading writes nothing: the member's opening of it is
 * recorded by POST …/read (`markThreadRead`), so a prefetch or a preview never sends a false read receipt.
 */
export async function storeTicketDetail(scope: MedusaContainer, actor: PortalActor, id: string, locale: string): Promise<StoreTicketDetail> {
  const ticket = await findVisibleTicket(scope, actor, id)
  const support = supportOf(scope)
  const [messages, receipts, thread, settings] = await Promise.all([
    loadMessages(scope, ticket.thread_id, "client"),
    ownReceipts(scope, actor, ticket.thread_id),
    support.retrieveThread(ticket.thread_id, { select: ["last_message_at"] }),
    supportSettings(scope),
  ])
  const base = `/store/portal/tickets/${ticket.id}/attachments`
  const until = reopenUntil(ticket, settings)
  const mayAct = can(actor, "request")
  const unread = [...receipts.values()].filter((readAt) => !readAt).length
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category ? localizeCategory(ticket.category, locale) : null,
    site_id: ticket.site_id,
    equipment_id: ticket.equipment_id,
    sla_due_at: iso(ticket.sla_due_at),
    unread_count: unread,
    last_message_at: iso(thread.last_message_at),
    created_at: iso(ticket.created_at)!,
    updated_at: iso(ticket.updated_at)!,
    description: ticket.description,
    thread_id: ticket.thread_id,
    opened_by_name: ticket.opened_by_name,
    resolved_at: iso(ticket.resolved_at),
    closed_at: iso(ticket.closed_at),
    reopen_until: iso(until),
    can_reply: mayAct && CLIENT_CAN.reply(ticket.status),
    can_close: mayAct && CLIENT_CAN.close(ticket.status),
    can_reopen: mayAct && CLIENT_CAN.reopen(ticket.status, until),
    messages: messages.map((m) => presentStoreMessage(m, actor, base, receipts)),
    attachments: messages.flatMap((m) => (m.attachments ?? []).map((a) => presentAttachment(a, base))),
  }
}

/** Account names by id, for staff lists. */
export async function accountNames(scope: MedusaContainer, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const accounts = await scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listClientAccounts({ id: [...new Set(ids)] }, { select: ["id", "name"] })
  return new Map(accounts.map((a) => [a.id, a.name]))
}

/** A ticket as staff read it: every message (internal notes too) with each recipient's receipts. */
export async function adminTicketDetail(scope: MedusaContainer, id: string): Promise<AdminTicketDetail> {
  const support = supportOf(scope)
  const [ticket] = await support.listTickets({ id }, { relations: ["category"] })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  const [messages, thread, names] = await Promise.all([
    loadMessages(scope, ticket.thread_id, "staff"),
    support.retrieveThread(ticket.thread_id, { select: ["last_message_at"] }),
    accountNames(scope, [ticket.account_id]),
  ])
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category ? { id: ticket.category.id, name: ticket.category.name, description: ticket.category.description } : null,
    site_id: ticket.site_id,
    equipment_id: ticket.equipment_id,
    sla_due_at: iso(ticket.sla_due_at),
    unread_count: 0,
    last_message_at: iso(thread.last_message_at),
    created_at: iso(ticket.created_at)!,
    updated_at: iso(ticket.updated_at)!,
    account_id: ticket.account_id,
    account_name: names.get(ticket.account_id) ?? null,
    assignee_id: ticket.assignee_id,
    overdue: isOverdue(ticket),
    opened_by_name: ticket.opened_by_name,
    description: ticket.description,
    thread_id: ticket.thread_id,
    resolved_at: iso(ticket.resolved_at),
    closed_at: iso(ticket.closed_at),
    reopened_count: ticket.reopened_count,
    messages: await presentAdminMessages(scope, messages, `/admin/portal/tickets/${ticket.id}/attachments`),
  }
}
