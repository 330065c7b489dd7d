import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { RENTAL_MODULE } from "../../modules/rental"
import type RentalModuleService from "../../modules/rental/service"
import type { AssignmentInput } from "../../modules/rental/service"
import { freeUnits } from "./availability"
import { customerGroupsOf, heldRange, loadRentalModels, rateFor, rentalSettingsOf } from "./models"
import { cheapestPrice, rentalDays } from "./pricing"
import { changePolicy, datesRefusal } from "./settings"

export type DateChangePlan = {
  reservation_id: string
  starts_at: Date
  ends_at: Date
  fee: number
  estimated_total: number
  lines: { id: string; price: number }[]
  assignments: AssignmentInput[]
}

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * What moving a reservation to new dates means: refused by the change rule (notice) or the dates rules,
 * else the same units where they are free for the new dates (the reservation's own ranges set aside),
 * other free units of the model where not, the new prices and the fee. A refusal names the rule or the
 * model and dates that have no free unit.
 */
export async function planDateChange(container: MedusaContainer, reservationId: string, starts_at: Date, ends_at: Date): Promise<DateChangePlan> {
  const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
  const reservation = await rentals.retrieveRentalReservation(reservationId, { relations: ["lines", "assignments"] })
  const settings = await rentalSettingsOf(container)
  const now = new Date()
  const policy = changePolicy(settings, { status: reservation.status, starts_at: new Date(reservation.starts_at), is_loan: reservation.is_loan }, now)
  if (!policy.allowed) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, policy.refusal!)
  const refusal = datesRefusal(settings, starts_at, ends_at, now)
  if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, refusal)
  const { models } = await loadRentalModels(container, { ids: [...new Set(reservation.lines.map((l) => l.model_id))] })
  const longest = Math.max(0, ...models.map((m) => m.buffer_hours))
  const busy = await rentals.busyRanges(models.flatMap((m) => m.unit_ids), starts_at, new Date(ends_at.getTime() + longest * 3_600_000), reservation.id)
  const days = rentalDays(starts_at, ends_at)
  const groups = await customerGroupsOf(container, reservation.customer_id)
  const assignments: AssignmentInput[] = []
  const lines: DateChangePlan["lines"] = []
  for (const line of reservation.lines) {
    const model = models.find((m) => m.id === line.model_id)
    const rate = model && rateFor(model, reservation.currency_code, groups, days)
    if (!model || !rate) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `lines: ${line.title} is no longer offered for rent`)
    const held = heldRange(model, starts_at, ends_at)
    const current = reservation.assignments.filter((a) => a.live && a.line_id === line.id).map((a) => a.unit_id)
    const free = freeUnits(model.unit_ids, busy, held.from, held.to).filter((u) => !assignments.some((a) => a.unit_id === u))
    const chosen = [...current.filter((u) => free.includes(u)), ...free.filter((u) => !current.includes(u))].slice(0, line.quantity)
    if (chosen.length < line.quantity) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `starts_at: only ${chosen.length} ${line.title} free from ${day(starts_at)} to ${day(ends_at)} (${line.quantity} reserved)`)
    }
    assignments.push(...chosen.map((unit_id) => ({ unit_id, line_id: line.id, starts_at: held.from, blocked_until: held.to })))
    lines.push({ id: line.id, price: cheapestPrice(rate, days).total * line.quantity })
  }
  return {
    reservation_id: reservation.id,
    starts_at,
    ends_at,
    fee: policy.fee,
    estimated_total: Math.round(lines.reduce((sum, l) => sum + l.price, 0) * 100) / 100,
    lines,
    assignments,
  }
}
