import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreBookSlotType } from "../../validators"
import { bookOrReschedule } from "./booking-route"

export { AUTHENTICATE } from "../../../authenticate-client"

/** A client books one of the proposed slots for a requested intervention (see bookOrReschedule). */
export async function POST(req: AuthenticatedMedusaRequest<StoreBookSlotType>, res: MedusaResponse) {
  await bookOrReschedule(req, res, "book")
}
