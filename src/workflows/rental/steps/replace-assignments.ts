import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RENTAL_MODULE } from "../../../modules/rental"
import type RentalModuleService from "../../../modules/rental/service"
import type { AssignmentInput } from "../../../modules/rental/service"

/**
 * Gives a reservation `assignments` in place of its live ones (none frees its units), under the exclusion
 * constraint; compensation gives back the previous ones.
 */
export const replaceAssignmentsStep = createStep(
  "replace-rental-assignments",
  async (input: { id: string; assignments: AssignmentInput[] }, { container }) => {
    const previous = await container.resolve<RentalModuleService>(RENTAL_MODULE).replaceAssignments(
      input.id,
      input.assignments.map((a) => ({ ...a, starts_at: new Date(a.starts_at), blocked_until: new Date(a.blocked_until) }))
    )
    return new StepResponse(previous, { id: input.id, previous })
  },
  async (saved, { container }) => {
    if (!saved) return
    await container.resolve<RentalModuleService>(RENTAL_MODULE).replaceAssignments(
      saved.id,
      saved.previous.map((a) => ({ ...a, starts_at: new Date(a.starts_at), blocked_until: new Date(a.blocked_until) }))
    )
  }
)
