// Copied into the bench's build only (bench/run.mjs): a route outside /store and /admin that does
// nothing, the floor under its twin in /store (bench/routes/store/bench/no-op).
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

export function GET(_req: MedusaRequest, res: MedusaResponse) {
  res.json({ ok: true })
}
