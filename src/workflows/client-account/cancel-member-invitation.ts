import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelMemberInvitationStep } from "./steps/cancel-member-invitation"

export const cancelMemberInvitationWorkflowId = "cancel-member-invitation"

/** An account admin withdraws an invitation nobody has accepted yet. */
export const cancelMemberInvitationWorkflow = createWorkflow(
  cancelMemberInvitationWorkflowId,
  (input: { id: string; account_id: string }) => new WorkflowResponse(cancelMemberInvitationStep(input))
)
