import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type MarkNotificationsReadInput = { member_id: string; account_id: string; ids: string[] | null }

/** Marks a member's notifications read (some, or all); those it marked go back to unread on failure. */
export const markNotificationsReadStep = createStep(
  "mark-client-notifications-read",
  async (input: MarkNotificationsReadInput, { container }) => {
    const marked = await container.resolve<SupportModuleService>(SUPPORT_MODULE).markNotificationsRead(input.member_id, input.account_id, input.ids)
    return new StepResponse(marked, marked)
  },
  async (marked, { container }) => {
    if (!marked?.length) return
    await container.resolve<SupportModuleService>(SUPPORT_MODULE).markNotificationsUnread(marked)
  }
)
