import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

export type MarkOrderPadFavouriteInput = { account_id: string; customer_id: string; variant_id: string }

/** Marks the favourite (once: the unique index); compensation removes it only if this step created it. */
export const markOrderPadFavouriteStep = createStep(
  "mark-order-pad-favourite",
  async (input: MarkOrderPadFavouriteInput, { container }) => {
    const marked = await container.resolve<BillingModuleService>(BILLING_MODULE).markOrderPadFavourite(input)
    return new StepResponse(marked, marked.created ? marked.id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<BillingModuleService>(BILLING_MODULE).deleteOrderPadFavourites([createdId])
  }
)
