import "server-only"
import Medusa, { FetchError } from "@medusajs/js-sdk"

/**
 * The one Medusa SDK instance of the portal. It only ever runs on the server:
 * the backend URL and publishable key are server-only variables, and the
 * client's token is passed explicitly per request (see session.ts), never
 * stored in the SDK, which is shared between all visitors.
 */
export const sdk = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
  publishableKey: process.env.MEDUSA_PUBLISHABLE_KEY,
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
