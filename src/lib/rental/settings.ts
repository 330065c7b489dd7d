import { RENTAL_SETTINGS_DEFAULTS, type RentalSettings } from "../../modules/rental/contract"

const HOUR_MS = 3_600_000

/** The stored `rentals` settings with every missing key at its default. */
export function rentalSettings(stored: Partial<RentalSettings> | null | undefined): RentalSettings {
  return { ...RENTAL_SETTINGS_DEFAULTS, ...(stored ?? {}) }
}

export type PolicyAnswer = { allowed: boolean; fee: number; refusal: string | null }

/**
 * Whether a reservation starting at `starts_at` may be cancelled at `now`, and what it costs: free before
 * the notice, a share of the estimated price after it, refused once the rental started. A refusal names
 * the rule.
 */
export function cancellationPolicy(settings: RentalSettings, reservation: { status: string; starts_at: Date; estimated_total: number; is_loan: boolean }, now: Date): PolicyAnswer {
  if (reservation.status !== "requested" && reservation.status !== "confirmed") {
    return { allowed: false, fee: 0, refusal: `status: a reservation that is ${reservation.status} cannot be cancelled` }
  }
  if (reservation.starts_at.getTime() <= now.getTime()) {
    return { allowed: false, fee: 0, refusal: "starts_at: the rental has started; ask us to end it" }
  }
  const late = reservation.starts_at.getTime() - now.getTime() < settings.cancel_notice_hours * HOUR_MS
  const fee = late && !reservation.is_loan && reservation.status === "confirmed" ? Math.round(reservation.estimated_total * settings.late_cancel_fee_percent) / 100 : 0
  return { allowed: true, fee, refusal: null }
}

/** Whether a reservation's dates may still change at `now`: refused within the change notice or after the start. */
export function changePolicy(settings: RentalSettings, reservation: { status: string; starts_at: Date; is_loan: boolean }, now: Date): PolicyAnswer {
  if (reservation.status !== "requested" && reservation.status !== "confirmed") {
    return { allowed: false, fee: 0, refusal: `status: a reservation that is ${reservation.status} cannot change dates` }
  }
  if (reservation.starts_at.getTime() - now.getTime() < settings.change_notice_hours * HOUR_MS) {
    return { allowed: false, fee: 0, refusal: `starts_at: dates can change until ${settings.change_notice_hours} hours before the start` }
  }
  return { allowed: true, fee: reservation.is_loan ? 0 : settings.change_fee, refusal: null }
}

/** Refuses dates outside the business's rules (lead time, longest rental); the message names the field. */
export function datesRefusal(settings: RentalSettings, starts_at: Date, ends_at: Date, now: Date): string | null {
  if (ends_at.getTime() <= starts_at.getTime()) return "ends_at: the end must be after the start"
  if (starts_at.getTime() < now.getTime() + settings.min_lead_hours * HOUR_MS - 60_000) {
    return settings.min_lead_hours ? `starts_at: a rental starts at least ${settings.min_lead_hours} hours from now` : "starts_at: a rental cannot start in the past"
  }
  if (ends_at.getTime() - starts_at.getTime() > settings.max_days * 24 * HOUR_MS) return `ends_at: a rental lasts at most ${settings.max_days} days`
  return null
}
