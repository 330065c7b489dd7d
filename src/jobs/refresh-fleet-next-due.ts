import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FLEET_MODULE } from "../modules/fleet"
import type FleetModuleService from "../modules/fleet/service"

const BATCH = 500

/**
 * Recomputes every machine's stored next due date once a night. The workflows keep them right as plans,
 * log and readings change; this catches what they never saw: readings bulk-loaded by an import or a
 * migration from another system, and a refresh step that failed after its workflow had committed.
 */
export default async function refreshFleetNextDue(container: MedusaContainer) {
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let after = ""
  let refreshed = 0
  // Keyset paging by plan id: an offset would rescan what it skips, batch after batch.
  for (;;) {
    const plans = await fleet.listMaintenancePlans(after ? { id: { $gt: after } } : {}, { select: ["id", "equipment_id"], take: BATCH, order: { id: "ASC" } })
    if (!plans.length) break
    const ids = [...new Set(plans.map((p) => (p as unknown as { equipment_id: string }).equipment_id))]
    await fleet.refreshNextDue(ids)
    refreshed += ids.length
    after = plans[plans.length - 1].id
  }
  logger.info(`Fleet: next due dates refreshed for ${refreshed} machines`)
}

export const config = {
  name: "refresh-fleet-next-due",
  schedule: "15 3 * * *",
}
