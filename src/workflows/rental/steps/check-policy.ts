import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planDateChange, type DateChangePlan } from "../../../lib/rental/change-plan"
import { rentalSettingsOf } from "../../../lib/rental/models"
import { cancellationPolicy } from "../../../lib/rental/settings"
import { RENTAL_MODULE } from "../../../modules/rental"
import type RentalModuleService from "../../../modules/rental/service"

export type CancellationPlan = { id: string; number: string; account_id: string; currency_code: string; fee: number }

/** Under the reservation's lock: whether the cancellation rule allows it now, and its fee. */
export const checkCancellationStep = createStep("check-rental-cancellation", async (input: { id: string }, { container }) => {
  const reservation = await container.resolve<RentalModuleService>(RENTAL_MODULE).retrieveRentalReservation(input.id)
  const policy = cancellationPolicy(
    await rentalSettingsOf(container),
    { status: reservation.status, starts_at: new Date(reservation.starts_at), estimated_total: Number(reservation.estimated_total), is_loan: reservation.is_loan },
    new Date()
  )
  if (!policy.allowed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, policy.refusal!)
  return new StepResponse<CancellationPlan>({ id: reservation.id, number: reservation.number, account_id: reservation.account_id, currency_code: reservation.currency_code, fee: policy.fee })
})

/** Under the reservation's and its models' locks: the new units and prices for the new dates. */
export const planDateChangeStep = createStep("plan-rental-date-change", async (input: { id: string; starts_at: string; ends_at: string }, { container }) => {
  const plan = await planDateChange(container, input.id, new Date(input.starts_at), new Date(input.ends_at))
  return new StepResponse<DateChangePlan>(plan)
})
