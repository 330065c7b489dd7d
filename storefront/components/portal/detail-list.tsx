import { Link } from "@/i18n/navigation"

export type DetailRow = {
  label: string
  value: string | null | undefined
  /** A link on the value: a portal page when `internal` (the language prefix is added), else as given (tel:, mailto:). */
  href?: string
  internal?: boolean
}

/** Labelled values of one record in two columns; a missing value reads as `emptyLabel`. */
export function DetailList({ rows, emptyLabel }: { rows: DetailRow[]; emptyLabel: string }) {
  const linkClass = "text-brand-700 underline underline-offset-2"
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      {rows.map((row) => (
        <div key={row.label}>
          <dt className="text-sm text-slate-500">{row.label}</dt>
          <dd className="mt-1 font-medium break-words text-slate-900">
            {!row.value ? (
              <span className="font-normal text-slate-500">{emptyLabel}</span>
            ) : !row.href ? (
              row.value
            ) : row.internal ? (
              <Link href={row.href} className={linkClass}>
                {row.value}
              </Link>
            ) : (
              <a href={row.href} className={linkClass}>
                {row.value}
              </a>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
