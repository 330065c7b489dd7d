import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, decorateCartTotals, MedusaError, Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { BILLING_MODULE } from "../../modules/billing"
import {
  ORDER_PAD_SOURCE,
  PORTAL_PAYMENT_CHOICES,
  type AccountOrdering,
  type OrderApproval,
  type OrderPadFavourite,
  type OrderPadProduct,
  type OrderPadTerms,
  type PortalPaymentChoice,
} from "../../modules/billing/contract"
import type BillingModuleService from "../../modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { RENTAL_MODULE } from "../../modules/rental"
import type RentalModuleService from "../../modules/rental/service"
import { can, siteIsVisible, type PortalActor } from "../portal-actor"
import { variantPricesForAccount } from "../quotes/pricing"
import { computeLineTotals, quoteAddress } from "../quotes/totals"
import { portalPaymentProvider } from "../../workflows/billing/steps/capture-online-payments"
import { orderScope } from "./orders"
import { regionFor } from "./region"

/** The member the order pad serves: a signed-in member (never a link or view-as session) who may request. */
export function assertMayOrder(actor: PortalActor): asserts actor is PortalActor & { customer_id: string } {
  if (actor.kind !== "member" || actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  if (!can(actor, "request") || !actor.customer_id) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Your role (${actor.role}) does not allow ordering`)
  }
}

/** The account's ordering terms (threshold, salesperson); none set means no approval and no named salesperson. */
export async function accountOrdering(container: MedusaContainer, accountId: string): Promise<AccountOrdering> {
  const [row] = await container.resolve<BillingModuleService>(BILLING_MODULE).listAccountOrderings({ account_id: accountId }, { take: 1 })
  return {
    account_id: accountId,
    approval_threshold: row?.approval_threshold === null || row?.approval_threshold === undefined ? null : Number(row.approval_threshold),
    salesperson_id: row?.salesperson_id ?? null,
  }
}

/** Whether an order of this total by this actor waits for an approver. */
export function needsApproval(actor: PortalActor, ordering: AccountOrdering, total: number): boolean {
  return ordering.approval_threshold !== null && !can(actor, "approve") && total > ordering.approval_threshold
}

/** The visible site the member orders for, or 404 for another account's or another scope's site. */
async function visibleSite(container: MedusaContainer, actor: PortalActor, siteId: string | null | undefined) {
  if (!siteId) {
    if (actor.site_ids?.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_id: choose one of your sites")
    return null
  }
  const [site] = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ id: siteId, account_id: actor.account_id })
  if (!site || !siteIsVisible(actor, site.id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Site ${siteId} was not found`)
  return site
}

/** What the order pad needs before the catalogue: region and currency, the threshold, the sites to order for. */
export async function orderPadTerms(container: MedusaContainer, actor: PortalActor): Promise<OrderPadTerms> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [account, sites, ordering] = await Promise.all([
    accounts.retrieveClientAccount(actor.account_id),
    accounts.listSites({ account_id: actor.account_id }, { select: ["id", "name"], order: { name: "ASC" } }),
    accountOrdering(container, actor.account_id),
  ])
  const region = await regionFor(container, account.country_code)
  return {
    region_id: region.id,
    currency_code: region.currency_code,
    approval_threshold: ordering.approval_threshold,
    needs_approval_above_threshold: ordering.approval_threshold !== null && !can(actor, "approve"),
    can_approve: can(actor, "approve"),
    sites: sites.filter((s) => siteIsVisible(actor, s.id)).map((s) => ({ id: s.id, name: s.name })),
    online_payment_provider: actor.is_payer ? portalPaymentProvider() : null,
  }
}

/**
 * How the member chose to pay the cart (`metadata.portal_payment`, set through Medusa's own cart route; none is
 * on invoice). Paying online is a payer's right: anyone else is refused before the cart becomes an order.
 */
export function paymentChoiceOf(member: { is_payer: boolean }, metadata: Record<string, unknown> | null | undefined): PortalPaymentChoice {
  const raw = metadata?.portal_payment ?? "on_invoice"
  if (!(PORTAL_PAYMENT_CHOICES as readonly unknown[]).includes(raw)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `portal_payment: must be one of ${PORTAL_PAYMENT_CHOICES.join(", ")}`)
  }
  const choice = raw as PortalPaymentChoice
  if (choice === "online" && !member.is_payer) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "portal_payment: only a payer of the account may pay online; choose on_invoice")
  }
  return choice
}

export type OrderPadQuery = { q?: string; site_id?: string; bought_before?: boolean; favourites?: boolean; skip: number; take: number }

type Variant = { id: string; title: string | null; sku: string | null; product: { id: string; title: string; thumbnail: string | null; type_id: string | null } }

/** Units of each variant the account bought in the orders the actor may see. */
async function boughtQuantities(container: MedusaContainer, actor: PortalActor): Promise<Map<string, number>> {
  const scope = await orderScope(container, { account_id: actor.account_id, site_ids: actor.site_ids })
  const bought = new Map<string, number>()
  if (!scope.filters) return bought
  // An order item's quantity lives on its detail: Query answers `items.quantity` only when the detail is read too.
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "items.id", "items.variant_id", "items.quantity", "items.detail.quantity"], filters: scope.filters })
  for (const order of data as { items?: { variant_id: string | null; quantity: unknown }[] | null }[]) {
    for (const item of order.items ?? []) {
      if (item.variant_id) bought.set(item.variant_id, (bought.get(item.variant_id) ?? 0) + Number(item.quantity ?? 0))
    }
  }
  return bought
}

/** The variants that are rental models: reserved for dates on the Rentals page, never bought from the pad. */
async function rentalVariantIds(container: MedusaContainer): Promise<string[]> {
  const models = await container.resolve<RentalModuleService>(RENTAL_MODULE).listRentalModels({}, { select: ["variant_id"], take: null, withDeleted: true })
  return models.map((m) => m.variant_id)
}

/** The member's own favourites: variant id → favourite id. */
async function favouriteIds(container: MedusaContainer, actor: PortalActor & { customer_id: string }): Promise<Map<string, string>> {
  const rows = await container
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listOrderPadFavourites({ account_id: actor.account_id, customer_id: actor.customer_id }, { select: ["id", "variant_id"], take: null })
  return new Map(rows.map((r) => [r.variant_id, r.id]))
}

/** A rental model in a cart answers 400 naming it: rentals go through a reservation for dates. */
export async function assertNoRentalLines(container: MedusaContainer, items: { variant_id: string | null; variant_sku?: string | null }[]) {
  const rented = new Set(await rentalVariantIds(container))
  const rental = items.find((item) => item.variant_id && rented.has(item.variant_id))
  if (rental) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `items: ${rental.variant_sku ?? rental.variant_id} is rented on the Rentals page, not ordered`)
  }
}

/**
 * A page of the published catalogue at the client's prices: Medusa's pricing module for the account's customer
 * groups in the region (as the cart prices it), and one unit taxed for the site's address by the tax module.
 */
export async function listOrderPadProducts(container: MedusaContainer, actor: PortalActor & { customer_id: string }, query: OrderPadQuery) {
  const site = await visibleSite(container, actor, query.site_id)
  const terms = await orderPadTerms(container, actor)
  const [bought, rented, favourites] = await Promise.all([boughtQuantities(container, actor), rentalVariantIds(container), favouriteIds(container, actor)])
  const filters: Record<string, unknown> = { product: { status: "published" }, ...(rented.length ? { id: { $nin: rented } } : {}) }
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    filters.$or = [{ sku: { $ilike: like } }, { title: { $ilike: like } }, { product: { title: { $ilike: like } } }]
  }
  if (query.bought_before) {
    const boughtIds = [...bought.keys()].filter((id) => !rented.includes(id))
    if (!boughtIds.length) return { products: [] as OrderPadProduct[], count: 0 }
    filters.id = boughtIds
  }
  if (query.favourites) {
    const starred = [...favourites.keys()].filter((id) => !rented.includes(id) && (!Array.isArray(filters.id) || filters.id.includes(id)))
    if (!starred.length) return { products: [] as OrderPadProduct[], count: 0 }
    filters.id = starred
  }
  const [variants, count] = (await container.resolve(Modules.PRODUCT).listAndCountProductVariants(filters, {
    relations: ["product"],
    select: ["id", "title", "sku", "product.id", "product.title", "product.thumbnail", "product.type_id"],
    order: { sku: "ASC" },
    skip: query.skip,
    take: query.take,
  })) as unknown as [Variant[], number]
  if (!variants.length) return { products: [] as OrderPadProduct[], count }
  const prices = await variantPricesForAccount(container, {
    account_id: actor.account_id,
    variant_ids: variants.map((v) => v.id),
    currency_code: terms.currency_code,
    region_id: terms.region_id,
  })
  const priced = variants.filter((v) => prices[v.id])
  const address = await quoteAddress(container, { account_id: actor.account_id, site_id: site?.id ?? null })
  const taxed = await computeLineTotals(
    container,
    { currency_code: terms.currency_code, region_id: terms.region_id, address },
    priced.map((v) => ({ product_id: v.product.id, product_type_id: v.product.type_id, quantity: 1, ...prices[v.id] }))
  )
  const products: OrderPadProduct[] = priced.map((v, i) => ({
    product_id: v.product.id,
    variant_id: v.id,
    title: v.product.title,
    variant_title: v.title && v.title !== v.product.title ? v.title : null,
    sku: v.sku,
    thumbnail: v.product.thumbnail,
    currency_code: terms.currency_code,
    unit_price: prices[v.id].unit_price,
    is_tax_inclusive: prices[v.id].is_tax_inclusive,
    unit_total: taxed[i].total,
    tax_rate: taxed[i].tax_lines.length ? taxed[i].tax_lines.reduce((sum, l) => sum + l.rate, 0) : null,
    bought_quantity: bought.get(v.id) ?? 0,
    favourite_id: favourites.get(v.id) ?? null,
  }))
  return { products, count }
}

/**
 * A variant the pad offers this account, or 404 naming `variant_id`: published, no rental model, and priced for
 * the account in its region (a variant sold only on another client's price list has no price for this one).
 */
export async function assertOnOrderPad(container: MedusaContainer, actor: PortalActor, variantId: string): Promise<void> {
  const missing = () => new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id: product ${variantId} is not on your order pad`)
  const published: Record<string, unknown> = { id: variantId, product: { status: "published" } }
  const [variant] = await container.resolve(Modules.PRODUCT).listProductVariants(published, { select: ["id"], take: 1 })
  if (!variant || (await rentalVariantIds(container)).includes(variant.id)) throw missing()
  const terms = await orderPadTerms(container, actor)
  const prices = await variantPricesForAccount(container, {
    account_id: actor.account_id,
    variant_ids: [variant.id],
    currency_code: terms.currency_code,
    region_id: terms.region_id,
  })
  if (!prices[variant.id]) throw missing()
}

const presentFavourite = (row: { id: string; variant_id: string; created_at: Date | string }): OrderPadFavourite => ({
  id: row.id,
  variant_id: row.variant_id,
  created_at: new Date(row.created_at).toISOString(),
})

/** A page of the member's own favourites, newest first. */
export async function listOrderPadFavourites(container: MedusaContainer, actor: PortalActor & { customer_id: string }, page: { skip: number; take: number }) {
  const [rows, count] = await container
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listAndCountOrderPadFavourites(
      { account_id: actor.account_id, customer_id: actor.customer_id },
      { select: ["id", "variant_id", "created_at"], order: { created_at: "DESC", id: "ASC" }, skip: page.skip, take: page.take }
    )
  return { favourites: rows.map(presentFavourite), count }
}

/** One of the member's own favourites, or 404: a colleague's or another account's is as missing as an unknown one. */
export async function loadOrderPadFavourite(container: MedusaContainer, actor: PortalActor, id: string): Promise<OrderPadFavourite> {
  const [row] = actor.customer_id
    ? await container
        .resolve<BillingModuleService>(BILLING_MODULE)
        .listOrderPadFavourites({ id, account_id: actor.account_id, customer_id: actor.customer_id }, { select: ["id", "variant_id", "created_at"], take: 1 })
    : []
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Favourite ${id} was not found`)
  return presentFavourite(row)
}

export type OrderPadCartInput = {
  site_id?: string | null
  items: { variant_id: string; quantity: number }[]
  metadata?: Record<string, unknown>
}

/**
 * A new Medusa cart of the member's, for one site: the site's address to ship to (so Medusa taxes it for that
 * address), the account's region, metadata naming the account and site (copied onto the order, which is how
 * the account's order lists place it). Lines, shipping, payment and completion then go through Medusa's own
 * store cart routes; the reorder puts an old order's lines in the same way.
 */
export async function createOrderPadCart(container: MedusaContainer, actor: PortalActor, input: OrderPadCartInput) {
  assertMayOrder(actor)
  await assertNoRentalLines(container, input.items)
  const site = await visibleSite(container, actor, input.site_id)
  const terms = await orderPadTerms(container, actor)
  const address = await quoteAddress(container, { account_id: actor.account_id, site_id: site?.id ?? null })
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(actor.customer_id)
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: terms.region_id,
      customer_id: actor.customer_id,
      email: customer.email,
      currency_code: terms.currency_code,
      shipping_address: address
        ? {
            first_name: customer.first_name ?? undefined,
            last_name: customer.last_name ?? undefined,
            company: address.company ?? undefined,
            address_1: address.address_1 ?? undefined,
            address_2: address.address_2 ?? undefined,
            city: address.city ?? undefined,
            postal_code: address.postal_code ?? undefined,
            country_code: address.country_code ?? undefined,
            phone: address.phone ?? undefined,
          }
        : undefined,
      metadata: { ...input.metadata, source: ORDER_PAD_SOURCE, account_id: actor.account_id, ...(site ? { site_id: site.id } : {}) },
      items: input.items,
    },
  })
  return cart
}

type CartForApproval = {
  id: string
  customer_id: string | null
  completed_at: string | Date | null
  currency_code: string
  total: unknown
  metadata: Record<string, unknown> | null
  items?: { title: string; variant_id: string | null; variant_sku: string | null; quantity: unknown; unit_price: unknown; total: unknown }[] | null
}

/** A cart with what approval and its guard read (total with tax, lines, who and where). */
export async function cartForApproval(container: MedusaContainer, cartId: string): Promise<CartForApproval | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "customer_id", "completed_at", "currency_code", "total", "metadata", "items.title", "items.variant_id", "items.variant_sku", "items.quantity", "items.unit_price", "items.total"],
    filters: { id: cartId },
  })
  return (data[0] as unknown as CartForApproval) ?? null
}

type ApprovalRow = {
  id: string
  account_id: string
  site_id: string | null
  cart_id: string
  status: OrderApproval["status"]
  currency_code: string
  total: unknown
  requested_by_customer_id: string
  requested_by_name: string | null
  decided_by_name: string | null
  decided_at: Date | string | null
  decline_reason: string | null
  order_id: string | null
  created_at: Date | string
}

/** Who sees an approval: approvers every one of the account's (within their sites), requesters their own. */
export function approvalVisibleTo(actor: PortalActor, row: Pick<ApprovalRow, "account_id" | "site_id" | "requested_by_customer_id">): boolean {
  if (row.account_id !== actor.account_id || !siteIsVisible(actor, row.site_id)) return false
  return can(actor, "approve") || actor.read_only || row.requested_by_customer_id === actor.customer_id
}

export async function presentApprovals(container: MedusaContainer, actor: PortalActor, rows: ApprovalRow[]): Promise<OrderApproval[]> {
  const carts = new Map<string, CartForApproval>()
  if (rows.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: [
        "id",
        "currency_code",
        "items.id",
        "items.title",
        "items.variant_sku",
        "items.quantity",
        "items.unit_price",
        "items.is_tax_inclusive",
        "items.tax_lines.rate",
        "items.adjustments.amount",
      ],
      filters: { id: rows.map((r) => r.cart_id) },
    })
    // Query reads a cart's stored columns only: its lines' totals are what Medusa's store routes compute.
    for (const cart of data as unknown as Parameters<typeof decorateCartTotals>[0][]) {
      const decorated = decorateCartTotals(cart) as unknown as CartForApproval
      carts.set(decorated.id, decorated)
    }
  }
  return rows.map((row) => {
    const items = (carts.get(row.cart_id)?.items ?? []).map((i) => ({
      title: i.title,
      sku: i.variant_sku,
      quantity: Number(i.quantity),
      unit_price: Number(i.unit_price),
      total: Number(i.total ?? 0),
    }))
    return {
      id: row.id,
      account_id: row.account_id,
      site_id: row.site_id,
      cart_id: row.cart_id,
      status: row.status,
      currency_code: row.currency_code,
      total: Number(row.total),
      item_count: items.reduce((sum, i) => sum + i.quantity, 0),
      items,
      requested_by: row.requested_by_name,
      requested_by_customer_id: row.requested_by_customer_id,
      requested_at: new Date(row.created_at).toISOString(),
      decided_by: row.decided_by_name,
      decided_at: row.decided_at ? new Date(row.decided_at).toISOString() : null,
      decline_reason: row.decline_reason,
      order_id: row.order_id,
      can_decide: row.status === "pending" && can(actor, "approve") && actor.kind === "member",
    }
  })
}

/** One approval the actor may see, or 404 (another account's, another site's, a colleague's for a requester). */
export async function loadApproval(container: MedusaContainer, actor: PortalActor, id: string): Promise<ApprovalRow> {
  const [row] = (await container.resolve<BillingModuleService>(BILLING_MODULE).listOrderApprovals({ id, account_id: actor.account_id })) as unknown as ApprovalRow[]
  if (!row || !approvalVisibleTo(actor, row)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order approval ${id} was not found`)
  return row
}

export type { ApprovalRow }
