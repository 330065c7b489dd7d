import "server-only"
import { headers } from "next/headers"
import { backendPost, describeError, tokenOf, type RawAnswer } from "./client"

/**
 * The ways into the portal, each ending with a Medusa token the caller stores in the cookie:
 * - the one-time code (`portal-otp` auth provider): step 1 sends a code to an e-mail address or a mobile
 *   number, step 2 exchanges the code for a token;
 * - a secure link's token, exchanged for a session limited to the link's scope;
 * - the two halves of an activation (letter + e-mail).
 * These calls go through `backendPost`, not the SDK, because a 429's Retry-After must reach the person.
 */
const OTP_PATH = "/auth/customer/portal-otp"

/** Why a call failed, in terms the forms can show. */
export type AuthFailure =
  /** 400: the backend rejected what was typed. */
  | { reason: "invalid" }
  /** 401: wrong, expired or used-up code / link / activation. */
  | { reason: "refused" }
  /** 429: too many attempts; `retryAfterSeconds` from the Retry-After header when sent. */
  | { reason: "rate_limited"; retryAfterSeconds: number | undefined }
  /** Network error, 404 (route not installed), 5xx or an answer without a token. */
  | { reason: "unavailable" }

export type AuthResult<T> = ({ ok: true } & T) | ({ ok: false } & AuthFailure)

function failureOf(answer: RawAnswer, step: string): AuthFailure {
  if (answer.status === 400) return { reason: "invalid" }
  if (answer.status === 401 || answer.status === 403) return { reason: "refused" }
  if (answer.status === 429) return { reason: "rate_limited", retryAfterSeconds: answer.retryAfterSeconds }
  console.warn(`[portal] ${step}: the backend answered ${answer.status}`)
  return { reason: "unavailable" }
}

/**
 * The X-Forwarded-For chain as this server received it (Next.js writes the visitor's address there when
 * no proxy did). Every sign-in call reaches the backend from the portal's server: the backend believes
 * the chain only when this server's address is among its trusted proxies (`PORTAL_TRUSTED_PROXIES`), and
 * then reads it from the right, so the whole chain goes on, never its first entry, which anyone can write.
 */
async function forwardedFor(): Promise<Record<string, string>> {
  const chain = (await headers()).get("x-forwarded-for")?.trim()
  return chain ? { "x-forwarded-for": chain } : {}
}

/** POSTs and expects a 2xx; the answer's `token`, when any, is handed back. */
async function post(path: string, body: unknown, step: string): Promise<AuthResult<{ token: string | undefined }>> {
  try {
    const answer = await backendPost(path, body, await forwardedFor())
    if (answer.status < 200 || answer.status >= 300) {
      return { ok: false, ...failureOf(answer, step) }
    }
    return { ok: true, token: tokenOf(answer.body) }
  } catch (error) {
    console.warn(`[portal] ${step} failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

async function postForToken(path: string, body: unknown, step: string): Promise<AuthResult<{ token: string }>> {
  const result = await post(path, body, step)
  if (!result.ok) return result
  if (!result.token) {
    console.warn(`[portal] ${step}: the backend answered without a token`)
    return { ok: false, reason: "unavailable" }
  }
  return { ok: true, token: result.token }
}

/**
 * Asks the backend to send a one-time code to `identifier`. The answer is the same whether or not the
 * identifier is known, so success says nothing about the person.
 */
export async function requestSignInCode(identifier: string): Promise<AuthResult<object>> {
  const result = await post(OTP_PATH, { identifier }, "sign-in code request")
  return result.ok ? { ok: true } : result
}

/** Exchanges the code for a token. */
export function verifySignInCode(identifier: string, code: string): Promise<AuthResult<{ token: string }>> {
  return postForToken(`${OTP_PATH}/callback`, { identifier, code }, "sign-in code check")
}

/** Exchanges a secure link's token for a session token limited to the link's scope. */
export function exchangeSecureLink(linkToken: string): Promise<AuthResult<{ token: string }>> {
  return postForToken("/store/portal/links/exchange", { token: linkToken }, "secure link exchange")
}

/** Exchanges the one-time code of a staff "view as client" URL for its read-only session token. */
export function exchangeViewAsCode(code: string): Promise<AuthResult<{ token: string }>> {
  return postForToken("/store/portal/view-as/exchange", { code }, "view-as exchange")
}

/** Exchanges both halves of an activation (letter and e-mail) for a session token. */
export function exchangeActivation(letterCode: string, emailCode: string): Promise<AuthResult<{ token: string }>> {
  return postForToken(
    "/store/portal/activations/exchange",
    { letter_code: letterCode, email_code: emailCode },
    "activation exchange"
  )
}
