import { StatusBadge, Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import type { AdminIntervention, InterventionStatus } from "../../hooks/api/interventions"

const STATUS_COLORS: Record<InterventionStatus, "grey" | "blue" | "orange" | "green" | "red" | "purple"> = {
  requested: "orange",
  scheduled: "blue",
  en_route: "purple",
  in_progress: "purple",
  done: "green",
  cancelled: "grey",
}

export const InterventionStatusBadge = ({ status }: { status: InterventionStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLORS[status] ?? "grey"} data-testid="intervention-status">
      {t(`clientPortal.interventions.statuses.${status}`)}
    </StatusBadge>
  )
}

/** "12 Mar 2026, 09:00 – 11:00" in the staff member's language; a dash when unscheduled. */
export function formatWindow(start: string | null, end: string | null, locale: string): string {
  if (!start) return "—"
  const full = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })
  if (!end) return full.format(new Date(start))
  const from = new Date(start)
  const to = new Date(end)
  // The end's date only when the window runs past midnight.
  const sameDay = from.toDateString() === to.toDateString()
  const endText = sameDay ? new Intl.DateTimeFormat(locale, { timeStyle: "short" }).format(to) : full.format(to)
  return `${full.format(from)} – ${endText}`
}

/**
 * The backend renders the types' templates for HTML (values escaped); the admin shows them as text, and React
 * escapes text itself, so the five entities go back to their characters.
 */
export const decodeEntities = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39);/g, (_all, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name] ?? _all)

/** Interventions as table rows linking to their page; used by the inbox, the widgets and the machine page. */
export function InterventionTable({ items, showAccount = true }: { items: AdminIntervention[]; showAccount?: boolean }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("clientPortal.interventions.fields.number")}</Table.HeaderCell>
          {showAccount ? <Table.HeaderCell>{t("clientPortal.interventions.fields.account")}</Table.HeaderCell> : null}
          <Table.HeaderCell>{t("clientPortal.interventions.fields.site")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.interventions.fields.description")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.interventions.fields.status")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.interventions.fields.when")}</Table.HeaderCell>
          <Table.HeaderCell>{t("clientPortal.interventions.fields.technician")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {items.map((item) => (
          <Table.Row key={item.id} className="cursor-pointer" onClick={() => navigate(`/client-portal/interventions/${item.id}`)} data-testid="intervention-row">
            <Table.Cell>
              <Link to={`/client-portal/interventions/${item.id}`} className="text-ui-fg-interactive hover:underline" onClick={(event) => event.stopPropagation()}>
                {item.number}
              </Link>
            </Table.Cell>
            {showAccount ? <Table.Cell>{item.account?.name ?? "—"}</Table.Cell> : null}
            <Table.Cell>{item.site?.name ?? "—"}</Table.Cell>
            <Table.Cell className="max-w-[280px] truncate" title={item.description}>
              {item.type ? <span className="text-ui-fg-subtle">{item.type.name} · </span> : null}
              {item.description}
            </Table.Cell>
            <Table.Cell>
              <InterventionStatusBadge status={item.status} />
            </Table.Cell>
            <Table.Cell>
              {item.scheduled_start
                ? formatWindow(item.scheduled_start, item.scheduled_end, i18n.language)
                : new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(item.created_at))}
            </Table.Cell>
            <Table.Cell>{item.technician?.name ?? "—"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
