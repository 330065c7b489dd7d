import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { RENTAL_FLEET_ACCOUNT_ID, RENTAL_FLEET_SITE_ID } from "../../lib/rental/fleet-owner"
import { FLEET_MODULE } from "../../modules/fleet"
import type { MeterKind } from "../../modules/fleet/models/meter"
import type FleetModuleService from "../../modules/fleet/service"
import { RENTAL_MODULE } from "../../modules/rental"
import type RentalModuleService from "../../modules/rental/service"

export type RateInput = {
  currency_code: string
  day_rate: number
  week_rate?: number | null
  month_rate?: number | null
  deposit?: number
  meter_allowance_per_day?: number | null
  extra_meter_rate?: number | null
  /** A customer group's own rate; none for the general one. */
  customer_group_id?: string | null
}

export type RentalModelInput = {
  id?: string
  variant_id?: string
  title?: string
  description?: string | null
  buffer_hours?: number
  active?: boolean
  /** When given, the model's rates become exactly these (one per currency). */
  rates?: RateInput[]
}

type ModelSnapshot = { created: string } | { id: string; fields: Record<string, unknown>; rates: (RateInput & { id: string })[] }

const saveModelStep = createStep(
  "save-rental-model",
  async (input: RentalModelInput, { container }) => {
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    const cards = (input.rates ?? []).map((r) => `${r.currency_code}:${r.customer_group_id ?? ""}`)
    if (new Set(cards).size !== cards.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "rates: give each currency once, and once per customer group")
    const groupIds = [...new Set((input.rates ?? []).flatMap((r) => (r.customer_group_id ? [r.customer_group_id] : [])))]
    if (groupIds.length) {
      const groups = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ id: groupIds }, { select: ["id"] })
      const unknown = groupIds.find((id) => !groups.some((g) => g.id === id))
      if (unknown) throw new MedusaError(MedusaError.Types.INVALID_DATA, `rates.customer_group_id: no customer group ${unknown}`)
    }
    const { rates, id, ...fields } = input
    if (!id) {
      const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ id: input.variant_id }, { select: ["id"], take: 1 })
      if (!variant) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no catalogue variant ${input.variant_id}`)
      const [taken] = await rentals.listRentalModels({ variant_id: input.variant_id }, { take: 1 })
      if (taken) throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: this variant is already the rental model ${taken.title}`)
      const created = await rentals.createRentalModels({ ...(fields as { variant_id: string; title: string }) })
      if (rates?.length) await rentals.createRentalRates(rates.map((r) => ({ ...r, rental_model_id: created.id })))
      return new StepResponse(created.id, { created: created.id } as ModelSnapshot)
    }
    const before = await rentals.retrieveRentalModel(id, { relations: ["rates"] })
    const snapshot: ModelSnapshot = {
      id,
      fields: Object.fromEntries(Object.keys(fields).map((k) => [k, before[k as keyof typeof before]])),
      rates: before.rates.map((r) => ({ id: r.id, currency_code: r.currency_code, day_rate: Number(r.day_rate), week_rate: r.week_rate === null ? null : Number(r.week_rate), month_rate: r.month_rate === null ? null : Number(r.month_rate), deposit: Number(r.deposit), meter_allowance_per_day: r.meter_allowance_per_day, extra_meter_rate: r.extra_meter_rate === null ? null : Number(r.extra_meter_rate), customer_group_id: r.customer_group_id })),
    }
    if (Object.keys(fields).length) await rentals.updateRentalModels({ id, ...fields })
    if (rates) {
      await rentals.deleteRentalRates(before.rates.map((r) => r.id))
      if (rates.length) await rentals.createRentalRates(rates.map((r) => ({ ...r, rental_model_id: id })))
    }
    return new StepResponse(id, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    if ("created" in snapshot) return void (await rentals.deleteRentalModels(snapshot.created))
    await rentals.updateRentalModels({ id: snapshot.id, ...snapshot.fields })
    const current = await rentals.listRentalRates({ rental_model_id: snapshot.id }, { select: ["id"] })
    await rentals.deleteRentalRates(current.map((r) => r.id))
    if (snapshot.rates.length) await rentals.createRentalRates(snapshot.rates.map(({ id: _id, ...r }) => ({ ...r, rental_model_id: snapshot.id })))
  }
)

/** Staff create or edit a rental model: its catalogue variant, buffer, and rates per currency. */
export const saveRentalModelWorkflow = createWorkflow("save-rental-model", (input: RentalModelInput) => new WorkflowResponse(saveModelStep(input)))

export type RentalUnitInput = {
  model_id: string
  serial_number: string
  name: string
  brand?: string | null
  meter?: { name: string; kind: MeterKind; unit: string; initial_value?: number; initial_read_at?: string } | null
}

const createUnitStep = createStep(
  "create-rental-unit",
  async (input: RentalUnitInput, { container }) => {
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    const model = await rentals.retrieveRentalModel(input.model_id).catch(() => null)
    if (!model) throw new MedusaError(MedusaError.Types.INVALID_DATA, `model_id: no rental model ${input.model_id}`)
    const [same] = await fleet.listEquipment({ account_id: RENTAL_FLEET_ACCOUNT_ID, serial_number: input.serial_number }, { take: 1 })
    if (same) throw new MedusaError(MedusaError.Types.INVALID_DATA, `serial_number: a rental unit already has serial number ${input.serial_number}`)
    const equipment = await fleet.createEquipment({
      account_id: RENTAL_FLEET_ACCOUNT_ID,
      site_id: RENTAL_FLEET_SITE_ID,
      variant_id: model.variant_id,
      serial_number: input.serial_number,
      name: input.name,
      brand: input.brand ?? null,
    })
    try {
      if (input.meter) {
        const meter = await fleet.createMeters({ equipment_id: equipment.id, name: input.meter.name, kind: input.meter.kind, unit: input.meter.unit })
        if (input.meter.initial_value !== undefined) await fleet.createMeterReadings({ meter_id: meter.id, value: input.meter.initial_value, read_at: new Date(input.meter.initial_read_at ?? Date.now()), source: "staff", status: "accepted" })
      }
      const unit = await rentals.createRentalUnits({ equipment_id: equipment.id, rental_model_id: model.id })
      return new StepResponse(unit.id, { unit_id: unit.id, equipment_id: equipment.id })
    } catch (error) {
      // This step's compensation does not run when it throws: remove the machine it created.
      await fleet.deleteEquipment(equipment.id)
      throw error
    }
  },
  async (created, { container }) => {
    if (!created) return
    await container.resolve<RentalModuleService>(RENTAL_MODULE).deleteRentalUnits(created.unit_id)
    await container.resolve<FleetModuleService>(FLEET_MODULE).deleteEquipment(created.equipment_id)
  }
)

/** A new rental unit: the business's machine (fleet equipment, with its meter) tied to a rental model. */
export const createRentalUnitWorkflow = createWorkflow("create-rental-unit", (input: RentalUnitInput) => new WorkflowResponse(createUnitStep(input)))

const setUnitActiveStep = createStep(
  "set-rental-unit-active",
  async (input: { id: string; active: boolean }, { container }) => {
    const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
    const before = await rentals.retrieveRentalUnit(input.id)
    await rentals.updateRentalUnits({ id: input.id, active: input.active })
    return new StepResponse(input.id, { id: input.id, active: before.active })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<RentalModuleService>(RENTAL_MODULE).updateRentalUnits(previous)
  }
)

/** Takes a unit out of the rentable fleet (or back): reservations already made keep it. */
export const setRentalUnitActiveWorkflow = createWorkflow("set-rental-unit-active", (input: { id: string; active: boolean }) => new WorkflowResponse(setUnitActiveStep(input)))

const addBlockStep = createStep(
  "add-rental-block",
  async (input: { unit_id: string; starts_at: string; ends_at: string; reason: string | null }, { container }) => {
    const block = await container.resolve<RentalModuleService>(RENTAL_MODULE).createRentalBlocks({ ...input, starts_at: new Date(input.starts_at), ends_at: new Date(input.ends_at) })
    return new StepResponse(block.id, block.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<RentalModuleService>(RENTAL_MODULE).deleteRentalBlocks(id)
  }
)

/** Blocks a unit for maintenance: availability counts it from then on (reservations already made stay). */
export const addRentalBlockWorkflow = createWorkflow("add-rental-block", (input: { unit_id: string; starts_at: string; ends_at: string; reason: string | null }) => new WorkflowResponse(addBlockStep(input)))

const removeBlockStep = createStep(
  "remove-rental-block",
  async (input: { id: string }, { container }) => {
    await container.resolve<RentalModuleService>(RENTAL_MODULE).softDeleteRentalBlocks(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<RentalModuleService>(RENTAL_MODULE).restoreRentalBlocks(id)
  }
)

export const removeRentalBlockWorkflow = createWorkflow("remove-rental-block", (input: { id: string }) => new WorkflowResponse(removeBlockStep(input)))
