"use client"

import dynamic from "next/dynamic"
import { useTranslations } from "next-intl"
import { useEffect, useRef } from "react"
import type { OnlinePaymentAction } from "@/lib/data/billing-contract"
import type { CompleteConfirmedPayment } from "./stripe-card-confirmation"

/** Stripe's provider in Medusa (`@medusajs/medusa/payment-stripe`, id `stripe`). */
const STRIPE_PROVIDER = "pp_stripe_stripe"

/** Stripe's code is fetched only when a payment needs its card form: paying through the system provider never loads it. */
const StripeCardConfirmation = dynamic(() => import("./stripe-card-confirmation").then((m) => m.StripeCardConfirmation), { ssr: false })

/** The query parameter a payment method that leaves the page (a bank's page) comes back with. */
export const RETURNED_PAYMENT_PARAM = "confirmed_payment"

/**
 * A payment the backend started but the payer's browser must confirm (`requires_action`): Stripe's card form when
 * the portal knows the provider and has its publishable key (`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY`), otherwise a
 * plain statement that online payment is not configured. Once Stripe has the card, `complete` completes the payment
 * on the backend (invoices paid, or the order placed).
 */
export function OnlinePaymentConfirmation({ action, locale, complete }: { action: OnlinePaymentAction; locale: string; complete: CompleteConfirmedPayment }) {
  const t = useTranslations("Billing.invoices")
  const heading = useRef<HTMLHeadingElement>(null)
  // The card form appears after the pay button was pressed: take the keyboard and the screen reader to it.
  useEffect(() => heading.current?.focus(), [])
  const publishableKey = process.env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY
  const amount = new Intl.NumberFormat(locale, { style: "currency", currency: action.currency_code.toUpperCase() }).format(action.amount)

  if (action.provider_id !== STRIPE_PROVIDER || !publishableKey || !action.client_secret) {
    return (
      <div role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="payment-not-configured">
        {t("card.notConfigured")}
      </div>
    )
  }

  const returnUrl = new URL(typeof window === "undefined" ? "http://localhost/" : window.location.href)
  returnUrl.searchParams.set(RETURNED_PAYMENT_PARAM, action.id)

  return (
    <section aria-labelledby="card-title" className="mt-4 rounded-2xl border border-brand-100 bg-white p-5" data-testid="card-confirmation">
      <h2 id="card-title" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900">
        {t("card.title")}
      </h2>
      <p className="mb-3 mt-1 text-sm text-slate-600">{t("card.intro", { amount })}</p>
      <StripeCardConfirmation
        publishableKey={publishableKey}
        clientSecret={action.client_secret}
        amountLabel={amount}
        locale={locale}
        returnUrl={returnUrl.toString()}
        onConfirmed={complete}
      />
    </section>
  )
}
