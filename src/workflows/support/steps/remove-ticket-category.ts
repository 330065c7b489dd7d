import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type RemovedCategory = { id: string; deleted: boolean; deactivated: boolean }
type CategoryBefore = { id: string; deleted: boolean; active: boolean; rule_ids: string[] }

/**
 * Removes a ticket category: one that tickets use is only deactivated (its tickets keep it, no new ticket
 * takes it), an unused one is deleted with its routing rules. Put back as it was on failure.
 */
export const removeTicketCategoryStep = createStep("remove-support-ticket-category", async (id: string, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const category = await support.retrieveTicketCategory(id, { select: ["id", "active"] })
  const used = await support.listTickets({ category_id: id }, { select: ["id"], take: 1, withDeleted: true })
  if (used.length) {
    await support.updateTicketCategories({ id, active: false })
    return new StepResponse<RemovedCategory, CategoryBefore>({ id, deleted: false, deactivated: true }, { id, deleted: false, active: category.active, rule_ids: [] })
  }
  const rules = await support.listRoutingRules({ category_id: id }, { select: ["id"] })
  if (rules.length) await support.softDeleteRoutingRules(rules.map((r) => r.id))
  await support.softDeleteTicketCategories(id)
  return new StepResponse<RemovedCategory, CategoryBefore>(
    { id, deleted: true, deactivated: false },
    { id, deleted: true, active: category.active, rule_ids: rules.map((r) => r.id) }
  )
}, async (before, { container }) => {
  if (!before) return
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  if (!before.deleted) {
    await support.updateTicketCategories({ id: before.id, active: before.active })
    return
  }
  await support.restoreTicketCategories(before.id)
  if (before.rule_ids.length) await support.restoreRoutingRules(before.rule_ids)
})
