import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import type { TicketCategoryTranslations } from "../../modules/support/contract"
import type { TicketPriority } from "../../modules/support/statuses"

export type SaveTicketCategoryInput = {
  /** None: a new category. */
  id?: string
  name?: string
  description?: string | null
  translations?: TicketCategoryTranslations | null
  default_assignee_id?: string | null
  rank?: number
  active?: boolean
  /** Given: replaces the category's rules. */
  routing_rules?: { site_id?: string | null; priority?: TicketPriority | null; assignee_id: string }[]
}

type Snapshot = { id: string; created: boolean; fields: Record<string, unknown>; rules: { site_id: string | null; priority: TicketPriority | null; assignee_id: string }[] }

const saveTicketCategoryStep = createStep("save-support-ticket-category", async (input: SaveTicketCategoryInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const { id, routing_rules, ...fields } = input
  let snapshot: Snapshot
  let categoryId: string
  if (id) {
    const before = await support.retrieveTicketCategory(id, { relations: ["routing_rules"] })
    snapshot = {
      id,
      created: false,
      fields: { name: before.name, description: before.description, translations: before.translations, default_assignee_id: before.default_assignee_id, rank: before.rank, active: before.active },
      rules: before.routing_rules.map((r) => ({ site_id: r.site_id, priority: r.priority, assignee_id: r.assignee_id })),
    }
    // Medusa merges a json column into the stored one: the translations given replace the old ones whole,
    // so a language or a text staff removed is gone.
    if (fields.translations !== undefined) await support.updateTicketCategories({ id, translations: null })
    await support.updateTicketCategories({ id, ...fields })
    categoryId = id
  } else {
    const created = await support.createTicketCategories({ name: fields.name ?? "", ...fields })
    categoryId = created.id
    snapshot = { id: created.id, created: true, fields: {}, rules: [] }
  }
  if (routing_rules) {
    const old = await support.listRoutingRules({ category_id: categoryId }, { select: ["id"] })
    if (old.length) await support.deleteRoutingRules(old.map((r) => r.id))
    if (routing_rules.length) {
      await support.createRoutingRules(routing_rules.map((r) => ({ category_id: categoryId, site_id: r.site_id ?? null, priority: r.priority ?? null, assignee_id: r.assignee_id })))
    }
  }
  return new StepResponse(await support.retrieveTicketCategory(categoryId, { relations: ["routing_rules"] }), snapshot)
}, async (snapshot, { container }) => {
  if (!snapshot) return
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  if (snapshot.created) return support.deleteTicketCategories(snapshot.id)
  await support.updateTicketCategories({ id: snapshot.id, translations: null })
  await support.updateTicketCategories({ id: snapshot.id, ...snapshot.fields })
  const current = await support.listRoutingRules({ category_id: snapshot.id }, { select: ["id"] })
  if (current.length) await support.deleteRoutingRules(current.map((r) => r.id))
  if (snapshot.rules.length) await support.createRoutingRules(snapshot.rules.map((r) => ({ ...r, category_id: snapshot.id })))
})

/** Staff create or change a ticket category and its routing rules (replaced as a whole when given). */
export const saveTicketCategoryWorkflow = createWorkflow("save-support-ticket-category", (input: SaveTicketCategoryInput) => {
  return new WorkflowResponse(saveTicketCategoryStep(input))
})
