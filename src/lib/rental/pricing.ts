import { PERIOD_DAYS, RATE_PERIODS, type RatePeriod, type RentalPrice } from "../../modules/rental/contract"

const DAY_MS = 86_400_000

export type RateCard = {
  currency_code: string
  day_rate: number
  week_rate: number | null
  month_rate: number | null
}

/** Whole days a rental from `start` to `end` is billed: every started 24 hours counts, at least one. */
export function rentalDays(start: Date, end: Date): number {
  return Math.max(1, Math.ceil((end.getTime() - start.getTime()) / DAY_MS))
}

/** Amounts in main units rounded to cents, so that sums of floats never show 0.30000000000000004. */
const money = (value: number) => Math.round(value * 100) / 100

/**
 * The cheapest way to pay `days` with the card's day, week (7 days) and month (30 days) rates. A week or a
 * month may cover more days than are left when that is cheaper (6 days at a week's price), as a renter
 * would choose. Dynamic programming over the days: exact, and a year is 365 × 3 steps.
 */
export function cheapestPrice(card: RateCard, days: number): RentalPrice {
  const rates: [RatePeriod, number][] = RATE_PERIODS.map((p): [RatePeriod, number | null] => [p, p === "day" ? card.day_rate : p === "week" ? card.week_rate : card.month_rate])
    .filter((entry): entry is [RatePeriod, number] => entry[1] !== null && entry[1] >= 0)
  const best: number[] = [0]
  const choice: RatePeriod[] = []
  for (let n = 1; n <= days; n++) {
    best[n] = Infinity
    for (const [period, rate] of rates) {
      const cost = best[Math.max(0, n - PERIOD_DAYS[period])] + rate
      if (cost < best[n] - 1e-9) {
        best[n] = cost
        choice[n] = period
      }
    }
  }
  const counts = new Map<RatePeriod, number>()
  for (let n = days; n > 0; n = Math.max(0, n - PERIOD_DAYS[choice[n]])) counts.set(choice[n], (counts.get(choice[n]) ?? 0) + 1)
  const breakdown = RATE_PERIODS.filter((p) => counts.has(p))
    .reverse()
    .map((period) => {
      const rate = rates.find(([p]) => p === period)![1]
      const count = counts.get(period)!
      return { period, count, rate, amount: money(rate * count) }
    })
  return { currency_code: card.currency_code, total: money(best[days]), breakdown, days }
}

export type ReturnChargeInput = {
  card: RateCard & { meter_allowance_per_day: number | null; extra_meter_rate: number | null }
  starts_at: Date
  ends_at: Date
  returned_at: Date
  quantity: number
  /** Meter use per unit over the rental (return reading minus exit reading). */
  meter_use: number[]
  late_day_factor: number
  damage_amount: number
  damage_note?: string | null
  title: string
  /** The unit the meters count in ("h", "km"), named in the line for use beyond the allowance. */
  meter_unit?: string | null
}

/** "1 day", "4 days", "1 week": charge lines become Medusa order lines, written once, in English. */
const counted = (count: number, period: string) => `${count} ${period}${count === 1 ? "" : "s"}`
const metered = (value: number, unit: string | null | undefined) => (unit ? `${money(value)} ${unit}` : String(money(value)))

export type ChargeLine = { kind: "rental" | "extra_meter" | "late" | "damage"; description: string; quantity: number; unit_amount: number; amount: number }

/**
 * What a returned line costs: the planned days at the cheapest combination, meter use beyond the allowance
 * (allowance per planned day, per unit), every started late day at the day rate times the late factor, and
 * damage as staff assessed it.
 */
export function returnCharges(input: ReturnChargeInput): ChargeLine[] {
  const { card, quantity } = input
  const days = rentalDays(input.starts_at, input.ends_at)
  const price = cheapestPrice(card, days)
  const lines: ChargeLine[] = [
    {
      kind: "rental",
      description: `${input.title}: ${counted(days, "day")} (${price.breakdown.map((b) => counted(b.count, b.period)).join(" + ")})`,
      quantity,
      unit_amount: price.total,
      amount: money(price.total * quantity),
    },
  ]
  if (card.meter_allowance_per_day !== null && card.extra_meter_rate !== null) {
    const allowance = card.meter_allowance_per_day * days
    const extra = input.meter_use.reduce((sum, use) => sum + Math.max(0, use - allowance), 0)
    if (extra > 0) {
      lines.push({
        kind: "extra_meter",
        description: `${input.title}: ${metered(extra, input.meter_unit)} beyond the ${metered(allowance, input.meter_unit)} included per unit`,
        quantity: money(extra),
        unit_amount: card.extra_meter_rate,
        amount: money(extra * card.extra_meter_rate),
      })
    }
  }
  const lateMs = input.returned_at.getTime() - input.ends_at.getTime()
  if (lateMs > 0) {
    const lateDays = Math.ceil(lateMs / DAY_MS)
    const unit = money(card.day_rate * input.late_day_factor)
    lines.push({ kind: "late", description: `${input.title}: returned ${counted(lateDays, "day")} late`, quantity: lateDays * quantity, unit_amount: unit, amount: money(unit * lateDays * quantity) })
  }
  if (input.damage_amount > 0) {
    lines.push({ kind: "damage", description: `${input.title}: damage${input.damage_note ? ` (${input.damage_note})` : ""}`, quantity: 1, unit_amount: money(input.damage_amount), amount: money(input.damage_amount) })
  }
  return lines
}
