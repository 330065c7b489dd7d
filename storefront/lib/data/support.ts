import "server-only"
import { cache } from "react"
import type {
  ChangeFormDto,
  StoreChangeRequest,
  StoreCreateChangeRequestBody,
  StoreDocument,
  StoreMessageDto,
  StoreThreadDetail,
  StoreThreadSummary,
  StoreTicketDetail,
  StoreTicketSummary,
  TicketCategoryDto,
  TicketPriority,
  UploadInput,
} from "@support/contract"
import { describeError, httpStatusOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

/**
 * The portal's side of the support domain (tickets, messages, change requests, shared documents).
 * The shapes are the API's own contract (src/modules/support/contract.ts), imported as types only, so the
 * portal and the admin read one definition.
 */
export type {
  AttachmentDto,
  ChangeFormDto,
  ChangeRequestStatus,
  DocumentCategory,
  StoreChangeRequest,
  StoreDocument,
  StoreMessageDto,
  StoreThreadDetail,
  StoreThreadSummary,
  StoreTicketDetail,
  StoreTicketSummary,
  TicketCategoryDto,
  TicketPriority,
  TicketStatus,
} from "@support/contract"

export const TICKETS_PAGE_SIZE = 20
export const INBOX_PAGE_SIZE = 20
export const DOCUMENTS_PAGE_SIZE = 30

type Query = Record<string, string | number>

async function get<T>(path: string, query: Query = {}): Promise<T> {
  return sdk.client.fetch<T>(path, { method: "GET", query, headers: await sessionHeaders(), cache: "no-store" })
}

/** A detail read, or null when the backend answers 404 (missing, or another account's: the same answer). */
async function getOrNull<T>(path: string): Promise<T | null> {
  try {
    return await get<T>(path)
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
}

const id = (value: string) => encodeURIComponent(value)

// ------------------------------------------------------------------------------------------- tickets

export type TicketFilters = { status?: string; category_id?: string; q?: string; offset?: number; limit?: number }
export type TicketList = { tickets: StoreTicketSummary[]; count: number; offset: number; limit: number }

export const listTickets = cache(async (filters: TicketFilters = {}): Promise<TicketList> => {
  // No `order`: the route keeps its own (it refused `-updated_at` with a 400 in the browser test).
  const query: Query = { limit: filters.limit ?? TICKETS_PAGE_SIZE, offset: filters.offset ?? 0 }
  if (filters.status) query.status = filters.status
  if (filters.category_id) query.category_id = filters.category_id
  if (filters.q) query.q = filters.q
  return get<TicketList>("/store/portal/tickets", query)
})

export const listTicketCategories = cache(async (): Promise<TicketCategoryDto[]> => {
  const { ticket_categories } = await get<{ ticket_categories: TicketCategoryDto[] }>("/store/portal/ticket-categories", { limit: 100 })
  return ticket_categories
})

/** One ticket with its thread; reading it writes nothing (`markTicketRead` records the member opening it). */
export const retrieveTicket = cache(async (ticketId: string): Promise<StoreTicketDetail | null> => {
  const answer = await getOrNull<{ ticket: StoreTicketDetail }>(`/store/portal/tickets/${id(ticketId)}`)
  return answer?.ticket ?? null
})

// ------------------------------------------------------------------------------------------ messages

export type InboxList = { messages: StoreThreadSummary[]; count: number; offset: number; limit: number; unread_count: number }

export const listInbox = cache(async (unreadOnly: boolean, offset: number = 0, limit: number = INBOX_PAGE_SIZE): Promise<InboxList> => {
  const query: Query = { limit, offset }
  if (unreadOnly) query.unread = "true"
  return get<InboxList>("/store/portal/messages", query)
})

/** One conversation; reading it writes nothing (`markThreadRead` records the member opening it). */
export const retrieveThread = cache(async (threadId: string): Promise<StoreThreadDetail | null> => {
  const answer = await getOrNull<{ message: StoreThreadDetail }>(`/store/portal/messages/${id(threadId)}`)
  return answer?.message ?? null
})

export type UnreadCounts = { messages: number }

/**
 * What the navigation shows beside "Messages": the inbox's own unread count (one row), asked once per
 * request for the shell and the dashboard. The navigation can live without it: a failing route shows no
 * count rather than an error page.
 */
export const getUnreadCounts = cache(async (withMessages: boolean): Promise<UnreadCounts> => {
  if (!withMessages) return { messages: 0 }
  try {
    return { messages: (await get<{ unread_count: number }>("/store/portal/messages", { limit: 1, offset: 0 })).unread_count }
  } catch (error) {
    console.warn(`[portal] unread count of messages: ${describeError(error)}`)
    return { messages: 0 }
  }
})

// ------------------------------------------------------------------------------------ change requests

export type ChangeRequestList = { change_requests: StoreChangeRequest[]; count: number; offset: number; limit: number }

export const listChangeRequests = cache(async (offset: number = 0, limit: number = 20): Promise<ChangeRequestList> =>
  get<ChangeRequestList>("/store/portal/change-requests", { limit, offset })
)

export const getChangeForm = cache(async (): Promise<ChangeFormDto> => (await get<{ form: ChangeFormDto }>("/store/portal/change-request-form")).form)

// ------------------------------------------------------------------------------------------ documents

export type DocumentFilters = { category?: string; q?: string; isNew?: boolean; site_id?: string; offset?: number; limit?: number }
export type DocumentList = { documents: StoreDocument[]; count: number; offset: number; limit: number; new_count: number }

export const listDocuments = cache(async (filters: DocumentFilters = {}): Promise<DocumentList> => {
  const query: Query = { limit: filters.limit ?? DOCUMENTS_PAGE_SIZE, offset: filters.offset ?? 0 }
  if (filters.category) query.category = filters.category
  if (filters.q) query.q = filters.q
  if (filters.site_id) query.site_id = filters.site_id
  if (filters.isNew) query.new = "true"
  return get<DocumentList>("/store/portal/documents", query)
})

// ------------------------------------------------------------------------------------------ mutations

/**
 * Why a support action failed. `invalid` carries the backend's 400 message, which names the field
 * (`attachments.0.mime_type: …`), shown under a translated heading.
 */
export type SupportFailure =
  | { reason: "forbidden" }
  | { reason: "not_found" }
  | { reason: "invalid"; message: string | undefined }
  | { reason: "conflict"; message: string | undefined }
  | { reason: "unavailable" }

export type SupportResult<T> = ({ ok: true } & T) | ({ ok: false } & SupportFailure)

async function post<T>(path: string, body: object, step: string): Promise<SupportResult<T>> {
  try {
    const answer = await sdk.client.fetch<T>(path, { method: "POST", body, headers: await sessionHeaders(), cache: "no-store" })
    return { ok: true, ...answer }
  } catch (error) {
    const status = httpStatusOf(error)
    const message = error instanceof Error ? error.message : undefined
    if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
    if (status === 404) return { ok: false, reason: "not_found" }
    if (status === 409) return { ok: false, reason: "conflict", message }
    if (status !== undefined && status >= 400 && status < 500) return { ok: false, reason: "invalid", message }
    console.warn(`[portal] ${step} failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

/** A browser's File as the API takes it: JSON with the bytes in base64. */
export async function toUpload(file: File): Promise<UploadInput> {
  return {
    filename: file.name || "attachment",
    mime_type: file.type || "application/octet-stream",
    content: Buffer.from(await file.arrayBuffer()).toString("base64"),
  }
}

export type OpenTicketInput = {
  category_id: string
  subject: string
  description: string
  priority: TicketPriority
  site_id: string | null
  equipment_id: string | null
  attachments: UploadInput[]
}

export function openTicket(input: OpenTicketInput) {
  const body = { ...input, attachments: input.attachments.length ? input.attachments : undefined }
  return post<{ ticket: StoreTicketDetail }>("/store/portal/tickets", body, "ticket opening")
}

export function replyToTicket(ticketId: string, body: string, attachments: UploadInput[]) {
  return post<{ message: StoreMessageDto }>(
    `/store/portal/tickets/${id(ticketId)}/messages`,
    { body, ...(attachments.length ? { attachments } : {}) },
    "ticket reply"
  )
}

export function closeTicket(ticketId: string) {
  return post<{ ticket: StoreTicketDetail }>(`/store/portal/tickets/${id(ticketId)}/close`, {}, "ticket closing")
}

export function reopenTicket(ticketId: string, reason: string) {
  return post<{ ticket: StoreTicketDetail }>(`/store/portal/tickets/${id(ticketId)}/reopen`, reason ? { reason } : {}, "ticket reopening")
}

export function contactBusiness(subject: string, body: string, attachments: UploadInput[]) {
  return post<{ message: StoreThreadDetail }>(
    "/store/portal/messages",
    { subject, body, ...(attachments.length ? { attachments } : {}) },
    "contact message"
  )
}

export function replyToThread(threadId: string, body: string, attachments: UploadInput[]) {
  return post<{ message: StoreMessageDto }>(
    `/store/portal/messages/${id(threadId)}/replies`,
    { body, ...(attachments.length ? { attachments } : {}) },
    "message reply"
  )
}

export function markTicketRead(ticketId: string) {
  return post<{ ticket: StoreTicketDetail }>(`/store/portal/tickets/${id(ticketId)}/read`, {}, "ticket read mark")
}

export function markThreadRead(threadId: string) {
  return post<{ message: StoreThreadDetail }>(`/store/portal/messages/${id(threadId)}/read`, {}, "message read mark")
}

export function createChangeRequest(body: StoreCreateChangeRequestBody) {
  return post<{ change_request: StoreChangeRequest }>("/store/portal/change-requests", body, "change request")
}

// ---------------------------------------------------------------------------------------------- files

/**
 * The backend routes that serve the domain's private files, as the portal's file route may ask for them:
 * nothing else is ever proxied.
 */
const FILE_PATHS = [
  /^tickets\/[\w-]+\/attachments\/[\w-]+$/,
  /^messages\/[\w-]+\/attachments\/[\w-]+$/,
  /^documents\/[\w-]+\/file$/,
] as const

/** `url` of an AttachmentDto ("/store/portal/tickets/…") → the portal's own address that streams it. */
export function portalFileHref(url: string): string {
  const path = url.replace(/^.*\/store\/portal\//, "")
  return `/api/support/${path}`
}

/** A private file of the domain, fetched with the client's token; null for any path outside FILE_PATHS. */
export async function fetchSupportFile(path: string, token: string): Promise<Response | null> {
  if (!FILE_PATHS.some((pattern) => pattern.test(path))) return null
  const base = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  return fetch(new URL(`/store/portal/${path}`, base), {
    headers: { authorization: `Bearer ${token}`, ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}) },
    cache: "no-store",
  })
}
