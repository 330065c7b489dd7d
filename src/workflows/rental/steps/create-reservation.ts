import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RENTAL_MODULE } from "../../../modules/rental"
import type RentalModuleService from "../../../modules/rental/service"
import type { NewReservation } from "../../../modules/rental/service"

/**
 * Writes the planned reservation, lines and unit assignments in one transaction (the exclusion constraint
 * refuses an overlap with 409). Compensation deletes it, so a failure later leaves no reservation behind.
 */
export const createReservationStep = createStep(
  "create-rental-reservation",
  async (plan: NewReservation, { container }) => {
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    // Two reservations of different models (different locks) may take the same number: the unique number
    // refuses the second, which takes the next one.
    for (let attempt = 0; ; attempt++) {
      const number = attempt ? await rentals.nextNumber("R") : plan.reservation.number
      try {
        const id = await rentals.createReservation({ ...plan, reservation: { ...plan.reservation, number } })
        return new StepResponse({ id, number }, id)
      } catch (error) {
        if (attempt >= 3 || !/number/.test((error as Error).message ?? "") || !/unique|exists/i.test((error as Error).message ?? "")) throw error
      }
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<RentalModuleService>(RENTAL_MODULE).deleteRentalReservations(id)
  }
)
