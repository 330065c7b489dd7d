import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findEquipment } from "./load-equipment"

/** Stops a workflow with a 404 before anything is written when the machine is missing (or another account's). */
export const assertEquipmentStep = createStep(
  "assert-fleet-equipment",
  async ({ id, account_id }: { id: string; account_id?: string | null }, { container }) => {
    const equipment = await findEquipment(container, id, account_id)
    return new StepResponse({ id: equipment.id, account_id: equipment.account_id })
  }
)
