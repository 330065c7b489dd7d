import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { billingReader } from "../../../../../../lib/billing/reader"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { completeInvoicePaymentWorkflow } from "../../../../../../workflows/billing/complete-invoice-payment"
import { loadConfirmation } from "../../../../../../workflows/billing/steps/load-pending-payment"
import { presentCaptured } from "../../present"
import type { StoreCompletePaymentType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * Completes a payment of invoices the payer's browser confirmed (`POST /store/portal/payments` answered 202
 * `requires_action`): authorised, captured and recorded on the invoices; a repeat answers the same payment. 409
 * while the provider has not had it confirmed.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCompletePaymentType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { actor } = reader
  if (actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  // Another account's payment answers 404 before anything else is said about it.
  await loadConfirmation(req.scope, req.params.id, reader.account_id)
  if (!actor.is_payer || !actor.customer_id) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a member with the payer role may pay invoices")
  const client = await describeClient(req, actor)
  const run = await answerConflict(res, () =>
    completeInvoicePaymentWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        account_id: reader.account_id,
        site_ids: reader.site_ids,
        customer_id: actor.customer_id ?? "",
        actor_name: client.name,
        lock_owner: randomUUID(),
      },
    })
  )
  if (!run) return
  res.json({ status: "succeeded", payment: presentCaptured(run.result) })
}
