"use client"

import { useActionState } from "react"
import { useLocale, useTranslations } from "next-intl"
import { AttachmentInput, Field, FormError, SubmitButton, inputClass, invalidProps } from "./form-parts"
import { contactAction } from "./support-actions"
import { initialSupportFormState } from "./support-state"

/** "Contact us": a new message to the business, opened from any portal page (`subject` may come prefilled). */
export function ContactForm({ subject }: { subject: string }) {
  const t = useTranslations("Support")
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(contactAction, initialSupportFormState)
  return (
    <form key={state.version} action={formAction} className="mt-6 space-y-5 rounded-2xl border border-slate-200 bg-white p-6" aria-busy={pending} data-testid="contact-form">
      <input type="hidden" name="locale" value={locale} />
      <Field id="contact-subject" field="subject" label={t("fields.subject")} state={state}>
        <input id="contact-subject" name="subject" required maxLength={200} defaultValue={state.values.subject ?? subject} className={inputClass} {...invalidProps(state, "subject", "contact-subject")} />
      </Field>
      <Field id="contact-body" field="body" label={t("fields.message")} state={state}>
        <textarea id="contact-body" name="body" rows={6} required maxLength={10000} defaultValue={state.values.body ?? ""} className={inputClass} {...invalidProps(state, "body", "contact-body")} />
      </Field>
      <AttachmentInput id="contact-attachments" state={state} />
      <FormError state={state} />
      <SubmitButton pending={pending} label={t("send")} pendingLabel={t("sending")} testId="contact-submit" />
    </form>
  )
}
