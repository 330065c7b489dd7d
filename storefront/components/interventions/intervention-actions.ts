"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import {
  bookSlot,
  cancelIntervention,
  listInterventionTypes,
  requestIntervention,
  rescheduleIntervention,
  runPortalAction,
  type InterventionWriteResult,
  type StoreRunPortalActionBody,
  type SurveyAnswers,
} from "@/lib/data/interventions"
import type { InterventionError, InterventionFormState } from "./intervention-state"
import type { PortalActionFormState } from "./portal-action-state"

/** The backend's own limits, checked here to answer next to the field. */
const MAX_DESCRIPTION = 5000
const MAX_SHORT = 200
const MAX_REASON = 1000

function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** A field left empty is not sent, so the backend keeps the site's or the member's value. */
function optional(formData: FormData, name: string): string | undefined {
  return text(formData, name) || undefined
}

function refreshInterventionPages(): void {
  revalidatePath("/[locale]/(portal)/interventions", "layout")
  revalidatePath("/[locale]/(portal)/fleet", "layout")
  revalidatePath("/[locale]/(portal)/sites", "layout")
}

function failed(previous: InterventionFormState, error: InterventionError): InterventionFormState {
  return { ...previous, error, rule: null, detail: null, alternatives: [], done: false, outcome: null, version: previous.version + 1 }
}

function fromResult(previous: InterventionFormState, result: Exclude<InterventionWriteResult, { ok: true }>): InterventionFormState {
  const base = { ...failed(previous, result.reason) }
  if (result.reason === "refused") return { ...base, rule: result.rule, detail: result.message ?? null }
  if (result.reason === "conflict") return { ...base, detail: result.message ?? null, alternatives: result.slots }
  if (result.reason === "invalid") return { ...base, detail: result.message ?? null }
  return base
}

function succeeded(previous: InterventionFormState, outcome: InterventionFormState["outcome"] = null): InterventionFormState {
  refreshInterventionPages()
  return { error: null, rule: null, detail: null, alternatives: [], done: true, outcome, version: previous.version + 1 }
}

/**
 * A client's request. The description is required; address and contact go as corrected on the form. On
 * success the client lands on the new intervention's page, which confirms the request.
 */
export async function requestInterventionAction(previous: InterventionFormState, formData: FormData): Promise<InterventionFormState> {
  const description = text(formData, "description")
  const siteId = text(formData, "site_id")
  if (!siteId) return failed(previous, "site_required")
  if (!description) return failed(previous, "description_required")
  if (description.length > MAX_DESCRIPTION) return failed(previous, "too_long")
  const short = ["address_1", "address_2", "postal_code", "city", "contact_name", "contact_phone", "contact_email"]
  if (short.some((name) => text(formData, name).length > MAX_SHORT)) return failed(previous, "too_long")
  const country = optional(formData, "country_code")?.toLowerCase()
  const result = await requestIntervention({
    site_id: siteId,
    equipment_id: optional(formData, "equipment_id") ?? null,
    type_id: optional(formData, "type_id") ?? null,
    description,
    address: {
      address_1: optional(formData, "address_1") ?? null,
      address_2: optional(formData, "address_2") ?? null,
      postal_code: optional(formData, "postal_code") ?? null,
      city: optional(formData, "city") ?? null,
      country_code: country ?? null,
    },
    contact_name: optional(formData, "contact_name") ?? null,
    contact_phone: optional(formData, "contact_phone") ?? null,
    contact_email: optional(formData, "contact_email") ?? null,
  })
  if (!result.ok) return fromResult(previous, result)
  refreshInterventionPages()
  // Outside any try/catch: redirect() works by throwing.
  return redirect({ href: `/interventions/${result.intervention.id}?requested=1`, locale: toLocale(text(formData, "locale")) })
}

/** A slot the client picked ("start|technician"): booked, or moved to when the intervention already has one. */
export async function bookSlotAction(previous: InterventionFormState, formData: FormData): Promise<InterventionFormState> {
  const [start, technicianId] = text(formData, "slot").split("|")
  if (!start || !technicianId || Number.isNaN(Date.parse(start))) return failed(previous, "slot_required")
  const id = text(formData, "intervention_id")
  const moving = text(formData, "mode") === "reschedule"
  const result = moving ? await rescheduleIntervention(id, start, technicianId) : await bookSlot(id, start, technicianId)
  return result.ok ? succeeded(previous, moving ? "moved" : "booked") : fromResult(previous, result)
}

export async function cancelInterventionAction(previous: InterventionFormState, formData: FormData): Promise<InterventionFormState> {
  const reason = text(formData, "reason")
  if (reason.length > MAX_REASON) return failed(previous, "too_long")
  const result = await cancelIntervention(text(formData, "intervention_id"), reason || null)
  return result.ok ? succeeded(previous) : fromResult(previous, result)
}

/**
 * One of the type's portal actions: a new visit or a linked one (the description is required), or a close
 * that answers the type's survey (`answer.<question id>`, of the kind given by `kind.<question id>`).
 */
export async function portalActionAction(previous: PortalActionFormState, formData: FormData): Promise<PortalActionFormState> {
  const fail = (error: PortalActionFormState["error"], detail: string | null = null, rule: PortalActionFormState["rule"] = null): PortalActionFormState => ({
    error,
    rule,
    detail,
    result: null,
    version: previous.version + 1,
  })
  const closing = text(formData, "kind") === "close"
  const body: StoreRunPortalActionBody = {}
  if (closing) {
    const answers: SurveyAnswers = {}
    for (const [name, value] of formData.entries()) {
      if (!name.startsWith("kind.") || typeof value !== "string") continue
      const id = name.slice("kind.".length)
      const given = text(formData, `answer.${id}`)
      if (!given) {
        if (text(formData, `required.${id}`) === "true") return fail("answer_required")
        continue
      }
      if (given.length > MAX_DESCRIPTION) return fail("too_long")
      answers[id] = value === "score" ? Number(given) : value === "yes_no" ? given === "true" : given
    }
    body.answers = answers
  } else {
    const description = text(formData, "description")
    if (!description) return fail("description_required")
    if (description.length > MAX_DESCRIPTION) return fail("too_long")
    body.description = description
  }
  const result = await runPortalAction(text(formData, "intervention_id"), text(formData, "action_id"), body)
  if (!result.ok) {
    if (result.reason === "refused") return fail("refused", result.message ?? null, result.rule)
    if (result.reason === "invalid") return fail("invalid", result.message ?? null)
    return fail(result.reason)
  }
  refreshInterventionPages()
  return { error: null, rule: null, detail: null, result: { id: result.intervention.id, number: result.intervention.number, created: !closing }, version: previous.version + 1 }
}

export type RequestTypeTexts = { id: string; title: string; short_description: string | null }

/** The types' texts rendered for the site and machine just chosen on the request form; null when unavailable. */
export async function requestTypeTextsAction(siteId: string, equipmentId: string): Promise<RequestTypeTexts[] | null> {
  try {
    const types = await listInterventionTypes(siteId || undefined, equipmentId || undefined)
    return types.map(({ id, title, short_description }) => ({ id, title, short_description }))
  } catch (error) {
    console.warn(`[portal] intervention type texts unavailable: ${error instanceof Error ? error.message : String(error)}`)
    return null
  }
}
