import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  heic: "image/heic",
  gif: "image/gif",
  pdf: "application/pdf",
}

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
  let type = attached?.mime_type ?? null
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
  type ??= TYPES_BY_EXTENSION[name.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream"
  const content = await files.getAsBuffer(storedId)
  res.setHeader("Content-Type", type)
  res.setHeader("Content-Length", String(content.length))
  res.setHeader("Content-Disposition", `inline; filename*=UTF-8''${encodeURIComponent(name)}`)
  // Private: a shared cache must never hand one client's file to another.
  res.setHeader("Cache-Control", "private, max-age=300")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.status(200).send(content)
}
