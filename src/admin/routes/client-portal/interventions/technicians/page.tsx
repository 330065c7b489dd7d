import { Badge, Button, Container, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState } from "../../../../components/common/query-state"
import { TechnicianDrawer } from "../../../../components/interventions/technician-drawer"
import { WEEKDAYS, useCreateTechnician, useTechnicians, useUpdateTechnician, type AdminTechnician } from "../../../../hooks/api/interventions"

/** Technicians: skills, home base, working hours and absences, which the booking assistant and the board read. */
const TechniciansPage = () => {
  const { t } = useTranslation()
  const { data: technicians, isPending, error } = useTechnicians()
  const create = useCreateTechnician()
  const update = useUpdateTechnician()
  const [editing, setEditing] = useState<AdminTechnician | "new" | null>(null)
  // The drawer shows the technician as the list has it now, so an absence added in it appears at once.
  const current = editing === "new" || !editing ? editing : (technicians?.find((item) => item.id === editing.id) ?? editing)

  return (
    <Container className="divide-y p-0" data-testid="technicians-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.interventions.technicians.title")} subtitle={t("clientPortal.interventions.technicians.subtitle")}>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")} data-testid="technician-create">
          {t("clientPortal.interventions.technicians.create")}
        </Button>
      </PageHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!technicians?.length} empty={t("clientPortal.interventions.technicians.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.interventions.technicians.fields.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.interventions.technicians.fields.skills")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.interventions.technicians.hours")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.interventions.technicians.absences")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {technicians?.map((technician) => (
              <Table.Row key={technician.id} className="cursor-pointer" onClick={() => setEditing(technician)} data-testid="technician-row">
                <Table.Cell>
                  <button type="button" className="text-ui-fg-interactive hover:underline" onClick={() => setEditing(technician)}>
                    {technician.name}
                  </button>
                  {!technician.active ? (
                    <Badge size="2xsmall" className="ml-2">
                      {t("clientPortal.interventions.technicians.inactive")}
                    </Badge>
                  ) : null}
                </Table.Cell>
                <Table.Cell>{technician.skills.join(", ") || "—"}</Table.Cell>
                <Table.Cell>
                  {WEEKDAYS.filter((day) => technician.working_hours[day]?.length)
                    .map((day) => t(`clientPortal.interventions.technicians.weekdays.${day}`))
                    .join(", ") || "—"}
                </Table.Cell>
                <Table.Cell>{technician.absences.length}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      {current ? (
        <TechnicianDrawer
          key={current === "new" ? "new" : current.id}
          technician={current === "new" ? undefined : current}
          onSubmit={(body) => (current === "new" ? create.mutateAsync(body) : update.mutateAsync({ ...body, _id: current.id }))}
          isPending={create.isPending || update.isPending}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Container>
  )
}

export default TechniciansPage
