import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addMaintenanceLogEntryWorkflow } from "../../../../../../workflows/fleet/maintenance"
import type { AdminAddLogEntryType } from "../../validators"

/** Staff record a service, repair or inspection; `plan_ids` names the plans it fulfils. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAddLogEntryType>, res: MedusaResponse) {
  const { result } = await addMaintenanceLogEntryWorkflow(req.scope).run({
    input: { ...req.validatedBody, equipment_id: req.params.id },
  })
  res.status(201).json({ maintenance_log_entry: result })
}
