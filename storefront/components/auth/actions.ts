"use server"

import { hasLocale } from "next-intl"
import { redirect } from "@/i18n/navigation"
import { locales, toLocale, type Locale } from "@/i18n/routing"
import {
  exchangeActivation,
  exchangeSecureLink,
  requestSignInCode,
  verifySignInCode,
  type AuthFailure,
} from "@/lib/data/auth"
import { describeError } from "@/lib/data/client"
import { fetchPortalMe } from "@/lib/data/portal"
import { clearPortalToken, setPortalToken } from "@/lib/data/session"
import type { ActivationState } from "./activation-state"
import {
  MAX_CODE_ATTEMPTS,
  RESEND_DELAY_SECONDS,
  type SignInError,
  type SignInIntent,
  type SignInState,
} from "./sign-in-state"

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{5,19}$/
const CODE_PATTERN = /^[0-9]{6}$/

function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function numberField(formData: FormData, name: string): number {
  const value = Number(field(formData, name))
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

function intentOf(formData: FormData): SignInIntent {
  const intent = field(formData, "intent")
  return intent === "verify" || intent === "resend" || intent === "restart" ? intent : "request"
}

/** Normalises what the person typed; returns an error key when unusable. */
function parseIdentifier(raw: string): { identifier: string } | { error: SignInError } {
  if (!raw) {
    return { error: "identifier_required" }
  }
  if (raw.includes("@")) {
    return EMAIL_PATTERN.test(raw) && raw.length <= 254
      ? { identifier: raw.toLowerCase() }
      : { error: "identifier_invalid" }
  }
  if (!PHONE_PATTERN.test(raw)) {
    return { error: "identifier_invalid" }
  }
  // Keep the leading "+" and the digits only: "+421 900 123 456" -> "+421900123456".
  return { identifier: raw.replace(/(?!^\+)[^0-9]/g, "") }
}

/** The error and wait a 429 or another failure turns into. */
function errorOf(failure: AuthFailure, refused: SignInError): Pick<SignInState, "error" | "waitMinutes"> {
  if (failure.reason === "rate_limited") {
    return failure.retryAfterSeconds
      ? { error: "rate_limited", waitMinutes: Math.max(1, Math.ceil(failure.retryAfterSeconds / 60)) }
      : { error: "rate_limited_unknown", waitMinutes: 0 }
  }
  if (failure.reason === "unavailable") return { error: "unavailable", waitMinutes: 0 }
  return { error: refused, waitMinutes: 0 }
}

const cleared = { error: null, errorField: null, codeResent: false, waitMinutes: 0, waitSeconds: 0 } as const

/**
 * Stores the session token and opens the dashboard. A person signing in lands in their account's
 * language (the language they get e-mails in); from then on the language switch decides, since nothing
 * redirects again.
 */
async function enterPortal(token: string, locale: Locale, followAccountLocale: boolean): Promise<never> {
  await setPortalToken(token)
  let target = locale
  if (followAccountLocale) {
    try {
      const accountLocale = (await fetchPortalMe(token)).account.locale
      if (hasLocale(locales, accountLocale)) target = accountLocale
    } catch (error) {
      // The dashboard's own lookup decides what to show; the language is only a nicety.
      console.warn(`[portal] sign-in: account language unknown (${describeError(error)})`)
    }
  }
  // Outside any try/catch: redirect() works by throwing.
  return redirect({ href: "/dashboard", locale: target })
}

/**
 * The sign-in form's action: step 1 asks for a code, step 2 checks it and stores the token in the
 * httpOnly cookie. Works as a plain form post: the countdown's limit is checked here too.
 */
export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const locale = toLocale(field(formData, "locale"))
  const intent = intentOf(formData)
  const codeSentAt = numberField(formData, "codeSentAt")
  const failedAttempts = numberField(formData, "failedAttempts")

  if (intent === "restart") {
    return { ...previous, ...cleared, step: "identifier", identifier: field(formData, "identifier"), codeSentAt: 0, failedAttempts: 0 }
  }

  const parsed = parseIdentifier(field(formData, "identifier"))
  if ("error" in parsed) {
    return { ...previous, ...cleared, step: "identifier", identifier: field(formData, "identifier"), error: parsed.error, errorField: "identifier" }
  }
  const { identifier } = parsed

  if (intent === "request" || intent === "resend") {
    const step = intent === "resend" ? "code" : "identifier"
    const secondsLeft = Math.ceil((codeSentAt + RESEND_DELAY_SECONDS * 1000 - Date.now()) / 1000)
    if (intent === "resend" && secondsLeft > 0) {
      return { ...previous, ...cleared, step, identifier, codeSentAt, failedAttempts, error: "resend_too_soon", waitSeconds: secondsLeft }
    }
    const result = await requestSignInCode(identifier)
    if (!result.ok) {
      return {
        ...previous,
        ...cleared,
        step,
        identifier,
        codeSentAt,
        failedAttempts,
        ...errorOf(result, "identifier_invalid"),
        errorField: step === "identifier" && result.reason === "invalid" ? "identifier" : null,
      }
    }
    return { ...cleared, step: "code", identifier, codeResent: intent === "resend", codeSentAt: Date.now(), failedAttempts: 0 }
  }

  const base = { ...previous, ...cleared, step: "code" as const, identifier, codeSentAt, failedAttempts }
  const code = field(formData, "code").replace(/\s+/g, "")
  if (!CODE_PATTERN.test(code)) {
    return { ...base, error: "code_format", errorField: "code" }
  }
  const result = await verifySignInCode(identifier, code)
  if (!result.ok) {
    const attempts = result.reason === "refused" ? failedAttempts + 1 : failedAttempts
    // After the backend's limit of wrong tries the code is dead: only a new one helps.
    const refused: SignInError = attempts >= MAX_CODE_ATTEMPTS ? "code_dead" : "code_invalid"
    return { ...base, failedAttempts: attempts, ...errorOf(result, refused), errorField: result.reason === "refused" ? "code" : null }
  }
  return enterPortal(result.token, locale, true)
}

/** Signs out: forgets the token and goes back to the landing page. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = toLocale(field(formData, "locale"))
  await clearPortalToken()
  redirect({ href: "/", locale })
}

/**
 * The secure-link page's button. Only this POST uses the link: a mail scanner fetching the page (GET)
 * changes nothing. A refused link comes back to the same page, which then says so.
 */
export async function openSecureLinkAction(formData: FormData): Promise<void> {
  const locale = toLocale(field(formData, "locale"))
  const linkToken = field(formData, "token")
  const result = linkToken ? await exchangeSecureLink(linkToken) : ({ ok: false, reason: "refused" } as const)
  if (!result.ok) {
    const status = result.reason === "refused" || result.reason === "invalid" ? "expired" : result.reason === "rate_limited" ? "rate_limited" : "unavailable"
    redirect({ href: `/link/${encodeURIComponent(linkToken)}?status=${status}`, locale })
    return
  }
  // The link was made for this language by staff; keep it.
  await enterPortal(result.token, locale, false)
}

/** The activation page: the code printed on the letter plus the code sent by e-mail. */
export async function activateAction(_previous: ActivationState, formData: FormData): Promise<ActivationState> {
  const locale = toLocale(field(formData, "locale"))
  // People copy codes with spaces and dashes, and letters in either case.
  const letterCode = field(formData, "letter_code").replace(/[\s-]+/g, "").toUpperCase()
  const emailCode = field(formData, "email_code").replace(/[\s-]+/g, "").toUpperCase()
  const values = { letterCode: field(formData, "letter_code") }
  if (!letterCode) return { ...values, error: "letter_required", errorField: "letter_code", waitMinutes: 0 }
  if (!emailCode) return { ...values, error: "email_required", errorField: "email_code", waitMinutes: 0 }

  const result = await exchangeActivation(letterCode, emailCode)
  if (!result.ok) {
    if (result.reason === "rate_limited") {
      const minutes = result.retryAfterSeconds ? Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) : 0
      return { ...values, error: minutes ? "rate_limited" : "rate_limited_unknown", errorField: null, waitMinutes: minutes }
    }
    return {
      ...values,
      error: result.reason === "unavailable" ? "unavailable" : "invalid",
      errorField: null,
      waitMinutes: 0,
    }
  }
  return enterPortal(result.token, locale, true)
}
