"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { rejectQuoteAction } from "./quote-actions"
import { QuoteFormError } from "./quote-form-error"
import { initialQuoteFormState } from "./quote-state"
import { useRefreshOnDone } from "./use-refresh-on-done"

/** Declining the quote, behind a disclosure so it is never clicked by accident; a reason is required. */
export function QuoteRejectForm({ quoteId }: { quoteId: string }) {
  const t = useTranslations("Quotes")
  const [state, formAction, pending] = useActionState(rejectQuoteAction, initialQuoteFormState)
  useRefreshOnDone(state)
  return (
    <details className="mt-4 text-sm">
      <summary className="inline cursor-pointer font-medium text-red-700 underline underline-offset-2">{t("reject")}</summary>
      <form action={formAction} className="mt-3 space-y-3 rounded-2xl border border-red-200 bg-red-50 p-4" aria-busy={pending}>
        <input type="hidden" name="quote_id" value={quoteId} />
        <label htmlFor="reject-reason" className="block font-medium text-red-900">
          {t("rejectReason")}
        </label>
        <textarea
          id="reject-reason"
          name="reason"
          rows={3}
          required
          maxLength={2000}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
        />
        <QuoteFormError state={state} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-70"
          data-testid="confirm-reject"
        >
          {t("rejectConfirm")}
        </button>
      </form>
    </details>
  )
}
