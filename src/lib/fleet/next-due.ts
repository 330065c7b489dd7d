/**
 * When a machine's maintenance is next due. Pure functions: the fleet module stores their answer on plans
 * and equipment (so lists filter in SQL), and routes use them to tell "overdue" from "due soon" at read time.
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** Equipment due within this many days is flagged "due soon". */
export const DUE_SOON_DAYS = 30

/** The average daily use is measured over the accepted readings of this many days before the latest one. */
export const USAGE_WINDOW_DAYS = 90

export type PlanSchedule = {
  interval_days: number | null
  interval_units: number | null
  meter_id: string | null
  last_done_at: Date | string | null
  last_done_value: number | null
}

/** What is known of a meter: its latest accepted reading and its recent average use per day. */
export type MeterUsage = {
  last_value: number | null
  last_read_at: Date | string | null
  average_daily_use: number | null
}

export type PlanDue = {
  next_due_date: Date | null
  /** The meter value at which a meter-based plan is due. */
  next_due_value: number | null
  /** True when the date comes from the meter's projected use rather than from a count of days. */
  projected: boolean
}

const toDate = (value: Date | string | null): Date | null => (value === null ? null : new Date(value))

/**
 * The next due date of a plan: `last done + interval_days` for the time part; for the meter part, the value
 * `last done value + interval_units` is due, and its date is projected from the latest reading at the meter's
 * average daily use. A plan with both is due at whichever comes first. A plan never done counts from `since`
 * (the installation date) for days and from zero for units.
 */
export function computePlanDue(plan: PlanSchedule, usage: MeterUsage | null, since: Date | string | null = null): PlanDue {
  let byTime: Date | null = null
  const start = toDate(plan.last_done_at) ?? toDate(since)
  if (plan.interval_days && start) byTime = new Date(start.getTime() + plan.interval_days * DAY_MS)

  let byMeter: Date | null = null
  let dueValue: number | null = null
  if (plan.interval_units && plan.meter_id) {
    dueValue = (plan.last_done_value ?? 0) + plan.interval_units
    const lastAt = usage ? toDate(usage.last_read_at) : null
    if (usage && usage.last_value !== null && lastAt) {
      const remaining = dueValue - usage.last_value
      if (remaining <= 0) {
        // Already past the due value: due since the reading that showed it.
        byMeter = lastAt
      } else if (usage.average_daily_use && usage.average_daily_use > 0) {
        byMeter = new Date(lastAt.getTime() + (remaining / usage.average_daily_use) * DAY_MS)
      }
    }
  }

  if (byMeter && (!byTime || byMeter < byTime)) {
    return { next_due_date: byMeter, next_due_value: dueValue, projected: true }
  }
  return { next_due_date: byTime, next_due_value: dueValue, projected: false }
}

/** Average use per day between two readings, or null when they are too close in time to say. */
export function averageDailyUse(
  first: { value: number; read_at: Date | string } | null,
  last: { value: number; read_at: Date | string } | null
): number | null {
  if (!first || !last) return null
  const days = (new Date(last.read_at).getTime() - new Date(first.read_at).getTime()) / DAY_MS
  if (days < 1) return null
  return Math.max(0, (last.value - first.value) / days)
}

export type DueState = { overdue: boolean; due_soon: boolean }

/** `overdue` once the date has passed; `due_soon` when it falls within the next 30 days (not yet overdue). */
export function dueState(date: Date | string | null, now: Date = new Date()): DueState {
  if (!date) return { overdue: false, due_soon: false }
  const at = new Date(date).getTime()
  const overdue = at < now.getTime()
  return { overdue, due_soon: !overdue && at <= now.getTime() + DUE_SOON_DAYS * DAY_MS }
}

/** The limit of the "due soon" filter: anything due before it is due soon or overdue. */
export function dueSoonLimit(now: Date = new Date()): Date {
  return new Date(now.getTime() + DUE_SOON_DAYS * DAY_MS)
}

/** The plan due first, among plans with a due date. */
export function earliestDue<T extends { id: string; next_due_date: Date | string | null }>(plans: T[]): T | null {
  let best: T | null = null
  for (const plan of plans) {
    if (!plan.next_due_date) continue
    if (!best || new Date(plan.next_due_date) < new Date(best.next_due_date!)) best = plan
  }
  return best
}
