import type { getFormatter } from "next-intl/server"

type Formatter = Awaited<ReturnType<typeof getFormatter>>

/** "12 Mar 2026, 09:00 – 11:00", or both full dates when the window spans two days; null when unscheduled. */
export function formatWindow(format: Formatter, start: string | null, end: string | null): string | null {
  if (!start) return null
  const from = new Date(start)
  if (!end) return format.dateTime(from, { dateStyle: "medium", timeStyle: "short" })
  return format.dateTimeRange(from, new Date(end), { dateStyle: "medium", timeStyle: "short" })
}

/**
 * The type's texts arrive HTML-escaped (safe in an e-mail or a PDF); React escapes text itself, so shown as
 * they come a machine named "Smith & Co" would read "Smith &amp; Co".
 */
export const plainText = (escaped: string) =>
  escaped.replace(/&(amp|lt|gt|quot|#39);/g, (all, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name] ?? all)
