import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { presentAdminCategory } from "../../../../../lib/support/categories"
import { supportOf } from "../../../../../lib/support/threads"
import { removeTicketCategoryWorkflow } from "../../../../../workflows/support/remove-ticket-category"
import { saveTicketCategoryWorkflow } from "../../../../../workflows/support/save-ticket-category"
import type { AdminUpdateCategoryType } from "../../tickets/validators"

async function assertCategory(req: AuthenticatedMedusaRequest) {
  const [category] = await supportOf(req.scope).listTicketCategories({ id: req.params.id }, { select: ["id"] })
  if (!category) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket category with id: ${req.params.id} was not found`)
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateCategoryType>, res: MedusaResponse) {
  await assertCategory(req)
  const { result } = await saveTicketCategoryWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ ticket_category: presentAdminCategory(result) })
}

/** A category with tickets is only deactivated (its tickets keep it); an unused one is deleted. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertCategory(req)
  const { result } = await removeTicketCategoryWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: result.id, object: "ticket_category", deleted: result.deleted, ...(result.deactivated ? { deactivated: true } : {}) })
}
