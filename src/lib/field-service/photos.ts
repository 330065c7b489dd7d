import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPrivateFile } from "../support/attachments"
import type { InterventionRecord } from "./interventions"

/** Sends a photo of an intervention the caller was already allowed to see; an id of another intervention is 404. */
export async function sendInterventionPhoto(req: MedusaRequest, res: MedusaResponse, intervention: InterventionRecord, photoId: string) {
  const photo = (intervention.photos ?? []).find((p) => p.id === photoId)
  if (!photo) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Photo with id: ${photoId} was not found`)
  await sendPrivateFile(req, res, { file_id: photo.file_id, name: photo.name, mime_type: photo.mime_type })
}
