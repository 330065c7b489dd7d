// Demo data: run by `npm run demo` (and the browser tests) through `medusa exec`. Every step looks for what
// it would create first, so running it again changes nothing and sends no mail twice.
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createCustomerGroupsWorkflow,
  createCustomersWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { resolvePortalOptions } from "../src/lib/portal-options"
import { DEMO_CATEGORIES, DEMO_COMPANIES, DEMO_PRODUCTS } from "./seed/catalog"
import { seedClientAccounts } from "./seed/client-accounts"
import { seedFieldService } from "./seed/field-service"
import { seedFleets } from "./seed/fleet"
import { seedBilling } from "./seed/billing"
import { ensurePortalShipping, seedOrderPad, seedOrderPadFavourites } from "./seed/order-pad"
import { seedQuotes } from "./seed/quotes"
import { seedRentals } from "./seed/rentals"
import { seedSupport } from "./seed/support"
import { seedDocuments } from "./seed/documents"

const ADMIN_EMAIL = process.env.PORTAL_ADMIN_EMAIL || "admin@portal.example"
const ADMIN_PASSWORD = process.env.PORTAL_ADMIN_PASSWORD || "portal-demo"
const REGION_COUNTRIES = ["fr", "it", "sk", "de", "at", "be"]
// Standard VAT rates, so demo quotes and orders show taxes the way a client in that country pays them.
const STANDARD_VAT: Record<string, number> = { fr: 20, it: 22, sk: 23, de: 19, at: 20, be: 21 }

export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const productModule = container.resolve(Modules.PRODUCT)
  const customerModule = container.resolve(Modules.CUSTOMER)
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const notificationModule = container.resolve(Modules.NOTIFICATION)
  const portal = resolvePortalOptions()

  // Sales channel and the publishable key the portal sends with every store request.
  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: "Default Sales Channel" })
  if (!salesChannel) {
    salesChannel = await salesChannelModule.createSalesChannels({ name: "Default Sales Channel" })
  }
  let [publishableKey] = await apiKeyModule.listApiKeys({ type: "publishable", title: "Client portal" })
  if (!publishableKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: "Client portal", type: "publishable", created_by: "" }] },
    })
    publishableKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: publishableKey.id, add: [salesChannel.id] },
    })
  }

  // Store currency, region and taxes.
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"], take: 1 })
  const businessName = portal.businessName ?? store.name
  if (!store.supported_currencies?.some((c) => c?.currency_code === "eur") || store.name !== businessName) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: {
          name: businessName,
          supported_currencies: [{ currency_code: "eur", is_default: true }],
          default_sales_channel_id: salesChannel.id,
        },
      },
    })
  }
  let [region] = await regionModule.listRegions({ name: "Europe" })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          { name: "Europe", currency_code: "eur", countries: REGION_COUNTRIES, payment_providers: ["pp_system_default"] },
        ],
      },
    })
    region = result[0]
  }
  const taxRegions = await taxModule.listTaxRegions({ country_code: REGION_COUNTRIES })
  const missingTaxCountries = REGION_COUNTRIES.filter((c) => !taxRegions.some((t) => t.country_code === c))
  if (missingTaxCountries.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTaxCountries.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: { name: "VAT", code: `VAT-${country_code.toUpperCase()}`, rate: STANDARD_VAT[country_code] },
      })),
    })
  }

  // Warehouse and shipping profile, so that products can be stocked and shipped.
  let [warehouse] = await stockLocationModule.listStockLocations({ name: "Main warehouse" })
  if (!warehouse) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: { locations: [{ name: "Main warehouse", address: { city: "Lyon", country_code: "fr", address_1: "12 rue des Ateliers" } }] },
    })
    warehouse = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: warehouse.id, add: [salesChannel.id] } })
  }
  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  // Catalogue.
  const existingCategories = await productModule.listProductCategories({ handle: DEMO_CATEGORIES.map((c) => c.handle) })
  const missingCategories = DEMO_CATEGORIES.filter((c) => !existingCategories.some((e) => e.handle === c.handle))
  if (missingCategories.length) {
    await createProductCategoriesWorkflow(container).run({
      input: { product_categories: missingCategories.map((c) => ({ name: c.name, handle: c.handle, is_active: true })) },
    })
  }
  const categories = await productModule.listProductCategories({ handle: DEMO_CATEGORIES.map((c) => c.handle) })
  const categoryId = (handle: string) => categories.find((c) => c.handle === handle)!.id
  const existingProducts = await productModule.listProducts({ handle: DEMO_PRODUCTS.map((p) => p.handle) })
  const missingProducts = DEMO_PRODUCTS.filter((p) => !existingProducts.some((e) => e.handle === p.handle))
  if (missingProducts.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missingProducts.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfile.id,
          category_ids: [categoryId(p.category)],
          sales_channels: [{ id: salesChannel.id }],
          options: [{ title: "Model", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku: p.sku,
              manage_inventory: p.managesInventory,
              options: { Model: "Standard" },
              prices: [{ amount: p.price, currency_code: "eur" }],
            },
          ],
        })),
      },
    })
  }

  // Client companies: a customer group each, with its members as Medusa customers.
  const createdMembers: { id: string; email: string; first_name: string; company: string; locale: string }[] = []
  for (const company of DEMO_COMPANIES) {
    let [group] = await customerModule.listCustomerGroups({ name: company.name })
    if (!group) {
      const { result } = await createCustomerGroupsWorkflow(container).run({
        input: { customersData: [{ name: company.name, metadata: { locale: company.locale } }] },
      })
      group = result[0]
    }
    const existing = await customerModule.listCustomers({ email: company.members.map((m) => m.email) })
    const missing = company.members.filter((m) => !existing.some((c) => c.email === m.email))
    if (missing.length) {
      const { result } = await createCustomersWorkflow(container).run({
        input: {
          customersData: missing.map((m) => ({
            ...m,
            company_name: company.name,
            metadata: { locale: company.locale },
          })),
        },
      })
      await linkCustomersToCustomerGroupWorkflow(container).run({
        input: { id: group.id, add: result.map((c) => c.id) },
      })
      createdMembers.push(
        ...result.map((c) => ({ id: c.id, email: c.email, first_name: c.first_name ?? "", company: company.name, locale: company.locale }))
      )
    }
  }

  // Their client accounts in the portal: sites with coordinates, the first member admin and payer.
  const createdAccountMembers = await seedClientAccounts(container, DEMO_COMPANIES)
  if (createdAccountMembers) logger.info(`Seeded ${createdAccountMembers} client account members`)

  // Their equipment fleets: machines on their sites, meters with a year of readings, plans and service history.
  const createdMachines = await seedFleets(container, DEMO_COMPANIES)
  if (createdMachines) logger.info(`Seeded ${createdMachines} machines in the demo fleets`)

  // Field service: types, technicians near the sites, two weeks of visits in every status, the inbox.
  const createdInterventions = await seedFieldService(container, DEMO_COMPANIES)
  if (createdInterventions) logger.info(`Seeded ${createdInterventions} interventions`)

  // Staff user for the admin.
  const [adminUser] = await userModule.listUsers({ email: ADMIN_EMAIL })
  if (!adminUser) {
    const { authIdentity, error } = await authModule.register("emailpass", {
      body: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    })
    if (error || !authIdentity) {
      throw new Error(`Could not create the admin login ${ADMIN_EMAIL}: ${error}`)
    }
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId: authIdentity.id, userData: { email: ADMIN_EMAIL, first_name: "Demo", last_name: "Staff" } },
    })
  }

  // Quotes in every state, each company with its salesperson; the accepted one has its Medusa order.
  const createdQuotes = await seedQuotes(container, DEMO_COMPANIES, ADMIN_PASSWORD)
  if (createdQuotes) logger.info(`Seeded ${createdQuotes} quotes`)

  // Their sales documents: orders with delivery notes, invoices in every state, a credit note, a deposit schedule.
  const issuedInvoices = await seedBilling(container, DEMO_COMPANIES, region.id, salesChannel.id)
  if (issuedInvoices) logger.info(`Seeded ${issuedInvoices} invoices`)
  // The order pad: a flat-rate delivery for Medusa's checkout, an approval threshold and an order waiting for approval.
  const shippingOptionId = await ensurePortalShipping(container, { location_id: warehouse.id, shipping_profile_id: shippingProfile.id, countries: REGION_COUNTRIES, currency_code: "eur" })
  const waitingOrders = await seedOrderPad(container, { company: DEMO_COMPANIES[0].name, staff_email: ADMIN_EMAIL, shipping_option_id: shippingOptionId })
  if (waitingOrders) logger.info(`Seeded ${waitingOrders} order waiting for approval`)
  const favourites = await seedOrderPadFavourites(container, { email: DEMO_COMPANIES[0].members[0].email })
  if (favourites) logger.info(`Seeded ${favourites} order-pad favourites`)
  // The rental fleet (5 models, 20 units) and reservations in every state, with slips and billed returns.
  const createdRentals = await seedRentals(container)
  if (createdRentals) logger.info(`Seeded ${createdRentals} rental reservations`)
  // Support: ticket categories routed to the demo staff, tickets in every status, an announcement.
  const createdTickets = await seedSupport(container, DEMO_COMPANIES, ADMIN_EMAIL)
  if (createdTickets) logger.info(`Seeded ${createdTickets} support tickets`)
  // The shared documents library: versions, site contracts, machine manuals, some already read.
  const publishedDocuments = await seedDocuments(container, DEMO_COMPANIES, ADMIN_EMAIL)
  if (publishedDocuments) logger.info(`Seeded ${publishedDocuments} shared documents`)

  // Tell members their portal is ready, in their language. The idempotency key keeps a re-run from mailing
  // them twice and makes the next run retry a send that failed; a mail server that is down never stops
  // the seed.
  const customers = await customerModule.listCustomers(
    { email: DEMO_COMPANIES.flatMap((c) => c.members.map((m) => m.email)) },
    { select: ["id", "email", "first_name", "company_name", "metadata"] }
  )
  const welcomeMails = notificationModule.createNotifications(
    customers.map((c) => ({
      to: c.email,
      channel: "email",
      template: "portal-welcome",
      idempotency_key: `portal-welcome:${c.id}`,
      data: {
        locale: String(c.metadata?.locale ?? "en"),
        first_name: c.first_name ?? "",
        account_name: c.company_name ?? "",
        portal_url: `${portal.portalUrl}/${String(c.metadata?.locale ?? "en")}`,
        business_name: businessName,
        logo_url: portal.logoUrl,
      },
    }))
  )
  await welcomeMails.catch((error: Error) => logger.warn(`Welcome e-mails not sent yet: ${error.message.split("\n")[0]}`))

  logger.info(
    `Seeded: region ${region.name}, ${DEMO_PRODUCTS.length} products, ${DEMO_COMPANIES.length} client companies` +
      (createdMembers.length ? `, ${createdMembers.length} new members` : "")
  )
  // The demo and the browser tests read this line to know the key and the logins.
  console.log(
    "PORTAL_SEED_RESULT " +
      JSON.stringify({
        publishable_key: publishableKey.token,
        region_id: region.id,
        admin: { email: ADMIN_EMAIL, password: ADMIN_PASSWORD },
        clients: DEMO_COMPANIES.map((c) => ({ company: c.name, locale: c.locale, emails: c.members.map((m) => m.email) })),
      })
  )
}
