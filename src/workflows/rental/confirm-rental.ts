import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { heldRange, loadRentalModels } from "../../lib/rental/models"
import type { AssignmentInput } from "../../modules/rental/service"
import { checkStaffActionStep } from "./steps/check-staff-action"
import { replaceAssignmentsStep } from "./steps/replace-assignments"
import { updateReservationStep } from "./steps/update-reservation"

export type ConfirmRentalInput = {
  id: string
  /** Units staff chose instead of the ones assigned at request time, per line; the rest stay. */
  units?: { line_id: string; unit_ids: string[] }[]
  is_loan?: boolean
  lock_owner: string
}

/** The assignments after staff's changes: each changed line's units must be that line's model's, and as many. */
const planUnitsStep = createStep(
  "plan-rental-confirmation-units",
  async (input: { reservation: { id: string; starts_at: string; ends_at: string; lines: { id: string; model_id: string; quantity: number; title: string }[]; assignments: AssignmentInput[] }; units?: ConfirmRentalInput["units"] }, { container }) => {
    const { reservation } = input
    if (!input.units?.length) return new StepResponse({ changed: false, assignments: reservation.assignments })
    const { models } = await loadRentalModels(container, { ids: [...new Set(reservation.lines.map((l) => l.model_id))] })
    const assignments: AssignmentInput[] = []
    for (const line of reservation.lines) {
      const asked = input.units.find((u) => u.line_id === line.id)
      if (!asked) {
        assignments.push(...reservation.assignments.filter((a) => a.line_id === line.id))
        continue
      }
      const model = models.find((m) => m.id === line.model_id)!
      const ids = [...new Set(asked.unit_ids)]
      if (ids.length !== line.quantity) throw new MedusaError(MedusaError.Types.INVALID_DATA, `units: ${line.title} needs ${line.quantity} unit(s), ${ids.length} given`)
      const foreign = ids.find((id) => !model.unit_ids.includes(id))
      if (foreign) throw new MedusaError(MedusaError.Types.INVALID_DATA, `units: ${foreign} is not a unit of ${line.title}`)
      const held = heldRange(model, new Date(reservation.starts_at), new Date(reservation.ends_at))
      assignments.push(...ids.map((unit_id) => ({ unit_id, line_id: line.id, starts_at: held.from, blocked_until: held.to })))
    }
    // The exclusion constraint refuses a chosen unit that is taken at these dates (409 naming them).
    return new StepResponse({ changed: true, assignments })
  }
)

/**
 * Staff confirm a request, keeping the units assigned at request time or changing them; may mark it a loan.
 * The auto-confirm setting runs this same workflow, under the same lock, right after a client's request.
 */
export const confirmRentalWorkflow = createWorkflow("confirm-rental", (input: ConfirmRentalInput) => {
  const key = transform({ input }, ({ input }) => `portal-rental:${input.id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60, ownerId: input.lock_owner })
  const reservation = checkStaffActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "confirmed", from: ["requested" as const, "confirmed" as const] })))
  const plan = planUnitsStep(transform({ input, reservation }, ({ input, reservation }) => ({ reservation, units: input.units })))
  replaceAssignmentsStep(transform({ reservation, plan }, ({ reservation, plan }) => ({ id: reservation.id, assignments: plan.assignments })))
  updateReservationStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      fields: { status: "confirmed" as const, confirmed_at: new Date(), ...(input.is_loan === undefined ? {} : { is_loan: input.is_loan }) },
    }))
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  // The client's confirmation mail (src/subscribers/rental-client-mails.ts): once per rental, however often staff confirm.
  emitEventStep(
    transform({ reservation }, ({ reservation }) => ({
      eventName: "portal.rental.confirmed",
      data: { id: reservation.id, number: reservation.number, account_id: reservation.account_id },
    }))
  )
  return new WorkflowResponse(reservation)
})

/** Staff refuse a request with a reason; its units are freed at once. */
export const rejectRentalWorkflow = createWorkflow("reject-rental", (input: { id: string; reason: string; lock_owner: string }) => {
  const key = transform({ input }, ({ input }) => `portal-rental:${input.id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60, ownerId: input.lock_owner })
  const reservation = checkStaffActionStep(transform({ input }, ({ input }) => ({ id: input.id, action: "rejected", from: ["requested" as const, "confirmed" as const] })))
  updateReservationStep(transform({ input }, ({ input }) => ({ id: input.id, fields: { status: "rejected" as const, rejected_at: new Date(), rejection_reason: input.reason } })))
  replaceAssignmentsStep(transform({ input }, ({ input }) => ({ id: input.id, assignments: [] })))
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(reservation)
})
