import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type CreateThreadStepInput = {
  account_id: string
  kind: "announcement" | "conversation"
  subject: string
  recipient_member_ids: string[]
  started_by: { type: "member" | "staff"; id: string | null }
}

/** Starts an announcement (staff to an account) or a conversation ("contact us"); removed on failure. */
export const createThreadStep = createStep("create-support-thread", async (input: CreateThreadStepInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const thread = await support.createThreads({
    account_id: input.account_id,
    kind: input.kind,
    subject: input.subject,
    recipient_member_ids: input.recipient_member_ids,
    started_by_type: input.started_by.type,
    started_by_id: input.started_by.id,
    last_message_at: new Date(),
  })
  return new StepResponse(thread, thread.id)
}, async (id, { container }) => {
  if (!id) return
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).deleteThreads(id)
})
