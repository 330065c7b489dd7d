import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { freeUnits } from "../../src/lib/rental/availability"
import { busyRangesOf, heldRange, loadRentalModels, type LoadedModel } from "../../src/lib/rental/models"
import { cheapestPrice, rentalDays } from "../../src/lib/rental/pricing"
import { FLEET_MODULE } from "../../src/modules/fleet"
import type FleetModuleService from "../../src/modules/fleet/service"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { RENTAL_MODULE } from "../../src/modules/rental"
import type RentalModuleService from "../../src/modules/rental/service"
import { confirmRentalWorkflow } from "../../src/workflows/rental/confirm-rental"
import { exitRentalWorkflow, returnRentalWorkflow } from "../../src/workflows/rental/handover-rental"
import { createRentalUnitWorkflow, saveRentalModelWorkflow } from "../../src/workflows/rental/rental-catalogue"

const DAY = 86_400_000
const HOUR = 3_600_000

/** The rental fleet: catalogue variant (by SKU), rates in euros, buffer, units with their meter. */
const MODELS = [
  { sku: "RENT-MX18", title: "Mini excavator 1.8 t", units: 5, brand: "Kubota", buffer: 24, rate: { day_rate: 160, week_rate: 720, month_rate: 2400, deposit: 1500, meter_allowance_per_day: 8, extra_meter_rate: 18 } },
  { sku: "RENT-SL8", title: "Scissor lift 8 m", units: 4, brand: "Genie", buffer: 12, rate: { day_rate: 95, week_rate: 430, month_rate: 1400, deposit: 800, meter_allowance_per_day: 8, extra_meter_rate: 10 } },
  { sku: "RENT-G60", title: "Generator 60 kVA", units: 4, brand: "SDMO", buffer: 24, rate: { day_rate: 140, week_rate: 630, month_rate: 2100, deposit: 1000, meter_allowance_per_day: 12, extra_meter_rate: 9 } },
  { sku: "RENT-AC50", title: "Air compressor 5 m³/min", units: 4, brand: "Atlas Copco", buffer: 12, rate: { day_rate: 85, week_rate: 380, month_rate: 1250, deposit: 600, meter_allowance_per_day: 10, extra_meter_rate: 6 } },
  { sku: "RENT-FS70", title: "Ride-on floor scrubber", units: 3, brand: "Kärcher", buffer: 6, rate: { day_rate: 110, week_rate: 495, month_rate: 1650, deposit: 700, meter_allowance_per_day: null, extra_meter_rate: null } },
]

/**
 * A customer group with its own rates, as a price list would give it elsewhere in the catalogue: Rossi's
 * members are in it, and rent the excavator and the generator cheaper.
 */
const PARTNERS = {
  group: "Rental partners",
  company: "Rossi Impianti",
  rates: {
    "RENT-MX18": { day_rate: 130, week_rate: 600, month_rate: 2000, deposit: 1000, meter_allowance_per_day: 8, extra_meter_rate: 15 },
    "RENT-G60": { day_rate: 115, week_rate: 520, month_rate: 1750, deposit: 800, meter_allowance_per_day: 12, extra_meter_rate: 8 },
  } as Record<string, (typeof MODELS)[number]["rate"]>,
}

// A 1×1 PNG: the demo's slip photo (the portal shows it like any uploaded one).
const PHOTO = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

type Plan = {
  company: string
  site: number
  model: number
  quantity: number
  from: number
  to: number
  /** How far the demo takes it: requested, confirmed, out (exit slip), returned (both slips and the order). */
  stage: "requested" | "confirmed" | "out" | "returned"
  loan?: boolean
  damage?: number
  /** Hours of use per day while out, for the meter readings on the slips. */
  use?: number
  late_days?: number
}

/** Reservations in every state, for Acme (on both its sites) and Rossi; days are relative to now. */
const PLANS: Plan[] = [
  { company: "Acme Industrie", site: 1, model: 0, quantity: 1, from: -40, to: -33, stage: "returned", use: 9, damage: 180, late_days: 1 },
  { company: "Acme Industrie", site: 0, model: 1, quantity: 2, from: -20, to: -16, stage: "returned", use: 4 },
  { company: "Acme Industrie", site: 0, model: 2, quantity: 1, from: -3, to: 4, stage: "out", use: 10 },
  { company: "Acme Industrie", site: 1, model: 3, quantity: 1, from: -9, to: -2, stage: "out", use: 6 },
  { company: "Acme Industrie", site: 1, model: 4, quantity: 1, from: -2, to: 5, stage: "out", loan: true, use: 3 },
  { company: "Acme Industrie", site: 1, model: 0, quantity: 1, from: 6, to: 9, stage: "confirmed" },
  { company: "Acme Industrie", site: 0, model: 1, quantity: 1, from: 12, to: 14, stage: "requested" },
  { company: "Rossi Impianti", site: 0, model: 0, quantity: 1, from: -5, to: 3, stage: "out", use: 7 },
  { company: "Rossi Impianti", site: 0, model: 2, quantity: 1, from: 10, to: 17, stage: "requested" },
]

const at8 = (now: Date, days: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, 8))

/**
 * The rental demo: 5 models over 20 units (the business's machines in the fleet, with hour meters), and
 * reservations past, current (one overdue), future and one loan, with exit and return slips (photos,
 * readings through the fleet's checks, signatures) and the order of each billed return. Skipped when any
 * rental model exists, so a re-run creates nothing.
 */
export async function seedRentals(container: MedusaContainer, now = new Date()): Promise<number> {
  const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
  const [existing] = await rentals.listRentalModels({}, { take: 1 })
  if (existing) return 0
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: MODELS.map((m) => m.sku) })
  const partners = await seedPartnerGroup(container)
  const modelIds: string[] = []
  for (const [index, m] of MODELS.entries()) {
    const variant = variants.find((v) => v.sku === m.sku)
    if (!variant) continue
    const { result: id } = await saveRentalModelWorkflow(container).run({
      input: { variant_id: variant.id, title: m.title, buffer_hours: m.buffer, rates: [{ currency_code: "eur", ...m.rate }, ...(partners && PARTNERS.rates[m.sku] ? [{ currency_code: "eur", customer_group_id: partners, ...PARTNERS.rates[m.sku] }] : [])] },
    })
    modelIds[index] = id
    for (let n = 1; n <= m.units; n++) {
      await createRentalUnitWorkflow(container).run({
        input: {
          model_id: id,
          serial_number: `${m.sku.replace("RENT-", "R")}-${String(n).padStart(3, "0")}`,
          name: `${m.title} #${n}`,
          brand: m.brand,
          meter: { name: "Engine hours", kind: "hours", unit: "h", initial_value: 200 + n * 137, initial_read_at: new Date(now.getTime() - 400 * DAY).toISOString() },
        },
      })
    }
  }

  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const { models } = await loadRentalModels(container, { ids: modelIds.filter(Boolean) })
  const modelAt = (index: number) => models.find((m) => m.id === modelIds[index]) as LoadedModel
  let created = 0
  for (const plan of PLANS) {
    const [account] = await accounts.listClientAccounts({ name: plan.company }, { select: ["id", "name"] })
    if (!account) continue
    const sites = await accounts.listSites({ account_id: account.id }, { select: ["id"], order: { created_at: "ASC" } })
    const [member] = await accounts.listAccountMembers({ account_id: account.id, role: "admin" }, { take: 1 })
    const customer = member ? await container.resolve(Modules.CUSTOMER).retrieveCustomer(member.customer_id) : null
    const model = modelAt(plan.model)
    if (!model) continue
    const starts_at = at8(now, plan.from)
    const ends_at = at8(now, plan.to)
    const held = heldRange(model, starts_at, ends_at)
    const busy = await busyRangesOf(container, [model], starts_at, ends_at)
    const units = freeUnits(model.unit_ids, busy, held.from, held.to).slice(0, plan.quantity)
    const rate = model.rates[0]
    const price = cheapestPrice(rate, rentalDays(starts_at, ends_at)).total * plan.quantity
    const id = await rentals.createReservation({
      reservation: {
        number: await rentals.nextNumber("R"),
        account_id: account.id,
        site_id: sites[plan.site]?.id ?? sites[0]?.id ?? null,
        status: "requested",
        is_loan: !!plan.loan,
        starts_at,
        ends_at,
        currency_code: "eur",
        estimated_total: plan.loan ? 0 : price,
        deposit_total: rate.deposit * plan.quantity,
        customer_id: customer?.id ?? null,
        requested_by_name: customer ? `${customer.first_name} ${customer.last_name} (${account.name})` : null,
        notes: null,
        confirmed_at: null,
      },
      lines: [{ model_id: model.id, variant_id: model.variant_id, title: model.title, quantity: plan.quantity, price, deposit: rate.deposit * plan.quantity, unit_ids: units, blocked_until: held.to }],
    })
    created++
    if (plan.stage === "requested") continue
    await confirmRentalWorkflow(container).run({ input: { id, is_loan: !!plan.loan, lock_owner: `seed-${id}` } })
    if (plan.stage === "confirmed") continue
    const machines = await readMeters(container, units)
    const signer = customer ? `${customer.first_name} ${customer.last_name}` : null
    await exitRentalWorkflow(container).run({
      input: {
        id,
        performed_at: starts_at.toISOString(),
        condition_notes: "Clean, full tank, no visible damage.",
        client_signature_name: signer,
        staff_signature_name: "Sam Staff",
        units: machines.map((m) => ({ unit_id: m.unit_id, condition: "Good", readings: m.meter ? [{ meter_id: m.meter.id, value: m.meter.value + 1 }] : [] })),
        photos: [{ filename: "exit.png", mime_type: "image/png", content: PHOTO }],
        lock_owner: `seed-${id}`,
      },
    })
    if (plan.stage === "out") continue
    const returned = new Date(ends_at.getTime() + (plan.late_days ?? 0) * DAY - 2 * HOUR)
    const days = rentalDays(starts_at, returned)
    await returnRentalWorkflow(container).run({
      input: {
        id,
        performed_at: returned.toISOString(),
        condition_notes: plan.damage ? "Bucket teeth bent." : "Returned clean.",
        client_signature_name: signer,
        staff_signature_name: "Sam Staff",
        units: machines.map((m) => ({ unit_id: m.unit_id, condition: plan.damage ? "Damaged" : "Good", readings: m.meter ? [{ meter_id: m.meter.id, value: m.meter.value + 1 + days * (plan.use ?? 4) }] : [] })),
        photos: [{ filename: "return.png", mime_type: "image/png", content: PHOTO }],
        damage: !!plan.damage,
        damage_amount: plan.damage ?? 0,
        damage_note: plan.damage ? "bent bucket teeth" : null,
        missing_items: null,
        lock_owner: `seed-${id}`,
      },
    })
  }
  return created
}

/** Each unit's first meter and its latest value, to write plausible slip readings. */
async function readMeters(container: MedusaContainer, unitIds: string[]) {
  const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
  const units = await rentals.listRentalUnits({ id: unitIds })
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const equipment = await fleet.listEquipment({ id: units.map((u) => u.equipment_id) }, { relations: ["meters"] })
  const meterIds = equipment.flatMap((e) => e.meters.map((m) => m.id))
  const states = await fleet.meterStates(meterIds)
  return units.map((u) => {
    const meter = equipment.find((e) => e.id === u.equipment_id)?.meters[0]
    return { unit_id: u.id, meter: meter ? { id: meter.id, value: states.get(meter.id)?.last_reading?.value ?? 0 } : null }
  })
}

/** The partners' customer group with the members of its company; null when the company is not seeded. */
async function seedPartnerGroup(container: MedusaContainer): Promise<string | null> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [company] = await accounts.listClientAccounts({ name: PARTNERS.company }, { take: 1 })
  if (!company) return null
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomerGroups({ name: PARTNERS.group }, { take: 1 })
  const group = existing ?? (await customers.createCustomerGroups({ name: PARTNERS.group }))
  const members = await accounts.listAccountMembers({ account_id: company.id })
  if (members.length) await customers.addCustomerToGroup(members.map((m) => ({ customer_id: m.customer_id, customer_group_id: group.id })))
  return group.id
}
