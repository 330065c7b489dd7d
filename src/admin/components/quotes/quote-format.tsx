import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { QuoteStatus } from "../../hooks/api/quotes"

const STATUS_COLORS: Record<QuoteStatus, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  draft: "grey",
  sent: "blue",
  viewed: "purple",
  accepted: "green",
  rejected: "red",
  expired: "orange",
  cancelled: "grey",
}

export const QuoteStatusBadge = ({ status }: { status: QuoteStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-testid="quote-status">
      {t(`clientPortal.quotes.statuses.${status}`)}
    </StatusBadge>
  )
}

/** Amounts come in the currency's main unit (as Medusa's order totals). */
export const formatMoney = (amount: number | null | undefined, currencyCode: string, locale: string) =>
  amount === null || amount === undefined
    ? "—"
    : new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)

export const formatDay = (value: string | null | undefined, locale: string) =>
  value ? new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value)) : "—"
