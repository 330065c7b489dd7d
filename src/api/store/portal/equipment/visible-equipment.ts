import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { EQUIPMENT_COLUMNS } from "../../../../lib/fleet/present-equipment"
import { getPortalActor, siteIsVisible, type PortalActor } from "../../../../lib/portal-actor"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"

/**
 * The machine of the route's `:id` if the caller may see it: of the caller's account and on a site within
 * their scope. Anything else answers 404, exactly like a missing machine.
 */
export async function findVisibleEquipment(req: AuthenticatedMedusaRequest): Promise<{ actor: PortalActor; equipment: Awaited<ReturnType<FleetModuleService["listEquipment"]>>[number] }> {
  const actor = await getPortalActor(req)
  const fleet = req.scope.resolve<FleetModuleService>(FLEET_MODULE)
  const [equipment] = await fleet.listEquipment({ id: req.params.id, account_id: actor.account_id }, { select: EQUIPMENT_COLUMNS })
  if (!equipment || !siteIsVisible(actor, equipment.site_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Equipment with id: ${req.params.id} was not found`)
  }
  return { actor, equipment }
}

/** A meter of a machine the caller may see; a meter of another machine answers 404. */
export async function findVisibleMeter(req: AuthenticatedMedusaRequest, equipmentId: string) {
  const fleet = req.scope.resolve<FleetModuleService>(FLEET_MODULE)
  const [meter] = await fleet.listMeters({ id: req.params.meterId, equipment_id: equipmentId })
  if (!meter) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Meter with id: ${req.params.meterId} was not found`)
  return meter
}
