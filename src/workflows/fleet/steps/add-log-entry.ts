import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import type { LogEntryKind, LogEntryMeterValue, LogEntryPart } from "../../../modules/fleet/models/maintenance-log-entry"
import { findEquipment } from "./load-equipment"

export type LogEntryData = {
  equipment_id: string
  performed_at: Date
  kind: LogEntryKind
  description: string
  technician?: string | null
  duration_minutes?: number | null
  parts?: { variant_id: string; quantity: number }[]
  meter_values?: LogEntryMeterValue[]
  /** Plans this intervention fulfils: their "last done" moves to this entry. */
  plan_ids?: string[]
}

type PlanRestore = { id: string; last_done_at: Date | null; last_done_value: number | null }

/**
 * Writes a log entry with its parts named from the catalogue (title and SKU as they are today, so the log
 * still reads right if the catalogue changes), and moves the "last done" of the plans it fulfils.
 */
export const addLogEntryStep = createStep(
  "add-fleet-log-entry",
  async ({ equipment_id, parts = [], meter_values = [], plan_ids = [], ...data }: LogEntryData, { container }) => {
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    await findEquipment(container, equipment_id)

    const meters = await fleet.listMeters({ equipment_id }, { select: ["id"] })
    meter_values.forEach((mv, i) => {
      if (!meters.some((m) => m.id === mv.meter_id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `meter_values.${i}.meter_id: not a meter of this machine`)
      }
    })
    const plans = plan_ids.length ? await fleet.listMaintenancePlans({ id: plan_ids, equipment_id }) : []
    plan_ids.forEach((id, i) => {
      if (!plans.some((p) => p.id === id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `plan_ids.${i}: not a plan of this machine`)
    })

    const variantIds = [...new Set(parts.map((p) => p.variant_id))]
    const variants = variantIds.length
      ? await container.resolve(Modules.PRODUCT).listProductVariants({ id: variantIds }, { relations: ["product"] })
      : []
    const namedParts: LogEntryPart[] = parts.map((part, i) => {
      const variant = variants.find((v) => v.id === part.variant_id)
      if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `parts.${i}.variant_id: no such product variant`)
      const title = variant.product?.title ?? variant.title
      return { variant_id: variant.id, title, sku: variant.sku ?? null, quantity: part.quantity }
    })

    const entry = await fleet.createMaintenanceLogEntries({
      ...data,
      equipment_id,
      parts: namedParts as unknown as Record<string, unknown>,
      meter_values: meter_values as unknown as Record<string, unknown>,
    })

    const states = await fleet.meterStates(plans.map((p) => p.meter_id).filter((id): id is string => !!id))
    const restore: PlanRestore[] = plans.map((p) => ({ id: p.id, last_done_at: p.last_done_at, last_done_value: p.last_done_value }))
    if (plans.length) {
      await fleet.updateMaintenancePlans(
        plans.map((plan) => ({
          id: plan.id,
          last_done_at: data.performed_at,
          last_done_value: plan.meter_id
            ? meter_values.find((mv) => mv.meter_id === plan.meter_id)?.value ?? states.get(plan.meter_id)?.last_value ?? null
            : plan.last_done_value,
        }))
      )
    }
    return new StepResponse(entry, { entry_id: entry.id, restore })
  },
  async (undo, { container }) => {
    if (!undo) return
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    if (undo.restore.length) await fleet.updateMaintenancePlans(undo.restore)
    await fleet.deleteMaintenanceLogEntries(undo.entry_id)
  }
)
