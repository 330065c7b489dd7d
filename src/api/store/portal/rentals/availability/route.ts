import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { dailyAvailability, utcDay } from "../../../../../lib/rental/availability"
import { loadRentalModels } from "../../../../../lib/rental/models"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { RENTAL_MODULE } from "../../../../../modules/rental"
import type { StoreRentalAvailabilityResponse } from "../../../../../modules/rental/contract"
import type RentalModuleService from "../../../../../modules/rental/service"
import type { StoreRentalAvailabilityType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

const DAY_MS = 86_400_000

/** A model's calendar: free units per UTC day (90 days from today unless asked otherwise). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreRentalAvailabilityType>, res: MedusaResponse) {
  await getPortalActor(req)
  const from = utcDay(req.validatedQuery.from ?? new Date())
  const to = utcDay(req.validatedQuery.to ?? new Date(from.getTime() + 89 * DAY_MS))
  // One date alone is checked against the other's default here, the validator seeing only what was given.
  if (to < from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "to must be after from")
  if (to.getTime() - from.getTime() > 400 * DAY_MS) throw new MedusaError(MedusaError.Types.INVALID_DATA, "to must be at most 400 days after from")
  const { models } = await loadRentalModels(req.scope, { ids: [req.validatedQuery.model_id], activeOnly: true })
  const model = models[0]
  if (!model) throw new MedusaError(MedusaError.Types.NOT_FOUND, `model_id: no rental model ${req.validatedQuery.model_id}`)
  const busy = await req.scope.resolve<RentalModuleService>(RENTAL_MODULE).busyRanges(model.unit_ids, from, new Date(to.getTime() + DAY_MS))
  const answer: StoreRentalAvailabilityResponse = {
    availability: { model_id: model.id, units_total: model.unit_ids.length, days: dailyAvailability(model.unit_ids, busy, from, to) },
  }
  res.json(answer)
}
