import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ReservationStatus } from "../../hooks/api/rentals"

const STATUS_COLORS: Record<ReservationStatus, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  requested: "orange",
  confirmed: "blue",
  out: "green",
  returned: "grey",
  cancelled: "grey",
  rejected: "red",
}

export const RentalStatusBadge = ({ status }: { status: ReservationStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-testid="rental-status">
      {t(`clientPortal.rentals.statuses.${status}`)}
    </StatusBadge>
  )
}

/** Rental days are whole UTC days (the portal books them so): shown as such whatever the staff's zone. */
export const formatRentalDay = (value: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value))

export const formatPeriod = (startsAt: string, endsAt: string, locale: string) => `${formatRentalDay(startsAt, locale)} → ${formatRentalDay(endsAt, locale)}`
