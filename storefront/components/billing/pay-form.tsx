"use client"

import { useRouter } from "next/navigation"
import { useActionState, useEffect, useState, type ReactNode } from "react"
import { useTranslations } from "next-intl"
import { payInvoicesAction } from "./billing-actions"
import { BillingFormError } from "./form-error"
import { initialBillingFormState } from "./billing-state"

function usePaymentAnswer() {
  const [state, formAction, pending] = useActionState(payInvoicesAction, initialBillingFormState)
  const router = useRouter()
  useEffect(() => {
    // The page is read again from the backend once per successful payment: new statuses and amount due.
    if (state.done) router.refresh()
  }, [state.version, state.done])
  return { state, formAction, pending }
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
  const { state, formAction, pending } = usePaymentAnswer()
  if (!payable) {
    return (
      <>
        {children}
        {state.done ? (
          <div className="mt-4">
            <PaidNotice amount={state.amount} currencyCode={state.currency ?? currencyCode} locale={locale} />
          </div>
        ) : null}
      </>
    )
  }
  return (
    <form action={formAction} aria-busy={pending} data-testid="pay-selected-form">
      <input type="hidden" name="currency_code" value={currencyCode} />
      <p className="mb-3 text-sm text-slate-600">{t("payHint")}</p>
      {children}
      <div className="mt-4 space-y-3" aria-live="polite">
        {state.done ? <PaidNotice amount={state.amount} currencyCode={state.currency ?? currencyCode} locale={locale} /> : null}
        <BillingFormError state={state} scope="invoices" />
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
  const { state, formAction, pending } = usePaymentAnswer()
  const [amount, setAmount] = useState(amountDue.toFixed(2))
  // The button names the amount typed, read as the server action reads it (a comma is a decimal separator).
  const typed = Number(amount.trim().replace(/\s/g, "").replace(",", "."))
  const formatted = Number.isFinite(typed) && typed > 0
    ? new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(typed)
    : null
  if (!payable) {
    return state.done ? (
      <div className="mt-6">
        <PaidNotice amount={state.amount} currencyCode={state.currency ?? currencyCode} locale={locale} />
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
          {state.done ? <PaidNotice amount={state.amount} currencyCode={state.currency ?? currencyCode} locale={locale} /> : null}
          <BillingFormError state={state} scope="invoices" />
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
    </section>
  )
}
