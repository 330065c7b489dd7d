import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentReading } from "../../../../../../lib/fleet/present-equipment"
import { reviewMeterReadingWorkflow } from "../../../../../../workflows/fleet/readings"
import { FLEET_MODULE } from "../../../../../../modules/fleet"
import type FleetModuleService from "../../../../../../modules/fleet/service"
import type { AdminReviewReadingType } from "../../../equipment/validators"

/** Staff accept or reject a reading held for review. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReviewReadingType>, res: MedusaResponse) {
  await reviewMeterReadingWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  const [reading] = await req.scope
    .resolve<FleetModuleService>(FLEET_MODULE)
    .listMeterReadings({ id: req.params.id }, { relations: ["meter"] })
  const meter = reading.meter as unknown as { id: string; equipment_id: string }
  res.json({ reading: presentReading({ ...reading, meter_id: meter.id }, meter.equipment_id, "/admin/portal/equipment") })
}
