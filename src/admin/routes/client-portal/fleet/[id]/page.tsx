import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link, Outlet, useParams } from "react-router-dom"
import { DetailRow } from "../../../../components/common/detail-row"
import { PageHeader } from "../../../../components/common/page-header"
import { RecordActions } from "../../../../components/common/record-actions"
import { QueryState } from "../../../../components/common/query-state"
import { DueLabel, EquipmentStatusBadge } from "../../../../components/fleet/badges"
import { FilesSection, MaintenanceLogSection, MetersSection, PlansSection } from "../../../../components/fleet/detail-sections"
import { formatDay } from "../../../../components/fleet/format"
import { useDeleteEquipment, useEquipment } from "../../../../hooks/api/fleet"
import { LiveAlerts } from "../../../../components/alerts/live-alerts"
import { EquipmentInterventionsSection } from "../../../../components/interventions/equipment-interventions"

const EquipmentPage = () => {
  const { id = "" } = useParams()
  const { t, i18n } = useTranslation()
  const { data: equipment, isPending, error } = useEquipment(id)
  const remove = useDeleteEquipment(id)

  return (
    <div className="flex flex-col gap-y-3" data-testid="equipment-page">
      <LiveAlerts />
      <Container className="divide-y p-0">
        <QueryState isPending={isPending} error={error}>
          {equipment ? (
            <>
              <PageHeader title={equipment.name} subtitle={[equipment.brand, equipment.model, equipment.serial_number].filter(Boolean).join(" · ")}>
                <EquipmentStatusBadge status={equipment.status} />
                <RecordActions
                  confirm={t("clientPortal.fleet.deleteConfirm", { name: equipment.name })}
                  remove={remove}
                  afterDelete="/client-portal/fleet"
                />
              </PageHeader>
              <DetailRow label={t("clientPortal.fleet.fields.account")}>
                {equipment.account ? (
                  <Link to={`/client-portal/accounts/${equipment.account.id}`} className="text-ui-fg-interactive hover:underline">
                    {equipment.account.name}
                  </Link>
                ) : (
                  <Link to={`/client-portal/accounts/${equipment.account_id}`} className="text-ui-fg-interactive hover:underline">
                    {equipment.account_id}
                  </Link>
                )}
              </DetailRow>
              <DetailRow label={t("clientPortal.fleet.fields.site")}>{equipment.site?.name}</DetailRow>
              <DetailRow label={t("clientPortal.fleet.fields.next_due")}>
                {equipment.next_due ? (
                  <span className="flex items-center gap-2">
                    <DueLabel due={equipment.next_due} /> {equipment.next_due.plan_name}
                  </span>
                ) : null}
              </DetailRow>
              <DetailRow label={t("clientPortal.fleet.fields.installation_date")}>{formatDay(equipment.installation_date, i18n.language)}</DetailRow>
              <DetailRow label={t("clientPortal.fleet.fields.warranty_end")}>{formatDay(equipment.warranty_end, i18n.language)}</DetailRow>
              <DetailRow label={t("clientPortal.fleet.fields.notes")}>{equipment.notes}</DetailRow>
            </>
          ) : null}
        </QueryState>
      </Container>
      {equipment ? (
        <>
          <MetersSection equipment={equipment} />
          <PlansSection equipment={equipment} />
          <MaintenanceLogSection equipment={equipment} />
          <EquipmentInterventionsSection equipmentId={equipment.id} />
          <FilesSection equipment={equipment} />
        </>
      ) : null}
      <Outlet />
    </div>
  )
}

export default EquipmentPage
