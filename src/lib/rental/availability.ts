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
