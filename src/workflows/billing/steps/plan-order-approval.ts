import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { browserStepOf } from "../../../lib/billing/online-confirmation"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import { accountOrdering, cartForApproval, needsApproval, paymentChoiceOf } from "../../../lib/billing/order-pad"
import type { PortalActor } from "../../../lib/portal-actor"

export type PlanOrderApprovalInput = { cart_id: string; actor: PortalActor & { customer_id: string } }

export type OrderApprovalPlan = {
  existing_id: string | null
  create: { account_id: string; site_id: string | null; cart_id: string; currency_code: string; total: number; requested_by_customer_id: string } | null
}

export const planOrderApprovalStepId = "plan-order-approval"

/** Whether the cart's payment waits for the payer's browser (Stripe's card form), which an approver cannot give. */
async function waitsForBrowser(container: MedusaContainer, cartId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.data"],
    filters: { id: cartId },
  })
  const sessions = (data[0] as { payment_collection?: { payment_sessions?: { status: string; data: Record<string, unknown> | null }[] } | null } | undefined)?.payment_collection?.payment_sessions ?? []
  return sessions.some((session) => browserStepOf(session)?.client_secret)
}

/**
 * Checks, under the cart's lock, that the member's own open cart is one that must wait: above the account's
 * threshold for a member who may not approve. A repeat finds the pending approval and answers it.
 */
export const planOrderApprovalStep = createStep(planOrderApprovalStepId, async ({ cart_id, actor }: PlanOrderApprovalInput, { container }): Promise<StepResponse<OrderApprovalPlan>> => {
  const cart = await cartForApproval(container, cart_id)
  // Another customer's cart is as missing as one that does not exist.
  if (!cart || cart.customer_id !== actor.customer_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} was not found`)
  const [pending] = await container.resolve<BillingModuleService>(BILLING_MODULE).listOrderApprovals({ cart_id, status: "pending" }, { take: 1 })
  if (pending) return new StepResponse({ existing_id: pending.id as string, create: null })
  if (cart.completed_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: this cart is already an order")
  if (!cart.items?.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "cart_id: the cart has no lines")
  // The approver completes the cart without the completion guard: a choice to pay online is checked here.
  if (paymentChoiceOf(actor, cart.metadata) === "online" && (await waitsForBrowser(container, cart_id))) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "portal_payment: the approver places this order on the server, where no card can be confirmed; choose on_invoice for an order that needs approval"
    )
  }
  const total = Number(cart.total ?? 0)
  if (!needsApproval(actor, await accountOrdering(container, actor.account_id), total)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "cart_id: this order needs no approval; complete the cart")
  }
  const siteId = typeof cart.metadata?.site_id === "string" ? cart.metadata.site_id : null
  return new StepResponse({
    existing_id: null,
    create: { account_id: actor.account_id, site_id: siteId, cart_id, currency_code: cart.currency_code, total, requested_by_customer_id: actor.customer_id },
  })
})
