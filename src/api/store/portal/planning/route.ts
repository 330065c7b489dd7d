import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { clientPlanning } from "../../../../lib/field-service/planning"
import { fieldServiceSettings } from "../../../../lib/field-service/settings"
import { getPortalActor } from "../../../../lib/portal-actor"
import type { StorePlanningResponse } from "../../../../modules/fieldService/contract"
import type { StorePlanningQueryType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

const DAY = 86_400_000

/**
 * The technicians' busy and free time over the coming days, when staff show it to clients: the caller's own
 * visits in full, anyone else's as bare busy intervals. 403 while the settings keep it private.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePlanningQueryType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const settings = await fieldServiceSettings(req.scope)
  if (!settings.planning_visible) throw new MedusaError(MedusaError.Types.FORBIDDEN, "The technicians' planning is not shown to clients")
  const { from: given, days = 7 } = req.validatedQuery
  const today = new Date()
  today.setUTCHours(0, 0, 0, 0)
  const from = (given ?? today).getTime()
  const to = from + days * DAY
  const answer: StorePlanningResponse = {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    technicians: await clientPlanning(req.scope, { account_id: actor.account_id, site_ids: actor.site_ids }, from, to),
  }
  res.json(answer)
}
