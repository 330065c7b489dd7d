import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { FLEET_MODULE } from "../../src/modules/fleet"
import type FleetModuleService from "../../src/modules/fleet/service"
import type { EquipmentStatus } from "../../src/modules/fleet/models/equipment"
import type { MeterKind } from "../../src/modules/fleet/models/meter"
import type { DemoCompany } from "./catalog"

const DAY = 24 * 60 * 60 * 1000

/** Kinds of machine in the demo fleets: the catalogue's model (by SKU) when the dealer sells it, how hard it works. */
const MODELS: {
  name: string
  brand: string
  sku: string | null
  meter: { name: string; kind: MeterKind; unit: string; perDay: number }
  energy?: { perDay: number }
  unitsPlan: { name: string; every: number; parts: string[] }
  yearly: string
}[] = [
  { name: "Compact excavator CX-35", brand: "Kubota", sku: "MACH-CX35", meter: { name: "Engine hours", kind: "hours", unit: "h", perDay: 5 }, unitsPlan: { name: "250 h service", every: 250, parts: ["PART-HF12", "PART-OIL20"] }, yearly: "Yearly safety inspection" },
  { name: "Air compressor AC-90", brand: "Atlas Copco", sku: "MACH-AC90", meter: { name: "Running hours", kind: "hours", unit: "h", perDay: 12 }, unitsPlan: { name: "500 h service", every: 500, parts: ["PART-AF90"] }, yearly: "Pressure vessel inspection" },
  { name: "Diesel generator G-60", brand: "SDMO", sku: "MACH-G60", meter: { name: "Engine hours", kind: "hours", unit: "h", perDay: 6 }, energy: { perDay: 280 }, unitsPlan: { name: "250 h oil change", every: 250, parts: ["PART-OIL20", "PART-VBG60"] }, yearly: "Yearly load test" },
  { name: "Pressure washer HP-200", brand: "Kärcher", sku: "MACH-HP200", meter: { name: "Pump hours", kind: "hours", unit: "h", perDay: 2 }, unitsPlan: { name: "200 h pump service", every: 200, parts: [] }, yearly: "Yearly inspection" },
  { name: "Forklift 2.5 t", brand: "Linde", sku: null, meter: { name: "Operating hours", kind: "hours", unit: "h", perDay: 7 }, unitsPlan: { name: "500 h service", every: 500, parts: ["PART-HF12"] }, yearly: "Yearly lifting equipment inspection" },
  { name: "Packaging line counter", brand: "Krones", sku: null, meter: { name: "Cycles", kind: "counter", unit: "cycles", perDay: 4200 }, unitsPlan: { name: "1M cycles overhaul", every: 1_000_000, parts: [] }, yearly: "Yearly inspection" },
]

const FLEET_SIZE: Record<string, number> = { "Acme Industrie": 18, "Rossi Impianti": 12, "Tatra Energy": 24 }
const TECHNICIANS = ["Luc Bernard", "Giulia Conti", "Peter Horváth", "Sam Staff"]

/** A small seeded generator, so that every demo database gets the same fleets. */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}

type Reading = { meter_id: string; value: number; read_at: Date; source: string; status: string; note: string | null }

/**
 * Fleets for the demo companies: 12 to 24 machines each on their sites, linked to the catalogue where the
 * dealer sells the model, with meters read every three days for a year, plans, a service history, a few
 * machines due soon or overdue, and one client reading held for review. A company that already has
 * machines is left alone, so a re-run creates nothing. Readings go in with one bulk insert.
 */
export async function seedFleets(container: MedusaContainer, companies: DemoCompany[], now = new Date()): Promise<number> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const skus = [...new Set(MODELS.flatMap((m) => [m.sku, ...m.unitsPlan.parts]).filter((s): s is string => !!s))]
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: skus }, { relations: ["product"] })
  const variantOf = (sku: string | null) => variants.find((v) => v.sku === sku)?.id ?? null
  const part = (sku: string) => {
    const variant = variants.find((v) => v.sku === sku)
    return { variant_id: variant?.id ?? null, sku, title: variant?.product?.title ?? sku, quantity: 1 }
  }

  let created = 0
  for (const [companyIndex, company] of companies.entries()) {
    const [account] = await accounts.listClientAccounts({ name: company.name }, { select: ["id"] })
    const size = FLEET_SIZE[company.name]
    if (!account || !size) continue
    const [existing] = await fleet.listEquipment({ account_id: account.id }, { select: ["id"], take: 1 })
    if (existing) continue
    const sites = await accounts.listSites({ account_id: account.id }, { select: ["id", "name"], order: { created_at: "ASC" } })
    if (!sites.length) continue
    const rand = random(1000 + companyIndex)
    const prefix = company.name.slice(0, 3).toUpperCase()
    const readings: Reading[] = []
    const machineIds: string[] = []

    for (let i = 0; i < size; i++) {
      const model = MODELS[i % MODELS.length]
      const installed = new Date(now.getTime() - (400 + Math.floor(rand() * 1400)) * DAY)
      const status: EquipmentStatus = i === 3 ? "under_repair" : i === 7 ? "out_of_service" : "in_service"
      const equipment = await fleet.createEquipment({
        account_id: account.id,
        site_id: sites[i % sites.length].id,
        variant_id: variantOf(model.sku),
        serial_number: `${prefix}-${model.name.replace(/[^A-Z0-9]/g, "").slice(0, 4)}-${String(1001 + i)}`,
        name: `${model.name} #${Math.floor(i / MODELS.length) + 1}`,
        brand: model.brand,
        status,
        installation_date: installed,
        warranty_end: new Date(installed.getTime() + 730 * DAY),
        notes: i === 3 ? "Hydraulic leak reported, waiting for parts." : null,
      })
      machineIds.push(equipment.id)

      // A year of readings every three days, at this machine's own pace.
      const pace = model.meter.perDay * (0.6 + rand() * 0.8)
      const meter = await fleet.createMeters({ equipment_id: equipment.id, ...model.meter, name: model.meter.name })
      let value = Math.round(model.meter.perDay * (200 + rand() * 600))
      for (let d = 365; d >= 1; d -= 3) {
        value += pace * 3 * (0.5 + rand())
        readings.push({ meter_id: meter.id, value: Math.round(value * 10) / 10, read_at: new Date(now.getTime() - d * DAY + 8 * 3600_000), source: d % 30 === 2 ? "client" : "technician", status: "accepted", note: null })
      }
      if (model.energy) {
        const energy = await fleet.createMeters({ equipment_id: equipment.id, name: "Energy delivered", kind: "energy", unit: "kWh" })
        let kwh = Math.round(model.energy.perDay * 300 * rand())
        for (let d = 365; d >= 1; d -= 3) {
          kwh += model.energy.perDay * 3 * (0.4 + rand())
          readings.push({ meter_id: energy.id, value: Math.round(kwh), read_at: new Date(now.getTime() - d * DAY + 8 * 3600_000), source: "technician", status: "accepted", note: null })
        }
      }
      // Acme's first compressor: a client typed one digit too many, held for review.
      if (companyIndex === 0 && i === 1) {
        readings.push({ meter_id: meter.id, value: Math.round(value * 10), read_at: new Date(now.getTime() - 6 * 3600_000), source: "client", status: "to_review", note: `increase of ${Math.round(value * 9)} in 1 day, usually about ${Math.round(pace)}` })
      }

      // Serviced on schedule, at least 45 days of use before the next one where the interval allows, except
      // machine 0 (yearly inspection due in ten days) and machine 1 (service overdue).
      const interval = model.unitsPlan.every
      const sinceService = Math.floor(rand() * Math.max(0, interval / pace - 45))
      const lastDoneValue = Math.round(i === 1 ? value - interval - 5 * pace : value - sinceService * pace)
      const lastDoneAt = new Date(now.getTime() - (i === 1 ? interval / pace + 5 : sinceService) * DAY)
      await fleet.createMaintenancePlans([
        { equipment_id: equipment.id, name: model.unitsPlan.name, interval_units: interval, meter_id: meter.id, last_done_at: lastDoneAt, last_done_value: lastDoneValue },
        { equipment_id: equipment.id, name: model.yearly, interval_days: 365, last_done_at: new Date(now.getTime() - (i === 0 ? 355 : 30 + Math.floor(rand() * 200)) * DAY) },
      ])
      await fleet.createMaintenanceLogEntries([
        {
          equipment_id: equipment.id,
          performed_at: lastDoneAt,
          kind: "preventive",
          description: `${model.unitsPlan.name}: oil and filters changed, belts and hoses checked.`,
          technician: TECHNICIANS[i % TECHNICIANS.length],
          duration_minutes: 90 + Math.floor(rand() * 90),
          parts: model.unitsPlan.parts.map(part) as unknown as Record<string, unknown>,
          meter_values: [{ meter_id: meter.id, value: lastDoneValue }] as unknown as Record<string, unknown>,
        },
        {
          equipment_id: equipment.id,
          performed_at: new Date(installed.getTime() + 2 * DAY),
          kind: "inspection",
          description: "Commissioning and first inspection on site.",
          technician: TECHNICIANS[(i + 1) % TECHNICIANS.length],
          duration_minutes: 120,
          parts: [] as unknown as Record<string, unknown>,
          meter_values: [] as unknown as Record<string, unknown>,
        },
        ...(i === 3
          ? [{ equipment_id: equipment.id, performed_at: new Date(now.getTime() - 4 * DAY), kind: "corrective" as const, description: "Hydraulic leak found on the boom cylinder; seal kit ordered.", technician: TECHNICIANS[0], duration_minutes: 45, parts: [] as unknown as Record<string, unknown>, meter_values: [] as unknown as Record<string, unknown> }]
          : []),
      ])
      created++
    }

    const rows = readings.map((r) => ({ id: generateEntityId(undefined, "mread"), ...r, replacement: false }))
    for (let start = 0; start < rows.length; start += 2000) {
      await knex("fleet_meter_reading").insert(rows.slice(start, start + 2000))
    }
    await fleet.refreshNextDue(machineIds)
  }
  return created
}
