import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { presentReading } from "../../../../../../../../lib/fleet/present-equipment"
import { assertCan } from "../../../../../../../../lib/portal-actor"
import { FLEET_MODULE } from "../../../../../../../../modules/fleet"
import type FleetModuleService from "../../../../../../../../modules/fleet/service"
import { addMeterReadingWorkflow } from "../../../../../../../../workflows/fleet/readings"
import type { ListReadingsType, StoreCreateReadingType } from "../../../../validators"
import { findVisibleEquipment, findVisibleMeter } from "../../../../visible-equipment"

export { AUTHENTICATE } from "../../../../../authenticate-client"

/** A meter's readings for a chart: at most `points`, downsampled in SQL keeping each bucket's ends and extremes. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListReadingsType>, res: MedusaResponse) {
  const { equipment } = await findVisibleEquipment(req)
  const meter = await findVisibleMeter(req, equipment.id)
  const { from, to, points } = req.validatedQuery
  const readings = await req.scope.resolve<FleetModuleService>(FLEET_MODULE).downsampleReadings(meter.id, { from, to, points })
  res.json({ readings: readings.map((r) => presentReading(r, equipment.id, "/store/portal/equipment")) })
}

/**
 * A client reads a meter. Lower than the previous reading or dated in the future: 400 naming the field.
 * Implausible against the usual use: kept "to_review" and staff are alerted.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReadingType>, res: MedusaResponse) {
  const { actor, equipment } = await findVisibleEquipment(req)
  assertCan(actor, "request")
  const meter = await findVisibleMeter(req, equipment.id)
  const customer = actor.customer_id ? await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(actor.customer_id) : null
  const { result } = await addMeterReadingWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      equipment_id: equipment.id,
      meter_id: meter.id,
      account_id: actor.account_id,
      source: "client",
      replacement: false,
      actor_customer_id: actor.customer_id,
      actor_name: customer ? [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email : "Secure link",
    },
  })
  res.status(201).json({ reading: presentReading({ ...result, meter_id: meter.id }, equipment.id, "/store/portal/equipment") })
}
