import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { TicketPriority } from "../../../modules/support/statuses"

export type UpdateTicketStepInput = { id: string; priority?: TicketPriority; assignee_id?: string | null; category_id?: string; sla_due_at?: Date }

/** Staff change a ticket's priority, assignee or category; the previous values are written back on failure. */
export const updateTicketStep = createStep("update-support-ticket", async (input: UpdateTicketStepInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const { id, ...changes } = input
  const keys = Object.keys(changes) as (keyof typeof changes)[]
  const before = await support.retrieveTicket(id)
  if (!keys.length) return new StepResponse(before, null)
  const updated = await support.updateTickets({ id, ...changes })
  const previous = Object.fromEntries(keys.map((k) => [k, before[k]]))
  return new StepResponse(updated, { id, previous })
}, async (saved, { container }) => {
  if (!saved) return
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).updateTickets({ id: saved.id, ...saved.previous })
})
