import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createPriceListsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createTaxRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CLIENT_ACCOUNT_MODULE } from "../../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../../src/modules/clientAccount/service"
import { createAdmin, createClientCompany, createPublishableKey, type AdminActor, type ClientCompany } from "../../helpers/actors"

type Api = Parameters<typeof createAdmin>[1]

export type QuoteWorld = {
  key: string
  admin: AdminActor
  region_id: string
  acme: ClientCompany
  rossi: ClientCompany
  /** A pump: list price 1000 EUR, 900 EUR on Acme's price list. */
  pump_id: string
  /** A filter kit at 50 EUR. */
  kit_id: string
  /** A compressor whose stock is managed and empty: creating an order with it fails. */
  compressor_id: string
}

export const DAY = 24 * 60 * 60 * 1000

/**
 * A store selling in EUR to France with 20 % VAT, three products, and two client companies: Acme (French
 * address; admin Claire, approver Anne, viewer Paul; its own price list) and Rossi (approver Marco).
 */
export async function createQuoteWorld(container: MedusaContainer, api: Api): Promise<QuoteWorld> {
  const admin = await createAdmin(container, api)
  const key = await createPublishableKey(container)
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  await container.resolve(Modules.STORE).updateStores(store.id, {
    default_sales_channel_id: channel.id,
    supported_currencies: [{ currency_code: "eur", is_default: true }],
  })
  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "France", currency_code: "eur", countries: ["fr"], automatic_taxes: true }] },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [{ country_code: "fr", provider_id: "tp_system", default_tax_rate: { rate: 20, code: "TVA", name: "TVA 20 %" } }],
  })
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })
  const product = (title: string, sku: string, amount: number, manage_inventory: boolean) => ({
    title,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: profiles[0].id,
    sales_channels: [{ id: channel.id }],
    options: [{ title: "Model", values: ["Standard"] }],
    variants: [{ title: "Standard", sku, manage_inventory, options: { Model: "Standard" }, prices: [{ amount, currency_code: "eur" }] }],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product("Booster pump", "PUMP-1", 1000, false),
        product("Filter kit", "KIT-1", 50, false),
        product("Compressor", "COMP-1", 2500, true),
      ],
    },
  })
  const acme = await createClientCompany(container, api, key, {
    name: "Acme Industrie",
    sites: ["Lyon plant"],
    members: [
      { email: "claire@acme.test", first_name: "Claire", last_name: "Martin", role: "admin" },
      { email: "anne@acme.test", first_name: "Anne", role: "approver" },
      { email: "paul@acme.test", first_name: "Paul", role: "viewer" },
    ],
  })
  const rossi = await createClientCompany(container, api, key, {
    name: "Rossi Impianti",
    members: [{ email: "marco@rossi.test", first_name: "Marco", role: "approver" }],
  })
  await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateClientAccounts([
    { id: acme.account_id, address_1: "12 rue de la République", postal_code: "69002", city: "Lyon", country_code: "fr", locale: "fr" },
    { id: rossi.account_id, address_1: "5 promenade des Anglais", postal_code: "06000", city: "Nice", country_code: "fr", locale: "it" },
  ])
  const pump = products[0].variants[0].id
  await createPriceListsWorkflow(container).run({
    input: {
      price_lists_data: [
        {
          title: "Acme contract prices",
          description: "Negotiated",
          status: "active",
          rules: { "customer.groups.id": [acme.group_id] },
          prices: [{ variant_id: pump, amount: 900, currency_code: "eur" }],
        },
      ],
    },
  })
  return {
    key,
    admin,
    region_id: regions[0].id,
    acme,
    rossi,
    pump_id: pump,
    kit_id: products[1].variants[0].id,
    compressor_id: products[2].variants[0].id,
  }
}

/** A quote body: the pump at Medusa's price for the client, two hours of labour, and an optional filter kit. */
export function quoteBody(world: QuoteWorld, overrides: Record<string, unknown> = {}) {
  return {
    account_id: world.acme.account_id,
    title: "Pump replacement, Lyon plant",
    valid_until: new Date(Date.now() + 30 * DAY).toISOString(),
    lines: [
      { variant_id: world.pump_id, quantity: 2, discount_percent: 10 },
      { title: "Installation (hours)", quantity: 3, unit_price: 85.5 },
      { variant_id: world.kit_id, quantity: 1, is_optional: true, selected: false },
    ],
    ...overrides,
  }
}

type ErrorResponse = { status: number; data: { type: string; message: string } }
export const failure = (e: { response?: ErrorResponse }) => {
  if (!e.response) throw e
  return e.response
}
