import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSiteWorkflow } from "../../../../../../../workflows/client-account/delete-site"
import { updateSiteWorkflow } from "../../../../../../../workflows/client-account/update-site"
import type { AdminUpdateSiteType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSiteType>, res: MedusaResponse) {
  const { result } = await updateSiteWorkflow(req.scope).run({
    input: { id: req.params.siteId, account_id: req.params.id, ...req.validatedBody },
  })
  res.json({ site: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteSiteWorkflow(req.scope).run({ input: { id: req.params.siteId, account_id: req.params.id } })
  res.json({ id: req.params.siteId, object: "site", deleted: true })
}
