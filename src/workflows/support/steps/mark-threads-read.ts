import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type MarkThreadsReadInput = { member_id: string; thread_ids: string[] }

/** Dates a member's receipts in threads they opened as delivered and read; those it dated lose the date on failure. */
export const markThreadsReadStep = createStep(
  "mark-support-threads-read",
  async (input: MarkThreadsReadInput, { container }) => {
    const marked = await container.resolve<SupportModuleService>(SUPPORT_MODULE).recordReceipts(input.member_id, input.thread_ids, { read: true, via: "portal" })
    return new StepResponse(marked, marked)
  },
  async (marked, { container }) => {
    if (!marked || (!marked.read.length && !marked.delivered.length)) return
    await container.resolve<SupportModuleService>(SUPPORT_MODULE).unmarkReceipts(marked)
  }
)
