import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createEquipmentStep, type EquipmentData } from "./steps/create-equipment"
import { deleteEquipmentStep, updateEquipmentStep, type UpdateEquipmentData } from "./steps/update-equipment"

/** Staff add a machine to a client account's site. */
export const createEquipmentWorkflow = createWorkflow("create-fleet-equipment", (input: EquipmentData & { account_id: string }) => {
  return new WorkflowResponse(createEquipmentStep(input))
})

/** Staff change a machine's details, status or site. */
export const updateEquipmentWorkflow = createWorkflow("update-fleet-equipment", (input: UpdateEquipmentData) => {
  return new WorkflowResponse(updateEquipmentStep(input))
})

/** Staff remove a machine (soft delete, with its plans, log, meters and files). */
export const deleteEquipmentWorkflow = createWorkflow("delete-fleet-equipment", (input: { id: string }) => {
  const id = transform({ input }, ({ input }) => input.id)
  return new WorkflowResponse(deleteEquipmentStep(id))
})
