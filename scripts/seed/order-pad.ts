import { randomUUID } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createOrderPadCart } from "../../src/lib/billing/order-pad"
import type { PortalActor } from "../../src/lib/portal-actor"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../src/modules/clientAccount"
import type ClientAccountModuleService from "../../src/modules/clientAccount/service"
import { markOrderPadFavouriteWorkflow } from "../../src/workflows/billing/mark-order-pad-favourite"
import { requestOrderApprovalWorkflow } from "../../src/workflows/billing/request-order-approval"
import { saveAccountOrderingWorkflow } from "../../src/workflows/billing/save-account-ordering"

export const PORTAL_SHIPPING_OPTION = "Standard delivery"

/**
 * What Medusa's checkout needs to ship an order-pad cart: the warehouse served by the manual fulfilment
 * provider, a delivery zone over the region's countries and a flat-rate shipping option. Does nothing when the
 * option exists.
 */
export async function ensurePortalShipping(
  container: MedusaContainer,
  { location_id, shipping_profile_id, countries, currency_code, amount = 25 }: { location_id: string; shipping_profile_id: string; countries: string[]; currency_code: string; amount?: number }
): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingOptions({ name: PORTAL_SHIPPING_OPTION }, { take: 1 })
  if (existing) return existing.id
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location_id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  const set = await fulfillment.createFulfillmentSets({
    name: `Portal delivery ${location_id}`,
    type: "shipping",
    service_zones: [{ name: "Delivery", geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })) }],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location_id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })
  const { result } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: PORTAL_SHIPPING_OPTION,
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id,
        type: { label: "Standard", description: "Delivered to the site in 2 to 3 working days.", code: "standard" },
        prices: [{ currency_code, amount }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return result[0].id
}

/**
 * Readies a cart for Medusa's completion as the portal's checkout does: the shipping option, a payment
 * collection and a session with the system provider ("pay on invoice").
 */
export async function prepareCheckout(container: MedusaContainer, cartId: string, shippingOptionId: string) {
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cartId, options: [{ id: shippingOptionId }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cartId } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: "pp_system_default" } })
}

/**
 * The first demo company orders with approval: above 5,000 (tax included) a requester's order waits for an
 * approver, and one such order (the site-limited requester's) is waiting. Its salesperson is the demo staff.
 */
export async function seedOrderPad(container: MedusaContainer, { company, staff_email, shipping_option_id }: { company: string; staff_email: string; shipping_option_id: string }): Promise<number> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const [account] = await accounts.listClientAccounts({ name: company })
  if (!account) return 0
  const [already] = await billing.listOrderApprovals({ account_id: account.id }, { take: 1 })
  if (already) return 0
  const [staff] = await container.resolve(Modules.USER).listUsers({ email: staff_email })
  await saveAccountOrderingWorkflow(container).run({ input: { account_id: account.id, approval_threshold: 5000, salesperson_id: staff?.id ?? null } })
  const [requester] = await accounts.listAccountMembers({ account_id: account.id, role: "requester" })
  if (!requester) return 0
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(requester.customer_id)
  const sites = requester.site_ids?.length ? requester.site_ids : (await accounts.listSites({ account_id: account.id })).map((s) => s.id)
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: "SERV-PM" })
  if (!variant) return 0
  const actor: PortalActor = {
    kind: "member",
    account_id: account.id,
    member_id: requester.id,
    customer_id: requester.customer_id,
    role: "requester",
    site_ids: requester.site_ids?.length ? requester.site_ids : null,
    intervention_id: null,
    read_only: false,
    is_payer: requester.is_payer,
    secure_link_id: null,
    impersonated_by: null,
  }
  const cart = await createOrderPadCart(container, actor, { site_id: sites[0] ?? null, items: [{ variant_id: variant.id, quantity: 20 }] })
  await prepareCheckout(container, cart.id, shipping_option_id)
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
  await requestOrderApprovalWorkflow(container).run({
    input: {
      cart_id: cart.id,
      actor: { ...actor, customer_id: requester.customer_id },
      actor_name: `${name} (${account.name})`,
      staff_user_id: staff?.id ?? null,
      lock_owner: randomUUID(),
    },
  })
  return 1
}

/** The demo's favourites: three products the member (the company's first) stars, so the pad's filter shows them. */
export const DEMO_FAVOURITE_SKUS = ["PART-HF12", "PART-OIL20", "SERV-PM"]

/** Stars the demo's favourite products for one member; a re-run finds them starred already. */
export async function seedOrderPadFavourites(container: MedusaContainer, { email }: { email: string }): Promise<number> {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email }, { take: 1 })
  if (!customer) return 0
  const [member] = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listAccountMembers({ customer_id: customer.id }, { take: 1 })
  if (!member) return 0
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({ sku: DEMO_FAVOURITE_SKUS }, { select: ["id"] })
  let created = 0
  for (const variant of variants) {
    const { result } = await markOrderPadFavouriteWorkflow(container).run({
      input: { account_id: member.account_id, customer_id: customer.id, variant_id: variant.id, lock_owner: randomUUID() },
    })
    if (result.created) created++
  }
  return created
}
