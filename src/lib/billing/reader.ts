import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getPortalActor, type PortalActor } from "../portal-actor"

/** Who reads the account's sales documents: the account, narrowed to the actor's sites. */
export async function billingReader(req: AuthenticatedMedusaRequest): Promise<{ actor: PortalActor; account_id: string; site_ids: string[] | null }> {
  const actor = await getPortalActor(req)
  // A link that opens one intervention shows that intervention only, never the account's orders or money.
  if (actor.intervention_id) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This link opens one intervention only")
  return { actor, account_id: actor.account_id, site_ids: actor.site_ids }
}

/** Answers a PDF as a download. */
export function sendPdf(res: MedusaResponse, pdf: Buffer, filename: string) {
  res.setHeader("Content-Type", "application/pdf")
  res.setHeader("Content-Disposition", `attachment; filename="${filename.replace(/[^\w.-]/g, "_")}"`)
  res.setHeader("Content-Length", String(pdf.length))
  res.end(pdf)
}
