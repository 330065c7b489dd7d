// Copied into the bench's build only (bench/run.mjs): a store route that does nothing, so that its
// requests per second are what Medusa's store middleware (publishable key, locale, logging…) leaves of a
// request. Its twin outside /store (bench/routes/bench/no-op) has none of that middleware.
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ ok: true })
}
