"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { useRefreshOnDone } from "@/components/quotes/use-refresh-on-done"
import { AttachmentInput, Field, FormError, SubmitButton, inputClass, invalidProps } from "./form-parts"
import { replyThreadAction, replyTicketAction } from "./support-actions"
import { initialSupportFormState } from "./support-state"

/** A reply on a ticket or a conversation, with files; the thread above re-renders with it. */
export function ReplyForm({ target }: { target: { ticketId: string } | { threadId: string } }) {
  const t = useTranslations("Support")
  const onTicket = "ticketId" in target
  const [state, formAction, pending] = useActionState(onTicket ? replyTicketAction : replyThreadAction, initialSupportFormState)
  useRefreshOnDone({ ...state, error: null, detail: null })
  return (
    // Remounted after each answer (key), which empties the fields after a success and keeps the text after an error.
    <form key={state.version} action={formAction} className="mt-6 space-y-4 rounded-2xl border border-slate-200 bg-white p-5" aria-busy={pending} data-testid="reply-form">
      {onTicket ? <input type="hidden" name="ticket_id" value={target.ticketId} /> : <input type="hidden" name="thread_id" value={target.threadId} />}
      <Field id="reply-body" field="body" label={t("replyLabel")} state={state}>
        <textarea id="reply-body" name="body" rows={4} required maxLength={10000} defaultValue={state.values.body ?? ""} className={inputClass} {...invalidProps(state, "body", "reply-body")} />
      </Field>
      <AttachmentInput id="reply-attachments" state={state} />
      <FormError state={state} />
      <SubmitButton pending={pending} label={t("send")} pendingLabel={t("sending")} testId="reply-submit" />
    </form>
  )
}
