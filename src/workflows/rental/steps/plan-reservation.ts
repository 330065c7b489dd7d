import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { freeUnits } from "../../../lib/rental/availability"
import { busyRangesOf, customerGroupsOf, heldRange, loadRentalModels, rateFor, rentalSettingsOf } from "../../../lib/rental/models"
import { cheapestPrice, rentalDays } from "../../../lib/rental/pricing"
import { datesRefusal } from "../../../lib/rental/settings"
import { RENTAL_MODULE } from "../../../modules/rental"
import type RentalModuleService from "../../../modules/rental/service"
import type { NewReservation } from "../../../modules/rental/service"

export type PlanReservationInput = {
  account_id: string
  site_id: string | null
  customer_id: string | null
  actor_name: string | null
  /** ISO dates: workflow input may be stored, where a Date would become text. */
  starts_at: string
  ends_at: string
  currency_code: string
  notes: string | null
  lines: { model_id: string; quantity: number }[]
}

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * Checks the dates against the business's rules, prices each line (cheapest day/week/month combination, at
 * the member's customer group rate when lower)
 * and picks free units, first created first. Runs under the models' lock, so units it finds free stay free
 * until the reservation is written; a refusal names the model and the dates.
 */
export const planReservationStep = createStep("plan-rental-reservation", async (raw: PlanReservationInput, { container }) => {
  const input = { ...raw, starts_at: new Date(raw.starts_at), ends_at: new Date(raw.ends_at) }
  const settings = await rentalSettingsOf(container)
  const refusal = datesRefusal(settings, input.starts_at, input.ends_at, new Date())
  if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  const ids = [...new Set(input.lines.map((l) => l.model_id))]
  if (ids.length !== input.lines.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "lines: give each model once, with its quantity")
  const { models } = await loadRentalModels(container, { ids, activeOnly: true })
  const missing = ids.find((id) => !models.some((m) => m.id === id))
  if (missing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: model ${missing} is not offered for rent`)
  const busy = await busyRangesOf(container, models, input.starts_at, input.ends_at)
  const days = rentalDays(input.starts_at, input.ends_at)
  const groups = await customerGroupsOf(container, input.customer_id)
  const lines: NewReservation["lines"] = []
  for (const line of input.lines) {
    const model = models.find((m) => m.id === line.model_id)!
    const rate = rateFor(model, input.currency_code, groups, days)
    if (!rate) throw new MedusaError(MedusaError.Types.INVALID_DATA, `currency_code: ${model.title} has no rate in ${input.currency_code.toUpperCase()}`)
    const held = heldRange(model, input.starts_at, input.ends_at)
    const free = freeUnits(model.unit_ids, busy, held.from, held.to)
    if (free.length < line.quantity) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `lines: only ${free.length} ${model.title} free from ${day(input.starts_at)} to ${day(input.ends_at)} (${line.quantity} asked)`
      )
    }
    lines.push({
      model_id: model.id,
      variant_id: model.variant_id,
      title: model.title,
      quantity: line.quantity,
      price: cheapestPrice(rate, days).total * line.quantity,
      deposit: rate.deposit * line.quantity,
      unit_ids: free.slice(0, line.quantity),
      blocked_until: held.to,
    })
  }
  const number = await container.resolve<RentalModuleService>(RENTAL_MODULE).nextNumber("R")
  const plan: NewReservation = {
    reservation: {
      number,
      account_id: input.account_id,
      site_id: input.site_id,
      status: "requested",
      starts_at: input.starts_at,
      ends_at: input.ends_at,
      currency_code: input.currency_code,
      estimated_total: Math.round(lines.reduce((sum, l) => sum + l.price, 0) * 100) / 100,
      deposit_total: Math.round(lines.reduce((sum, l) => sum + l.deposit, 0) * 100) / 100,
      customer_id: input.customer_id,
      requested_by_name: input.actor_name,
      notes: input.notes,
      confirmed_at: null,
    },
    lines,
  }
  return new StepResponse(plan)
})
