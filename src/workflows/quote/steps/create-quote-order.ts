import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { CreateOrderDTO } from "@medusajs/framework/types"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"

export const createQuoteOrderStepId = "create-quote-order"

/**
 * Creates the Medusa order of an accepted quote with Medusa's own order workflow (prices as agreed, taxes
 * and totals by Medusa). If anything after it fails, compensation deletes the order, so an order never
 * outlives the acceptance that made it.
 */
export const createQuoteOrderStep = createStep(
  createQuoteOrderStepId,
  async (order: CreateOrderDTO, { container }) => {
    const { result } = await createOrderWorkflow(container).run({ input: order })
    return new StepResponse(result, result.id)
  },
  async (orderId, { container }) => {
    if (!orderId) return
    await container.resolve(Modules.ORDER).deleteOrders([orderId])
  }
)
