import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentReading } from "../../../../../../../../lib/fleet/present-equipment"
import { FLEET_MODULE } from "../../../../../../../../modules/fleet"
import type FleetModuleService from "../../../../../../../../modules/fleet/service"
import { findMeter } from "../../../../../../../../workflows/fleet/steps/load-equipment"
import { addMeterReadingWorkflow } from "../../../../../../../../workflows/fleet/readings"
import type { AdminCreateReadingType, ListReadingsType } from "../../../../../../../store/portal/equipment/validators"

const BASE = "/admin/portal/equipment" as const

export async function GET(req: AuthenticatedMedusaRequest<unknown, ListReadingsType>, res: MedusaResponse) {
  const meter = await findMeter(req.scope, req.params.id, req.params.meterId)
  const { from, to, points } = req.validatedQuery
  const readings = await req.scope.resolve<FleetModuleService>(FLEET_MODULE).downsampleReadings(meter.id, { from, to, points })
  res.json({ readings: readings.map((r) => presentReading(r, req.params.id, BASE)) })
}

/** Staff or a technician read a meter; `replacement: true` records a new counter that starts lower. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateReadingType>, res: MedusaResponse) {
  const { result } = await addMeterReadingWorkflow(req.scope).run({
    input: { ...req.validatedBody, equipment_id: req.params.id, meter_id: req.params.meterId },
  })
  res.status(201).json({ reading: presentReading({ ...result, meter_id: req.params.meterId }, req.params.id, BASE) })
}
