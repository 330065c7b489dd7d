import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Attachment } from "./models/attachment"
import { ChangeAuditEntry } from "./models/change-audit-entry"
import { ChangeRequest } from "./models/change-request"
import { ChangeRequestField } from "./models/change-request-field"
import { ClientNotification } from "./models/client-notification"
import { SharedDocument } from "./models/document"
import { DocumentRead } from "./models/document-read"
import { DocumentVersion } from "./models/document-version"
import { Message } from "./models/message"
import { MessageReceipt } from "./models/message-receipt"
import { NotificationPreference } from "./models/notification-preference"
import { RoutingRule } from "./models/routing-rule"
import { Thread } from "./models/thread"
import { Ticket } from "./models/ticket"
import { TicketCategory } from "./models/ticket-category"
import { ACTIVE_TICKET_STATUSES, type DocumentAudience, type DocumentCategory, type ThreadKind, type TicketPriority, type TicketStatus } from "./statuses"

/** Who reads a list: a member sees only threads of their sites and addressed to them; staff see all. */
export type ThreadReader = { account_id: string; member_id: string | null; site_ids: string[] | null }
/** Receipts `recordReceipts` dated: delivered (shown) and read, by receipt id. */
export type MarkedReceipts = { delivered: string[]; read: string[] }

/** The one ticket list, for clients (account and sites set) and staff (views and filters). */
export type TicketListFilter = {
  account_id?: string
  site_ids?: string[] | null
  status?: TicketStatus[]
  category_id?: string
  assignee?: { id: string | null }
  overdue?: boolean
  q?: string
  /** Unread counts for this member's receipts. */
  reader_member_id?: string | null
  order?: string
  limit: number
  offset: number
}

export type TicketRow = {
  id: string
  number: string
  account_id: string
  site_id: string | null
  equipment_id: string | null
  subject: string
  status: TicketStatus
  priority: TicketPriority
  assignee_id: string | null
  sla_due_at: Date | null
  thread_id: string
  opened_by_name: string | null
  category_id: string
  category_name: string | null
  category_description: string | null
  category_translations: unknown
  last_message_at: Date | null
  unread_count: number
  created_at: Date
  updated_at: Date
}

export type InboxRow = {
  id: string
  kind: ThreadKind
  subject: string
  site_id: string | null
  ticket_id: string | null
  last_message_at: Date
  last_message_preview: string | null
  unread_count: number
}

/**
 * Who reads the documents library: a member (or a secure link, without member) of an account, limited to
 * some sites or not. A site-limited reader sees everyone's and their account's documents, and those of their
 * sites and of the machines at their sites (`equipment_ids`, resolved by the caller from the fleet).
 */
export type DocumentReader = { account_id: string; member_id: string | null; site_ids: string[] | null; equipment_ids: string[] | null }

/** The one documents list: clients (a reader: visibility, "new" flags) and staff (no reader: every document). */
export type DocumentListFilter = {
  reader?: DocumentReader
  id?: string
  account_id?: string
  audience?: DocumentAudience
  category?: DocumentCategory
  site_id?: string
  equipment_id?: string
  q?: string
  /** Only documents whose current version the reader has not opened. */
  only_new?: boolean
  order?: string
  limit: number
  offset: number
}

export type DocumentRow = {
  id: string
  title: string
  description: string | null
  category: DocumentCategory
  audience: DocumentAudience
  account_id: string | null
  site_id: string | null
  equipment_id: string | null
  current_version: number
  current_version_id: string
  valid_from: Date | null
  valid_until: Date | null
  published_at: Date | null
  /** When the current version was published. */
  version_at: Date
  file_id: string
  file_name: string
  mime_type: string
  size: number
  is_new: boolean
  /** Members who opened the current version (staff's list). */
  read_count: number
}

const DOCUMENT_ORDERS: Record<string, string> = {
  title: "d.title",
  category: "d.category",
  published_at: "d.published_at",
  updated_at: "v.created_at",
  valid_until: "d.valid_until",
}
export const DOCUMENT_SORTABLE = Object.keys(DOCUMENT_ORDERS)

const TICKET_ORDERS: Record<string, string> = {
  created_at: "t.created_at",
  updated_at: "t.updated_at",
  sla_due_at: "t.sla_due_at",
  number: "t.number",
  priority: "array_position(array['urgent','high','normal','low']::text[], t.priority::text)",
  status: "t.status",
  last_message_at: "th.last_message_at",
}
export const TICKET_SORTABLE = Object.keys(TICKET_ORDERS)

/**
 * A site-limited member's threads: those of their sites, and announcements and conversations to the whole
 * account (which carry no site); a ticket without a site is account-wide and outside their scope.
 */
const visibleThreads = (q: Knex.QueryBuilder, siteIds: string[]) =>
  q.whereIn("t.site_id", siteIds).orWhere((inner) => inner.whereNull("t.site_id").whereNot("t.kind", "ticket"))

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`)

type RawManager = { getTransactionContext(): Knex | undefined; getKnex(): Knex }

export const knexOf = (context: Context): Knex => {
  const manager = (context.transactionManager ?? context.manager) as RawManager
  return manager.getTransactionContext() ?? manager.getKnex()
}

class SupportModuleService extends MedusaService({
  TicketCategory,
  RoutingRule,
  Ticket,
  Thread,
  Message,
  MessageReceipt,
  Attachment,
  ChangeRequest,
  ChangeRequestField,
  ChangeAuditEntry,
  SharedDocument,
  DocumentVersion,
  DocumentRead,
  ClientNotification,
  NotificationPreference,
}) {
  /**
   * The next ticket number ("T-10001"…), from a PostgreSQL sequence (see the module's migration), so two
   * tickets opened at the same instant never share or fight over a number.
   */
  @InjectManager()
  async nextTicketNumber(@MedusaContext() context: Context = {}): Promise<string> {
    const { rows } = (await knexOf(context).raw(`select nextval('support_ticket_number_seq') as n`)) as { rows: { n: string }[] }
    return `T-${rows[0].n}`
  }

  /** One page of tickets and the total, newest first unless `order` says otherwise. */
  @InjectManager()
  async listTicketRows(filter: TicketListFilter, @MedusaContext() context: Context = {}): Promise<{ rows: TicketRow[]; count: number }> {
    const knex = knexOf(context)
    const where = knex("support_ticket as t")
      .join("support_thread as th", "th.id", "t.thread_id")
      .whereNull("t.deleted_at")
    if (filter.account_id) where.where("t.account_id", filter.account_id)
    // A site-limited member sees the tickets of their sites only (an account-wide record is outside the scope).
    if (filter.site_ids?.length) where.whereIn("t.site_id", filter.site_ids)
    if (filter.status?.length) where.whereIn("t.status", filter.status)
    if (filter.category_id) where.where("t.category_id", filter.category_id)
    if (filter.assignee) {
      if (filter.assignee.id) where.where("t.assignee_id", filter.assignee.id)
      else where.whereNull("t.assignee_id")
    }
    if (filter.overdue) where.whereIn("t.status", [...ACTIVE_TICKET_STATUSES]).where("t.sla_due_at", "<", new Date())
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`
      where.where((q) => q.whereILike("t.subject", like).orWhereILike("t.number", like))
    }
    const [{ count }] = (await where.clone().count({ count: "*" })) as { count: string }[]
    const order = filter.order ?? "-created_at"
    const column = TICKET_ORDERS[order.replace(/^-/, "")] ?? TICKET_ORDERS.created_at
    const unread = filter.reader_member_id
      ? knex.raw(
          `(select count(*)::int from support_message_receipt r where r.thread_id = t.thread_id and r.member_id = ? and r.read_at is null and r.deleted_at is null)`,
          [filter.reader_member_id]
        )
      : knex.raw("0")
    const rows = (await where
      .clone()
      .leftJoin("support_ticket_category as c", "c.id", "t.category_id")
      .select(
        "t.id", "t.number", "t.account_id", "t.site_id", "t.equipment_id", "t.subject", "t.status", "t.priority", "t.assignee_id",
        "t.sla_due_at", "t.thread_id", "t.opened_by_name", "t.category_id", "t.created_at", "t.updated_at",
        "c.name as category_name", "c.description as category_description", "c.translations as category_translations", "th.last_message_at",
        knex.raw(`${unread.toQuery()} as unread_count`)
      )
      .orderByRaw(`${column} ${order.startsWith("-") ? "desc" : "asc"} nulls last, t.id`)
      .limit(filter.limit)
      .offset(filter.offset)) as TicketRow[]
    return { rows, count: Number(count) }
  }

  /**
   * A member's inbox: the threads of their account they may see (their sites, addressed to them), the most
   * recent first, with unread counts from their receipts; their unread total; and which threads of the page
   * hold receipts not yet delivered to them (what showing the page has to mark). A reader without a member
   * (a secure link) has no receipts: every count is 0.
   *
   * One statement, as the inbox is read on every portal page: the page is cut from the account's threads
   * with the total beside it (`count(*) over ()`), then only the page's rows look up their receipts and last
   * message through the receipts' and messages' indexes, and the unread total is evaluated once.
   */
  @InjectManager()
  async inbox(
    reader: ThreadReader,
    page: { kind?: ThreadKind; unread?: boolean; limit: number; offset: number },
    @MedusaContext() context: Context = {}
  ): Promise<{ rows: InboxRow[]; count: number; unread_count: number; undelivered_thread_ids: string[] }> {
    const knex = knexOf(context)
    const member = reader.member_id ?? ""
    const where = knex("support_thread as t").where("t.account_id", reader.account_id).whereNull("t.deleted_at")
    if (reader.site_ids?.length) where.where((q) => visibleThreads(q, reader.site_ids!))
    where.where((q) => q.whereRaw("cardinality(t.recipient_member_ids) = 0").orWhereRaw("? = any(t.recipient_member_ids)", [member]))
    if (page.kind) where.where("t.kind", page.kind)
    if (page.unread) {
      where.whereExists(
        knex("support_message_receipt as r").select(knex.raw("1")).whereRaw("r.thread_id = t.id").where("r.member_id", member).whereNull("r.read_at").whereNull("r.deleted_at")
      )
    }
    const newest = [{ column: "last_message_at", order: "desc" }, { column: "id", order: "desc" }] as const
    const threads = where
      .clone()
      .select("t.id", "t.kind", "t.subject", "t.site_id", "t.ticket_id", "t.last_message_at", knex.raw("count(*) over () as total"))
      .orderBy(newest.map(({ column, order }) => ({ column: `t.${column}`, order })))
      .limit(page.limit)
      .offset(page.offset)
    const unreadTotal = reader.member_id ? knex.raw("(?) as unread_total", [this.unreadReceipts(knex, reader).count({ count: "*" })]) : knex.raw("0 as unread_total")
    const found = (await knex
      .from(threads.as("p"))
      .select(
        "p.id", "p.kind", "p.subject", "p.site_id", "p.ticket_id", "p.last_message_at", "p.total",
        knex.raw(
          `(select count(*)::int from support_message_receipt r where r.thread_id = p.id and r.member_id = ? and r.read_at is null and r.deleted_at is null) as unread_count`,
          [member]
        ),
        knex.raw(
          `exists (select 1 from support_message_receipt r where r.thread_id = p.id and r.member_id = ? and r.delivered_at is null and r.deleted_at is null) as undelivered`,
          [member]
        ),
        knex.raw(
          `(select left(m.body, 160) from support_message m where m.thread_id = p.id and not m.internal and m.deleted_at is null order by m.created_at desc limit 1) as last_message_preview`
        ),
        unreadTotal
      )
      .orderBy(newest.map(({ column, order }) => ({ column: `p.${column}`, order })))) as (InboxRow & { total: string; undelivered: boolean; unread_total: string | number })[]
    if (!found.length) {
      // Nothing on this page: the total under the filters (0 unless the page is past the end) and the unread
      // total (which counts every kind) are read on their own.
      const [{ count }] = page.offset ? ((await where.clone().count({ count: "*" })) as { count: string }[]) : [{ count: "0" }]
      return { rows: [], count: Number(count), unread_count: await this.unreadCount(reader, context), undelivered_thread_ids: [] }
    }
    const rows = found.map(({ total: _total, undelivered: _undelivered, unread_total: _unreadTotal, ...row }) => row)
    return {
      rows,
      count: Number(found[0].total),
      unread_count: Number(found[0].unread_total),
      undelivered_thread_ids: found.filter((r) => r.undelivered).map((r) => r.id),
    }
  }

  /** Unread messages of a member in threads they may still see. */
  @InjectManager()
  async unreadCount(reader: ThreadReader, @MedusaContext() context: Context = {}): Promise<number> {
    if (!reader.member_id) return 0
    const [{ count }] = (await this.unreadReceipts(knexOf(context), reader).count({ count: "*" })) as { count: string }[]
    return Number(count)
  }

  /** A member's unread receipts in the threads of their account they may still see (their sites). */
  private unreadReceipts(knex: Knex, reader: ThreadReader): Knex.QueryBuilder {
    const query = knex("support_message_receipt as r")
      .join("support_thread as t", "t.id", "r.thread_id")
      .where("r.member_id", reader.member_id ?? "")
      .where("r.account_id", reader.account_id)
      .whereNull("r.read_at")
      .whereNull("r.deleted_at")
      .whereNull("t.deleted_at")
    if (reader.site_ids?.length) query.where((q) => visibleThreads(q, reader.site_ids!))
    return query
  }

  /**
   * Records that a member was shown (delivered) or opened (read) the messages of some threads: only
   * receipts still without that date change, so the first time counts and a repeat writes nothing. Answers
   * the receipts it dated, for a workflow to put back (`unmarkReceipts`).
   */
  @InjectTransactionManager()
  async recordReceipts(
    memberId: string,
    threadIds: string[],
    what: { read: boolean; via: "portal" | "email"; message_ids?: string[] },
    @MedusaContext() context: Context = {}
  ): Promise<MarkedReceipts> {
    if (!threadIds.length && !what.message_ids?.length) return { delivered: [], read: [] }
    const knex = knexOf(context)
    const now = new Date()
    const scoped = () => {
      const q = knex("support_message_receipt").where("member_id", memberId).whereNull("deleted_at")
      if (what.message_ids) q.whereIn("message_id", what.message_ids)
      else q.whereIn("thread_id", threadIds)
      return q
    }
    const delivered = (await scoped().whereNull("delivered_at").update({ delivered_at: now, delivered_via: what.via, updated_at: now }, ["id"])) as { id: string }[]
    const read = what.read ? ((await scoped().whereNull("read_at").update({ read_at: now, updated_at: now }, ["id"])) as { id: string }[]) : []
    return { delivered: delivered.map((r) => r.id), read: read.map((r) => r.id) }
  }

  /** Takes back the dates `recordReceipts` gave (a failed workflow's compensation). */
  @InjectTransactionManager()
  async unmarkReceipts(marked: MarkedReceipts, @MedusaContext() context: Context = {}): Promise<void> {
    const knex = knexOf(context)
    const now = new Date()
    if (marked.read.length) await knex("support_message_receipt").whereIn("id", marked.read).update({ read_at: null, updated_at: now })
    if (marked.delivered.length) await knex("support_message_receipt").whereIn("id", marked.delivered).update({ delivered_at: null, delivered_via: null, updated_at: now })
  }

  /**
   * One page of shared documents with their current version, and the total. A reader sees only published
   * documents still valid (or not yet valid: announced in advance) for everyone, their account, their sites
   * and their machines, with "new" where they have not opened the current version; `new_count` counts those
   * over the whole library the reader sees. Without a reader (staff), every document and its read count.
   */
  @InjectManager()
  async listDocumentRows(filter: DocumentListFilter, @MedusaContext() context: Context = {}): Promise<{ rows: DocumentRow[]; count: number; new_count: number }> {
    const knex = knexOf(context)
    const reader = filter.reader
    const member = reader?.member_id ?? null
    const unread = (q: Knex.QueryBuilder) =>
      q.whereNotExists(
        knex("support_document_read as r").select(knex.raw("1")).whereRaw("r.version_id = d.current_version_id").where("r.member_id", member ?? "").whereNull("r.deleted_at")
      )
    const visible = () => {
      const q = knex("support_document as d").join("support_document_version as v", "v.id", "d.current_version_id").whereNull("d.deleted_at").whereNull("v.deleted_at")
      if (!reader) return q
      q.whereNotNull("d.published_at").where((v) => v.whereNull("d.valid_until").orWhere("d.valid_until", ">=", new Date()))
      return q.where((who) =>
        who.where("d.audience", "all").orWhere((own) => {
          own.where("d.account_id", reader.account_id)
          if (reader.site_ids) {
            own.where((scope) =>
              scope
                .where("d.audience", "account")
                .orWhere((site) => site.where("d.audience", "site").whereIn("d.site_id", reader.site_ids!))
                .orWhere((machine) => machine.where("d.audience", "equipment").whereIn("d.equipment_id", reader.equipment_ids ?? []))
            )
          }
        })
      )
    }
    const where = visible()
    if (filter.id) where.where("d.id", filter.id)
    if (filter.account_id) where.where("d.account_id", filter.account_id)
    if (filter.audience) where.where("d.audience", filter.audience)
    if (filter.category) where.where("d.category", filter.category)
    if (filter.site_id) where.where("d.site_id", filter.site_id)
    if (filter.equipment_id) where.where("d.equipment_id", filter.equipment_id)
    if (filter.q) {
      const like = `%${escapeLike(filter.q)}%`
      where.where((q) => q.whereILike("d.title", like).orWhereILike("d.description", like).orWhereILike("v.name", like))
    }
    if (filter.only_new) {
      if (!member) where.whereRaw("false")
      else unread(where)
    }
    const [{ count }] = (await where.clone().count({ count: "*" })) as { count: string }[]
    let newCount = 0
    if (reader && member) {
      const [{ count: fresh }] = (await unread(visible()).count({ count: "*" })) as { count: string }[]
      newCount = Number(fresh)
    }
    const isNew = member
      ? knex.raw(`not exists (select 1 from support_document_read r where r.version_id = d.current_version_id and r.member_id = ? and r.deleted_at is null) as is_new`, [member])
      : knex.raw("false as is_new")
    const readCount = reader
      ? knex.raw("0 as read_count")
      : knex.raw(`(select count(*)::int from support_document_read r where r.version_id = d.current_version_id and r.deleted_at is null) as read_count`)
    const order = filter.order ?? "-published_at"
    const column = DOCUMENT_ORDERS[order.replace(/^-/, "")] ?? DOCUMENT_ORDERS.published_at
    const rows = (await where
      .clone()
      .select(
        "d.id", "d.title", "d.description", "d.category", "d.audience", "d.account_id", "d.site_id", "d.equipment_id", "d.current_version",
        "d.current_version_id", "d.valid_from", "d.valid_until", "d.published_at", "v.created_at as version_at", "v.file_id", "v.name as file_name",
        "v.mime_type", "v.size", isNew, readCount
      )
      .orderByRaw(`${column} ${order.startsWith("-") ? "desc" : "asc"} nulls last, d.id`)
      .limit(filter.limit)
      .offset(filter.offset)) as DocumentRow[]
    return { rows, count: Number(count), new_count: newCount }
  }

  /** A member opened a version of a document: the first time counts, a repeat writes nothing. */
  @InjectTransactionManager()
  async recordDocumentRead(
    read: { document_id: string; version_id: string; version: number; account_id: string; member_id: string; member_name: string | null },
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    const now = new Date()
    await knexOf(context).raw(
      `insert into support_document_read (id, document_id, version_id, version, account_id, member_id, member_name, read_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       on conflict (version_id, member_id) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "sdread"), read.document_id, read.version_id, read.version, read.account_id, read.member_id, read.member_name, now, now, now]
    )
  }

  /**
   * Writes staff's decisions on fields of a change request only if every one is still pending, under row
   * locks: the guarded transition of a decision. A field decided meanwhile (another reviewer) answers 409
   * and nothing is written.
   */
  @InjectTransactionManager()
  async decideChangeFields(
    changeRequestId: string,
    decisions: { field_id: string; decision: "approved" | "rejected"; reason: string | null; before: string | null }[],
    staffId: string | null,
    @MedusaContext() context: Context = {}
  ): Promise<void> {
    const knex = knexOf(context)
    const ids = decisions.map((d) => d.field_id)
    const rows = (await knex("support_change_request_field")
      .select("id", "field", "decision")
      .where("change_request_id", changeRequestId)
      .whereIn("id", ids)
      .whereNull("deleted_at")
      .forUpdate()) as { id: string; field: string; decision: string }[]
    const decided = rows.find((r) => r.decision !== "pending")
    if (decided) throw new MedusaError(MedusaError.Types.CONFLICT, `decisions.field_id: ${decided.field} was already ${decided.decision}`)
    if (rows.length !== ids.length) throw new MedusaError(MedusaError.Types.CONFLICT, "decisions.field_id: a field of this request no longer exists")
    const now = new Date()
    for (const d of decisions) {
      await knex("support_change_request_field")
        .where("id", d.field_id)
        .update({
          decision: d.decision,
          reason: d.reason,
          decided_by: staffId,
          decided_at: now,
          updated_at: now,
          ...(d.decision === "approved" ? { applied_value_before: d.before, applied_at: now } : {}),
        })
    }
  }

  /**
   * Moves a ticket to `to` only if its status is still one of `from` (under a row lock), writing `fields`
   * beside it. Answers the ticket as it was, or throws 409 when it had moved meanwhile.
   */
  @InjectTransactionManager()
  async moveTicket(
    id: string,
    from: readonly TicketStatus[],
    to: TicketStatus,
    fields: Record<string, unknown>,
    @MedusaContext() context: Context = {}
  ): Promise<Record<string, unknown> & { id: string; status: TicketStatus }> {
    const knex = knexOf(context)
    const columns = ["id", "status", ...Object.keys(fields)]
    const [before] = await knex("support_ticket").select(columns).where("id", id).whereIn("status", [...from]).whereNull("deleted_at").forUpdate()
    if (!before) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `status: the ticket is no longer ${from.join(" or ")}`)
    }
    await knex("support_ticket").where("id", id).update({ ...fields, status: to, updated_at: new Date() })
    return before
  }

  /** A member's notifications not yet read: the navigation's count. */
  @InjectManager()
  async countUnreadNotifications(memberId: string, accountId: string, @MedusaContext() context: Context = {}): Promise<number> {
    const [{ count }] = (await knexOf(context)("support_notification")
      .where({ member_id: memberId, account_id: accountId })
      .whereNull("read_at")
      .whereNull("deleted_at")
      .count({ count: "*" })) as { count: string }[]
    return Number(count)
  }

  /**
   * Marks a member's notifications read (`ids`, or all when null); only those still unread change, so a
   * repeat writes nothing. Answers the ids it marked, for a workflow to put back.
   */
  @InjectTransactionManager()
  async markNotificationsRead(memberId: string, accountId: string, ids: string[] | null, @MedusaContext() context: Context = {}): Promise<string[]> {
    const now = new Date()
    const query = knexOf(context)("support_notification").where({ member_id: memberId, account_id: accountId }).whereNull("read_at").whereNull("deleted_at")
    if (ids) query.whereIn("id", ids)
    const rows = (await query.update({ read_at: now, updated_at: now }, ["id"])) as { id: string }[]
    return rows.map((r) => r.id)
  }

  /** Puts notifications back to unread (a failed workflow's compensation). */
  @InjectTransactionManager()
  async markNotificationsUnread(ids: string[], @MedusaContext() context: Context = {}): Promise<void> {
    if (!ids.length) return
    await knexOf(context)("support_notification").whereIn("id", ids).update({ read_at: null, updated_at: new Date() })
  }
}

export default SupportModuleService
