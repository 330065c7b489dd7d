import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../lib/portal-actor"
import { assertOwnSession, preferencesOf } from "../../../../lib/notifications/centre"
import { saveNotificationPreferencesWorkflow } from "../../../../workflows/support/notifications"
import type { StoreUpdatePreferencesType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/**
 * Every client event with the member's channel (their choice, else the event's default), labelled in the
 * request's language (Medusa's `?locale=` or `x-medusa-locale`; English without one).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  res.json({ notification_preferences: await preferencesOf(req.scope, actor, req.locale) })
}

/** The member changes their channel for some events; the others keep theirs. Read-only sessions only look. */
export async function PUT(req: AuthenticatedMedusaRequest<StoreUpdatePreferencesType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const member = assertOwnSession(actor)
  await saveNotificationPreferencesWorkflow(req.scope).run({ input: { member_id: member, account_id: actor.account_id, preferences: req.validatedBody.preferences } })
  res.json({ notification_preferences: await preferencesOf(req.scope, actor, req.locale) })
}
