"use client"

import { useState, type ReactNode } from "react"
import { useLocale, useTranslations } from "next-intl"
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, ATTACHMENTS_MAX, attachmentProblem, formatBytes, type AttachmentProblem } from "./attachment-rules"
import type { SupportFormState } from "./support-state"

export const inputClass =
  "mt-1 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 aria-invalid:border-red-600"

/** `aria-invalid` and the error's id on the field the state names. */
export function invalidProps(state: SupportFormState, field: string, id: string) {
  return state.error && state.field === field ? { "aria-invalid": true, "aria-describedby": `${id}-error` } : {}
}

/** A labelled field with its hint, and the state's error when it is about this field. */
export function Field(props: { id: string; field: string; label: string; hint?: string; state: SupportFormState; children: ReactNode }) {
  const { id, field, label, hint, state, children } = props
  const t = useTranslations("Support.errors")
  const error = state.error && state.field === field ? state.error : null
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {hint && !error ? <p className="mt-1 text-xs text-slate-600">{hint}</p> : null}
      {error ? (
        <div id={`${id}-error`} className="mt-1 text-sm text-red-700" data-testid="support-field-error">
          <p className="font-medium">{t(error)}</p>
          {state.detail ? <p>{state.detail}</p> : null}
        </div>
      ) : null}
    </div>
  )
}

/** A failure that is about no one field: the translated reason and the backend's explanation. */
export function FormError({ state }: { state: SupportFormState }) {
  const t = useTranslations("Support.errors")
  if (!state.error || state.field) return null
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="support-error">
      <p className="font-medium">{t(state.error)}</p>
      {state.detail ? <p className="mt-1">{state.detail}</p> : null}
    </div>
  )
}

/**
 * Files to attach. Checked as soon as they are picked (type, size, count), so the client reads what is
 * wrong before sending; the server action and the backend check again.
 */
export function AttachmentInput({ id, state }: { id: string; state: SupportFormState }) {
  const t = useTranslations("Support")
  const locale = useLocale()
  const [problem, setProblem] = useState<AttachmentProblem | null>(null)
  const serverError = state.error && state.field === "attachments" ? state.error : null
  const shown = problem ? problem.error : serverError
  const detail = problem ? problem.name : state.detail
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {t("attachments")}
      </label>
      <input
        id={id}
        name="attachments"
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT.join(",")}
        onChange={(event) => setProblem(attachmentProblem(Array.from(event.currentTarget.files ?? [])))}
        aria-invalid={shown ? true : undefined}
        aria-describedby={shown ? `${id}-error` : `${id}-hint`}
        className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-2 file:py-1`}
        data-testid="attachment-input"
      />
      {shown ? (
        <div id={`${id}-error`} role="alert" className="mt-1 text-sm text-red-700" data-testid="attachment-error">
          <p className="font-medium">{t(`errors.${shown}`)}</p>
          {detail ? <p>{detail}</p> : null}
        </div>
      ) : (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {t("attachmentsHint", { count: ATTACHMENTS_MAX, size: formatBytes(ATTACHMENT_MAX_BYTES, locale) })}
        </p>
      )}
    </div>
  )
}

export function SubmitButton({ pending, label, pendingLabel, testId }: { pending: boolean; label: string; pendingLabel: string; testId?: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      data-testid={testId}
      className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  )
}
