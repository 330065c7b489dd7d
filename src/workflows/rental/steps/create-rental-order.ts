import type { CreateOrderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Turns a return's charges into a Medusa order with Medusa's own workflow, so it lists with the client's
 * orders and is invoiced like any other; none for a loan or a return that costs nothing. Compensation deletes it.
 */
export const createRentalOrderStep = createStep(
  "create-rental-order",
  async (order: CreateOrderDTO | null, { container }) => {
    if (!order) return new StepResponse(null as string | null, null as string | null)
    const { result } = await createOrderWorkflow(container).run({ input: order })
    return new StepResponse(result.id as string | null, result.id as string | null)
  },
  async (orderId, { container }) => {
    if (orderId) await container.resolve(Modules.ORDER).deleteOrders([orderId])
  }
)
