import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { presentReading } from "../../../../lib/fleet/present-equipment"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"
import type { AdminListReadingsType } from "../equipment/validators"

/** Readings by status, newest first: by default those held for review, with their machine, meter and account. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReadingsType>, res: MedusaResponse) {
  const fleet = req.scope.resolve<FleetModuleService>(FLEET_MODULE)
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const [rows, count] = await fleet.listAndCountMeterReadings(
    { status: req.validatedQuery.status },
    { relations: ["meter"], skip, take, order: { read_at: "DESC" } }
  )
  const equipmentIds = [...new Set(rows.map((r) => (r.meter as unknown as { equipment_id: string }).equipment_id))]
  const equipment = equipmentIds.length ? await fleet.listEquipment({ id: equipmentIds }, { select: ["id", "name", "account_id"], withDeleted: true }) : []
  const accounts = equipment.length
    ? await req.scope
        .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
        .listClientAccounts({ id: [...new Set(equipment.map((e) => e.account_id))] }, { select: ["id", "name"] })
    : []
  const readings = rows.map((row) => {
    const meter = row.meter as unknown as { id: string; name: string; unit: string; equipment_id: string }
    const machine = equipment.find((e) => e.id === meter.equipment_id)
    const account = accounts.find((a) => a.id === machine?.account_id)
    return {
      ...presentReading({ ...row, meter_id: meter.id }, meter.equipment_id, "/admin/portal/equipment"),
      equipment: machine ? { id: machine.id, name: machine.name } : null,
      meter: { id: meter.id, name: meter.name, unit: meter.unit },
      account: account ? { id: account.id, name: account.name } : null,
    }
  })
  res.json({ readings, count, offset: skip, limit: take })
}
