import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { variantPricesForAccount } from "../../../../../lib/quotes/pricing"
import type { AdminVariantPricesType } from "../validators"

/** Medusa's price of variants for a client account (its price lists applied), so the quote form shows it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminVariantPricesType>, res: MedusaResponse) {
  const { account_id, variant_ids, region_id } = req.validatedQuery
  let currency_code = req.validatedQuery.currency_code
  if (!currency_code) {
    const [region] = await req.scope.resolve(Modules.REGION).listRegions(region_id ? { id: region_id } : {}, { take: 1, order: { created_at: "ASC" } })
    if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, "currency_code: give a currency (the store has no region to take it from)")
    currency_code = region.currency_code
  }
  const prices = await variantPricesForAccount(req.scope, { account_id, variant_ids, currency_code, region_id })
  res.json({ prices: Object.fromEntries(Object.entries(prices).map(([id, price]) => [id, price.unit_price])), currency_code })
}
