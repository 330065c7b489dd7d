import type { IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CONFIRMATION_KEY, confirmationOf, type PendingConfirmation } from "../../../lib/billing/online-confirmation"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import type { CapturedPayment } from "./capture-online-payments"

/**
 * A payment of the account's invoices that waited for the payer's browser (its Medusa payment collection id).
 * Another account's, or any collection that is no such payment, is not found, exactly like a missing one.
 */
export async function loadConfirmation(container: MedusaContainer, id: string, accountId: string): Promise<PendingConfirmation> {
  const [collection] = await container.resolve(Modules.PAYMENT).listPaymentCollections({ id }, { select: ["id", "metadata"] })
  const confirmation = confirmationOf(collection?.metadata)
  if (!confirmation || confirmation.account_id !== accountId) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment with id: ${id} was not found`)
  return confirmation
}

/**
 * Stores what a waiting payment will record on its collection (`next`, given what is stored now), beside the
 * collection's other metadata.
 */
export async function saveConfirmation(
  payments: IPaymentModuleService,
  collectionId: string,
  next: (stored: PendingConfirmation | null) => Partial<PendingConfirmation>
): Promise<void> {
  const [collection] = await payments.listPaymentCollections({ id: collectionId }, { select: ["id", "metadata"] })
  const metadata = collection?.metadata ?? {}
  await payments.updatePaymentCollections(collectionId, { metadata: { ...metadata, [CONFIRMATION_KEY]: next(confirmationOf(metadata)) } })
}

export type LoadedConfirmation = PendingConfirmation & { id: string; recorded: CapturedPayment[] | null }

/**
 * Under the account's payment lock: the waiting payment, and what it recorded when it was already completed (a
 * second call, a retry or a double click answers that again instead of charging anything). A payment closed
 * without recording, or refunded after its recording failed, cannot be completed: the payer starts a new one.
 */
export const loadPendingPaymentStep = createStep("load-billing-pending-payment", async (input: { id: string; account_id: string }, { container }) => {
  const confirmation = await loadConfirmation(container, input.id, input.account_id)
  const rows = await container
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listInvoicePayments({ payment_collection_id: input.id, account_id: input.account_id }, { relations: ["invoice"], order: { created_at: "ASC" } })
  const recorded = rows.filter((r) => r.payment_id)
  if (recorded.length && rows.length === recorded.length) {
    return new StepResponse<LoadedConfirmation>({
      ...confirmation,
      id: input.id,
      recorded: recorded.map((r) => ({
        invoice_id: r.invoice.id,
        number: r.invoice.number,
        order_id: r.invoice.order_id,
        currency_code: r.invoice.currency_code,
        amount: Number(r.amount),
        payment_collection_id: input.id,
        payment_id: r.payment_id as string,
      })),
    })
  }
  if (confirmation.closed) throw new MedusaError(MedusaError.Types.CONFLICT, `payment: ${confirmation.closed}; nothing was charged, start a new payment`)
  const session = await container.resolve(Modules.PAYMENT).retrievePaymentSession(confirmation.session_id, { relations: ["payment", "payment.refunds"] })
  if (rows.length || session.payment?.refunds?.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, "payment: this payment could not be recorded and was refunded; start a new payment")
  }
  return new StepResponse<LoadedConfirmation>({ ...confirmation, id: input.id, recorded: null })
})
