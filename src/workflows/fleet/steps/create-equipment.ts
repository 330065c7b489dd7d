import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import type { EquipmentStatus } from "../../../modules/fleet/models/equipment"

export type EquipmentData = {
  site_id: string
  variant_id?: string | null
  serial_number: string
  name: string
  brand?: string | null
  status?: EquipmentStatus
  installation_date?: Date | null
  warranty_end?: Date | null
  notes?: string | null
}

/** Fails with a 400 naming `site_id` unless the site belongs to the account. */
export async function assertSiteOfAccount(container: MedusaContainer, account_id: string, site_id: string) {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [site] = await accounts.listSites({ id: site_id, account_id }, { select: ["id"] })
  if (!site) throw new MedusaError(MedusaError.Types.INVALID_DATA, `site_id: ${site_id} is not a site of this account`)
}

/** Fails with a 409 naming `serial_number` when the account already has a machine with that serial number. */
export async function assertSerialIsFree(fleet: FleetModuleService, account_id: string, serial_number: string, except?: string) {
  const [clash] = await fleet.listEquipment({ account_id, serial_number }, { select: ["id"] })
  if (clash && clash.id !== except) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `serial_number: this account already has a machine with serial number ${serial_number}`)
  }
}

export const createEquipmentStep = createStep(
  "create-fleet-equipment",
  async ({ account_id, ...data }: EquipmentData & { account_id: string }, { container }) => {
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    await assertSiteOfAccount(container, account_id, data.site_id)
    await assertSerialIsFree(fleet, account_id, data.serial_number)
    const equipment = await fleet.createEquipment({ ...data, account_id })
    return new StepResponse(equipment, equipment.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).deleteEquipment(id)
  }
)
