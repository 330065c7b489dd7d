import { useTranslations } from "next-intl"
import type { QuoteStatus } from "@/lib/data/quotes"

const STYLES: Record<QuoteStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  sent: "bg-amber-100 text-amber-900",
  viewed: "bg-amber-100 text-amber-900",
  accepted: "bg-green-100 text-green-800",
  rejected: "bg-red-100 text-red-800",
  expired: "bg-slate-200 text-slate-700",
  cancelled: "bg-slate-200 text-slate-700",
}

export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const t = useTranslations("Quotes.statuses")
  return (
    <span className={`inline-flex shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[status]}`} data-testid="quote-status">
      {t(status)}
    </span>
  )
}
