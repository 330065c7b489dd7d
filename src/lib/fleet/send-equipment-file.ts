import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"
import { fileResponseHeaders } from "../files/file-types"

/**
 * Sends a private file of a machine the caller was already allowed to see: one of its photos or documents
 * (`efile_…`), or the photo of one of its meter readings (the file module's id). Any other id is 404, so
 * knowing a file id of another machine gives nothing.
 */
export async function sendEquipmentFile(req: MedusaRequest, res: MedusaResponse, equipmentId: string, fileId: string) {
  const fleet = req.scope.resolve<FleetModuleService>(FLEET_MODULE)
  const [attached] = await fleet.listEquipmentFiles({ id: fileId, equipment_id: equipmentId })
  let storedId: string | null = attached?.file_id ?? null
  let name = attached?.name ?? null
  const type = attached?.mime_type ?? null
  if (!attached) {
    const meters = await fleet.listMeters({ equipment_id: equipmentId }, { select: ["id"] })
    const [reading] = meters.length
      ? await fleet.listMeterReadings({ photo_file_id: fileId, meter_id: meters.map((m) => m.id) }, { select: ["id", "photo_file_id"] })
      : []
    storedId = reading?.photo_file_id ?? null
  }
  if (!storedId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `File with id: ${fileId} was not found`)

  const files = req.scope.resolve(Modules.FILE)
  const stored = await files.retrieveFile(storedId)
  const key = decodeURIComponent(new URL(stored.url, "http://files.local").pathname.split("/").pop() ?? "file")
  name ??= key.replace(/^private-\d+-/, "")
  const content = await files.getAsBuffer(storedId)
  // Only raster images and PDF inline; whatever the declared type, nothing is rendered as a page here.
  for (const [header, value] of Object.entries(fileResponseHeaders(type, name))) res.setHeader(header, value)
  res.setHeader("Content-Length", String(content.length))
  // Private: a shared cache must never hand one client's file to another.
  res.setHeader("Cache-Control", "private, max-age=300")
  res.status(200).send(content)
}
