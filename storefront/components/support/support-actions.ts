"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import {
  closeTicket,
  contactBusiness,
  markThreadRead,
  markTicketRead,
  openTicket,
  reopenTicket,
  replyToThread,
  replyToTicket,
  toUpload,
  type SupportFailure,
} from "@/lib/data/support"
import { attachmentProblem } from "./attachment-rules"
import { TICKET_PRIORITY_ORDER } from "./badges"
import type { SupportError, SupportFormState } from "./support-state"

/** The backend's limits (subject 200, text 10,000, reopening reason 2,000), checked here to answer next to the field. */
const MAX_SUBJECT = 200
const MAX_BODY = 10_000
const MAX_REASON = 2000

function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function filesOf(formData: FormData): File[] {
  return formData.getAll("attachments").filter((value): value is File => value instanceof File && value.size > 0)
}

/** Support pages, the dashboard's tiles and the navigation's unread counts show the change. */
function refreshSupportPages(): void {
  revalidatePath("/[locale]", "layout")
}

type Fail = (error: SupportError, field?: string | null, detail?: string | null) => SupportFormState

function failWith(previous: SupportFormState, values: Record<string, string>): Fail {
  return (error, field = null, detail = null) => ({ error, field, detail, done: false, version: previous.version + 1, values })
}

/** A refused upload names its field (`attachments.0.mime_type: …`); other refusals stay general. */
function fromFailure(fail: Fail, failure: SupportFailure): SupportFormState {
  if (failure.reason === "invalid") return fail("invalid", /attachments/.test(failure.message ?? "") ? "attachments" : null, failure.message ?? null)
  if (failure.reason === "conflict") return fail("conflict", null, failure.message ?? null)
  return fail(failure.reason)
}

function succeeded(previous: SupportFormState): SupportFormState {
  refreshSupportPages()
  return { error: null, field: null, detail: null, done: true, version: previous.version + 1, values: {} }
}

/** The message's text and files, or the first problem with them. */
async function messageParts(formData: FormData, fail: Fail) {
  const body = text(formData, "body")
  if (!body) return { failure: fail("body_required", "body") }
  if (body.length > MAX_BODY) return { failure: fail("too_long", "body") }
  const files = filesOf(formData)
  const problem = attachmentProblem(files)
  if (problem) return { failure: fail(problem.error, "attachments", problem.name) }
  return { body, attachments: await Promise.all(files.map(toUpload)) }
}

/** Opens a ticket, then goes to its page (the routing rules have already named who handles it). */
export async function openTicketAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const values = {
    category_id: text(formData, "category_id"),
    subject: text(formData, "subject"),
    body: text(formData, "body"),
    priority: text(formData, "priority"),
    site_id: text(formData, "site_id"),
    equipment_id: text(formData, "equipment_id"),
  }
  const fail = failWith(previous, values)
  if (!values.category_id) return fail("category_required", "category_id")
  if (!values.subject) return fail("subject_required", "subject")
  if (values.subject.length > MAX_SUBJECT) return fail("too_long", "subject")
  const parts = await messageParts(formData, fail)
  if (parts.failure) return parts.failure
  const priority = TICKET_PRIORITY_ORDER.find((p) => p === values.priority) ?? "normal"
  const result = await openTicket({
    category_id: values.category_id,
    subject: values.subject,
    description: parts.body,
    priority,
    site_id: values.site_id || null,
    equipment_id: values.equipment_id || null,
    attachments: parts.attachments,
  })
  if (!result.ok) return fromFailure(fail, result)
  refreshSupportPages()
  return redirect({ href: `/support/${result.ticket.id}`, locale: toLocale(text(formData, "locale")) })
}

export async function replyTicketAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const fail = failWith(previous, { body: text(formData, "body") })
  const parts = await messageParts(formData, fail)
  if (parts.failure) return parts.failure
  const result = await replyToTicket(text(formData, "ticket_id"), parts.body, parts.attachments)
  return result.ok ? succeeded(previous) : fromFailure(fail, result)
}

export async function closeTicketAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const result = await closeTicket(text(formData, "ticket_id"))
  return result.ok ? succeeded(previous) : fromFailure(failWith(previous, {}), result)
}

export async function reopenTicketAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const reason = text(formData, "reason")
  const fail = failWith(previous, { reason })
  if (reason.length > MAX_REASON) return fail("too_long", "reason")
  const result = await reopenTicket(text(formData, "ticket_id"), reason)
  return result.ok ? succeeded(previous) : fromFailure(fail, result)
}

/** "Contact us": a new conversation with the business, then its page. */
export async function contactAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const values = { subject: text(formData, "subject"), body: text(formData, "body") }
  const fail = failWith(previous, values)
  if (!values.subject) return fail("subject_required", "subject")
  if (values.subject.length > MAX_SUBJECT) return fail("too_long", "subject")
  const parts = await messageParts(formData, fail)
  if (parts.failure) return parts.failure
  const result = await contactBusiness(values.subject, parts.body, parts.attachments)
  if (!result.ok) return fromFailure(fail, result)
  refreshSupportPages()
  return redirect({ href: `/messages/${result.message.id}`, locale: toLocale(text(formData, "locale")) })
}

export async function replyThreadAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const fail = failWith(previous, { body: text(formData, "body") })
  const parts = await messageParts(formData, fail)
  if (parts.failure) return parts.failure
  const result = await replyToThread(text(formData, "thread_id"), parts.body, parts.attachments)
  return result.ok ? succeeded(previous) : fromFailure(fail, result)
}

/**
 * The member has the ticket or conversation in front of them: its messages are read. Called from the
 * browser once the page is shown (never while rendering, so a prefetch marks nothing); a refusal (a
 * read-only session) changes nothing and shows nothing.
 */
export async function markOpenedAction(target: { ticketId: string } | { threadId: string }): Promise<boolean> {
  const answer = "ticketId" in target ? await markTicketRead(target.ticketId) : await markThreadRead(target.threadId)
  if (answer.ok) refreshSupportPages()
  return answer.ok
}
