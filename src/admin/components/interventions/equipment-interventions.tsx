import { Container } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ListPagination } from "../common/list-pagination"
import { QueryState } from "../common/query-state"
import { SectionHeader } from "../common/section-header"
import { useInterventions } from "../../hooks/api/interventions"
import { InterventionTable } from "./intervention-format"

const PAGE = 10

/** On the fleet's machine page: the machine's interventions, newest first. */
export function EquipmentInterventionsSection({ equipmentId }: { equipmentId: string }) {
  const { t } = useTranslation()
  const [offset, setOffset] = useState(0)
  const { data, isPending, error } = useInterventions({ equipment_id: equipmentId, limit: PAGE, offset })
  return (
    <Container className="divide-y p-0" data-testid="equipment-interventions">
      <SectionHeader title={t("clientPortal.interventions.widget.equipmentHeading")} />
      <QueryState isPending={isPending} error={error} isEmpty={!data?.interventions.length} empty={t("clientPortal.interventions.widget.empty")}>
        <InterventionTable items={data?.interventions ?? []} showAccount={false} />
        {(data?.count ?? 0) > PAGE ? <ListPagination count={data?.count ?? 0} pageSize={PAGE} offset={offset} onOffsetChange={setOffset} /> : null}
      </QueryState>
    </Container>
  )
}
