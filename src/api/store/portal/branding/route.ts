import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadBranding } from "../../../../lib/branding"

/** What the portal shows before anyone signs in: the business's name, logo and help address. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { name, logo_url, support_email } = await loadBranding(req.scope)
  res.json({ branding: { name, logo_url, support_email } })
}
