/** An iCalendar (RFC 5545) file of one visit, for the client's calendar and the booking e-mail. */

export type CalendarEvent = {
  uid: string
  start: Date
  end: Date
  summary: string
  description?: string | null
  location?: string | null
  /** Bumped on each change so that calendars replace the earlier copy. */
  sequence?: number
  cancelled?: boolean
  stamp?: Date
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")

/** Text values escape backslash, semicolon, comma and line breaks. */
const text = (value: string) => value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n")

/** Lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = []
  let current = ""
  let octets = 0
  for (const ch of line) {
    const size = Buffer.byteLength(ch)
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current)
      current = ""
      octets = 0
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join("\r\n ")
}

export function buildIcs(event: CalendarEvent, productName = "Client portal"): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${text(productName)}//Interventions//EN`,
    "CALSCALE:GREGORIAN",
    `METHOD:${event.cancelled ? "CANCEL" : "PUBLISH"}`,
    "BEGIN:VEVENT",
    `UID:${text(event.uid)}`,
    `DTSTAMP:${stamp(event.stamp ?? new Date())}`,
    `DTSTART:${stamp(event.start)}`,
    `DTEND:${stamp(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `SUMMARY:${text(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${text(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${text(event.location)}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ]
  return lines.map(fold).join("\r\n") + "\r\n"
}
