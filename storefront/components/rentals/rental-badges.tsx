import { getTranslations } from "next-intl/server"
import type { ReservationStatus } from "@/lib/data/rentals"

const STYLES: Record<ReservationStatus, string> = {
  requested: "bg-amber-100 text-amber-900",
  confirmed: "bg-blue-100 text-blue-900",
  out: "bg-green-100 text-green-800",
  returned: "bg-slate-200 text-slate-800",
  cancelled: "bg-slate-200 text-slate-700",
  rejected: "bg-red-100 text-red-800",
}

const badge = "inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-semibold whitespace-nowrap"

export async function RentalStatusBadge({ status }: { status: ReservationStatus }) {
  const t = await getTranslations("Rentals.statuses")
  return (
    <span className={`${badge} ${STYLES[status]}`} data-testid="rental-status" data-status={status}>
      {t(status)}
    </span>
  )
}

/** "Overdue" in red with the planned return date: the words carry the meaning, the colour repeats it. */
export async function OverdueBadge({ date }: { date: string }) {
  const t = await getTranslations("Rentals")
  return (
    <span className={`${badge} bg-red-50 text-red-800 ring-1 ring-red-600/20 ring-inset`} data-testid="rental-overdue">
      {t("overdue", { date })}
    </span>
  )
}

export async function LoanBadge() {
  const t = await getTranslations("Rentals")
  return <span className={`${badge} bg-violet-100 text-violet-900`}>{t("loan")}</span>
}
