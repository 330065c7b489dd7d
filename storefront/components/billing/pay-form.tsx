"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect, useState, type ReactNode } from "react"
import { useTranslations } from "next-intl"
import { completePaymentAction, payInvoicesAction } from "./billing-actions"
import { BillingFormError } from "./form-error"
import { initialBillingFormState } from "./billing-state"
import { OnlinePaymentConfirmation, RETURNED_PAYMENT_PARAM } from "./online-payment-confirmation"

/** What Stripe adds to the return address of a payment method that left the page. */
const STRIPE_RETURN_PARAMS = ["payment_intent", "payment_intent_client_secret", "redirect_status"]

/**
 * The pay form's answer: paid at once (`state.done`), or a payment the browser must confirm (`action`) and that
 * is then completed (`paid`). A payment method that left the page for the bank's comes back here with the
 * payment's id in the address, and is completed the same way.
 */
function usePaymentAnswer() {
  const t = useTranslations("Billing.invoices")
  const [state, formAction, pending] = useActionState(payInvoicesAction, initialBillingFormState)
  const [completed, setCompleted] = useState<{ version: number; amount: number } | null>(null)
  const [returned, setReturned] = useState<{ amount: number } | { error: string } | null>(null)
  const router = useRouter()
  const confirmed = completed?.version === state.version ? completed : null
  useEffect(() => {
    // The page is read again from the backend once per successful payment: new statuses and amount due.
    if (state.done || confirmed) router.refresh()
  }, [state.version, state.done, confirmed])
  useEffect(() => {
    const url = new URL(window.location.href)
    const id = url.searchParams.get(RETURNED_PAYMENT_PARAM)
    if (!id) return
    const status = url.searchParams.get("redirect_status")
    for (const param of [RETURNED_PAYMENT_PARAM, ...STRIPE_RETURN_PARAMS]) url.searchParams.delete(param)
    window.history.replaceState(null, "", url.toString())
    if (status === "failed") {
      setReturned({ error: t("card.failed") })
      return
    }
    completePaymentAction(id).then((answer) => {
      if (answer.ok) {
        setReturned({ amount: answer.amount })
        router.refresh()
      } else setReturned({ error: answer.detail ?? t(`errors.${answer.error}`) })
    })
  }, [])
  const paid = state.done ? state.amount : confirmed ? confirmed.amount : returned && "amount" in returned ? returned.amount : null
  return {
    state,
    formAction,
    pending,
    paid,
    returnedError: returned && "error" in returned ? returned.error : null,
    action: confirmed ? null : state.action,
    /** Completes the payment the card form confirmed: null once recorded, or the message to show. */
    complete: async (id: string) => {
      const answer = await completePaymentAction(id)
      if (answer.ok) {
        setCompleted({ version: state.version, amount: answer.amount })
        return null
      }
      const reason = t(`errors.${answer.error}`)
      return answer.detail ? `${reason} ${answer.detail}` : reason
    },
  }
}

function PaidNotice({ amount, currencyCode, locale }: { amount: number | null; currencyCode: string; locale: string }) {
  const t = useTranslations("Billing.invoices")
  const formatted = new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount ?? 0)
  return (
    <p role="status" className="rounded-lg border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900" data-testid="payment-done">
      {t("paidNotice", { amount: formatted })}
    </p>
  )
}

/** Why a payment that came back from the bank's page was not completed. */
function ReturnedPaymentError({ message }: { message: string | null }) {
  if (!message) return null
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="returned-payment-error">
      {message}
    </p>
  )
}

/**
 * The invoices list as a form: the payer ticks unpaid invoices (checkboxes rendered by the list, passed as
 * children) and pays them online in one payment. It stays in place once nothing is left to pay (`payable`
 * false), so the confirmation of the payment that settled the last invoice remains on screen.
 */
export function PaySelectedForm({
  children,
  payable,
  currencyCode,
  locale,
}: {
  children: ReactNode
  payable: boolean
  currencyCode: string
  locale: string
}) {
  const t = useTranslations("Billing.invoices")
  const { state, formAction, pending, paid, returnedError, action, complete } = usePaymentAnswer()
  if (!payable) {
    return (
      <>
        {children}
        {paid !== null ? (
          <div className="mt-4">
            <PaidNotice amount={paid} currencyCode={state.currency ?? currencyCode} locale={locale} />
          </div>
        ) : null}
      </>
    )
  }
  return (
    <>
      <form action={formAction} aria-busy={pending} data-testid="pay-selected-form">
        <input type="hidden" name="currency_code" value={currencyCode} />
        <p className="mb-3 text-sm text-slate-600">{t("payHint")}</p>
        {children}
        <div className="mt-4 space-y-3" aria-live="polite">
          {paid !== null ? <PaidNotice amount={paid} currencyCode={state.currency ?? currencyCode} locale={locale} /> : null}
          <BillingFormError state={state} scope="invoices" />
          <ReturnedPaymentError message={returnedError} />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="mt-4 w-full rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
          data-testid="pay-selected"
        >
          {pending ? t("paying") : t("paySelected")}
        </button>
      </form>
      {/* Outside the list's form: the card form is a form of its own. */}
      {action ? <OnlinePaymentConfirmation key={action.id} action={action} locale={locale} complete={() => complete(action.id)} /> : null}
    </>
  )
}

/**
 * Paying one invoice, in full by default or in part. Once the invoice is paid (`payable` false) only the
 * confirmation remains.
 */
export function PayInvoiceForm({
  invoiceId,
  payable,
  amountDue,
  currencyCode,
  locale,
}: {
  invoiceId: string
  payable: boolean
  amountDue: number
  currencyCode: string
  locale: string
}) {
  const t = useTranslations("Billing.invoices")
  const { state, formAction, pending, paid, returnedError, action, complete } = usePaymentAnswer()
  const [amount, setAmount] = useState(amountDue.toFixed(2))
  // The button names the amount typed, read as the server action reads it (a comma is a decimal separator).
  const typed = Number(amount.trim().replace(/\s/g, "").replace(",", "."))
  const formatted = Number.isFinite(typed) && typed > 0
    ? new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(typed)
    : null
  if (!payable) {
    return paid !== null ? (
      <div className="mt-6">
        <PaidNotice amount={paid} currencyCode={state.currency ?? currencyCode} locale={locale} />
      </div>
    ) : null
  }
  return (
    <section aria-labelledby="pay-title" className="mt-6 rounded-2xl border border-brand-100 bg-brand-50 p-5">
      <h2 id="pay-title" className="text-lg font-semibold text-slate-900">
        {t("payThis")}
      </h2>
      <form action={formAction} className="mt-3 space-y-3" aria-busy={pending} data-testid="pay-invoice-form">
        <input type="hidden" name="invoice_ids" value={invoiceId} />
        <input type="hidden" name="amount_due" value={amountDue} />
        <input type="hidden" name="currency_code" value={currencyCode} />
        <div>
          <label htmlFor="pay-amount" className="block text-sm font-medium text-slate-900">
            {t("amountLabel", { currency: currencyCode.toUpperCase() })}
          </label>
          <input
            id="pay-amount"
            name="amount"
            inputMode="decimal"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            aria-describedby="pay-amount-hint"
            className="mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base sm:w-48"
            data-testid="pay-amount"
          />
          <p id="pay-amount-hint" className="mt-1 text-sm text-slate-600">
            {t("amountHint")}
          </p>
        </div>
        <div className="space-y-3" aria-live="polite">
          {paid !== null ? <PaidNotice amount={paid} currencyCode={state.currency ?? currencyCode} locale={locale} /> : null}
          <BillingFormError state={state} scope="invoices" />
          <ReturnedPaymentError message={returnedError} />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
          data-testid="pay-invoice"
        >
          {pending ? t("paying") : formatted ? t("payNow", { amount: formatted }) : t("payThis")}
        </button>
      </form>
      {action ? <OnlinePaymentConfirmation key={action.id} action={action} locale={locale} complete={() => complete(action.id)} /> : null}
    </section>
  )
}
