import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listInvoicePage } from "../../../../lib/billing/invoices"
import { billingReader } from "../../../../lib/billing/reader"
import type { StoreListInvoicesType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The account's invoices, deposits and credit notes within the caller's sites, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListInvoicesType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { q, status, kind, site_id } = req.validatedQuery
  const { invoices, count } = await listInvoicePage(
    req.scope,
    { account_id: reader.account_id, site_ids: reader.site_ids, site_id, q, status, kind },
    { skip, take, order: order as Record<string, "ASC" | "DESC"> | undefined }
  )
  res.json({ invoices, count, offset: skip, limit: take })
}
