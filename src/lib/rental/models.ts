import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import type { RentalSettings, StoreRentalModel } from "../../modules/rental/contract"
import { RENTAL_MODULE } from "../../modules/rental"
import type RentalModuleService from "../../modules/rental/service"
import type { BusyRange } from "./availability"
import { cheapestPrice, rentalDays, type RateCard } from "./pricing"

const HOUR_MS = 3_600_000

export type RateRow = RateCard & { id: string; deposit: number; meter_allowance_per_day: number | null; extra_meter_rate: number | null; customer_group_id: string | null }

/** A rental model with its catalogue variant and its rates, as the catalogue shows it. */
export type RentalModelCard = {
  id: string
  variant_id: string
  title: string
  description: string | null
  buffer_hours: number
  active: boolean
  product_id: string | null
  thumbnail: string | null
  rates: RateRow[]
}

/** A rental model with its catalogue variant, its rates and its active units (oldest first). */
export type LoadedModel = RentalModelCard & { unit_ids: string[] }

type ModelQuery = { ids?: string[]; activeOnly?: boolean; skip?: number; take?: number; q?: string }

type GraphModel = {
  id: string
  variant_id: string
  title: string
  description: string | null
  buffer_hours: number
  active: boolean
  rates?: { id: string; currency_code: string; day_rate: unknown; week_rate: unknown; month_rate: unknown; deposit: unknown; meter_allowance_per_day: number | null; extra_meter_rate: unknown; customer_group_id: string | null }[]
  units?: { id: string; active: boolean; created_at: string | Date }[]
  product_variant?: { id: string; title: string | null; product?: { id: string; title: string; description: string | null; thumbnail: string | null } | null } | null
}

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value))

export async function rentalSettingsOf(container: MedusaContainer): Promise<RentalSettings> {
  return (await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()).rentals
}

/** The store's default currency: the catalogue's prices when the client does not ask for another. */
export async function defaultCurrency(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"], take: 1 })
  return store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? store?.supported_currencies?.[0]?.currency_code ?? "eur"
}

const CARD_FIELDS = [
  "id", "variant_id", "title", "description", "buffer_hours", "active", "rates.*",
  "product_variant.id", "product_variant.title",
  "product_variant.product.id", "product_variant.product.title", "product_variant.product.description", "product_variant.product.thumbnail",
]

async function queryRentalModels(container: MedusaContainer, { ids, activeOnly, skip = 0, take, q }: ModelQuery, fields: string[]): Promise<{ data: GraphModel[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = {}
  if (ids) filters.id = ids
  if (activeOnly) filters.active = true
  if (q) filters.title = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
  const { data, metadata } = await query.graph({ entity: "rental_model", fields, filters, pagination: { skip, take, order: { title: "ASC", id: "ASC" } } })
  return { data: data as GraphModel[], count: metadata?.count ?? data.length }
}

const presentCard = (m: GraphModel): RentalModelCard => ({
  id: m.id,
  variant_id: m.variant_id,
  title: m.title,
  description: m.description ?? m.product_variant?.product?.description ?? null,
  buffer_hours: m.buffer_hours,
  active: m.active,
  product_id: m.product_variant?.product?.id ?? null,
  thumbnail: m.product_variant?.product?.thumbnail ?? null,
  rates: (m.rates ?? []).map((r) => ({
    id: r.id,
    currency_code: r.currency_code,
    day_rate: Number(r.day_rate),
    week_rate: num(r.week_rate),
    month_rate: num(r.month_rate),
    deposit: Number(r.deposit ?? 0),
    meter_allowance_per_day: r.meter_allowance_per_day ?? null,
    extra_meter_rate: num(r.extra_meter_rate),
    customer_group_id: r.customer_group_id ?? null,
  })),
})

/** Models (all, or `ids`) with their units, through Query so that the catalogue variant's product comes in the same read. */
export async function loadRentalModels(container: MedusaContainer, options: ModelQuery = {}): Promise<{ models: LoadedModel[]; count: number }> {
  const { data, count } = await queryRentalModels(container, options, [...CARD_FIELDS, "units.id", "units.active", "units.created_at"])
  const models = data.map((m): LoadedModel => ({
    ...presentCard(m),
    unit_ids: (m.units ?? [])
      .filter((u) => u.active)
      .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || a.id.localeCompare(b.id))
      .map((u) => u.id),
  }))
  return { models, count }
}

/**
 * Models as `loadRentalModels` gives them but without their units: for the catalogue, which only counts
 * them (`freeUnitCounts`), so a model of a thousand units does not bring a thousand records through Query.
 */
export async function loadRentalModelCards(container: MedusaContainer, options: ModelQuery = {}): Promise<{ models: RentalModelCard[]; count: number }> {
  const { data, count } = await queryRentalModels(container, options, CARD_FIELDS)
  return { models: data.map(presentCard), count }
}

/** The Medusa customer groups of a member (none for a session without a customer): they pick group rates. */
export async function customerGroupsOf(container: MedusaContainer, customerId: string | null): Promise<string[]> {
  if (!customerId) return []
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { relations: ["groups"], take: 1 })
  return (customer?.groups ?? []).map((g) => g.id)
}

/**
 * The rate a client of `groupIds` pays for `days` in `currency`: the general rate or the rate of one of their
 * groups, whichever costs less for the period, as Medusa applies the lowest of the prices a customer is
 * entitled to. Null when the model has no rate in the currency.
 */
export function rateFor(model: Pick<LoadedModel, "rates">, currency: string, groupIds: readonly string[], days: number): RateRow | null {
  const entitled = model.rates.filter((r) => r.currency_code === currency && (r.customer_group_id === null || groupIds.includes(r.customer_group_id)))
  let best: RateRow | null = null
  for (const rate of entitled) {
    if (!best || cheapestPrice(rate, days).total < cheapestPrice(best, days).total) best = rate
  }
  return best
}

/** The range a new assignment of `model` from `starts_at` to `ends_at` holds: its buffer included. */
export const heldRange = (model: Pick<LoadedModel, "buffer_hours">, starts_at: Date, ends_at: Date) => ({
  from: starts_at,
  to: new Date(ends_at.getTime() + model.buffer_hours * HOUR_MS),
})

/** Busy ranges of every unit of `models` that touch [from, to + the longest buffer). */
export async function busyRangesOf(container: MedusaContainer, models: LoadedModel[], from: Date, to: Date): Promise<BusyRange[]> {
  const longest = Math.max(0, ...models.map((m) => m.buffer_hours))
  return container
    .resolve<RentalModuleService>(RENTAL_MODULE)
    .busyRanges(models.flatMap((m) => m.unit_ids), from, new Date(to.getTime() + longest * HOUR_MS))
}

/**
 * A model as the catalogue shows it for a period in a currency to a client of `groupIds`: the price they pay
 * (their group's when it is lower), the general price beside it when it differs, the deposit and its units
 * (`freeUnitCounts`: free ones for the period and its buffer).
 */
export function presentCatalogueModel(
  model: RentalModelCard,
  units: { total: number; free: number },
  starts_at: Date,
  ends_at: Date,
  currency: string,
  groupIds: readonly string[] = []
): StoreRentalModel {
  const days = rentalDays(starts_at, ends_at)
  const rate = rateFor(model, currency, groupIds, days)
  const general = model.rates.find((r) => r.currency_code === currency && r.customer_group_id === null) ?? null
  const price = rate && cheapestPrice(rate, days)
  const generalTotal = general && cheapestPrice(general, days).total
  return {
    id: model.id,
    variant_id: model.variant_id,
    product_id: model.product_id,
    title: model.title,
    description: model.description,
    thumbnail: model.thumbnail,
    buffer_hours: model.buffer_hours,
    rate: rate && {
      currency_code: rate.currency_code,
      day: rate.day_rate,
      week: rate.week_rate,
      month: rate.month_rate,
      deposit: rate.deposit,
      meter_allowance_per_day: rate.meter_allowance_per_day,
      extra_meter_rate: rate.extra_meter_rate,
      customer_group_id: rate.customer_group_id,
    },
    price,
    general_total: price && generalTotal !== null && generalTotal !== price.total ? generalTotal : null,
    units_total: units.total,
    units_free: units.free,
  }
}
