import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { quoteAddress } from "../../../lib/quotes/totals"
import { customerGroupsOf, loadRentalModels, rateFor, rentalSettingsOf } from "../../../lib/rental/models"
import { rentalDays, returnCharges, type ChargeLine } from "../../../lib/rental/pricing"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import type { SlipUnitEntry } from "../../../modules/rental/models/rental-slip"

export type ReturnPlanInput = {
  reservation: {
    id: string
    number: string
    account_id: string
    site_id: string | null
    customer_id: string | null
    is_loan: boolean
    currency_code: string
    starts_at: string
    ends_at: string
    lines: { id: string; model_id: string; title: string; quantity: number }[]
    assignments: { unit_id: string; line_id: string }[]
    exit_slip: SlipUnitEntry[] | null
  }
  returned: SlipUnitEntry[]
  returned_at: string
  damage_amount: number
  damage_note: string | null
}

export type ReturnPlan = { charges: ChargeLine[]; total: number; order: CreateOrderDTO | null }

const used = (exit: SlipUnitEntry | undefined, back: SlipUnitEntry | undefined) => {
  const reading = back?.readings[0]
  const before = reading && exit?.readings.find((r) => r.meter_id === reading.meter_id)
  return reading && before ? Math.max(0, reading.value - before.value) : 0
}

/** The unit of the meters read at the return (a model's units count in the same one), if any was read. */
async function meterUnitOf(container: MedusaContainer, returned: SlipUnitEntry[]): Promise<string | null> {
  const meterId = returned.flatMap((entry) => entry.readings.map((r) => r.meter_id))[0]
  if (!meterId) return null
  const [meter] = await container.resolve<FleetModuleService>(FLEET_MODULE).listMeters({ id: meterId }, { select: ["id", "unit"], take: 1 })
  return meter?.unit ?? null
}

/**
 * The charges of a return (planned days at the cheapest combination, at the customer group rate of the member
 * who reserved when lower, meter use over the allowance from the
 * exit and return readings, late days, damage) and, unless it is a loan or costs nothing, the Medusa order
 * they become: custom lines for the account's member who reserved (else its payer), at the site's address.
 */
export const planReturnStep = createStep("plan-rental-return", async (input: ReturnPlanInput, { container }) => {
  const { reservation } = input
  const settings = await rentalSettingsOf(container)
  const { models } = await loadRentalModels(container, { ids: [...new Set(reservation.lines.map((l) => l.model_id))] })
  const groups = await customerGroupsOf(container, reservation.customer_id)
  const days = rentalDays(new Date(reservation.starts_at), new Date(reservation.ends_at))
  const charges: ChargeLine[] = []
  for (const line of reservation.lines) {
    const model = models.find((m) => m.id === line.model_id)
    const rate = model && rateFor(model, reservation.currency_code, groups, days)
    if (!rate) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `currency_code: ${line.title} has no rate in ${reservation.currency_code.toUpperCase()}`)
    const units = reservation.assignments.filter((a) => a.line_id === line.id).map((a) => a.unit_id)
    charges.push(
      ...returnCharges({
        card: rate,
        starts_at: new Date(reservation.starts_at),
        ends_at: new Date(reservation.ends_at),
        returned_at: new Date(input.returned_at),
        quantity: line.quantity,
        meter_use: units.map((u) => used(reservation.exit_slip?.find((e) => e.unit_id === u), input.returned.find((e) => e.unit_id === u))),
        late_day_factor: settings.late_day_factor,
        damage_amount: 0,
        title: line.title,
        meter_unit: await meterUnitOf(container, input.returned.filter((entry) => units.includes(entry.unit_id))),
      })
    )
  }
  if (input.damage_amount > 0) {
    const amount = Math.round(input.damage_amount * 100) / 100
    charges.push({ kind: "damage", description: `Damage${input.damage_note ? `: ${input.damage_note}` : ""}`, quantity: 1, unit_amount: amount, amount })
  }
  const total = Math.round(charges.reduce((sum, c) => sum + c.amount, 0) * 100) / 100
  if (reservation.is_loan || total <= 0) return new StepResponse<ReturnPlan>({ charges: reservation.is_loan ? [] : charges, total: reservation.is_loan ? 0 : total, order: null })

  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  let customerId = reservation.customer_id
  if (!customerId) {
    const [payer] = await accounts.listAccountMembers({ account_id: reservation.account_id, is_payer: true }, { take: 1 })
    customerId = payer?.customer_id ?? null
  }
  if (!customerId) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "customer_id: the account has no member to bill; name a payer first")
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const [region] = await container.resolve(Modules.REGION).listRegions({ currency_code: reservation.currency_code }, { take: 1 })
  if (!region) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `currency_code: no region sells in ${reservation.currency_code.toUpperCase()}`)
  const address = await quoteAddress(container, { account_id: reservation.account_id, site_id: reservation.site_id })
  const orderAddress = address && { ...address, first_name: customer.first_name, last_name: customer.last_name }
  const order: CreateOrderDTO = {
    region_id: region.id,
    currency_code: reservation.currency_code,
    customer_id: customer.id,
    email: customer.email,
    shipping_address: orderAddress ?? undefined,
    billing_address: orderAddress ?? undefined,
    metadata: { rental_reservation_id: reservation.id, rental_number: reservation.number },
    items: charges.map((c) => ({ title: c.description, quantity: 1, unit_price: c.amount, requires_shipping: false, is_custom_price: true, metadata: { rental_charge_kind: c.kind } })),
  }
  return new StepResponse<ReturnPlan>({ charges, total, order })
})
