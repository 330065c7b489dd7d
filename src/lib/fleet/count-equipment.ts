import type { MedusaContainer } from "@medusajs/framework/types"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"

/** How many machines stand on each of these sites of an account. */
export async function countEquipmentBySite(container: MedusaContainer, accountId: string, siteIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (!siteIds.length) return counts
  const machines = await container
    .resolve<FleetModuleService>(FLEET_MODULE)
    .listEquipment({ account_id: accountId, site_id: siteIds }, { select: ["id", "site_id"] })
  for (const machine of machines) counts.set(machine.site_id, (counts.get(machine.site_id) ?? 0) + 1)
  return counts
}
