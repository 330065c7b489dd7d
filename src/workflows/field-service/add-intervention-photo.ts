import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesStep } from "@medusajs/medusa/core-flows"
import { normalizeFileType, safeFilename } from "../../lib/files/file-types"
import { findIntervention, interventionNotFound } from "../../lib/field-service/interventions"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import type FieldServiceModuleService from "../../modules/fieldService/service"

export type AddInterventionPhotoInput = {
  intervention_id: string
  filename: string
  mime_type: string
  /** The photo's bytes, base64 (the route checked the type against them and the size). */
  content: string
  caption?: string | null
}

/** A photo belongs to a visit that took place or is taking place: a cancelled one has nothing to show. */
const checkPhotoTargetStep = createStep("check-field-intervention-photo-target", async (input: AddInterventionPhotoInput, { container }) => {
  const i = await findIntervention(container, input.intervention_id)
  if (!i) throw interventionNotFound(input.intervention_id)
  if (i.status === "cancelled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: intervention ${i.number} is cancelled`)
  return new StepResponse({ id: i.id })
})

const attachInterventionPhotoStep = createStep(
  "attach-field-intervention-photo",
  async (data: { intervention_id: string; file_id: string; name: string; mime_type: string; caption: string | null }, { container }) => {
    const [photo] = await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).addInterventionPhotos([data])
    return new StepResponse(photo, photo.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).removeInterventionPhotos([id])
  }
)

/**
 * Staff attach a photo to a visit (from the report entry or later). The bytes go to Medusa's file module as a
 * private file, removed again by the upload step's compensation if recording the photo fails.
 */
export const addInterventionPhotoWorkflow = createWorkflow("add-field-intervention-photo", (input: AddInterventionPhotoInput) => {
  const target = checkPhotoTargetStep(input)
  const uploaded = uploadFilesStep(
    transform({ input }, ({ input }) => ({
      files: [{ filename: safeFilename(input.filename), mimeType: normalizeFileType(input.mime_type), content: input.content, access: "private" as const }],
    }))
  )
  const photo = attachInterventionPhotoStep(
    transform({ input, target, uploaded }, ({ input, target, uploaded }) => ({
      intervention_id: target.id,
      file_id: uploaded[0].id,
      name: safeFilename(input.filename),
      mime_type: normalizeFileType(input.mime_type),
      caption: input.caption?.trim() || null,
    }))
  )
  return new WorkflowResponse(photo)
})
