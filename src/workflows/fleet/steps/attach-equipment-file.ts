import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import type { EquipmentFileKind } from "../../../modules/fleet/models/equipment-file"

export type AttachEquipmentFileData = { equipment_id: string; file_id: string; kind: EquipmentFileKind; name: string; mime_type: string | null }

export const attachEquipmentFileStep = createStep(
  "attach-fleet-equipment-file",
  async (data: AttachEquipmentFileData, { container }) => {
    const file = await container.resolve<FleetModuleService>(FLEET_MODULE).createEquipmentFiles(data)
    return new StepResponse(file, file.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).deleteEquipmentFiles(id)
  }
)
