import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { billingReader } from "../../../../../lib/billing/reader"
import { BILLING_MODULE } from "../../../../../modules/billing"
import type BillingModuleService from "../../../../../modules/billing/service"

export { AUTHENTICATE } from "../../authenticate-client"

/** What the account (within the caller's sites) still owes, per currency, and how much of it is overdue: the dashboard's figure. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const totals = await req.scope.resolve<BillingModuleService>(BILLING_MODULE).amountDue(reader.account_id, reader.site_ids)
  res.json({ amount_due: { totals } })
}
