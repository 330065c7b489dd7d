import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { presentSlot, slotsFor } from "../../../../../../lib/field-service/calendars"
import { clientOptions } from "../../../../../../lib/field-service/interventions"
import { fieldServiceSettings } from "../../../../../../lib/field-service/settings"
import type { StoreSlotListResponse } from "../../../../../../modules/fieldService/contract"
import type { StoreListSlotsType } from "../../validators"
import { findVisibleIntervention } from "../../visible-intervention"

export { AUTHENTICATE } from "../../../authenticate-client"

const DAY = 86_400_000
/** The widest range one search covers: a month of a large team stays a few milliseconds. */
const MAX_RANGE_DAYS = 31

/**
 * The booking assistant's proposals for this intervention (to book it, or to move it): one slot per start,
 * the technician adding least travel, ranked least added travel first then earliest. When the rules do not let
 * the client book or move it now, the answer is empty and says which rule.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListSlotsType>, res: MedusaResponse<StoreSlotListResponse>) {
  const { intervention } = await findVisibleIntervention(req)
  const settings = await fieldServiceSettings(req.scope)
  const now = Date.now()
  const { refusals } = clientOptions(intervention, settings, now)
  const refusal = intervention.scheduled_start ? refusals.reschedule : refusals.book
  if (refusal) return res.json({ slots: [], refusal })
  if (intervention.latitude === null || intervention.longitude === null) {
    return res.json({ slots: [], refusal: { rule: "not_bookable", message: "This address has no coordinates: staff will schedule the visit" } })
  }
  const from = Math.max(req.validatedQuery.from?.getTime() ?? now, now)
  const to = req.validatedQuery.to?.getTime() ?? from + settings.booking_horizon_days * DAY
  if (to - from > MAX_RANGE_DAYS * DAY) throw new MedusaError(MedusaError.Types.INVALID_DATA, `to: the range may cover at most ${MAX_RANGE_DAYS} days`)
  if (to <= from) return res.json({ slots: [], refusal: null })
  const slots = await slotsFor(req.scope, intervention, settings, { from, to, limit: req.validatedQuery.limit, now })
  res.json({ slots: slots.map(presentSlot), refusal: null })
}
