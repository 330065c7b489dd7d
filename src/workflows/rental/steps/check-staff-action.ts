import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReservationStatus } from "../../../modules/rental/contract"
import { RENTAL_MODULE } from "../../../modules/rental"
import type RentalModuleService from "../../../modules/rental/service"

/**
 * Under the reservation's lock: refuses a staff action the reservation's status does not allow (confirming
 * a cancelled one, returning one never out), naming the status.
 */
export const checkStaffActionStep = createStep(
  "check-rental-staff-action",
  async (input: { id: string; action: string; from: ReservationStatus[] }, { container }) => {
    const reservation = await container.resolve<RentalModuleService>(RENTAL_MODULE).retrieveRentalReservation(input.id, { relations: ["lines", "assignments", "slips"] })
    if (!input.from.includes(reservation.status)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: rental ${reservation.number} is ${reservation.status} and cannot be ${input.action}`)
    }
    return new StepResponse({
      id: reservation.id,
      number: reservation.number,
      account_id: reservation.account_id,
      site_id: reservation.site_id,
      customer_id: reservation.customer_id,
      is_loan: reservation.is_loan,
      currency_code: reservation.currency_code,
      starts_at: new Date(reservation.starts_at).toISOString(),
      ends_at: new Date(reservation.ends_at).toISOString(),
      lines: reservation.lines.map((l) => ({ id: l.id, model_id: l.model_id, variant_id: l.variant_id, title: l.title, quantity: l.quantity })),
      assignments: reservation.assignments
        .filter((a) => a.live)
        .map((a) => ({ unit_id: a.unit_id, line_id: a.line_id, starts_at: new Date(a.starts_at).toISOString(), blocked_until: new Date(a.blocked_until).toISOString() })),
      exit_slip: (reservation.slips ?? []).find((s) => s.kind === "exit")?.units ?? null,
    })
  }
)
