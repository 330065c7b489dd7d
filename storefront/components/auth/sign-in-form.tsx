"use client"

import { useActionState, type ReactNode } from "react"
import { useTranslations } from "next-intl"
import type { Locale } from "@/i18n/routing"
import { signInAction } from "./actions"
import { ResendButton } from "./resend-countdown"
import { initialSignInState, type SignInState } from "./sign-in-state"

const inputClass =
  "mt-2 block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-400 focus:border-brand-600 focus-visible:outline-brand-600 aria-invalid:border-red-600"
const primaryButtonClass =
  "inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-3 text-base font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
const linkButtonClass =
  "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 disabled:opacity-60"

/**
 * Two-step sign-in: e-mail or phone number, then the 6-digit code. Posts to a
 * server action, so it works without JavaScript; with JavaScript it shows the
 * pending state and keeps the page.
 */
export function SignInForm({ locale }: { locale: Locale }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, initialSignInState)

  return (
    <form action={formAction} noValidate className="space-y-6" aria-busy={pending}>
      <input type="hidden" name="locale" value={locale} />
      {state.step === "identifier" ? (
        <IdentifierStep state={state} pending={pending} />
      ) : (
        <CodeStep state={state} pending={pending} />
      )}
    </form>
  )
}

function IdentifierStep({ state, pending }: { state: SignInState; pending: boolean }) {
  const t = useTranslations("SignIn")
  const fieldError = state.errorField === "identifier" ? state.error : null

  return (
    <>
      <div>
        <label htmlFor="identifier" className="block text-sm font-medium text-slate-900">
          {t("identifierLabel")}
        </label>
        <input
          id="identifier"
          name="identifier"
          type="text"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={254}
          defaultValue={state.identifier}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "identifier-hint identifier-error" : "identifier-hint"}
          className={inputClass}
        />
        <p id="identifier-hint" className="mt-2 text-sm text-slate-600">
          {t("identifierHint")}
        </p>
        {fieldError ? <FieldError id="identifier-error"><ErrorText state={state} /></FieldError> : null}
      </div>
      {state.error && !fieldError ? <FormError><ErrorText state={state} /></FormError> : null}
      <button type="submit" name="intent" value="request" disabled={pending} className={primaryButtonClass}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </>
  )
}

function CodeStep({ state, pending }: { state: SignInState; pending: boolean }) {
  const t = useTranslations("SignIn")
  const fieldError = state.errorField === "code" ? state.error : null

  return (
    <>
      <input type="hidden" name="identifier" value={state.identifier} />
      {/* Carried through plain form posts, so the resend delay and the tries count work without JavaScript. */}
      <input type="hidden" name="codeSentAt" value={state.codeSentAt} />
      <input type="hidden" name="failedAttempts" value={state.failedAttempts} />
      <div>
        <h2 className="text-lg font-semibold text-slate-900">{t("codeTitle")}</h2>
        <p className="mt-1 text-sm leading-6 text-slate-600">
          {t("codeIntro", { identifier: state.identifier })}
        </p>
        {state.codeResent ? (
          <p role="status" className="mt-3 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
            {t("codeResent")}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="code" className="block text-sm font-medium text-slate-900">
          {t("codeLabel")}
        </label>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          autoFocus
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? "code-error" : undefined}
          className={`${inputClass} text-center font-mono text-2xl tracking-[0.5em]`}
        />
        {fieldError ? <FieldError id="code-error"><ErrorText state={state} /></FieldError> : null}
      </div>
      {state.error && !fieldError ? <FormError><ErrorText state={state} /></FormError> : null}
      {/* First submit button: the one Enter triggers. */}
      <button type="submit" name="intent" value="verify" disabled={pending} className={primaryButtonClass}>
        {pending ? t("verifying") : t("verify")}
      </button>
      <div className="flex flex-col items-start gap-3 text-sm sm:flex-row sm:justify-between">
        <ResendButton sentAt={state.codeSentAt} pending={pending} className={linkButtonClass} />
        <button type="submit" name="intent" value="restart" disabled={pending} className={linkButtonClass} data-testid="change-identifier">
          {t("changeIdentifier")}
        </button>
      </div>
    </>
  )
}

/** The translated error of a state; rate limits and the resend delay say how long to wait. */
function ErrorText({ state }: { state: SignInState }) {
  const t = useTranslations("SignIn.errors")
  switch (state.error) {
    case null:
      return null
    case "rate_limited":
      return <>{t("rate_limited", { minutes: state.waitMinutes })}</>
    case "resend_too_soon":
      return <>{t("resend_too_soon", { seconds: state.waitSeconds })}</>
    default:
      return <>{t(state.error)}</>
  }
}

function FieldError({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-2 text-sm font-medium text-red-700">
      {children}
    </p>
  )
}

function FormError({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {children}
    </p>
  )
}
