import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findIntervention, interventionNotFound } from "../../../../../../lib/field-service/interventions"
import type { AdminInterventionLinkResponse } from "../../../../../../modules/fieldService/contract"
import { sendInterventionLinkWorkflow } from "../../../../../../workflows/field-service/send-intervention-link"
import type { AdminSendInterventionLinkType } from "../../validators"

const DAY = 86_400_000
/** A shared intervention stays open a fortnight unless staff say otherwise: long enough to follow a visit. */
const DEFAULT_DAYS = 14

/**
 * Staff share this intervention alone with the client: a secure link scoped to it (with the type's portal
 * actions when `allow_actions`), mailed to `email` or the intervention's contact. 201 with the link's URL,
 * shown this once.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminSendInterventionLinkType>, res: MedusaResponse) {
  const intervention = await findIntervention(req.scope, req.params.id)
  if (!intervention) throw interventionNotFound(req.params.id)
  const body = req.validatedBody
  const expires_at = body.expires_at ?? new Date(Date.now() + DEFAULT_DAYS * DAY)
  if (expires_at.getTime() <= Date.now()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "expires_at: the expiry must be in the future")
  const { result } = await sendInterventionLinkWorkflow(req.scope).run({
    input: {
      intervention: {
        id: intervention.id,
        number: intervention.number,
        account_id: intervention.account_id,
        scheduled_start: intervention.scheduled_start,
        scheduled_end: intervention.scheduled_end,
      },
      email: body.email === undefined ? intervention.contact_email : body.email,
      allow_actions: body.allow_actions ?? false,
      expires_at,
      created_by: req.auth_context.actor_id,
    },
  })
  const answer: AdminInterventionLinkResponse = {
    secure_link: {
      id: result.link.id,
      scope: "intervention",
      intervention_id: intervention.id,
      allow_actions: result.link.allow_actions,
      expires_at: new Date(result.link.expires_at).toISOString(),
      url: result.link.url,
    },
    mailed_to: result.mailed_to,
  }
  res.status(201).json(answer)
}
