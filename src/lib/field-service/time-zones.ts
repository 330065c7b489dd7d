/** Local wall-clock times to instants, with the platform's time-zone data (Intl) and no library. */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Whether the platform knows this IANA time zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone)
    return true
  } catch {
    return false
  }
}

/** The local calendar fields of an instant in a time zone. */
export function localParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {}
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== "literal") parts[p.type] = Number(p.value)
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second }
}

const QUARTER_HOUR = 900_000
const offsets = new Map<string, number>()

/**
 * Milliseconds the zone is ahead of UTC at an instant. Zones change offset only on a quarter hour, so the
 * answer is kept per zone and quarter hour: formatting a date is the slot search's costliest step otherwise.
 */
function offsetAt(instant: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(instant / QUARTER_HOUR)}`
  let offset = offsets.get(key)
  if (offset === undefined) {
    const p = localParts(instant, timeZone)
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000
    if (offsets.size > 50_000) offsets.clear()
    offsets.set(key, offset)
  }
  return offset
}

/**
 * The instant a local date and time (minutes since local midnight) denotes in a zone; around a daylight-saving
 * change a skipped or repeated hour resolves to one of its candidates, which working hours never fall in.
 */
export function zonedToInstant(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const naive = Date.UTC(year, month - 1, day, 0, minutes)
  const guess = naive - offsetAt(naive, timeZone)
  // Across a change of offset the first guess used the other side's offset: correct it once.
  return naive - offsetAt(guess, timeZone)
}

/** "08:30" -> 510; null when it is not a time of day. */
export function minutesOfDay(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text) ?? (text === "24:00" ? [text, "24", "00"] : null)
  return m ? Number(m[1]) * 60 + Number(m[2]) : null
}

/** The technician's zone (the detail loads the whole technician), else UTC. */
export const visitTimeZone = (i: { technician?: unknown }): string => (i.technician as { time_zone?: string } | null)?.time_zone || "UTC"

/** "8 December 2026, 09:00 – 11:00 CET": a visit's window in one line. */
export function formatVisitWindow(locale: string, start: Date | string | null, end: Date | string | null, timeZone: string): string | null {
  if (!start) return null
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(new Date(start))
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone })
  const zone = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(new Date(start)).find((p) => p.type === "timeZoneName")?.value
  return `${day}, ${time.format(new Date(start))}${end ? ` – ${time.format(new Date(end))}` : ""}${zone ? ` ${zone}` : ""}`
}
