import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { EquipmentStatus, NextDue, ReadingStatus } from "../../hooks/api/fleet"
import { formatDay } from "./format"

const STATUS_COLOR: Record<EquipmentStatus, "green" | "orange" | "red" | "grey"> = {
  in_service: "green",
  under_repair: "orange",
  out_of_service: "red",
  retired: "grey",
}

export const EquipmentStatusBadge = ({ status }: { status: EquipmentStatus }) => {
  const { t } = useTranslation()
  return <StatusBadge color={STATUS_COLOR[status]}>{t(`clientPortal.fleet.status.${status}`)}</StatusBadge>
}

const READING_COLOR: Record<ReadingStatus, "green" | "orange" | "red"> = { accepted: "green", to_review: "orange", rejected: "red" }

export const ReadingStatusBadge = ({ status }: { status: ReadingStatus }) => {
  const { t } = useTranslation()
  return <StatusBadge color={READING_COLOR[status]}>{t(`clientPortal.fleet.readingStatus.${status}`)}</StatusBadge>
}

/** The next due date, red when overdue and orange within 30 days (the words say it too). */
export const DueLabel = ({ due }: { due: Pick<NextDue, "date" | "overdue" | "due_soon"> | null }) => {
  const { t, i18n } = useTranslation()
  if (!due) return <span className="text-ui-fg-muted">—</span>
  const date = formatDay(due.date, i18n.language)
  if (due.overdue) return <StatusBadge color="red">{t("clientPortal.fleet.due.overdue", { date })}</StatusBadge>
  if (due.due_soon) return <StatusBadge color="orange">{t("clientPortal.fleet.due.soon", { date })}</StatusBadge>
  return <span className="txt-small">{date}</span>
}
