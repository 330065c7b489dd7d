import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { revokeSecureLinkWorkflow } from "../../../../../../../../workflows/client-account/revoke-secure-link"

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await revokeSecureLinkWorkflow(req.scope).run({
    input: { id: req.params.linkId, account_id: req.params.id },
  })
  const { token_hash: _hash, ...secure_link } = result
  res.json({ secure_link })
}
