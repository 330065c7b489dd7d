import "server-only"
import { describeError, httpStatusOf, sdk } from "./client"

/**
 * Calls of the portal's one-time-code sign-in (`portal-otp` auth provider of
 * the plugin). Step 1 sends a code to an e-mail address or mobile number,
 * step 2 exchanges that code for a Medusa token.
 */
const OTP_PATH = "/auth/customer/portal-otp"

/** Why a call failed, in terms the sign-in form can show. */
export type AuthFailure =
  /** 400: the backend rejected the identifier or the code. */
  | "invalid"
  /** 429: too many attempts. */
  | "rate_limited"
  /** Network error, 404 (provider not installed yet), 5xx or anything else. */
  | "unavailable"

export type RequestCodeResult = { ok: true } | { ok: false; reason: AuthFailure }
export type VerifyCodeResult = { ok: true; token: string } | { ok: false; reason: AuthFailure }

function failureOf(error: unknown, step: string): AuthFailure {
  const status = httpStatusOf(error)
  if (status === 400 || status === 401) {
    return "invalid"
  }
  if (status === 429) {
    return "rate_limited"
  }
  console.warn(`[portal] sign-in ${step} failed: ${describeError(error)}`)
  return "unavailable"
}

/** Asks the backend to send a one-time code to `identifier`. */
export async function requestSignInCode(identifier: string): Promise<RequestCodeResult> {
  try {
    await sdk.client.fetch<unknown>(OTP_PATH, {
      method: "POST",
      body: { identifier },
      cache: "no-store",
    })
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: failureOf(error, "code request") }
  }
}

/** Exchanges the code for a token; the caller stores it in the cookie. */
export async function verifySignInCode(
  identifier: string,
  code: string
): Promise<VerifyCodeResult> {
  try {
    const answer = await sdk.client.fetch<unknown>(`${OTP_PATH}/callback`, {
      method: "POST",
      body: { identifier, code },
      cache: "no-store",
    })
    const token = tokenOf(answer)
    if (!token) {
      console.warn("[portal] sign-in code check: the backend answered without a token")
      return { ok: false, reason: "unavailable" }
    }
    return { ok: true, token }
  } catch (error) {
    return { ok: false, reason: failureOf(error, "code check") }
  }
}

function tokenOf(answer: unknown): string | undefined {
  if (typeof answer === "object" && answer !== null && "token" in answer) {
    const { token } = answer
    return typeof token === "string" && token ? token : undefined
  }
  return undefined
}
