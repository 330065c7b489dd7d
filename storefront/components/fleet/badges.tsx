import { getFormatter, getTranslations } from "next-intl/server"
import type { EquipmentStatus, NextDue } from "@/lib/data/fleet"

const STATUS_CLASS: Record<EquipmentStatus, string> = {
  in_service: "bg-green-50 text-green-800 ring-green-600/20",
  under_repair: "bg-amber-50 text-amber-900 ring-amber-600/30",
  out_of_service: "bg-red-50 text-red-800 ring-red-600/20",
  retired: "bg-slate-100 text-slate-700 ring-slate-500/20",
}

const badge = "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset whitespace-nowrap"

export async function EquipmentStatusBadge({ status }: { status: EquipmentStatus }) {
  const t = await getTranslations("Fleet.status")
  return (
    <span className={`${badge} ${STATUS_CLASS[status]}`} data-testid="equipment-status">
      {t(status)}
    </span>
  )
}

/**
 * What is due next: "Overdue since …" in red, "Due …" in amber within 30 days, nothing beyond (the date
 * still shows in the details). The words carry the meaning, the colour only repeats it.
 */
export async function DueBadge({ due, showLater = false }: { due: Pick<NextDue, "date" | "overdue" | "due_soon"> | null; showLater?: boolean }) {
  if (!due || (!due.overdue && !due.due_soon && !showLater)) return null
  const [t, format] = await Promise.all([getTranslations("Fleet.due"), getFormatter()])
  const date = format.dateTime(new Date(due.date), { dateStyle: "medium" })
  if (due.overdue) {
    return (
      <span className={`${badge} bg-red-50 text-red-800 ring-red-600/20`} data-testid="due-badge" data-due="overdue">
        {t("overdue", { date })}
      </span>
    )
  }
  if (due.due_soon) {
    return (
      <span className={`${badge} bg-amber-50 text-amber-900 ring-amber-600/30`} data-testid="due-badge" data-due="soon">
        {t("soon", { date })}
      </span>
    )
  }
  return (
    <span className={`${badge} bg-slate-100 text-slate-700 ring-slate-500/20`} data-testid="due-badge" data-due="later">
      {t("later", { date })}
    </span>
  )
}
