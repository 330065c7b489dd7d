import { useParams } from "react-router-dom"
import { EquipmentDrawer } from "../../../../../components/fleet/equipment-drawer"
import { useEquipment, useUpdateEquipment } from "../../../../../hooks/api/fleet"

const EditEquipment = () => {
  const { id = "" } = useParams()
  const { data: equipment } = useEquipment(id)
  const update = useUpdateEquipment(id)
  if (!equipment) return null
  return <EquipmentDrawer equipment={equipment} onSubmit={update.mutateAsync} isPending={update.isPending} backTo={`/client-portal/fleet/${id}`} />
}

export default EditEquipment
