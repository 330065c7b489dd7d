import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { addDays, dayToInstant } from "./dates"

type AvailabilityCalendarProps = {
  /** First day of each month shown, `YYYY-MM-01`. */
  months: string[]
  /** Free units per UTC day, as the backend counted them (reservations, buffers and maintenance blocks). */
  free: Map<string, number>
  today: string
  /** The client's chosen days: highlighted, and a picked day keeps their length. */
  selection: { from: string; to: string } | null
  lengthDays: number
  site: string
  locale: string
}

// 1 January 2024 was a Monday: the weekday names are read from that week.
const MONDAY = Date.UTC(2024, 0, 1)

/**
 * Months as tables (weeks × weekdays), each day with its free units in words and colour; a free day is a
 * link that starts a reservation of the same length on it. Tables keep the grid readable by screen readers
 * (a caption per month, weekday headers) and by keyboard (only the bookable days are links).
 */
export async function AvailabilityCalendar({ months, free, today, selection, lengthDays, site, locale }: AvailabilityCalendarProps) {
  const t = await getTranslations("Rentals.calendar")
  const weekday = (index: number, style: "short" | "long") =>
    new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" }).format(new Date(MONDAY + index * 86_400_000))
  const longDay = (day: string) => new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone: "UTC" }).format(new Date(dayToInstant(day)))
  const selected = (day: string) => Boolean(selection && day >= selection.from && day < selection.to)

  return (
    <div className="mt-6 grid gap-6 md:grid-cols-2 xl:grid-cols-3" data-testid="availability-calendar">
      {months.map((first) => {
        const date = new Date(dayToInstant(first))
        const offset = (date.getUTCDay() + 6) % 7
        const length = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate()
        const cells: (string | null)[] = [...Array.from({ length: offset }, () => null), ...Array.from({ length }, (_, i) => addDays(first, i))]
        while (cells.length % 7) cells.push(null)
        const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7))
        return (
          <table key={first} className="w-full table-fixed border-separate border-spacing-1 text-center text-sm">
            <caption className="pb-2 text-left font-semibold text-slate-900 capitalize">
              {new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(date)}
            </caption>
            <thead>
              <tr>
                {Array.from({ length: 7 }, (_, index) => (
                  <th key={index} scope="col" abbr={weekday(index, "long")} className="font-medium text-slate-600">
                    {weekday(index, "short")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, row) => (
                <tr key={row}>
                  {week.map((day, column) => {
                    if (!day) return <td key={column} />
                    const count = free.get(day)
                    const past = day < today
                    const mine = selected(day)
                    const tone =
                      past || count === undefined
                        ? "bg-white text-slate-500"
                        : count === 0
                          ? "bg-slate-200 text-slate-700"
                          : count === 1
                            ? "bg-amber-100 text-amber-950"
                            : "bg-green-100 text-green-950"
                    const ring = mine ? "ring-2 ring-brand-700" : ""
                    const label = `${t("dayLabel", { date: longDay(day), count: count ?? 0 })}${mine ? ` (${t("legendSelected")})` : ""}`
                    const dayNumber = Number(day.slice(8))
                    const freeText = !past && count !== undefined ? <span className="block text-xs" aria-hidden="true">{count}</span> : null
                    return (
                      <td key={column} className={`rounded-md p-0 ${tone} ${ring}`} data-day={day} data-free={count ?? ""}>
                        {!past && count ? (
                          // The visible day number starts the link's name, the rest is read out after it.
                          <>
                          <Link
                            href={{ pathname: "/rentals/book", query: { from: day, to: addDays(day, lengthDays), ...(site ? { site } : {}) } }}
                            className="block min-h-8 rounded-md pt-1 hover:underline focus-visible:outline-2 focus-visible:outline-brand-700"
                          >
                            <span className="block font-semibold">{dayNumber}</span>
                            <span className="sr-only">
                              {" "}
                              — {t("startHere", { date: longDay(day), count })}
                              {mine ? ` (${t("legendSelected")})` : ""}
                            </span>
                          </Link>
                          {freeText}
                          </>
                        ) : (
                          <span className="block min-h-11 py-1" aria-label={label} role="img">
                            <span className="block font-semibold">{dayNumber}</span>
                            {freeText}
                          </span>
                        )}
                      </td>
                    )
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )
      })}
    </div>
  )
}

/** The calendar's colour key, in words too. */
export async function CalendarLegend() {
  const t = await getTranslations("Rentals.calendar")
  const items = [
    { label: t("legendFree"), className: "bg-green-100" },
    { label: t("legendFew"), className: "bg-amber-100" },
    { label: t("legendNone"), className: "bg-slate-200" },
    { label: t("legendSelected"), className: "bg-white ring-2 ring-brand-700" },
  ]
  return (
    <div className="mt-4">
      <h2 className="sr-only">{t("legend")}</h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm text-slate-700">
        {items.map((item) => (
          <li key={item.label} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block size-4 rounded ${item.className}`} />
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  )
}
