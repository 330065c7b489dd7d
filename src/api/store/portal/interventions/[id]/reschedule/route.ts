import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreBookSlotType } from "../../validators"
import { bookOrReschedule } from "../book/booking-route"

export { AUTHENTICATE } from "../../../authenticate-client"

/** A client moves a booked visit to another proposed slot, within the reschedule rules (see bookOrReschedule). */
export async function POST(req: AuthenticatedMedusaRequest<StoreBookSlotType>, res: MedusaResponse) {
  await bookOrReschedule(req, res, "reschedule")
}
