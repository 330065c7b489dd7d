import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { decideOrderApprovalWorkflow } from "../../workflows/billing/decide-order-approval"
import { assertCan } from "../portal-actor"
import { describeClient } from "../quotes/actors"
import { accountOrdering, loadApproval, presentApprovals } from "./order-pad"
import { billingReader } from "./reader"

/**
 * An approver's decision on an order waiting for approval: 404 first for an approval the caller may not see,
 * then the role (a signed-in approver; read-only sessions never), then the workflow's lock and state check.
 */
export async function decideOrder(req: AuthenticatedMedusaRequest, res: MedusaResponse, decision: "approved" | "declined", reason: string | null) {
  const { actor } = await billingReader(req)
  await loadApproval(req.scope, actor, req.params.id)
  assertCan(actor, "approve")
  if (actor.kind !== "member" || !actor.customer_id) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a signed-in approver can decide")
  const client = await describeClient(req, actor)
  const staffUserId = (await accountOrdering(req.scope, actor.account_id)).salesperson_id
  try {
    await decideOrderApprovalWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        account_id: actor.account_id,
        decision,
        actor_customer_id: actor.customer_id,
        actor_name: client.name,
        decline_reason: reason,
        staff_user_id: staffUserId,
        lock_owner: randomUUID(),
      },
    })
  } catch (error) {
    const type = (error as { type?: string }).type
    if (type === MedusaError.Types.CONFLICT) return res.status(409).json({ type: "conflict", message: (error as Error).message })
    // Medusa refusing the held cart (payment, stock) is the approver's to read, not a server failure.
    if (type === MedusaError.Types.NOT_ALLOWED || type === MedusaError.Types.INVALID_DATA || type === "payment_authorization_error") {
      return res.status(400).json({ type: "not_allowed", message: (error as Error).message })
    }
    throw error
  }
  const [approval] = await presentApprovals(req.scope, actor, [await loadApproval(req.scope, actor, req.params.id)])
  res.json({ order_approval: approval })
}
