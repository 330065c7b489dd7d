import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { accountOrdering, assertNoRentalLines, cartForApproval, paymentChoiceOf } from "../../../../lib/billing/order-pad"
import { sitesCover } from "../../../../lib/portal-actor"

/**
 * Before Medusa's own `POST /store/carts/:id/complete`: a portal member's cart becomes an order only if their
 * role may order (a viewer may not), for one of their sites, and, when the account sets a threshold, either
 * below it or by a member who may approve; above it a requester asks for approval instead
 * (`POST /store/portal/order-approvals`) and the approver's decision completes the cart. Paying online at
 * checkout (`metadata.portal_payment`) is for payers only. Customers who are no portal member keep Medusa's
 * behaviour.
 */
export async function guardCartCompletion(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
    if (!customerId) return next()
    const member = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).memberAccess(customerId)
    if (!member) return next()
    if (!member.portal_enabled) throw new MedusaError(MedusaError.Types.FORBIDDEN, "The portal is not enabled for this account")
    if (member.role === "viewer") throw new MedusaError(MedusaError.Types.FORBIDDEN, "Your role (viewer) does not allow ordering")
    const cart = await cartForApproval(req.scope, req.params.id)
    if (!cart || cart.customer_id !== customerId || cart.completed_at) return next()
    await assertNoRentalLines(req.scope, cart.items ?? [])
    const siteId = typeof cart.metadata?.site_id === "string" ? cart.metadata.site_id : null
    if (!sitesCover(member.site_ids?.length ? member.site_ids : null, siteId)) {
      throw new MedusaError(MedusaError.Types.FORBIDDEN, "This cart is for a site outside yours")
    }
    paymentChoiceOf(member, cart.metadata)
    const ordering = await accountOrdering(req.scope, member.account_id)
    const mayApprove = member.role === "approver" || member.role === "admin"
    if (ordering.approval_threshold !== null && !mayApprove && Number(cart.total ?? 0) > ordering.approval_threshold) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart: above the account's approval threshold, this order waits for an approver; ask for approval")
    }
    return next()
  } catch (error) {
    return next(error)
  }
}
