import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminAnnouncementBody,
  AdminChangeRequest,
  AdminDecideChangeRequestBody,
  AdminDocument,
  AdminDocumentSummary,
  AdminDocumentVersionBody,
  AdminPublishDocumentBody,
  AdminMessageDto,
  AdminReplyBody,
  AdminThreadDetail,
  AdminTicketCategory,
  AdminTicketDetail,
  AdminTicketSummary,
  AdminTicketView,
  AdminUpdateTicketBody,
  TicketCategoryTranslations,
  TicketPriority,
  UploadInput,
} from "../../../modules/support/contract"
import { sdk } from "../../lib/sdk"

/** The support domain's admin calls. Shapes and lists come from the API's contract, the one source. */
export * from "../../../modules/support/statuses"
export type * from "../../../modules/support/contract"
export { ATTACHMENTS_PER_MESSAGE_MAX } from "../../../modules/support/contract"

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

const KEY = "portal-support"
const base = "/admin/portal"

/** Drops empty filters, so the query key and the URL only carry what was chosen. */
const compact = (filters: object) => Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))

// -------------------------------------------------------------------------------------------- tickets

export type TicketFilters = {
  view: AdminTicketView
  status?: string
  category_id?: string
  account_id?: string
  overdue?: "true"
  q?: string
  limit: number
  offset: number
}

export function useTickets(filters: TicketFilters) {
  const query = compact(filters)
  return useQuery({
    queryKey: [KEY, "tickets", query],
    queryFn: () => sdk.client.fetch<List<"tickets", AdminTicketSummary>>(`${base}/tickets`, { query }),
    placeholderData: keepPreviousData,
  })
}

export function useTicket(id: string) {
  return useQuery({
    queryKey: [KEY, "tickets", id],
    queryFn: () => sdk.client.fetch<{ ticket: AdminTicketDetail }>(`${base}/tickets/${id}`),
    select: (data) => data.ticket,
    enabled: !!id,
    // Read receipts change while staff look at the ticket ("read by Claire" appears without a reload).
    refetchInterval: 30_000,
  })
}

/** Every support write refreshes every support query: lists, details and counts agree. */
function useSupportMutation<TBody, TResult>(path: string, method: "POST" | "DELETE" = "POST") {
  const queryClient = useQueryClient()
  return useMutation<TResult, FetchError, TBody>({
    mutationFn: (body) => sdk.client.fetch<TResult>(path, { method, body: method === "POST" ? (body ?? {}) : undefined }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  })
}

export const useUpdateTicket = (id: string) => useSupportMutation<AdminUpdateTicketBody, { ticket: AdminTicketDetail }>(`${base}/tickets/${id}`)
export const useReplyToTicket = (id: string) => useSupportMutation<AdminReplyBody, { message: AdminMessageDto }>(`${base}/tickets/${id}/messages`)

// ----------------------------------------------------------------------------------------- categories

export type TicketCategoryBody = {
  name: string
  description?: string | null
  translations?: TicketCategoryTranslations | null
  default_assignee_id?: string | null
  rank?: number
  active?: boolean
  routing_rules?: { site_id: string | null; priority: TicketPriority | null; assignee_id: string }[]
}

export function useTicketCategories() {
  return useQuery({
    queryKey: [KEY, "categories"],
    queryFn: () => sdk.client.fetch<List<"ticket_categories", AdminTicketCategory>>(`${base}/ticket-categories`, { query: { limit: 100 } }),
    select: (data) => data.ticket_categories,
  })
}

export const useCreateTicketCategory = () =>
  useSupportMutation<TicketCategoryBody, { ticket_category: AdminTicketCategory }>(`${base}/ticket-categories`)
export const useUpdateTicketCategory = (id: string) =>
  useSupportMutation<TicketCategoryBody, { ticket_category: AdminTicketCategory }>(`${base}/ticket-categories/${id}`)
export const useDeleteTicketCategory = (id: string) => useSupportMutation<void, unknown>(`${base}/ticket-categories/${id}`, "DELETE")

// ---------------------------------------------------------------------------------- threads, announcements

export function useAccountThreads(accountId: string, kind?: string) {
  const query = compact({ account_id: accountId, kind, limit: 20, offset: 0 })
  return useQuery({
    queryKey: [KEY, "threads", query],
    queryFn: () => sdk.client.fetch<List<"threads", AdminThreadDetail>>(`${base}/threads`, { query }),
    select: (data) => data.threads,
    enabled: !!accountId,
  })
}

export function useThread(id: string | null) {
  return useQuery({
    queryKey: [KEY, "threads", id],
    queryFn: () => sdk.client.fetch<{ thread: AdminThreadDetail }>(`${base}/threads/${id}`),
    select: (data) => data.thread,
    enabled: !!id,
  })
}

/** Staff's answer in a conversation a client started ("contact us") or under an announcement. */
export const useReplyToThread = (id: string) => useSupportMutation<AdminReplyBody, { thread: AdminThreadDetail }>(`${base}/threads/${id}/messages`)

export const useAnnounce = (accountId: string) =>
  useSupportMutation<AdminAnnouncementBody, { thread: AdminThreadDetail }>(`${base}/accounts/${accountId}/announcements`)

// ------------------------------------------------------------------------------------ change requests

export function useChangeRequests(filters: { status?: string; account_id?: string; limit: number; offset: number }) {
  const query = compact(filters)
  return useQuery({
    queryKey: [KEY, "change-requests", query],
    queryFn: () => sdk.client.fetch<List<"change_requests", AdminChangeRequest>>(`${base}/change-requests`, { query }),
    placeholderData: keepPreviousData,
  })
}

export function useChangeRequest(id: string) {
  return useQuery({
    queryKey: [KEY, "change-requests", id],
    queryFn: () => sdk.client.fetch<{ change_request: AdminChangeRequest }>(`${base}/change-requests/${id}`),
    select: (data) => data.change_request,
    enabled: !!id,
  })
}

export const useDecideChangeRequest = (id: string) =>
  useSupportMutation<AdminDecideChangeRequestBody, { change_request: AdminChangeRequest }>(`${base}/change-requests/${id}/decide`)

// ------------------------------------------------------------------------------------------ documents

export function useDocuments(filters: { category?: string; audience?: string; account_id?: string; q?: string; limit: number; offset: number }) {
  const query = compact(filters)
  return useQuery({
    queryKey: [KEY, "documents", query],
    queryFn: () => sdk.client.fetch<List<"documents", AdminDocumentSummary>>(`${base}/documents`, { query }),
    placeholderData: keepPreviousData,
  })
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: [KEY, "documents", id],
    queryFn: () => sdk.client.fetch<{ document: AdminDocument }>(`${base}/documents/${id}`),
    select: (data) => data.document,
    enabled: !!id,
  })
}

export const usePublishDocument = () => useSupportMutation<AdminPublishDocumentBody, { document: AdminDocument }>(`${base}/documents`)
export const useAddDocumentVersion = (id: string) => useSupportMutation<AdminDocumentVersionBody, { document: AdminDocument }>(`${base}/documents/${id}/versions`)
export const useWithdrawDocument = (id: string) => useSupportMutation<void, unknown>(`${base}/documents/${id}`, "DELETE")

// ----------------------------------------------------------------------------------------------- files

/** A browser file as the API takes it: JSON with the bytes in base64. */
export async function toUpload(file: File): Promise<UploadInput> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ""
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return { filename: file.name, mime_type: file.type || "application/octet-stream", content: btoa(binary) }
}

/** Opens a private file (an attachment, a document's version) with the staff session. */
export async function openPrivateFile(url: string, name: string): Promise<void> {
  const origin = import.meta.env.VITE_BACKEND_URL || ""
  const response = await fetch(`${origin}${url}`, { credentials: "include" })
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  const href = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = href
  link.download = name
  link.click()
  URL.revokeObjectURL(href)
}
