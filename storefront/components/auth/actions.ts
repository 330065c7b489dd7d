"use server"

import { redirect } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { requestSignInCode, verifySignInCode, type AuthFailure } from "@/lib/data/auth"
import { clearPortalToken, setPortalToken } from "@/lib/data/session"
import type { SignInError, SignInIntent, SignInState } from "./sign-in-state"

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const PHONE_PATTERN = /^\+?[0-9][0-9 ().-]{5,19}$/
const CODE_PATTERN = /^[0-9]{6}$/

function field(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
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

function failure(
  state: Omit<SignInState, "error" | "errorField" | "codeResent">,
  error: SignInError,
  errorField: SignInState["errorField"]
): SignInState {
  return { ...state, error, errorField, codeResent: false }
}

function errorForFailure(reason: AuthFailure, invalid: SignInError): SignInError {
  return reason === "invalid" ? invalid : reason
}

/**
 * The sign-in form's action: step 1 asks for a code, step 2 checks it and
 * stores the token in the httpOnly cookie. Works as a plain form post.
 */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const locale = toLocale(field(formData, "locale"))
  const intent = intentOf(formData)

  if (intent === "restart") {
    return { step: "identifier", identifier: field(formData, "identifier"), error: null, errorField: null, codeResent: false }
  }

  const parsed = parseIdentifier(field(formData, "identifier"))
  if ("error" in parsed) {
    return failure({ step: "identifier", identifier: field(formData, "identifier") }, parsed.error, "identifier")
  }
  const { identifier } = parsed

  if (intent === "request" || intent === "resend") {
    const result = await requestSignInCode(identifier)
    if (!result.ok) {
      const step = intent === "resend" ? "code" : "identifier"
      return failure({ step, identifier }, errorForFailure(result.reason, "identifier_invalid"), step === "code" ? null : "identifier")
    }
    return { step: "code", identifier, error: null, errorField: null, codeResent: intent === "resend" }
  }

  const code = field(formData, "code").replace(/\s+/g, "")
  if (!CODE_PATTERN.test(code)) {
    return failure({ step: "code", identifier }, "code_format", "code")
  }
  const result = await verifySignInCode(identifier, code)
  if (!result.ok) {
    return failure({ step: "code", identifier }, errorForFailure(result.reason, "code_invalid"), result.reason === "invalid" ? "code" : null)
  }

  await setPortalToken(result.token)
  // Outside any try/catch: redirect() works by throwing.
  return redirect({ href: "/dashboard", locale })
}

/** Signs out: forgets the token and goes back to the landing page. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = toLocale(field(formData, "locale"))
  await clearPortalToken()
  redirect({ href: "/", locale })
}
