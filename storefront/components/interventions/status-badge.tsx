import { useTranslations } from "next-intl"
import type { InterventionStatus } from "@/lib/data/interventions"

const STYLES: Record<InterventionStatus, string> = {
  requested: "bg-amber-100 text-amber-900",
  scheduled: "bg-blue-100 text-blue-900",
  en_route: "bg-indigo-100 text-indigo-900",
  in_progress: "bg-violet-100 text-violet-900",
  done: "bg-green-100 text-green-800",
  cancelled: "bg-slate-200 text-slate-700",
}

export function InterventionStatusBadge({ status }: { status: InterventionStatus }) {
  const t = useTranslations("Interventions.status")
  return (
    <span className={`inline-flex shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[status]}`} data-testid="intervention-status">
      {t(status)}
    </span>
  )
}
