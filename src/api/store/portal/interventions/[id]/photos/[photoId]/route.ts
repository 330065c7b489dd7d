import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendInterventionPhoto } from "../../../../../../../lib/field-service/photos"
import { findVisibleIntervention } from "../../../visible-intervention"

export { AUTHENTICATE } from "../../../../authenticate-client"

/** A photo of a visit the caller may see; a photo id of any other intervention is 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { intervention } = await findVisibleIntervention(req)
  await sendInterventionPhoto(req, res, intervention, req.params.photoId)
}
