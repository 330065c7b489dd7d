/** A date without time, in the admin's language. */
export const formatDay = (value: string | null | undefined, locale: string) =>
  value ? new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value)) : "—"

export const formatNumber = (value: number | null | undefined, locale: string) =>
  value === null || value === undefined ? "—" : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)

/** `YYYY-MM-DD` of a date input → ISO at midnight UTC, or null when empty. */
export const dayToIso = (day: string) => (day ? new Date(`${day}T00:00:00Z`).toISOString() : null)

/** ISO → `YYYY-MM-DD` for a date input. */
export const isoToDay = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "")

/** `datetime-local` value (the admin's wall clock) → ISO, or undefined when empty. */
export const localToIso = (local: string) => (local ? new Date(local).toISOString() : undefined)
