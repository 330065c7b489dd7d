import "server-only"
import { cache } from "react"
import {
  BOOKING_RULES,
  FIELD_SERVICE_ROUTES,
  INTERVENTION_STATUSES,
  type BookingRule,
  type InterventionStatus,
  type Slot,
  type StoreBookBody,
  type StoreIntervention,
  type StoreInterventionListResponse,
  type StoreInterventionType,
  type StoreInterventionTypeListResponse,
  type StoreRequestInterventionBody,
  type StoreSlotListResponse,
  type PortalActionRule,
  type StorePlanningResponse,
  type StoreRunPortalActionBody,
  type SurveyAnswers,
  PORTAL_ACTION_RULES,
} from "../../../src/modules/fieldService/contract"
import { backendPost, describeError, httpStatusOf, messageOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

// The domain's names and shapes come from the one contract the API, the admin and the portal share.
export { INTERVENTION_STATUSES, type StoreRunPortalActionBody, type PortalActionRule, type StorePlanningResponse, type SurveyAnswers, type BookingRule, type InterventionStatus, type Slot, type StoreIntervention, type StoreInterventionType, type StoreSlotListResponse }
export type InterventionListItem = StoreInterventionListResponse["interventions"][number]

const ROUTES = FIELD_SERVICE_ROUTES.store

export const INTERVENTIONS_PAGE_SIZE = 20

export type InterventionFilters = {
  status?: InterventionStatus
  site_id?: string
  equipment_id?: string
  /** Period, as calendar days "YYYY-MM-DD" (the backend compares the scheduled start, else the request date). */
  from?: string
  to?: string
  offset?: number
  limit?: number
}

async function fetchInterventions(filters: InterventionFilters): Promise<StoreInterventionListResponse> {
  const query: Record<string, string | number> = {
    limit: filters.limit ?? INTERVENTIONS_PAGE_SIZE,
    offset: filters.offset ?? 0,
    order: "-created_at",
  }
  if (filters.status) query.status = filters.status
  if (filters.site_id) query.site_id = filters.site_id
  if (filters.equipment_id) query.equipment_id = filters.equipment_id
  if (filters.from) query.from = new Date(`${filters.from}T00:00:00Z`).toISOString()
  // The whole last day of the period.
  if (filters.to) query.to = new Date(`${filters.to}T23:59:59.999Z`).toISOString()
  return sdk.client.fetch<StoreInterventionListResponse>(ROUTES.interventions, {
    method: "GET",
    query,
    headers: await sessionHeaders(),
    cache: "no-store",
  })
}

/** The interventions the session may see (the backend narrows them to the member's sites), filtered and paged. */
export const listInterventions = cache(
  (status?: InterventionStatus, site_id?: string, equipment_id?: string, from?: string, to?: string, offset?: number, limit?: number) =>
    fetchInterventions({ status, site_id, equipment_id, from, to, offset, limit })
)

/** One intervention, or null when it does not exist or is someone else's (the backend answers 404 for both). */
export const retrieveIntervention = cache(async (id: string): Promise<StoreIntervention | null> => {
  try {
    const { intervention } = await sdk.client.fetch<{ intervention: StoreIntervention }>(ROUTES.intervention(encodeURIComponent(id)), {
      method: "GET",
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return intervention
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

/** The types shown on the portal, with their texts rendered for the site and machine the form is about. */
export const listInterventionTypes = cache(async (site_id?: string, equipment_id?: string): Promise<StoreInterventionType[]> => {
  const query: Record<string, string> = {}
  if (site_id) query.site_id = site_id
  if (equipment_id) query.equipment_id = equipment_id
  const { intervention_types } = await sdk.client.fetch<StoreInterventionTypeListResponse>(ROUTES.types, {
    method: "GET",
    query,
    headers: await sessionHeaders(),
    cache: "no-store",
  })
  return intervention_types
})

/**
 * The booking assistant's slots for an intervention over the coming days, best first, or why the client may
 * not book or move it now (the rule and the backend's sentence; no slots then).
 */
export async function listSlots(id: string, from?: string, to?: string): Promise<StoreSlotListResponse> {
  const query: Record<string, string> = {}
  if (from) query.from = from
  if (to) query.to = to
  return sdk.client.fetch<StoreSlotListResponse>(ROUTES.slots(encodeURIComponent(id)), {
    method: "GET",
    query,
    headers: await sessionHeaders(),
    cache: "no-store",
  })
}

/**
 * What a write answered. A refusal carries the backend's own sentence and, for reschedule and cancel,
 * which rule refused it; a lost race for a slot carries fresh alternatives.
 */
export type InterventionWriteResult =
  | { ok: true; intervention: StoreIntervention }
  | { ok: false; reason: "invalid"; message: string | undefined }
  | { ok: false; reason: "refused"; rule: BookingRule | null; message: string | undefined }
  | { ok: false; reason: "conflict"; message: string | undefined; slots: Slot[] }
  | { ok: false; reason: "forbidden" | "not_found" | "unavailable" }

function ruleOf(body: unknown): BookingRule | null {
  if (typeof body !== "object" || body === null || !("rule" in body)) return null
  const { rule } = body
  return typeof rule === "string" && (BOOKING_RULES as readonly string[]).includes(rule) ? (rule as BookingRule) : null
}

function slotsOf(body: unknown): Slot[] {
  if (typeof body !== "object" || body === null || !("slots" in body) || !Array.isArray(body.slots)) return []
  return body.slots as Slot[]
}

/** A POST whose refusals matter to the client: kept raw, as the SDK drops the error's body. */
async function write(path: string, body: unknown, what: string): Promise<InterventionWriteResult> {
  try {
    const answer = await backendPost(path, body, await sessionHeaders())
    if (answer.status >= 200 && answer.status < 300) {
      const intervention = (answer.body as { intervention?: StoreIntervention } | null)?.intervention
      if (intervention) return { ok: true, intervention }
      return { ok: false, reason: "unavailable" }
    }
    const message = messageOf(answer.body)
    if (answer.status === 409) return { ok: false, reason: "conflict", message, slots: slotsOf(answer.body) }
    if (answer.status === 400) {
      const rule = ruleOf(answer.body)
      const type = (answer.body as { type?: unknown } | null)?.type
      if (rule || type === "not_allowed") return { ok: false, reason: "refused", rule, message }
      return { ok: false, reason: "invalid", message }
    }
    if (answer.status === 401 || answer.status === 403) return { ok: false, reason: "forbidden" }
    if (answer.status === 404) return { ok: false, reason: "not_found" }
    console.warn(`[portal] ${what} answered ${answer.status}: ${message ?? ""}`)
    return { ok: false, reason: "unavailable" }
  } catch (error) {
    console.warn(`[portal] ${what} failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

export const requestIntervention = (body: StoreRequestInterventionBody) => write(ROUTES.interventions, body, "intervention request")

export const bookSlot = (id: string, starts_at: string, technician_id: string) =>
  write(ROUTES.book(encodeURIComponent(id)), { starts_at, technician_id } satisfies StoreBookBody, "booking")

export const rescheduleIntervention = (id: string, starts_at: string, technician_id: string) =>
  write(ROUTES.reschedule(encodeURIComponent(id)), { starts_at, technician_id } satisfies StoreBookBody, "reschedule")

export const cancelIntervention = (id: string, reason: string | null) =>
  write(ROUTES.cancel(encodeURIComponent(id)), reason ? { reason } : {}, "cancellation")

/** The portal's own address of an intervention's calendar file (app/api/interventions streams it with the session). */
export const icsHref = (id: string) => `/api/interventions/${encodeURIComponent(id)}/ics`

/** The portal's own address of a done visit's report PDF (app/api/interventions streams it with the session). */
export const reportPdfHref = (id: string) => `/api/interventions/${encodeURIComponent(id)}/report`

/** The portal's own address of a visit photo. */
export const photoHref = (id: string, photoId: string) => `/api/interventions/${encodeURIComponent(id)}/photos/${encodeURIComponent(photoId)}`

/** A visit photo from the backend with the session's token (the same access checks as the intervention). */
export async function fetchInterventionPhoto(id: string, photoId: string, token: string): Promise<Response> {
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  return fetch(new URL(ROUTES.photo(encodeURIComponent(id), encodeURIComponent(photoId)), process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"), {
    headers: { authorization: `Bearer ${token}`, ...(key ? { "x-publishable-api-key": key } : {}) },
    cache: "no-store",
  })
}

/**
 * A private file of an intervention (its calendar file, photos, report PDF) from the backend, with the
 * session's token, which lives in an httpOnly cookie the browser cannot send there itself.
 */
export async function fetchInterventionFile(kind: "ics", id: string, token: string): Promise<Response> {
  const path = { ics: ROUTES.ics }[kind](encodeURIComponent(id))
  const key = process.env.MEDUSA_PUBLISHABLE_KEY
  return fetch(new URL(path, process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"), {
    headers: { authorization: `Bearer ${token}`, ...(key ? { "x-publishable-api-key": key } : {}) },
    cache: "no-store",
  })
}

/** What a portal action answered: the intervention it created or closed, or why not (the rule that refused). */
export type PortalActionResult =
  | { ok: true; intervention: StoreIntervention }
  | { ok: false; reason: "refused"; rule: PortalActionRule | null; message: string | undefined }
  | { ok: false; reason: "invalid"; message: string | undefined }
  | { ok: false; reason: "forbidden" | "not_found" | "unavailable" }

/** Runs one of the intervention type's portal actions; the backend re-checks its conditions. */
export async function runPortalAction(id: string, actionId: string, body: StoreRunPortalActionBody): Promise<PortalActionResult> {
  try {
    const answer = await backendPost(ROUTES.action(encodeURIComponent(id), encodeURIComponent(actionId)), body, await sessionHeaders())
    const intervention = (answer.body as { intervention?: StoreIntervention } | null)?.intervention
    if (answer.status === 201 && intervention) return { ok: true, intervention }
    const message = messageOf(answer.body)
    if (answer.status === 409) {
      const rule = (answer.body as { rule?: unknown } | null)?.rule
      return { ok: false, reason: "refused", rule: (PORTAL_ACTION_RULES as readonly unknown[]).includes(rule) ? (rule as PortalActionRule) : null, message }
    }
    if (answer.status === 400) return { ok: false, reason: "invalid", message }
    if (answer.status === 401 || answer.status === 403) return { ok: false, reason: "forbidden" }
    if (answer.status === 404) return { ok: false, reason: "not_found" }
    console.warn(`[portal] portal action answered ${answer.status}: ${message ?? ""}`)
    return { ok: false, reason: "unavailable" }
  } catch (error) {
    console.warn(`[portal] portal action failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

/**
 * The technicians' planning over `days` days from `from` (today when absent), or null when staff keep it
 * private (the backend's 403).
 */
export const getPlanning = cache(async (from?: string, days?: number): Promise<StorePlanningResponse | null> => {
  const query: Record<string, string | number> = {}
  if (from) query.from = from
  if (days) query.days = days
  try {
    return await sdk.client.fetch<StorePlanningResponse>(ROUTES.planning, { method: "GET", query, headers: await sessionHeaders(), cache: "no-store" })
  } catch (error) {
    if (httpStatusOf(error) === 403) return null
    throw error
  }
})
