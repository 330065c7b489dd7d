import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import type { SlipKind } from "../../../modules/rental/contract"
import { RENTAL_MODULE } from "../../../modules/rental"
import type { SlipPhoto, SlipUnitEntry } from "../../../modules/rental/models/rental-slip"
import type RentalModuleService from "../../../modules/rental/service"
import { addMeterReadingWorkflow } from "../../fleet/readings"

export type SlipInput = {
  reservation_id: string
  kind: SlipKind
  performed_at: string
  condition_notes: string | null
  client_signature_name: string | null
  staff_signature_name: string | null
  damage: boolean
  missing_items: string | null
  /** The reservation's live units: the slip lists exactly these. */
  unit_ids: string[]
  units: { unit_id: string; condition?: string | null; readings?: { meter_id: string; value: number }[] }[]
  photos: SlipPhoto[]
}

/**
 * Writes an exit or return slip: each unit's meter readings go through the fleet's own reading workflow (its
 * plausibility checks, a doubtful value held for review, the machine's due dates refreshed), so a unit's
 * meters stay one history across rentals; the slip keeps what was read and signed. Compensation removes the
 * slip and the readings.
 */
export const recordSlipStep = createStep(
  "record-rental-slip",
  async (input: SlipInput, { container }) => {
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    const stray = input.units.find((u) => !input.unit_ids.includes(u.unit_id))
    if (stray) throw new MedusaError(MedusaError.Types.INVALID_DATA, `units: ${stray.unit_id} is not a unit of this rental`)
    const units = await rentals.listRentalUnits({ id: input.unit_ids })
    const equipment = await fleet.listEquipment({ id: units.map((u) => u.equipment_id) }, { relations: ["meters"] })
    const readingIds: string[] = []
    const entries: SlipUnitEntry[] = []
    try {
      for (const unitId of input.unit_ids) {
        const unit = units.find((u) => u.id === unitId)!
        const machine = equipment.find((e) => e.id === unit.equipment_id)!
        const given = input.units.find((u) => u.unit_id === unitId)
        const readings: SlipUnitEntry["readings"] = []
        for (const read of given?.readings ?? []) {
          const meter = machine.meters.find((m) => m.id === read.meter_id)
          if (!meter) throw new MedusaError(MedusaError.Types.INVALID_DATA, `units.readings.meter_id: ${read.meter_id} is not a meter of ${machine.name}`)
          const { result } = await addMeterReadingWorkflow(container).run({
            input: { equipment_id: machine.id, meter_id: meter.id, value: read.value, read_at: new Date(input.performed_at), source: "staff", note: `${input.kind === "exit" ? "Exit" : "Return"} slip` },
          })
          readingIds.push(result.id)
          readings.push({ meter_id: meter.id, meter_name: meter.name, unit: meter.unit, value: read.value, reading_id: result.id, status: result.status })
        }
        entries.push({ unit_id: unit.id, equipment_id: machine.id, serial_number: machine.serial_number, name: machine.name, condition: given?.condition ?? null, readings })
      }
      const slip = await rentals.createRentalSlips({
        reservation_id: input.reservation_id,
        kind: input.kind,
        number: await rentals.nextNumber(input.kind === "exit" ? "BS" : "BR"),
        performed_at: new Date(input.performed_at),
        condition_notes: input.condition_notes,
        client_signature_name: input.client_signature_name,
        staff_signature_name: input.staff_signature_name,
        damage: input.damage,
        missing_items: input.missing_items,
        units: entries,
        photos: input.photos,
      })
      return new StepResponse({ id: slip.id, units: entries }, { slip_id: slip.id, reading_ids: readingIds })
    } catch (error) {
      // This step's own compensation does not run when it throws: undo the readings it wrote.
      if (readingIds.length) await fleet.deleteMeterReadings(readingIds)
      throw error
    }
  },
  async (saved, { container }) => {
    if (!saved) return
    await container.resolve<RentalModuleService>(RENTAL_MODULE).deleteRentalSlips(saved.slip_id)
    if (saved.reading_ids.length) await container.resolve<FleetModuleService>(FLEET_MODULE).deleteMeterReadings(saved.reading_ids)
  }
)
