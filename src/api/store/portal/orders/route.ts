import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { billingReader } from "../../../../lib/billing/reader"
import { listAccountOrders } from "../../../../lib/billing/orders"
import type { StoreListOrdersType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The account's Medusa orders within the caller's sites, newest first; `q` finds an order number or e-mail. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListOrdersType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { q, status, site_id } = req.validatedQuery
  const { orders, count } = await listAccountOrders(req.scope, reader, { q, status, site_id, skip, take, order: order as Record<string, "ASC" | "DESC"> | undefined })
  res.json({ orders, count, offset: skip, limit: take })
}
