import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { TicketStatus } from "../../../modules/support/statuses"

export type MoveTicketStepInput = { id: string; from: readonly TicketStatus[]; to: TicketStatus; fields: Record<string, unknown> }

/** Moves a ticket's status under a row lock (409 if it moved meanwhile); put back as it was on failure. */
export const moveTicketStep = createStep("move-support-ticket", async (input: MoveTicketStepInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const before = await support.moveTicket(input.id, input.from, input.to, input.fields)
  return new StepResponse(before, { before, to: input.to })
}, async (moved, { container }) => {
  if (!moved) return
  const { id, status, ...fields } = moved.before
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).moveTicket(id, [moved.to], status, fields)
})
