/**
 * The checks a new meter reading goes through before it is stored. Pure: the add-reading workflow gives it
 * the previous reading and the meter's recent average use, and acts on the verdict.
 */

const DAY_MS = 24 * 60 * 60 * 1000

/** How far in the future a reading may be dated, for clocks that run a little ahead. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000

/** A reading more than this many times the usual use since the previous one is held for review… */
export const PLAUSIBLE_FACTOR = 3
/** …beyond a margin of this many days of usual use, so that small meters are not flagged for noise. */
export const PLAUSIBLE_MARGIN_DAYS = 2

export type ReadingCheckInput = {
  value: number
  read_at: Date
  replacement: boolean
  previous: { value: number; read_at: Date | string } | null
  /** The first accepted reading after this one, when a reading is dated back between two others. */
  next?: { value: number; read_at: Date | string } | null
  average_daily_use: number | null
  now?: Date
}

export type ReadingVerdict =
  | { ok: false; field: "value" | "read_at"; message: string }
  | { ok: true; status: "accepted" | "to_review"; reason: string | null }

export function checkReading({ value, read_at, replacement, previous, next = null, average_daily_use, now = new Date() }: ReadingCheckInput): ReadingVerdict {
  if (!Number.isFinite(value) || value < 0) return { ok: false, field: "value", message: "value must be a number of zero or more" }
  if (read_at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return { ok: false, field: "read_at", message: "read_at cannot be in the future" }
  }
  // A new counter starts again from a lower value: nothing to compare it with.
  if (replacement) return { ok: true, status: "accepted", reason: null }
  if (next && value > next.value) {
    return {
      ok: false,
      field: "value",
      message: `value ${value} is higher than the later reading of ${new Date(next.read_at).toISOString()} (${next.value})`,
    }
  }
  if (!previous) return { ok: true, status: "accepted", reason: null }
  if (value < previous.value) {
    return {
      ok: false,
      field: "value",
      message: `value ${value} is lower than the previous reading (${previous.value}); staff can record a meter replacement`,
    }
  }
  if (average_daily_use && average_daily_use > 0) {
    const days = Math.max(0, (read_at.getTime() - new Date(previous.read_at).getTime()) / DAY_MS)
    const expected = average_daily_use * days
    const ceiling = PLAUSIBLE_FACTOR * expected + average_daily_use * PLAUSIBLE_MARGIN_DAYS
    const increase = value - previous.value
    if (increase > ceiling) {
      return {
        ok: true,
        status: "to_review",
        reason: `increase of ${round(increase)} in ${round(days)} days, usually about ${round(expected)}`,
      }
    }
  }
  return { ok: true, status: "accepted", reason: null }
}

const round = (n: number) => Math.round(n * 10) / 10
