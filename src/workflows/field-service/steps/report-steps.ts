import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { checkReading } from "../../../lib/fleet/reading-checks"
import { findIntervention, interventionNotFound } from "../../../lib/field-service/interventions"
import { FIELD_SERVICE_MODULE } from "../../../modules/fieldService"
import type { ReportMeterValue, ReportPart } from "../../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../../modules/fieldService/service"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"

export type ReportData = {
  intervention_id: string
  work_done: string
  parts: { variant_id: string; quantity: number }[]
  duration_minutes: number | null
  meter_values: ReportMeterValue[]
  signature_name: string | null
  completed_at: Date | string
}

export type ReportPlan = {
  id: string
  number: string
  account_id: string
  equipment_id: string | null
  maintenance_plan_id: string | null
  technician_name: string | null
  parts: ReportPart[]
  completed_at: string
}

/**
 * Under the intervention's lock: it is under way (scheduled, en route or in progress) and has no report yet;
 * its parts are catalogue variants (named as they are today) and its meter values belong to its machine.
 */
export const checkReportStep = createStep("check-field-intervention-report", async (input: ReportData, { container }) => {
  const i = await findIntervention(container, input.intervention_id)
  if (!i) throw interventionNotFound(input.intervention_id)
  if (!["scheduled", "en_route", "in_progress"].includes(i.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: intervention ${i.number} is ${i.status}; only a visit under way can be completed`)
  }
  if (i.report) throw new MedusaError(MedusaError.Types.CONFLICT, `status: intervention ${i.number} already has its report`)
  if (input.meter_values.length && !i.equipment_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "meter_values: this intervention is not on a machine")
  }
  if (i.equipment_id && input.meter_values.length) {
    const meters = await container.resolve<FleetModuleService>(FLEET_MODULE).listMeters({ equipment_id: i.equipment_id }, { select: ["id"] })
    input.meter_values.forEach((mv, n) => {
      if (!meters.some((m) => m.id === mv.meter_id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `meter_values.${n}.meter_id: not a meter of this machine`)
    })
  }
  const ids = [...new Set(input.parts.map((p) => p.variant_id))]
  const variants = ids.length ? await container.resolve(Modules.PRODUCT).listProductVariants({ id: ids }, { relations: ["product"] }) : []
  const parts: ReportPart[] = input.parts.map((part, n) => {
    const variant = variants.find((v) => v.id === part.variant_id)
    if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `parts.${n}.variant_id: no such product variant`)
    return { variant_id: variant.id, title: variant.product?.title ?? variant.title, sku: variant.sku ?? null, quantity: part.quantity }
  })
  const plan: ReportPlan = {
    id: i.id,
    number: i.number,
    account_id: i.account_id,
    equipment_id: i.equipment_id,
    maintenance_plan_id: i.maintenance_plan_id,
    technician_name: i.technician?.name ?? null,
    parts,
    completed_at: new Date(input.completed_at).toISOString(),
  }
  return new StepResponse(plan)
})

/**
 * The report's meter values as readings of the machine's meters, each through the fleet's reading checks
 * (a value below the previous reading is refused with 400 naming it; an implausible jump is kept for review).
 * Compensation deletes them.
 */
export const recordReportReadingsStep = createStep(
  "record-field-report-readings",
  async ({ meter_values, read_at, note }: { meter_values: ReportMeterValue[]; read_at: string; note: string }, { container }) => {
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    const at = new Date(read_at)
    const created: string[] = []
    try {
      for (const [n, mv] of meter_values.entries()) {
        const [previous, next, states] = await Promise.all([fleet.previousReading(mv.meter_id, at), fleet.nextReading(mv.meter_id, at), fleet.meterStates([mv.meter_id])])
        const verdict = checkReading({ value: mv.value, read_at: at, replacement: false, previous, next, average_daily_use: states.get(mv.meter_id)?.average_daily_use ?? null })
        if (!verdict.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, `meter_values.${n}.${verdict.field}: ${verdict.message}`)
        const reading = await fleet.createMeterReadings({
          meter_id: mv.meter_id,
          value: mv.value,
          read_at: at,
          source: "technician",
          status: verdict.status,
          note: [note, verdict.reason].filter(Boolean).join(" — "),
          photo_file_id: null,
          replacement: false,
        })
        created.push(reading.id)
      }
    } catch (error) {
      if (created.length) await fleet.deleteMeterReadings(created)
      throw error
    }
    return new StepResponse(created, created)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<FleetModuleService>(FLEET_MODULE).deleteMeterReadings(ids)
  }
)

export const createReportStep = createStep(
  "create-field-intervention-report",
  async (data: Omit<ReportData, "parts"> & { parts: ReportPart[]; maintenance_log_entry_id: string | null }, { container }) => {
    const report = await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).createInterventionReports({
      ...data,
      completed_at: new Date(data.completed_at),
    })
    return new StepResponse(report, report.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).deleteInterventionReports(id)
  }
)
