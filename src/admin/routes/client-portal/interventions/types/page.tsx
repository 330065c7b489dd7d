import { Badge, Button, Container, Table } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { PageHeader } from "../../../../components/common/page-header"
import { QueryState } from "../../../../components/common/query-state"
import { TypeDrawer } from "../../../../components/interventions/type-drawer"
import { useCreateInterventionType, useInterventionTypes, useUpdateInterventionType, type AdminInterventionType } from "../../../../hooks/api/interventions"

/** Intervention types: duration, skills, portal texts (templates), booking, survey and portal actions. */
const InterventionTypesPage = () => {
  const { t } = useTranslation()
  const { data: types, isPending, error } = useInterventionTypes()
  const create = useCreateInterventionType()
  const update = useUpdateInterventionType()
  // The drawer: absent, a new type, or the type being edited.
  const [editing, setEditing] = useState<AdminInterventionType | "new" | null>(null)

  return (
    <Container className="divide-y p-0" data-testid="intervention-types-page">
      <LiveAlerts />
      <PageHeader title={t("clientPortal.interventions.types.title")} subtitle={t("clientPortal.interventions.types.subtitle")}>
        <Button size="small" variant="secondary" onClick={() => setEditing("new")} data-testid="type-create">
          {t("clientPortal.interventions.types.create")}
        </Button>
      </PageHeader>
      <QueryState isPending={isPending} error={error} isEmpty={!types?.length} empty={t("clientPortal.interventions.types.empty")}>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("clientPortal.interventions.types.fields.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.interventions.types.fields.duration")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.interventions.types.fields.skills")}</Table.HeaderCell>
              <Table.HeaderCell>{t("clientPortal.interventions.types.portal")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {types?.map((type) => (
              <Table.Row key={type.id} className="cursor-pointer" onClick={() => setEditing(type)} data-testid="type-row">
                <Table.Cell>
                  <button type="button" className="text-ui-fg-interactive hover:underline" onClick={() => setEditing(type)}>
                    {type.name}
                  </button>
                </Table.Cell>
                <Table.Cell>{t("clientPortal.interventions.report.minutes", { count: type.default_duration_minutes })}</Table.Cell>
                <Table.Cell>{type.required_skills.join(", ") || "—"}</Table.Cell>
                <Table.Cell className="flex gap-1">
                  {type.portal_visible ? <Badge size="2xsmall">{t("clientPortal.interventions.types.visible")}</Badge> : null}
                  {type.bookable ? <Badge size="2xsmall" color="green">{t("clientPortal.interventions.types.bookable")}</Badge> : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </QueryState>
      {editing ? (
        <TypeDrawer
          key={editing === "new" ? "new" : editing.id}
          type={editing === "new" ? undefined : editing}
          types={types ?? []}
          onSubmit={(body) => (editing === "new" ? create.mutateAsync(body) : update.mutateAsync({ ...body, _id: editing.id }))}
          isPending={create.isPending || update.isPending}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Container>
  )
}

export default InterventionTypesPage
