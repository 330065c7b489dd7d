import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { checkReading } from "../../../lib/fleet/reading-checks"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import type { ReadingSource, ReadingStatus } from "../../../modules/fleet/models/meter-reading"
import { findEquipment, findMeter } from "./load-equipment"

export type ReadingData = {
  equipment_id: string
  meter_id: string
  /** When set, the machine must belong to this account (a client's reading). */
  account_id?: string | null
  value: number
  read_at?: Date | null
  note?: string | null
  source: ReadingSource
  /** Staff only: the first reading of a new counter, which may be lower than the last one. */
  replacement?: boolean
}

export type CheckedReading = {
  account_id: string
  equipment_name: string
  meter_name: string
  read_at: Date
  status: Extract<ReadingStatus, "accepted" | "to_review">
  reason: string | null
}

/**
 * Checks a reading against the readings around it and the meter's usual use: a value below the previous
 * reading or above a later one, or a future date, is refused (400 naming `value` or `read_at`); an
 * implausible jump is kept for review rather than refused, since the client may well be right.
 */
export const checkMeterReadingStep = createStep("check-fleet-meter-reading", async (input: ReadingData, { container }) => {
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const equipment = await findEquipment(container, input.equipment_id, input.account_id)
  const meter = await findMeter(container, input.equipment_id, input.meter_id)
  // Workflow inputs travel serialised: a date arrives as text.
  const read_at = input.read_at ? new Date(input.read_at) : new Date()
  const previous = await fleet.previousReading(meter.id, read_at)
  const next = await fleet.nextReading(meter.id, read_at)
  const usage = (await fleet.meterStates([meter.id])).get(meter.id)
  const verdict = checkReading({
    value: input.value,
    read_at,
    replacement: !!input.replacement,
    previous,
    next,
    average_daily_use: usage?.average_daily_use ?? null,
  })
  if (!verdict.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, verdict.message)
  const checked: CheckedReading = {
    account_id: equipment.account_id,
    equipment_name: equipment.name,
    meter_name: meter.name,
    read_at,
    status: verdict.status,
    reason: verdict.reason,
  }
  return new StepResponse(checked)
})

export const createMeterReadingStep = createStep(
  "create-fleet-meter-reading",
  async (data: { meter_id: string; value: number; read_at: Date; source: ReadingSource; status: ReadingStatus; note: string | null; photo_file_id: string | null; replacement: boolean }, { container }) => {
    const reading = await container.resolve<FleetModuleService>(FLEET_MODULE).createMeterReadings(data)
    return new StepResponse(reading, reading.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).deleteMeterReadings(id)
  }
)

/** Staff decide on a reading held for review; the compensation puts it back as it was. */
export const reviewMeterReadingStep = createStep(
  "review-fleet-meter-reading",
  async ({ id, decision, note }: { id: string; decision: "accept" | "reject"; note?: string | null }, { container }) => {
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    const [previous] = await fleet.listMeterReadings({ id }, { relations: ["meter"] })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Reading with id: ${id} was not found`)
    if (previous.status !== "to_review") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: this reading was already ${previous.status}`)
    }
    const reading = await fleet.updateMeterReadings({
      id,
      status: decision === "accept" ? "accepted" : "rejected",
      ...(note !== undefined ? { note } : {}),
    })
    const equipment_id = (previous.meter as unknown as { equipment_id: string }).equipment_id
    return new StepResponse({ reading, equipment_id }, { id, status: previous.status, note: previous.note })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).updateMeterReadings(restore)
  }
)
