import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import type { AdminMessageDto, ReceiptDto, StoreMessageDto } from "../../modules/support/contract"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import type { ThreadReader } from "../../modules/support/service"
import { sitesCover, type PortalActor } from "../portal-actor"
import { markThreadsReadWorkflow } from "../../workflows/support/mark-threads-read"
import { presentAttachment } from "./attachments"

export const supportOf = (scope: MedusaContainer) => scope.resolve<SupportModuleService>(SUPPORT_MODULE)

/** The reader of the portal's inbox: the member (none for a secure link) and their sites. */
export const readerOf = (actor: PortalActor): ThreadReader => ({
  account_id: actor.account_id,
  member_id: actor.member_id,
  site_ids: actor.site_ids?.length ? actor.site_ids : null,
})

/** Whether receipts and reads are recorded for this session: a member themselves, not staff viewing as them. */
export const recordsReads = (actor: PortalActor): actor is PortalActor & { member_id: string } =>
  actor.kind === "member" && !actor.read_only && actor.member_id !== null

/**
 * The member opened a thread (a ticket's or a conversation): its messages to them are delivered and read.
 * A read-only session (staff viewing as the client, a read-only link) is refused; a secure link records nothing.
 */
export async function markThreadRead(scope: MedusaContainer, actor: PortalActor, threadId: string): Promise<void> {
  if (actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  if (!recordsReads(actor)) return
  await markThreadsReadWorkflow(scope).run({ input: { member_id: actor.member_id, thread_ids: [threadId] } })
}

const notFound = (what: string, id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `${what} with id: ${id} was not found`)

type ThreadRecord = Awaited<ReturnType<SupportModuleService["retrieveThread"]>>

/** Whether a client may see a thread: their account, their sites, addressed to them. */
export function threadIsVisible(actor: PortalActor, thread: Pick<ThreadRecord, "account_id" | "site_id" | "kind" | "recipient_member_ids">): boolean {
  if (thread.account_id !== actor.account_id) return false
  const accountWide = !thread.site_id && thread.kind !== "ticket"
  if (!accountWide && !sitesCover(actor.site_ids, thread.site_id)) return false
  const named = thread.recipient_member_ids as string[]
  return !named.length || (actor.member_id !== null && named.includes(actor.member_id))
}

/** A thread the client may see, else 404 (another account's id answers exactly like a missing one). */
export async function findVisibleThread(scope: MedusaContainer, actor: PortalActor, id: string): Promise<ThreadRecord> {
  const [thread] = await supportOf(scope).listThreads({ id, account_id: actor.account_id })
  if (!thread || !threadIsVisible(actor, thread)) throw notFound("Message", id)
  return thread
}

/** A ticket the client may see (their account and sites), else 404. */
export async function findVisibleTicket(scope: MedusaContainer, actor: PortalActor, id: string) {
  const [ticket] = await supportOf(scope).listTickets({ id, account_id: actor.account_id }, { relations: ["category"] })
  if (!ticket || !sitesCover(actor.site_ids, ticket.site_id)) throw notFound("Ticket", id)
  return ticket
}

type LoadedMessage = Awaited<ReturnType<SupportModuleService["listMessages"]>>[number]

/** A thread's messages, oldest first, with attachments (and receipts for staff). Clients never get internal notes. */
export async function loadMessages(scope: MedusaContainer, threadId: string, audience: "client" | "staff"): Promise<LoadedMessage[]> {
  return supportOf(scope).listMessages(
    { thread_id: threadId, ...(audience === "client" ? { internal: false } : {}) },
    { relations: audience === "staff" ? ["attachments", "receipts"] : ["attachments"], order: { created_at: "ASC" }, take: null }
  )
}

/** The caller's own receipts of a thread's messages, by message id. */
export async function ownReceipts(scope: MedusaContainer, actor: PortalActor, threadId: string): Promise<Map<string, Date | null>> {
  if (!actor.member_id) return new Map()
  const receipts = await supportOf(scope).listMessageReceipts({ thread_id: threadId, member_id: actor.member_id }, { select: ["message_id", "read_at"], take: null })
  return new Map(receipts.map((r) => [r.message_id as string, r.read_at ?? null]))
}

export function presentStoreMessage(message: LoadedMessage, actor: PortalActor, base: string, receipts: Map<string, Date | null>): StoreMessageDto {
  return {
    id: message.id,
    author_type: message.author_type,
    author_name: message.author_name,
    mine: message.author_type === "member" && message.author_id !== null && message.author_id === actor.member_id,
    body: message.body,
    attachments: (message.attachments ?? []).map((a) => presentAttachment(a, base)),
    created_at: new Date(message.created_at).toISOString(),
    read_at: receipts.get(message.id) ? new Date(receipts.get(message.id)!).toISOString() : null,
  }
}

/** Staff read each message with its receipts: who it was delivered to and who read it, by name. */
export async function presentAdminMessages(scope: MedusaContainer, messages: LoadedMessage[], base: string): Promise<AdminMessageDto[]> {
  const memberIds = [...new Set(messages.flatMap((m) => (m.receipts ?? []).map((r) => r.member_id)))]
  const names = await memberNames(scope, memberIds)
  return messages.map((m) => ({
    id: m.id,
    author_type: m.author_type,
    author_id: m.author_id,
    author_name: m.author_name,
    body: m.body,
    internal: m.internal,
    attachments: (m.attachments ?? []).map((a) => presentAttachment(a, base)),
    receipts: (m.receipts ?? []).map(
      (r): ReceiptDto => ({
        member_id: r.member_id,
        member_name: names.get(r.member_id) ?? null,
        delivered_at: r.delivered_at ? new Date(r.delivered_at).toISOString() : null,
        delivered_via: r.delivered_via ?? null,
        read_at: r.read_at ? new Date(r.read_at).toISOString() : null,
      })
    ),
    created_at: new Date(m.created_at).toISOString(),
  }))
}

/** Members' display names ("Claire Martin"), from their Medusa customers, by member id. */
export async function memberNames(scope: MedusaContainer, memberIds: string[]): Promise<Map<string, string>> {
  if (!memberIds.length) return new Map()
  const members = await scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listAccountMembers({ id: memberIds }, { select: ["id", "customer_id"] })
  const customers = await scope.resolve("customer").listCustomers({ id: members.map((m) => m.customer_id) }, { select: ["id", "first_name", "last_name", "email"] })
  const byCustomer = new Map(customers.map((c: { id: string; first_name: string | null; last_name: string | null; email: string }) => [c.id, [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email]))
  return new Map(members.map((m) => [m.id, byCustomer.get(m.customer_id) ?? m.id]))
}
