import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findIntervention, interventionNotFound, presentStoreIntervention, type InterventionRecord } from "../../../../lib/field-service/interventions"
import { fieldServiceSettings } from "../../../../lib/field-service/settings"
import { readerLocale } from "../../../../lib/reader-locale"
import { getPortalActor, type PortalActor } from "../../../../lib/portal-actor"
import { BOOKING_RULES, type BookingRule } from "../../../../modules/fieldService/contract"

/** The caller's scope over interventions: their account, their sites, and the one intervention a link may open. */
export const clientScope = (actor: PortalActor) => ({ account_id: actor.account_id, site_ids: actor.site_ids, id: actor.intervention_id })

/** The intervention of the route's `:id` if the caller may see it; anything else answers 404, like a missing one. */
export async function findVisibleIntervention(req: AuthenticatedMedusaRequest): Promise<{ actor: PortalActor; intervention: InterventionRecord }> {
  const actor = await getPortalActor(req)
  const intervention = await findIntervention(req.scope, req.params.id, clientScope(actor))
  if (!intervention) throw interventionNotFound(req.params.id)
  return { actor, intervention }
}

/** The intervention as the caller reads it: in their language, with what they may do now. */
export async function presentForClient(req: AuthenticatedMedusaRequest, actor: PortalActor, intervention: InterventionRecord) {
  return presentStoreIntervention(req.scope, intervention, await fieldServiceSettings(req.scope), await readerLocale(req, actor))
}

/**
 * Answers a refusal by the business's rules as 400 with the rule's name (`rule`), and a lost race for a slot as
 * 409 with fresh alternatives; anything else goes to Medusa's error handler. True when it answered.
 */
export async function answerBookingError(res: MedusaResponse, error: unknown, alternatives: () => Promise<unknown[]>): Promise<boolean> {
  const { type, message } = error as { type?: string; message?: string }
  if (type === MedusaError.Types.CONFLICT) {
    res.status(409).json({ type: "conflict", message, slots: await alternatives() })
    return true
  }
  const rule = message?.split(":")[0] as BookingRule | undefined
  if (type === MedusaError.Types.NOT_ALLOWED && rule && (BOOKING_RULES as readonly string[]).includes(rule)) {
    res.status(400).json({ type: "not_allowed", rule, message })
    return true
  }
  return false
}
