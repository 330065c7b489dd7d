import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deleteAccountEquipmentStep } from "./steps/delete-account-equipment"
import { deleteAccountInterventionsStep } from "./steps/delete-account-interventions"
import { deleteAccountQuotesStep } from "./steps/delete-account-quotes"
import { deleteClientAccountStep } from "./steps/delete-client-account"

export const deleteClientAccountWorkflowId = "delete-client-account"
export const CLIENT_ACCOUNT_DELETED_EVENT = "portal.client_account.deleted"

/**
 * Staff delete an account with everything that belongs to it: members, sites, secure links and invitations
 * (the model cascades), and, across modules, its machines, quotes and interventions (their records hold the account's id,
 * followed by the read-only links in src/links): none stays reachable. Each part is restored if a later one
 * fails. `portal.client_account.deleted` tells any other listener afterwards.
 */
export const deleteClientAccountWorkflow = createWorkflow(deleteClientAccountWorkflowId, (input: { id: string }) => {
  const deleted = deleteClientAccountStep(input.id)
  const owned = transform({ input }, ({ input }) => ({ account_id: input.id }))
  deleteAccountEquipmentStep(owned)
  deleteAccountQuotesStep(owned)
  deleteAccountInterventionsStep(owned)
  emitEventStep({ eventName: CLIENT_ACCOUNT_DELETED_EVENT, data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(deleted)
})
