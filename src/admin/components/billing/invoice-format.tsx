import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { InvoiceStatus } from "../../hooks/api/invoices"

const STATUS_COLORS: Record<InvoiceStatus, "grey" | "blue" | "orange" | "green" | "red"> = {
  open: "orange",
  partly_paid: "blue",
  paid: "green",
  overdue: "red",
  cancelled: "grey",
}

export const InvoiceStatusBadge = ({ status }: { status: InvoiceStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status]} data-testid="invoice-status">
      {t(`clientPortal.billing.statuses.${status}`)}
    </StatusBadge>
  )
}

/** Amounts per currency, e.g. "1 200,00 € · 80,00 $", for sums that may mix currencies. */
export function sumByCurrency(rows: { currency_code: string; amount: number }[]): { currency_code: string; amount: number }[] {
  const sums = new Map<string, number>()
  for (const row of rows) sums.set(row.currency_code, (sums.get(row.currency_code) ?? 0) + row.amount)
  return [...sums].map(([currency_code, amount]) => ({ currency_code, amount }))
}
