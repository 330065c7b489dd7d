import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertPortalSettingsStep, type PortalSettingsData } from "./steps/upsert-portal-settings"

export const updatePortalSettingsWorkflowId = "update-portal-settings"

/** Staff change the portal's display name, logo, general information, sections, sign-in methods and domain settings (rentals, support, invoicing). */
export const updatePortalSettingsWorkflow = createWorkflow(updatePortalSettingsWorkflowId, (input: PortalSettingsData) => {
  return new WorkflowResponse(upsertPortalSettingsStep(input))
})
