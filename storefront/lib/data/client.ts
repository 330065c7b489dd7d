import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"

/**
 * The one Medusa SDK instance of the portal. It only ever runs on the server:
 * the backend URL and publishable key are server-only variables, and the
 * client's token is passed explicitly per request (see session.ts), never
 * stored in the SDK, which is shared between all visitors.
 */
const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY

export const sdk = new Medusa({
  baseUrl: backendUrl,
  publishableKey,
  debug: process.env.NODE_ENV === "development" && process.env.MEDUSA_SDK_DEBUG === "true",
  auth: {
    type: "jwt",
    jwtTokenStorageMethod: "nostore",
  },
})

/** The HTTP status of an SDK error, or undefined for network failures. */
export function httpStatusOf(error: unknown): number | undefined {
  if (error instanceof FetchError) {
    return error.status
  }
  if (
    typeof error === "object" &&
    error !== null &&
    "status" in error &&
    typeof error.status === "number"
  ) {
    return error.status
  }
  return undefined
}

/** A short description of an SDK error, for server logs. */
export function describeError(error: unknown): string {
  const status = httpStatusOf(error)
  const message = error instanceof Error ? error.message : String(error)
  return status === undefined ? message : `${status} ${message}`
}

/** Why a call to the backend failed, as the pages tell it; a refusal (4xx) carries the backend's message. */
export type CallFailure = { reason: "forbidden" | "not_found" | "unavailable" } | { reason: "refused"; message: string | undefined }

/** The failure a page shows for an SDK error; what is neither refused nor forbidden is logged as `what` failing. */
export function callFailure(error: unknown, what: string): { ok: false } & CallFailure {
  const status = httpStatusOf(error)
  if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
  if (status === 404) return { ok: false, reason: "not_found" }
  if (status !== undefined && status >= 400 && status < 500) {
    return { ok: false, reason: "refused", message: error instanceof Error ? error.message : undefined }
  }
  console.warn(`[portal] ${what} failed: ${describeError(error)}`)
  return { ok: false, reason: "unavailable" }
}

/** What `backendPost` read from an answer: the SDK hides headers, and sign-in needs Retry-After. */
export type RawAnswer = {
  status: number
  body: unknown
  /** Seconds from the Retry-After header, when present and numeric. */
  retryAfterSeconds: number | undefined
}

/**
 * A JSON POST to the backend that keeps the status and the Retry-After header (the SDK's FetchError
 * drops headers). Network failures throw; HTTP errors do not.
 */
export async function backendPost(path: string, body: unknown, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const response = await fetch(new URL(path, backendUrl), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
    cache: "no-store",
  })
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    parsed = text
  }
  const retryAfter = Number(response.headers.get("retry-after"))
  return {
    status: response.status,
    body: parsed,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  }
}

/** The `message` of an error answer (`{ type, message }`), when there is one. */
export function messageOf(body: unknown): string | undefined {
  if (typeof body === "object" && body !== null && "message" in body && typeof body.message === "string") {
    return body.message
  }
  return undefined
}

/** A `token` string of an answer (`{ token }`), when there is one. */
export function tokenOf(answer: unknown): string | undefined {
  if (typeof answer === "object" && answer !== null && "token" in answer) {
    const { token } = answer
    return typeof token === "string" && token ? token : undefined
  }
  return undefined
}

/** The most a list route answers at once (the backend caps `limit` at 100). */
export const PAGE_LIMIT = 100

/**
 * Every row of a list route, page after page: for the few views that show a whole list (an account's
 * members, a quote's thread), which may outgrow one page.
 */
export async function fetchAllPages<T>(
  path: string,
  key: string,
  headers: Record<string, string>
): Promise<T[]> {
  const rows: T[] = []
  for (;;) {
    const page = await sdk.client.fetch<Record<string, unknown> & { count: number }>(path, {
      method: "GET",
      query: { limit: PAGE_LIMIT, offset: rows.length },
      headers,
      cache: "no-store",
    })
    const batch = (page[key] as T[] | undefined) ?? []
    rows.push(...batch)
    if (!batch.length || rows.length >= page.count) return rows
  }
}
