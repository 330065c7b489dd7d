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
