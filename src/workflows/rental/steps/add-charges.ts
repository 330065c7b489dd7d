import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ChargeKind } from "../../../modules/rental/contract"
import { RENTAL_MODULE } from "../../../modules/rental"
import type RentalModuleService from "../../../modules/rental/service"

export type ChargeInput = { reservation_id: string; kind: ChargeKind; description: string; quantity: number; unit_amount: number; amount: number }

/** Records charges of a reservation; compensation deletes them. */
export const addChargesStep = createStep(
  "add-rental-charges",
  async (charges: ChargeInput[], { container }) => {
    if (!charges.length) return new StepResponse([] as string[], [] as string[])
    const created = await container.resolve<RentalModuleService>(RENTAL_MODULE).createRentalCharges(charges)
    const ids = created.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<RentalModuleService>(RENTAL_MODULE).deleteRentalCharges(ids)
  }
)
