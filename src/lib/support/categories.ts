import type { AdminTicketCategory } from "../../modules/support/contract"
import type { TicketPriority } from "../../modules/support/statuses"

type CategoryRecord = {
  id: string
  name: string
  description: string | null
  default_assignee_id: string | null
  rank: number
  active: boolean
  routing_rules?: { id: string; site_id: string | null; priority: TicketPriority | null; assignee_id: string }[]
}

export const presentAdminCategory = (c: CategoryRecord): AdminTicketCategory => ({
  id: c.id,
  name: c.name,
  description: c.description,
  default_assignee_id: c.default_assignee_id,
  rank: c.rank,
  active: c.active,
  routing_rules: (c.routing_rules ?? []).map(({ id, site_id, priority, assignee_id }) => ({ id, site_id, priority, assignee_id })),
})
