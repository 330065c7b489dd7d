"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { postMessageAction } from "./quote-actions"
import { QuoteFormError } from "./quote-form-error"
import { initialQuoteFormState } from "./quote-state"
import { useRefreshOnDone } from "./use-refresh-on-done"

/** A question or a change request to the business; the thread above re-renders with it. */
export function QuoteMessageForm({ quoteId }: { quoteId: string }) {
  const t = useTranslations("Quotes")
  const [state, formAction, pending] = useActionState(postMessageAction, initialQuoteFormState)
  useRefreshOnDone(state)
  return (
    // Remounted after each message sent (key), which empties the field.
    <form key={state.done ? state.version : "draft"} action={formAction} className="mt-4 space-y-3" aria-busy={pending} data-testid="message-form">
      <input type="hidden" name="quote_id" value={quoteId} />
      <label htmlFor="message-body" className="block text-sm font-medium text-slate-900">
        {t("messageLabel")}
      </label>
      <textarea
        id="message-body"
        name="body"
        rows={3}
        required
        maxLength={5000}
        className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
      />
      <QuoteFormError state={state} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-70"
      >
        {pending ? t("sending") : t("sendMessage")}
      </button>
    </form>
  )
}
