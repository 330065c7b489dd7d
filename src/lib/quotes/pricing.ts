import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

export type VariantPrice = { unit_price: number; is_tax_inclusive: boolean }

/**
 * The customer groups of an account's members. Price lists target customer groups, so a client account
 * gets the prices of the groups its people belong to.
 */
export async function accountCustomerGroupIds(container: MedusaContainer, accountId: string): Promise<string[]> {
  const members = await container
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .listAccountMembers({ account_id: accountId }, { select: ["customer_id"] })
  if (!members.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "groups.id"],
    filters: { id: members.map((m) => m.customer_id) },
  })
  const ids = new Set<string>()
  for (const customer of data as { groups?: { id: string }[] | null }[]) {
    for (const group of customer.groups ?? []) ids.add(group.id)
  }
  return [...ids]
}

/**
 * Medusa's price of each variant for this client, in the quote's currency and region: the pricing module
 * applies price lists of the account's customer groups and price rules, as it would in a cart.
 */
export async function variantPricesForAccount(
  container: MedusaContainer,
  { account_id, variant_ids, currency_code, region_id }: { account_id: string; variant_ids: string[]; currency_code: string; region_id?: string | null }
): Promise<Record<string, VariantPrice>> {
  if (!variant_ids.length) return {}
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "product_variant",
    fields: ["id", "price_set.id"],
    filters: { id: variant_ids },
  })
  const priceSetOf = new Map<string, string>()
  for (const v of links as { id: string; price_set?: { id: string } | null }[]) {
    if (v.price_set?.id) priceSetOf.set(v.price_set.id, v.id)
  }
  const missing = variant_ids.filter((id) => ![...priceSetOf.values()].includes(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: no price is set for variant ${missing.join(", ")}`)
  }
  const context: Record<string, unknown> = {
    currency_code,
    // The same shape a cart gives the pricing module, so price lists with a customer-group rule match.
    customer: { groups: (await accountCustomerGroupIds(container, account_id)).map((id) => ({ id })) },
  }
  if (region_id) context.region_id = region_id
  const prices = await container.resolve(Modules.PRICING).calculatePrices({ id: [...priceSetOf.keys()] }, { context: context as Record<string, string> })
  const answer: Record<string, VariantPrice> = {}
  for (const price of prices) {
    const variantId = priceSetOf.get(price.id)
    if (!variantId || price.calculated_amount === null || price.calculated_amount === undefined) continue
    answer[variantId] = {
      unit_price: Number(price.calculated_amount),
      is_tax_inclusive: !!price.is_calculated_price_tax_inclusive,
    }
  }
  return answer
}
