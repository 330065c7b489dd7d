import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { RENTAL_FLEET_ACCOUNT_ID } from "../../../../lib/rental/fleet-owner"
import { onRentSite } from "../../../../lib/rental/on-rent"
import { findEquipmentRecord, findMeterRecord, type EquipmentRecord } from "../../../../lib/fleet/equipment-detail"
import { getPortalActor, siteIsVisible, type PortalActor } from "../../../../lib/portal-actor"

export const equipmentNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Equipment with id: ${id} was not found`)

/**
 * Whether the caller may see a machine: of the caller's account and on a site within their scope, or one of
 * the business's rental units out on rent to the account now (for a reservation of a site in scope).
 */
export async function equipmentIsVisible(
  container: MedusaContainer,
  actor: PortalActor,
  equipment: Pick<EquipmentRecord, "id" | "account_id" | "site_id"> | null | undefined
): Promise<boolean> {
  if (!equipment) return false
  if (equipment.account_id === actor.account_id) return siteIsVisible(actor, equipment.site_id)
  if (equipment.account_id !== RENTAL_FLEET_ACCOUNT_ID) return false
  const site = await onRentSite(container, equipment.id, actor.account_id)
  return site !== undefined && siteIsVisible(actor, site)
}

/**
 * The machine of the route's `:id` if the caller may see it. Anything else answers 404, exactly like a
 * missing machine.
 */
export async function findVisibleEquipment(req: AuthenticatedMedusaRequest): Promise<{ actor: PortalActor; equipment: EquipmentRecord }> {
  const actor = await getPortalActor(req)
  const equipment = await findEquipmentRecord(req.scope, { id: req.params.id })
  if (!equipment || !(await equipmentIsVisible(req.scope, actor, equipment))) throw equipmentNotFound(req.params.id)
  return { actor, equipment }
}

/** A meter of a machine the caller may see; a meter of another machine answers 404. */
export async function findVisibleMeter(req: AuthenticatedMedusaRequest, equipmentId: string) {
  const meter = await findMeterRecord(req.scope, { id: req.params.meterId, equipment_id: equipmentId })
  if (!meter) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Meter with id: ${req.params.meterId} was not found`)
  return meter
}
