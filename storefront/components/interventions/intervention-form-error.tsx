"use client"

import { useTranslations } from "next-intl"
import type { InterventionFormState } from "./intervention-state"

/** A form's failure: the translated reason, the rule that refused in the client's words, and the backend's own sentence. */
export function InterventionFormError({ state }: { state: InterventionFormState }) {
  const t = useTranslations("Interventions")
  if (!state.error) return null
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="intervention-error">
      <p className="font-medium">{t(`errors.${state.error}`)}</p>
      {state.rule ? <p className="mt-1" data-testid="intervention-rule">{t(`rules.${state.rule}`)}</p> : null}
      {state.detail ? <p className="mt-1">{state.detail}</p> : null}
    </div>
  )
}
