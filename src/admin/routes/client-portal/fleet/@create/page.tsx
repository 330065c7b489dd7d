import { EquipmentDrawer } from "../../../../components/fleet/equipment-drawer"
import { useCreateEquipment } from "../../../../hooks/api/fleet"

const CreateEquipment = () => {
  const create = useCreateEquipment()
  return <EquipmentDrawer onSubmit={create.mutateAsync} isPending={create.isPending} backTo="/client-portal/fleet" />
}

export default CreateEquipment
