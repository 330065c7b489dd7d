"use client"

import { useTranslations } from "next-intl"
import type { BillingFormState } from "./billing-state"

/** A billing form's failure: the translated reason, and the backend's own explanation when it refused. */
export function BillingFormError({ state, scope }: { state: BillingFormState; scope: "orders" | "invoices" }) {
  const t = useTranslations(`Billing.${scope}.errors`)
  if (!state.error) return null
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="billing-error">
      <p className="font-medium">{t.has(state.error) ? t(state.error) : t("unavailable")}</p>
      {state.detail ? <p className="mt-1">{state.detail}</p> : null}
    </div>
  )
}
