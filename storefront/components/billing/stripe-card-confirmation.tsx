"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import type { Stripe, StripeElementLocale } from "@stripe/stripe-js"
// The pure entry fetches Stripe.js only when loadStripe is called, not when this file is imported.
import { loadStripe } from "@stripe/stripe-js/pure"
import { useTranslations } from "next-intl"
import { useRef, useState, type FormEvent } from "react"

/** Stripe.js, fetched from js.stripe.com the first time a card form shows, once per publishable key. */
const stripes = new Map<string, Promise<Stripe | null>>()
const stripeFor = (publishableKey: string) => {
  if (!stripes.has(publishableKey)) stripes.set(publishableKey, loadStripe(publishableKey))
  return stripes.get(publishableKey)!
}

/**
 * What confirming must do once Stripe has the card: complete the payment on the backend. Answers null when the
 * payment is recorded, or the message to show.
 */
export type CompleteConfirmedPayment = () => Promise<string | null>

/**
 * Stripe's Payment Element for a payment the backend started (`requires_action`, with the PaymentIntent's client
 * secret): the payer enters the card and confirms it in the browser, 3-D Secure included; then the backend
 * authorises, captures and records it (`onConfirmed`). Stripe's own message explains a declined card. A payment
 * method that leaves the page comes back to `returnUrl`, where the form completes the payment the same way.
 */
export function StripeCardConfirmation({
  publishableKey,
  clientSecret,
  amountLabel,
  locale,
  returnUrl,
  onConfirmed,
}: {
  publishableKey: string
  clientSecret: string
  amountLabel: string
  locale: string
  returnUrl: string
  onConfirmed: CompleteConfirmedPayment
}) {
  return (
    <Elements stripe={stripeFor(publishableKey)} options={{ clientSecret, locale: locale as StripeElementLocale }}>
      <CardForm amountLabel={amountLabel} returnUrl={returnUrl} onConfirmed={onConfirmed} />
    </Elements>
  )
}

function CardForm({ amountLabel, returnUrl, onConfirmed }: { amountLabel: string; returnUrl: string; onConfirmed: CompleteConfirmedPayment }) {
  const t = useTranslations("Billing.invoices.card")
  const stripe = useStripe()
  const elements = useElements()
  const [ready, setReady] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const errorRef = useRef<HTMLDivElement>(null)

  const fail = (message: string) => {
    setError(message)
    setBusy(false)
    // The message is announced (aria-live) and focused, so a keyboard or screen-reader user lands on it.
    requestAnimationFrame(() => errorRef.current?.focus())
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!stripe || !elements || busy) return
    setBusy(true)
    setError(null)
    const { error: refused } = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } })
    if (refused) return fail(refused.message ?? t("failed"))
    const problem = await onConfirmed()
    if (problem) return fail(problem)
    setBusy(false)
  }

  return (
    <form onSubmit={submit} aria-busy={busy} className="space-y-3" data-testid="stripe-card-form">
      {!ready ? (
        <p role="status" className="text-sm text-slate-600">
          {t("loading")}
        </p>
      ) : null}
      <PaymentElement onReady={() => setReady(true)} onLoadError={(event) => fail(event.error.message ?? t("failed"))} />
      <div aria-live="assertive">
        {error ? (
          <div ref={errorRef} tabIndex={-1} role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="card-error">
            <p className="font-medium">{t("failed")}</p>
            <p className="mt-1">{error}</p>
          </div>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={!stripe || !elements || !ready || busy}
        className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
        data-testid="card-pay"
      >
        {busy ? t("paying") : t("pay", { amount: amountLabel })}
      </button>
    </form>
  )
}
