import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

export type RemoveOrderPadFavouriteInput = { id: string; account_id: string; customer_id: string }

type Removed = { id: string; account_id: string; customer_id: string; variant_id: string }

/** Removes one of the member's favourites (already gone: nothing to do); compensation puts it back as it was. */
export const removeOrderPadFavouriteStep = createStep(
  "remove-order-pad-favourite",
  async (input: RemoveOrderPadFavouriteInput, { container }) => {
    const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
    const [row] = await billing.listOrderPadFavourites(input, { select: ["id", "account_id", "customer_id", "variant_id"], take: 1 })
    if (!row) return new StepResponse({ id: input.id, deleted: false }, null)
    await billing.deleteOrderPadFavourites([row.id])
    const removed: Removed = { id: row.id, account_id: row.account_id, customer_id: row.customer_id, variant_id: row.variant_id }
    return new StepResponse({ id: row.id, deleted: true }, removed)
  },
  async (removed, { container }) => {
    if (!removed) return
    await container.resolve<BillingModuleService>(BILLING_MODULE).markOrderPadFavourite(removed)
  }
)
