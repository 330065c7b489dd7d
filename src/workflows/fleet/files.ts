import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { EquipmentFileKind } from "../../modules/fleet/models/equipment-file"
import { assertEquipmentStep } from "./steps/assert-equipment"
import { attachEquipmentFileStep } from "./steps/attach-equipment-file"

export type UploadEquipmentFileInput = {
  equipment_id: string
  kind: EquipmentFileKind
  filename: string
  mime_type: string
  /** The file's bytes, base64. */
  content: string
}

/**
 * Staff add a photo or document to a machine. The file is stored private in Medusa's file module (never a
 * public URL): clients get it through the portal's route, which checks the owning account.
 */
export const uploadEquipmentFileWorkflow = createWorkflow("upload-fleet-equipment-file", (input: UploadEquipmentFileInput) => {
  assertEquipmentStep(transform({ input }, ({ input }) => ({ id: input.equipment_id })))
  const uploaded = uploadFilesStep(
    transform({ input }, ({ input }) => ({
      files: [{ filename: input.filename, mimeType: input.mime_type, content: input.content, access: "private" as const }],
    }))
  )
  const file = attachEquipmentFileStep(
    transform({ input, uploaded }, ({ input, uploaded }) => ({
      equipment_id: input.equipment_id,
      file_id: uploaded[0].id,
      kind: input.kind,
      name: input.filename,
      mime_type: input.mime_type,
    }))
  )
  return new WorkflowResponse(file)
})
