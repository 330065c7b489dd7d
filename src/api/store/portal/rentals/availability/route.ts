import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { utcDay } from "../../../../../lib/rental/availability"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { RENTAL_MODULE } from "../../../../../modules/rental"
import type { StoreRentalAvailabilityResponse } from "../../../../../modules/rental/contract"
import type RentalModuleService from "../../../../../modules/rental/service"
import type { StoreRentalAvailabilityType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

const DAY_MS = 86_400_000

/**
 * A model's calendar: free units per UTC day (90 days from today unless asked otherwise), counted in one
 * statement (the model's units and their ranges stay in the database).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreRentalAvailabilityType>, res: MedusaResponse) {
  await getPortalActor(req)
  const from = utcDay(req.validatedQuery.from ?? new Date())
  const to = utcDay(req.validatedQuery.to ?? new Date(from.getTime() + 89 * DAY_MS))
  // One date alone is checked against the other's default here, the validator seeing only what was given.
  if (to < from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "to must be after from")
  if (to.getTime() - from.getTime() > 400 * DAY_MS) throw new MedusaError(MedusaError.Types.INVALID_DATA, "to must be at most 400 days after from")
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1
  const counts = await req.scope.resolve<RentalModuleService>(RENTAL_MODULE).dailyFreeUnits(req.validatedQuery.model_id, from, days)
  if (!counts) throw new MedusaError(MedusaError.Types.NOT_FOUND, `model_id: no rental model ${req.validatedQuery.model_id}`)
  const answer: StoreRentalAvailabilityResponse = {
    availability: {
      model_id: req.validatedQuery.model_id,
      units_total: counts.units_total,
      days: counts.free.map((free, day) => ({ date: new Date(from.getTime() + day * DAY_MS).toISOString().slice(0, 10), free })),
    },
  }
  res.json(answer)
}
