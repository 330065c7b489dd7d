import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import type { MeterKind } from "../../../modules/fleet/models/meter"
import { findEquipment } from "./load-equipment"

export type MeterData = { equipment_id: string; name: string; kind: MeterKind; unit: string }

export const createMeterStep = createStep(
  "create-fleet-meter",
  async (data: MeterData, { container }) => {
    await findEquipment(container, data.equipment_id)
    const meter = await container.resolve<FleetModuleService>(FLEET_MODULE).createMeters(data)
    return new StepResponse(meter, meter.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).deleteMeters(id)
  }
)
