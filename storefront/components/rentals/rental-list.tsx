import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { StoreRental } from "@/lib/data/rentals"
import { formatDay, formatMoney, instantToDay } from "./dates"
import { LoanBadge, OverdueBadge, RentalStatusBadge } from "./rental-badges"

/** Reservations as rows linking to their page: number, days, models, status, overdue flag and price. */
export async function RentalList({ rentals, locale, testId }: { rentals: StoreRental[]; locale: string; testId?: string }) {
  const t = await getTranslations("Rentals")
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm" data-testid={testId}>
      {rentals.map((rental) => {
        const start = formatDay(instantToDay(rental.starts_at), locale)
        const end = formatDay(instantToDay(rental.ends_at), locale)
        return (
          <li key={rental.id}>
            <Link
              href={`/rentals/${rental.id}`}
              data-testid="rental-link"
              className="flex flex-col gap-2 p-4 hover:bg-slate-50 focus-visible:bg-slate-50 sm:flex-row sm:items-center sm:justify-between"
            >
              <span className="min-w-0">
                <span className="block font-semibold text-slate-900">
                  {rental.number} · {t("period", { start, end })}
                </span>
                <span className="mt-0.5 block text-sm break-words text-slate-600">
                  {rental.lines.map((line) => t("lineSummary", { quantity: line.quantity, title: line.title })).join(", ")}
                </span>
              </span>
              <span className="flex flex-wrap items-center gap-2 sm:justify-end">
                {rental.is_loan ? <LoanBadge /> : null}
                {rental.overdue ? <OverdueBadge date={end} /> : null}
                <RentalStatusBadge status={rental.status} />
                {!rental.is_loan ? (
                  <span className="text-sm font-medium text-slate-900">{formatMoney(rental.estimated_total, rental.currency_code, locale)}</span>
                ) : null}
              </span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
