import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { supportOf } from "../../../../lib/support/threads"
import { accountNames, presentAdminTicketRow } from "../../../../lib/support/tickets"
import type { AdminListTicketsType } from "./validators"

/**
 * Staff's ticket inbox: mine (assigned to the signed-in user), unassigned or all, filtered by status,
 * category, account and overdue (SLA passed while still active), the same list query clients use.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListTicketsType>, res: MedusaResponse) {
  const { view = "all", status, category_id, account_id, assignee_id, overdue, q, order } = req.validatedQuery as AdminListTicketsType
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const assignee = view === "mine" ? { id: req.auth_context.actor_id } : view === "unassigned" ? { id: null } : assignee_id ? { id: assignee_id } : undefined
  const { rows, count } = await supportOf(req.scope).listTicketRows({
    account_id,
    status,
    category_id,
    assignee,
    overdue: overdue === "true",
    q,
    order: order ?? "sla_due_at",
    limit: take,
    offset: skip,
  })
  const names = await accountNames(req.scope, rows.map((r) => r.account_id))
  res.json({ tickets: rows.map((r) => presentAdminTicketRow(r, names)), count, offset: skip, limit: take })
}
