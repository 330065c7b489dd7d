"use client"

import { useTranslations } from "next-intl"
import { useEffect, useRef, useState } from "react"
import { OnlinePaymentConfirmation } from "@/components/billing/online-payment-confirmation"
import { useRouter } from "@/i18n/navigation"
import type { OnlinePaymentAction } from "@/lib/data/billing-contract"
import { completeCardCheckoutAction } from "./order-pad-actions"

/**
 * The order pad's checkout paid online through a provider that needs the payer's browser (Stripe): the card form
 * for the open cart, then the cart becomes an order and the pad shows it placed. Back from a bank's page
 * (`redirect_status` in the address), the order is placed without showing the form again.
 */
export function CardCheckout({ action, locale }: { action: OnlinePaymentAction; locale: string }) {
  const t = useTranslations("OrderPad.cart")
  const router = useRouter()
  const [returned, setReturned] = useState<"completing" | string | null>(null)
  const started = useRef(false)

  const complete = async () => {
    const answer = await completeCardCheckoutAction()
    if (!answer.ok) return answer.message ?? t("cardFailed")
    router.push(answer.href)
    return null
  }

  useEffect(() => {
    const status = new URL(window.location.href).searchParams.get("redirect_status")
    if (!status || started.current) return
    started.current = true
    if (status !== "succeeded") return setReturned(t("cardFailed"))
    setReturned("completing")
    complete().then((problem) => setReturned(problem))
  }, [])

  if (returned === "completing") {
    return (
      <p role="status" className="mt-4 text-sm text-slate-700" data-testid="card-checkout-completing">
        {t("cardCompleting")}
      </p>
    )
  }
  return (
    <div data-testid="card-checkout">
      {returned ? (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {returned}
        </p>
      ) : null}
      <OnlinePaymentConfirmation action={action} locale={locale} complete={complete} />
    </div>
  )
}
