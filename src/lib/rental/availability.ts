const DAY_MS = 86_400_000

/** A time a unit cannot be given: a live assignment (its buffer included) or a maintenance block. */
export type BusyRange = { unit_id: string; from: Date; to: Date }

/** Whether [a1, a2) and [b1, b2) share an instant, as PostgreSQL's `&&` on '[)' ranges. */
export const overlaps = (a1: Date, a2: Date, b1: Date, b2: Date) => a1.getTime() < b2.getTime() && b1.getTime() < a2.getTime()

/**
 * The units free for a new assignment over [from, to) (the caller adds the buffer to `to`), in the order
 * given, so that the choice is stable: the first units in the list go first.
 */
export function freeUnits(unitIds: readonly string[], busy: readonly BusyRange[], from: Date, to: Date): string[] {
  const taken = new Set(busy.filter((b) => overlaps(b.from, b.to, from, to)).map((b) => b.unit_id))
  return unitIds.filter((id) => !taken.has(id))
}

/** The UTC day (midnight) of a date. */
export const utcDay = (date: Date) => new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS)

/**
 * Free units per UTC day from `from`'s day to `to`'s day included: a unit is free on a day when nothing
 * busy touches any instant of it. One pass over the busy ranges marking days per unit: linear in ranges ×
 * days they cover, whatever the number of units.
 */
export function dailyAvailability(unitIds: readonly string[], busy: readonly BusyRange[], from: Date, to: Date): { date: string; free: number }[] {
  const first = utcDay(from).getTime()
  const dayCount = Math.max(1, Math.floor((utcDay(to).getTime() - first) / DAY_MS) + 1)
  const index = new Map(unitIds.map((id, i) => [id, i]))
  const busyUnits = new Array<number>(dayCount).fill(0)
  const marked = new Uint8Array(unitIds.length * dayCount)
  for (const range of busy) {
    const unit = index.get(range.unit_id)
    if (unit === undefined) continue
    const start = Math.max(0, Math.floor((range.from.getTime() - first) / DAY_MS))
    // `to` is exclusive: a range ending at midnight leaves the next day free.
    const end = Math.min(dayCount - 1, Math.ceil((range.to.getTime() - first) / DAY_MS) - 1)
    for (let day = start; day <= end; day++) {
      const cell = unit * dayCount + day
      if (!marked[cell]) {
        marked[cell] = 1
        busyUnits[day]++
      }
    }
  }
  return busyUnits.map((count, day) => ({ date: new Date(first + day * DAY_MS).toISOString().slice(0, 10), free: unitIds.length - count }))
}
