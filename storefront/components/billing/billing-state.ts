/** States of the billing forms (reorder, pay), shared by the server actions and the client components. */

import type { OnlinePaymentAction } from "@/lib/data/billing-contract"

/** Keys of `Billing.orders.errors` and `Billing.invoices.errors`. */
export type BillingError = "none_selected" | "bad_amount" | "forbidden" | "not_found" | "refused" | "unavailable"

export type BillingFormState = {
  error: BillingError | null
  /** The backend's own explanation of a refusal. */
  detail: string | null
  done: boolean
  /** What succeeded: the amount paid (major units) or the number of lines reordered. */
  amount: number | null
  /** The currency of a payment, as the form that sent it said (the page may no longer show that invoice). */
  currency: string | null
  /** A payment the payer's browser must confirm (Stripe's card form) before it is completed; nothing is paid yet. */
  action: OnlinePaymentAction | null
  /** Changes on every answer, so the page refreshes once per success. */
  version: number
}

export const initialBillingFormState: BillingFormState = { error: null, detail: null, done: false, amount: null, currency: null, action: null, version: 0 }

/** The answer to completing a confirmed payment: the amount paid, or why not. */
export type CompletionAnswer = { ok: true; amount: number } | { ok: false; error: BillingError; detail: string | null }
