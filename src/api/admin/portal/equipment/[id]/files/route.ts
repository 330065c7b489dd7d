import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fileUrl } from "../../../../../../lib/fleet/present-equipment"
import { uploadEquipmentFileWorkflow } from "../../../../../../workflows/fleet/files"
import type { AdminUploadEquipmentFileType } from "../../validators"

/** Staff add a photo or document to a machine (stored private; see the files route). */
export async function POST(req: AuthenticatedMedusaRequest<AdminUploadEquipmentFileType>, res: MedusaResponse) {
  const { result } = await uploadEquipmentFileWorkflow(req.scope).run({ input: { ...req.validatedBody, equipment_id: req.params.id } })
  res.status(201).json({
    file: { id: result.id, kind: result.kind, name: result.name, mime_type: result.mime_type, url: fileUrl("/admin/portal/equipment", req.params.id, result.id) },
  })
}
