import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fieldServiceSettings } from "../../../../lib/field-service/settings"
import { updateFieldServiceSettingsWorkflow } from "../../../../workflows/field-service/update-field-service-settings"
import type { AdminUpdateFieldServiceSettingsType } from "./validators"

/** The interventions' rules (notice, reschedule and cancel limits, planning, confirmation, distance model). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ field_service: await fieldServiceSettings(req.scope) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateFieldServiceSettingsType>, res: MedusaResponse) {
  const { result } = await updateFieldServiceSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ field_service: result })
}
