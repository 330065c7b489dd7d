"use client"

import { useActionState, useEffect } from "react"
import { useTranslations } from "next-intl"
import { useRouter } from "next/navigation"
import { cancelInterventionAction } from "./intervention-actions"
import { InterventionFormError } from "./intervention-form-error"
import { initialInterventionFormState } from "./intervention-state"

/** Cancelling, behind a disclosure so it is never clicked by accident; the reason is optional. */
export function CancelForm({ interventionId }: { interventionId: string }) {
  const t = useTranslations("Interventions.cancel")
  const router = useRouter()
  const [state, formAction, pending] = useActionState(cancelInterventionAction, initialInterventionFormState)
  useEffect(() => {
    if (state.done) router.refresh()
  }, [state.version])
  return (
    <details className="text-sm" data-testid="cancel-intervention">
      <summary className="inline cursor-pointer font-medium text-red-700 underline underline-offset-2">{t("open")}</summary>
      <form action={formAction} className="mt-3 space-y-3 rounded-2xl border border-red-200 bg-red-50 p-4" aria-busy={pending}>
        <input type="hidden" name="intervention_id" value={interventionId} />
        <label htmlFor="cancel-reason" className="block font-medium text-red-900">
          {t("reason")}
        </label>
        <textarea id="cancel-reason" name="reason" rows={3} maxLength={1000} className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base" />
        <InterventionFormError state={state} />
        <button type="submit" disabled={pending} className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70" data-testid="confirm-cancel">
          {t("confirm")}
        </button>
      </form>
    </details>
  )
}
