/**
 * The support domain's contract between the API and its two clients (the portal and the admin): statuses,
 * the shapes the routes answer and the route list. Plain TypeScript with no server imports, so both sides
 * import it. Dates are ISO strings in UTC. Lists answer `{ <plural>: [...], count, offset, limit }`.
 */
export * from "./statuses"
export type { SupportSettings } from "./settings"
import type {
  AuthorType,
  ChangeRequestStatus,
  ChangeTarget,
  DeliveryChannel,
  DocumentAudience,
  DocumentCategory,
  FieldDecision,
  NotificationChannel,
  ThreadKind,
  TicketPriority,
  TicketStatus,
} from "./statuses"

export type ListAnswer = { count: number; offset: number; limit: number }

/** What an upload sends in JSON: the file's bytes in base64 (see ATTACHMENT_TYPES and the size setting). */
export type UploadInput = { filename: string; mime_type: string; content: string }

/** A private file: `url` is the route that serves it to those allowed (GET, the session's token). */
export type AttachmentDto = { id: string; name: string; mime_type: string; size: number; url: string }

// ---------------------------------------------------------------------------------------------- tickets
export type TicketCategoryDto = { id: string; name: string; description: string | null }
/** A category's name and description in another language; what is left empty reads the default. */
export type TicketCategoryTranslation = { name?: string | null; description?: string | null }
/** By language (`fr`, `it`, `sk`): the business writes one text per language, not per country. */
export type TicketCategoryTranslations = Partial<Record<string, TicketCategoryTranslation>>

export type StoreTicketSummary = {
  id: string
  number: string
  subject: string
  status: TicketStatus
  priority: TicketPriority
  category: TicketCategoryDto | null
  site_id: string | null
  equipment_id: string | null
  sla_due_at: string | null
  /** Messages in the ticket's thread the caller has not read. */
  unread_count: number
  last_message_at: string | null
  created_at: string
  updated_at: string
}

/** One message as a client sees it (internal notes are never sent to clients). */
export type StoreMessageDto = {
  id: string
  author_type: AuthorType
  author_name: string | null
  /** The message is the caller's own. */
  mine: boolean
  body: string
  attachments: AttachmentDto[]
  created_at: string
  /** The caller's own receipt, when the message was addressed to them. */
  read_at: string | null
}

export type StoreTicketDetail = StoreTicketSummary & {
  description: string
  thread_id: string
  opened_by_name: string | null
  resolved_at: string | null
  closed_at: string | null
  /** Until when the client may reopen it (resolved or closed tickets), else null. */
  reopen_until: string | null
  can_reply: boolean
  can_close: boolean
  can_reopen: boolean
  messages: StoreMessageDto[]
  /** Every attachment of the thread, flat (also inside `messages`). */
  attachments: AttachmentDto[]
}

/** POST /store/portal/tickets */
export type StoreOpenTicketBody = {
  category_id: string
  subject: string
  description: string
  priority?: TicketPriority
  site_id?: string | null
  equipment_id?: string | null
  attachments?: UploadInput[]
}
/** POST /store/portal/tickets/:id/messages (and /store/portal/messages/:id/replies) */
export type StoreReplyBody = { body: string; attachments?: UploadInput[] }

// --------------------------------------------------------------------------------------------- messages
/** One thread in a member's inbox (GET /store/portal/messages answers `{ messages: [...], unread_count }`). */
export type StoreThreadSummary = {
  id: string
  kind: ThreadKind
  subject: string
  site_id: string | null
  ticket_id: string | null
  last_message_at: string
  last_message_preview: string | null
  unread_count: number
}

export type StoreThreadDetail = StoreThreadSummary & {
  messages: StoreMessageDto[]
  attachments: AttachmentDto[]
}

/** POST /store/portal/messages: "contact us", a new conversation with the business. */
export type StoreContactBody = { subject: string; body: string; attachments?: UploadInput[] }

/** Per recipient, what staff see of a message. */
export type ReceiptDto = {
  member_id: string
  member_name: string | null
  delivered_at: string | null
  delivered_via: DeliveryChannel | null
  read_at: string | null
}

export type AdminMessageDto = {
  id: string
  author_type: AuthorType
  author_id: string | null
  author_name: string | null
  body: string
  internal: boolean
  attachments: AttachmentDto[]
  receipts: ReceiptDto[]
  created_at: string
}

export type AdminTicketSummary = StoreTicketSummary & {
  account_id: string
  account_name: string | null
  assignee_id: string | null
  overdue: boolean
  opened_by_name: string | null
}

export type AdminTicketDetail = AdminTicketSummary & {
  description: string
  thread_id: string
  resolved_at: string | null
  closed_at: string | null
  reopened_count: number
  messages: AdminMessageDto[]
}

/** GET /admin/portal/tickets?view=mine|unassigned|all&status=&category_id=&overdue=true&q= */
export type AdminTicketView = "mine" | "unassigned" | "all"
/** POST /admin/portal/tickets/:id/messages */
export type AdminReplyBody = { body: string; internal?: boolean; attachments?: UploadInput[]; status?: TicketStatus }
/** POST /admin/portal/tickets/:id */
export type AdminUpdateTicketBody = { status?: TicketStatus; priority?: TicketPriority; assignee_id?: string | null; category_id?: string }

/** POST /admin/portal/accounts/:id/announcements */
export type AdminAnnouncementBody = { subject: string; body: string; member_ids?: string[]; attachments?: UploadInput[] }

export type AdminThreadDetail = {
  id: string
  kind: ThreadKind
  subject: string
  account_id: string
  recipient_member_ids: string[]
  last_message_at: string
  messages: AdminMessageDto[]
}

export type AdminTicketCategory = TicketCategoryDto & {
  translations: TicketCategoryTranslations
  default_assignee_id: string | null
  rank: number
  active: boolean
  routing_rules: { id: string; site_id: string | null; priority: TicketPriority | null; assignee_id: string }[]
}

// ------------------------------------------------------------------------------------ change requests
export type ChangeFieldDto = {
  id: string
  field: string
  current_value: string | null
  proposed_value: string | null
  decision: FieldDecision
  reason: string | null
  decided_at: string | null
  applied_at: string | null
}

export type StoreChangeRequest = {
  id: string
  target: ChangeTarget
  site_id: string | null
  status: ChangeRequestStatus
  note: string | null
  requested_by_name: string | null
  decided_at: string | null
  created_at: string
  fields: ChangeFieldDto[]
}

/** GET /store/portal/change-request-form: what the form shows (current values, locked flags). */
export type ChangeFormDto = {
  account: { field: string; current_value: string | null; locked: boolean }[]
  sites: { site_id: string; name: string; fields: { field: string; current_value: string | null; locked: boolean }[] }[]
}

/** POST /store/portal/change-requests */
export type StoreCreateChangeRequestBody = {
  target: ChangeTarget
  site_id?: string | null
  note?: string | null
  fields: { field: string; proposed_value: string | null }[]
}

export type AuditEntryDto = {
  id: string
  action: "requested" | "approved" | "rejected" | "applied"
  field: string | null
  old_value: string | null
  new_value: string | null
  reason: string | null
  actor_type: "member" | "staff"
  actor_id: string | null
  created_at: string
}

export type AdminChangeRequest = StoreChangeRequest & {
  account_id: string
  account_name: string | null
  requested_by_member_id: string | null
  decided_by: string | null
  audit: AuditEntryDto[]
}

/** POST /admin/portal/change-requests/:id/decide */
export type AdminDecideChangeRequestBody = { decisions: { field_id: string; decision: "approved" | "rejected"; reason?: string | null }[] }

// ------------------------------------------------------------------------------------------ documents
/**
 * A shared document as a client sees it: clients see published documents still valid (or valid from a later
 * date) for everyone, their account, their sites and the machines at their sites. `site_id` of a machine's
 * document is the machine's site.
 */
export type StoreDocument = {
  id: string
  title: string
  description: string | null
  category: DocumentCategory
  audience: DocumentAudience
  site_id: string | null
  equipment_id: string | null
  version: number
  valid_from: string | null
  valid_until: string | null
  published_at: string | null
  /** When the current version was published. */
  updated_at: string
  /** The caller has not opened this version yet (always false for a session without a member). */
  is_new: boolean
  /** The current version's file; opening it through `url` records the read. */
  file: AttachmentDto
}

/** One row of staff's documents list. */
export type AdminDocumentSummary = Omit<StoreDocument, "is_new" | "file"> & {
  account_id: string | null
  /** Members who opened the current version. */
  read_count: number
}

export type AdminDocumentVersion = AttachmentDto & { version: number; note: string | null; created_at: string }

export type AdminDocument = AdminDocumentSummary & {
  /** Newest first; `url` serves that version's file to staff. */
  versions: AdminDocumentVersion[]
  /** Who read which version, the latest first. */
  reads: { member_id: string; member_name: string | null; version: number; read_at: string }[]
}

/** POST /admin/portal/documents */
export type AdminPublishDocumentBody = {
  title: string
  description?: string | null
  category: DocumentCategory
  audience: DocumentAudience
  account_id?: string | null
  site_id?: string | null
  equipment_id?: string | null
  valid_from?: string | null
  valid_until?: string | null
  file: UploadInput
  note?: string | null
}

/** POST /admin/portal/documents/:id (who it is for is set at publication: publish another document instead) */
export type AdminUpdateDocumentBody = {
  title?: string
  description?: string | null
  category?: DocumentCategory
  valid_from?: string | null
  valid_until?: string | null
}

/** POST /admin/portal/documents/:id/versions */
export type AdminDocumentVersionBody = { file: UploadInput; note?: string | null }

// -------------------------------------------------------------------------------------- notifications
/** One row of a member's notification centre; `link` is a portal page without the language (`/quotes/quo_1`). */
export type StoreNotification = {
  id: string
  /** A key of the client events registry (src/lib/notifications/declarations). */
  event: string
  title: string
  body: string | null
  link: string | null
  /** The site the event concerns, when it concerns one. */
  site_id: string | null
  read_at: string | null
  created_at: string
}

/** GET /store/portal/notification-preferences?locale= (Medusa's request locale) answers `{ notification_preferences: [...] }`, one per client event. */
export type NotificationPreferenceDto = {
  event: string
  /** The declaring domain (quotes, billing, support…): the preferences page groups by it. */
  domain: string
  channel: NotificationChannel
  default_channel: NotificationChannel
  /** The event's name in the asked language. */
  label: string
}
/** PUT /store/portal/notification-preferences: the events named change, the others keep their channel. */
export type StoreUpdatePreferencesBody = { preferences: { event: string; channel: NotificationChannel }[] }

// ---------------------------------------------------------------------------------------------- routes
export const SUPPORT_ROUTES = {
  store: {
    ticketCategories: "GET /store/portal/ticket-categories → { ticket_categories: TicketCategoryDto[] }",
    tickets: "GET /store/portal/tickets?status=&category_id=&site_id=&q=&limit=&offset=&order= → { tickets: StoreTicketSummary[], count, offset, limit }",
    openTicket: "POST /store/portal/tickets StoreOpenTicketBody → 201 { ticket: StoreTicketDetail }",
    ticket: "GET /store/portal/tickets/:id → { ticket: StoreTicketDetail } (writes nothing)",
    markTicketRead: "POST /store/portal/tickets/:id/read → { ticket: StoreTicketDetail } (the member opened it; 403 read-only)",
    replyTicket: "POST /store/portal/tickets/:id/messages StoreReplyBody → 201 { message: StoreMessageDto }",
    closeTicket: "POST /store/portal/tickets/:id/close → { ticket: StoreTicketDetail }",
    reopenTicket: "POST /store/portal/tickets/:id/reopen { reason? } → { ticket: StoreTicketDetail }",
    ticketAttachment: "GET /store/portal/tickets/:id/attachments/:attachmentId → the file",
    inbox: "GET /store/portal/messages?kind=&unread=true&limit=&offset= → { messages: StoreThreadSummary[], count, offset, limit, unread_count } (the navigation's unread count: ?limit=1)",
    contact: "POST /store/portal/messages StoreContactBody → 201 { message: StoreThreadDetail }",
    thread: "GET /store/portal/messages/:id → { message: StoreThreadDetail } (writes nothing)",
    markRead: "POST /store/portal/messages/:id/read → { message: StoreThreadDetail } (the member opened it; 403 read-only)",
    replyThread: "POST /store/portal/messages/:id/replies StoreReplyBody → 201 { message: StoreMessageDto }",
    threadAttachment: "GET /store/portal/messages/:id/attachments/:attachmentId → the file",
    changeForm: "GET /store/portal/change-request-form → { form: ChangeFormDto }",
    changeRequests: "GET /store/portal/change-requests?status= → { change_requests: StoreChangeRequest[], count, offset, limit }",
    createChangeRequest: "POST /store/portal/change-requests StoreCreateChangeRequestBody → 201 { change_request }",
    changeRequest: "GET /store/portal/change-requests/:id → { change_request: StoreChangeRequest }",
    documents: "GET /store/portal/documents?category=&q=&site_id=&equipment_id=&new=true&limit=&offset=&order= → { documents: StoreDocument[], count, offset, limit, new_count }",
    document: "GET /store/portal/documents/:id → { document: StoreDocument }",
    documentFile: "GET /store/portal/documents/:id/file → the current version's file (records the member's read of that version: the badge goes)",
    notifications: "GET /store/portal/notifications?unread=true|false&limit=&offset= → { notifications: StoreNotification[], count, offset, limit, unread_count } (the navigation's count: ?limit=1)",
    readNotification: "POST /store/portal/notifications/:id/read → { notification: StoreNotification, unread_count }",
    readNotifications: "POST /store/portal/notifications/read (every unread one) → { marked, unread_count }",
    preferences: "GET /store/portal/notification-preferences?locale= → { notification_preferences: NotificationPreferenceDto[] }",
    updatePreferences: "PUT /store/portal/notification-preferences StoreUpdatePreferencesBody → { notification_preferences } (unknown event or channel: 400 naming it; read-only sessions: 403)",
  },
  admin: {
    tickets: "GET /admin/portal/tickets?view=&status=&category_id=&account_id=&overdue=&q= → { tickets: AdminTicketSummary[], count, offset, limit }",
    ticket: "GET /admin/portal/tickets/:id → { ticket: AdminTicketDetail }",
    updateTicket: "POST /admin/portal/tickets/:id AdminUpdateTicketBody → { ticket }",
    replyTicket: "POST /admin/portal/tickets/:id/messages AdminReplyBody → 201 { message: AdminMessageDto }",
    ticketAttachment: "GET /admin/portal/tickets/:id/attachments/:attachmentId → the file",
    categories: "GET|POST /admin/portal/ticket-categories, POST|DELETE /admin/portal/ticket-categories/:id → { ticket_category: AdminTicketCategory }",
    threads: "GET /admin/portal/threads?account_id=&kind= → { threads }, GET /admin/portal/threads/:id → { thread: AdminThreadDetail }, POST /admin/portal/threads/:id/messages AdminReplyBody → 201 { thread }",
    announce: "POST /admin/portal/accounts/:id/announcements AdminAnnouncementBody → 201 { thread: AdminThreadDetail }",
    changeRequests: "GET /admin/portal/change-requests?status=&account_id= → { change_requests: AdminChangeRequest[] }",
    changeRequest: "GET /admin/portal/change-requests/:id → { change_request: AdminChangeRequest }",
    decide: "POST /admin/portal/change-requests/:id/decide AdminDecideChangeRequestBody → { change_request }",
    documents: "GET /admin/portal/documents?category=&audience=&account_id=&q=&limit=&offset=&order= → { documents: AdminDocumentSummary[], count, offset, limit }",
    publishDocument: "POST /admin/portal/documents AdminPublishDocumentBody → 201 { document: AdminDocument }",
    document: "GET /admin/portal/documents/:id → { document: AdminDocument }",
    updateDocument: "POST /admin/portal/documents/:id AdminUpdateDocumentBody → { document: AdminDocument }",
    deleteDocument: "DELETE /admin/portal/documents/:id → { id, object: \"support_document\", deleted: true }",
    documentVersion: "POST /admin/portal/documents/:id/versions AdminDocumentVersionBody → 201 { document: AdminDocument }",
    documentVersionFile: "GET /admin/portal/documents/:id/versions/:versionId/file → that version's file",
  },
} as const

/** Attachments accepted on messages and documents (see src/lib/files/file-types.ts DOCUMENT_FILE_TYPES). */
export const ATTACHMENTS_PER_MESSAGE_MAX = 5
