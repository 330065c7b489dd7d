import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

type Input = { schedule_id: string; invoice_id: string; settles: boolean }
type Before = { id: string; issued_count: number; status: "active" | "completed" | "cancelled"; settlement_invoice_id: string | null }

/** Counts a deposit issued on the schedule, or closes it with its settlement invoice. */
export const advanceDepositScheduleStep = createStep(
  "advance-billing-deposit-schedule",
  async (input: Input, { container }) => {
    const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
    const schedule = await billing.retrieveDepositSchedule(input.schedule_id)
    const before: Before = { id: schedule.id, issued_count: schedule.issued_count, status: schedule.status, settlement_invoice_id: schedule.settlement_invoice_id }
    await billing.updateDepositSchedules(
      input.settles
        ? { id: schedule.id, status: "completed", settlement_invoice_id: input.invoice_id }
        : { id: schedule.id, issued_count: schedule.issued_count + 1 }
    )
    return new StepResponse(undefined, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<BillingModuleService>(BILLING_MODULE).updateDepositSchedules(before)
  }
)
