"use client"

import { useActionState, type ReactNode } from "react"
import { useTranslations } from "next-intl"
import type { Locale } from "@/i18n/routing"
import { activateAction } from "./actions"
import { initialActivationState, type ActivationState } from "./activation-state"

const inputClass =
  "mt-2 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-mono text-lg tracking-widest text-slate-900 uppercase shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus-visible:outline-brand-600 aria-invalid:border-red-600"

/**
 * Activation with credentials in two parts: the code printed on the letter and the code sent by e-mail.
 * A server action behind a plain form, so it also works without JavaScript.
 */
export function ActivationForm({ locale }: { locale: Locale }) {
  const t = useTranslations("Activate")
  const [state, formAction, pending] = useActionState<ActivationState, FormData>(activateAction, initialActivationState)

  return (
    <form action={formAction} noValidate className="space-y-6" aria-busy={pending}>
      <input type="hidden" name="locale" value={locale} />
      <CodeField
        name="letter_code"
        label={t("letterLabel")}
        hint={t("letterHint")}
        defaultValue={state.letterCode}
        error={state.errorField === "letter_code" ? <ErrorText state={state} /> : null}
      />
      <CodeField
        name="email_code"
        label={t("emailLabel")}
        hint={t("emailHint")}
        defaultValue=""
        error={state.errorField === "email_code" ? <ErrorText state={state} /> : null}
      />
      {state.error && !state.errorField ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          <ErrorText state={state} />
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  )
}

function CodeField(props: { name: string; label: string; hint: string; defaultValue: string; error: ReactNode }) {
  const { name, label, hint, defaultValue, error } = props
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="text"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={64}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
        className={inputClass}
      />
      <p id={`${name}-hint`} className="mt-2 text-sm text-slate-600">
        {hint}
      </p>
      {error ? (
        <p id={`${name}-error`} className="mt-2 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

function ErrorText({ state }: { state: ActivationState }) {
  const t = useTranslations("Activate.errors")
  if (!state.error) return null
  return <>{state.error === "rate_limited" ? t("rate_limited", { minutes: state.waitMinutes }) : t(state.error)}</>
}
