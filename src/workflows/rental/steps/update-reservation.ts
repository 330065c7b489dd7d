import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { RENTAL_MODULE } from "../../../modules/rental"
import type RentalModuleService from "../../../modules/rental/service"

export type ReservationFields = Partial<{
  status: "requested" | "confirmed" | "out" | "returned" | "cancelled" | "rejected"
  is_loan: boolean
  starts_at: Date
  ends_at: Date
  estimated_total: number
  rejection_reason: string | null
  confirmed_at: Date | null
  out_at: Date | null
  returned_at: Date | null
  cancelled_at: Date | null
  rejected_at: Date | null
  order_id: string | null
}>

/** Writes a reservation's fields (and its lines' prices); compensation writes back what they were. */
export const updateReservationStep = createStep(
  "update-rental-reservation",
  async (input: { id: string; fields: ReservationFields; line_prices?: { id: string; price: number }[] }, { container }) => {
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    const before = await rentals.retrieveRentalReservation(input.id, { relations: ["lines"] })
    const previous = Object.fromEntries(Object.keys(input.fields).map((k) => [k, before[k as keyof typeof before]])) as ReservationFields
    await rentals.updateRentalReservations({ id: input.id, ...input.fields })
    const prices = input.line_prices ?? []
    if (prices.length) await rentals.updateRentalLines(prices.map((l) => ({ id: l.id, price: l.price })))
    const previousPrices = prices.map((l) => ({ id: l.id, price: Number(before.lines.find((x) => x.id === l.id)?.price ?? 0) }))
    return new StepResponse(input.id, { id: input.id, fields: previous, line_prices: previousPrices })
  },
  async (previous, { container }) => {
    if (!previous) return
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    await rentals.updateRentalReservations({ id: previous.id, ...previous.fields })
    if (previous.line_prices.length) await rentals.updateRentalLines(previous.line_prices)
  }
)
