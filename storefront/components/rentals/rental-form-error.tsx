"use client"

import { useTranslations } from "next-intl"
import type { RentalFormState } from "./rental-state"

/** A form's failure: the translated reason, and the backend's own explanation when it gave one. */
export function RentalFormError({ state }: { state: RentalFormState }) {
  const t = useTranslations("Rentals.errors")
  if (!state.error) return null
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="rental-error">
      <p className="font-medium">{t(state.error)}</p>
      {state.detail ? <p className="mt-1">{state.detail}</p> : null}
    </div>
  )
}
