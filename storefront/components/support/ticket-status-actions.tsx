"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { useRefreshOnDone } from "@/components/quotes/use-refresh-on-done"
import { FormError, inputClass } from "./form-parts"
import { closeTicketAction, reopenTicketAction } from "./support-actions"
import { initialSupportFormState } from "./support-state"

/** Close a ticket the client considers settled, or reopen it within the business's window. */
export function TicketStatusActions({ ticketId, canClose, canReopen }: { ticketId: string; canClose: boolean; canReopen: boolean }) {
  const t = useTranslations("Support")
  const [closeState, close, closing] = useActionState(closeTicketAction, initialSupportFormState)
  const [reopenState, reopen, reopening] = useActionState(reopenTicketAction, initialSupportFormState)
  useRefreshOnDone({ ...closeState, error: null, detail: null })
  useRefreshOnDone({ ...reopenState, error: null, detail: null })
  if (!canClose && !canReopen) return null
  return (
    <div className="mt-6 flex flex-col gap-4 sm:flex-row sm:items-end">
      {canClose ? (
        <form action={close} aria-busy={closing}>
          <input type="hidden" name="ticket_id" value={ticketId} />
          <button type="submit" disabled={closing} data-testid="ticket-close" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-70">
            {t("close")}
          </button>
          <FormError state={closeState} />
        </form>
      ) : null}
      {canReopen ? (
        <form action={reopen} aria-busy={reopening} className="flex w-full flex-col gap-2 sm:flex-row sm:items-end">
          <input type="hidden" name="ticket_id" value={ticketId} />
          <div className="flex-1">
            <label htmlFor="reopen-reason" className="block text-sm font-medium text-slate-900">
              {t("reopenReason")}
            </label>
            <input id="reopen-reason" name="reason" maxLength={2000} className={inputClass} />
          </div>
          <button type="submit" disabled={reopening} data-testid="ticket-reopen" className="rounded-lg border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-70">
            {t("reopen")}
          </button>
          <FormError state={reopenState} />
        </form>
      ) : null}
    </div>
  )
}
