import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useNavigate, useParams } from "react-router-dom"
import { QueryState } from "../../../../components/common/query-state"
import { DueLabel, EquipmentStatusBadge } from "../../../../components/fleet/badges"
import { FilesSection, MaintenanceLogSection, MetersSection, PlansSection } from "../../../../components/fleet/detail-sections"
import { formatDay } from "../../../../components/fleet/format"
import { useDeleteEquipment, useEquipment } from "../../../../hooks/api/fleet"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-center px-6 py-3 text-ui-fg-subtle">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-small text-ui-fg-base">{children || "—"}</div>
  </div>
)

const EquipmentPage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const { data: equipment, isPending, error } = useEquipment(id)
  const remove = useDeleteEquipment(id)

  const onDelete = async () => {
    if (!equipment) return
    if (!(await prompt({ title: t("clientPortal.common.areYouSure"), description: t("clientPortal.fleet.deleteConfirm", { name: equipment.name }) }))) return
    remove.mutate(undefined, { onSuccess: () => navigate("/client-portal/fleet"), onError: (e) => toast.error(e.message) })
  }

  return (
    <div className="flex flex-col gap-y-3" data-testid="equipment-page">
      <LiveAlerts />
      <Container className="divide-y p-0">
        <QueryState isPending={isPending} error={error}>
          {equipment ? (
            <>
              <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
                <div>
                  <Heading level="h1">{equipment.name}</Heading>
                  <Text size="small" className="text-ui-fg-subtle">
                    {[equipment.brand, equipment.model, equipment.serial_number].filter(Boolean).join(" · ")}
                  </Text>
                </div>
                <div className="flex items-center gap-x-2">
                  <EquipmentStatusBadge status={equipment.status} />
                  <Button size="small" variant="secondary" asChild>
                    <Link to="edit">{t("clientPortal.common.edit")}</Link>
                  </Button>
                  <Button size="small" variant="danger" onClick={onDelete} isLoading={remove.isPending}>
                    {t("clientPortal.common.delete")}
                  </Button>
                </div>
              </div>
              <Row label={t("clientPortal.fleet.fields.account")}>
                {equipment.account ? (
                  <Link to={`/client-portal/accounts/${equipment.account.id}`} className="text-ui-fg-interactive hover:underline">
                    {equipment.account.name}
                  </Link>
                ) : (
                  <Link to={`/client-portal/accounts/${equipment.account_id}`} className="text-ui-fg-interactive hover:underline">
                    {equipment.account_id}
                  </Link>
                )}
              </Row>
              <Row label={t("clientPortal.fleet.fields.site")}>{equipment.site?.name}</Row>
              <Row label={t("clientPortal.fleet.fields.next_due")}>
                {equipment.next_due ? (
                  <span className="flex items-center gap-2">
                    <DueLabel due={equipment.next_due} /> {equipment.next_due.plan_name}
                  </span>
                ) : null}
              </Row>
              <Row label={t("clientPortal.fleet.fields.installation_date")}>{formatDay(equipment.installation_date, i18n.language)}</Row>
              <Row label={t("clientPortal.fleet.fields.warranty_end")}>{formatDay(equipment.warranty_end, i18n.language)}</Row>
              <Row label={t("clientPortal.fleet.fields.notes")}>{equipment.notes}</Row>
            </>
          ) : null}
        </QueryState>
      </Container>
      {equipment ? (
        <>
          <MetersSection equipment={equipment} />
          <PlansSection equipment={equipment} />
          <MaintenanceLogSection equipment={equipment} />
          <FilesSection equipment={equipment} />
        </>
      ) : null}
      <Outlet />
    </div>
  )
}

export default EquipmentPage
