import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { UploadInput } from "../../modules/support/contract"
import { postMessageWorkflow } from "./post-message"
import { createThreadStep } from "./steps/create-thread"

export type StartThreadInput = {
  account_id: string
  kind: "announcement" | "conversation"
  subject: string
  body: string
  recipient_member_ids: string[]
  author: { type: "member" | "staff"; id: string | null; name: string | null }
  attachments: UploadInput[]
}

/**
 * Staff announce something to an account (all members or some), or a member writes to the business
 * ("contact us"): a new thread and its first message, with receipts and events as any message.
 */
export const startThreadWorkflow = createWorkflow("start-support-thread", (input: StartThreadInput) => {
  const thread = createThreadStep(
    transform({ input }, ({ input }) => ({
      account_id: input.account_id,
      kind: input.kind,
      subject: input.subject,
      recipient_member_ids: input.recipient_member_ids,
      started_by: { type: input.author.type, id: input.author.id },
    }))
  )
  const message = postMessageWorkflow.runAsStep({
    input: transform({ input, thread }, ({ input, thread }) => ({
      thread_id: thread.id,
      account_id: input.account_id,
      author: input.author,
      body: input.body,
      internal: false,
      attachments: input.attachments,
      ticket: null,
    })),
  })
  return new WorkflowResponse({ thread, message })
})
