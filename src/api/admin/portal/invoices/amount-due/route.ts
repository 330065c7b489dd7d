import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { accountOfCustomer } from "../../../../../lib/billing/staff"
import { BILLING_MODULE } from "../../../../../modules/billing"
import type BillingModuleService from "../../../../../modules/billing/service"
import type { AdminAmountDueType } from "../validators"

/** What an account (by id, or by one of its members' customer id) owes, per currency: the customer page's widget. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminAmountDueType>, res: MedusaResponse) {
  const { account_id, customer_id } = req.validatedQuery
  const account = account_id ?? (customer_id ? await accountOfCustomer(req.scope, customer_id) : null)
  if (!account_id && !customer_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, "account_id or customer_id is required")
  const totals = account ? await req.scope.resolve<BillingModuleService>(BILLING_MODULE).amountDue(account, null) : []
  res.json({ amount_due: { account_id: account, totals } })
}
