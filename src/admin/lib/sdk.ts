import Medusa from "@medusajs/js-sdk"

// The admin is served by the same Medusa server, so the staff session cookie authenticates every call.
export const sdk = new Medusa({
  baseUrl: import.meta.env.VITE_BACKEND_URL || "/",
  debug: import.meta.env.DEV,
  auth: { type: "session" },
})
