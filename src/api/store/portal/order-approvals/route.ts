import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BILLING_MODULE } from "../../../../modules/billing"
import type BillingModuleService from "../../../../modules/billing/service"
import { accountOrdering, assertMayOrder, loadApproval, presentApprovals, type ApprovalRow } from "../../../../lib/billing/order-pad"
import { billingReader } from "../../../../lib/billing/reader"
import { answerConflict } from "../../../../lib/conflict-response"
import { can } from "../../../../lib/portal-actor"
import { describeClient } from "../../../../lib/quotes/actors"
import { requestOrderApprovalWorkflow } from "../../../../workflows/billing/request-order-approval"
import type { StoreListOrderApprovalsType, StoreRequestOrderApprovalType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** Orders waiting for an approver, and decided ones: an approver sees the account's (within their sites), a requester their own. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListOrderApprovalsType>, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const filters: Record<string, unknown> = { account_id: actor.account_id }
  if (req.validatedQuery.status) filters.status = req.validatedQuery.status
  if (actor.site_ids?.length) filters.site_id = actor.site_ids
  if (!can(actor, "approve") && !actor.read_only) filters.requested_by_customer_id = actor.customer_id ?? "none"
  const [rows, count] = await req.scope
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listAndCountOrderApprovals(filters, { skip, take, order: (order as Record<string, "ASC" | "DESC"> | undefined) ?? { created_at: "DESC" } })
  res.json({ order_approvals: await presentApprovals(req.scope, actor, rows as unknown as ApprovalRow[]), count, offset: skip, limit: take })
}

/** A requester's cart above the account's threshold waits for an approver instead of being completed. */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestOrderApprovalType>, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  assertMayOrder(actor)
  const client = await describeClient(req, actor)
  const staffUserId = (await accountOrdering(req.scope, actor.account_id)).salesperson_id
  const run = await answerConflict(res, () =>
    requestOrderApprovalWorkflow(req.scope).run({
      input: {
        cart_id: req.validatedBody.cart_id,
        actor,
        actor_name: client.name,
        staff_user_id: staffUserId,
        lock_owner: randomUUID(),
      },
    })
  )
  if (!run) return
  const row = await loadApproval(req.scope, actor, run.result.id)
  const [approval] = await presentApprovals(req.scope, actor, [row])
  res.status(201).json({ order_approval: approval })
}
