import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentAdminCategory } from "../../../../lib/support/categories"
import { supportOf } from "../../../../lib/support/threads"
import { saveTicketCategoryWorkflow } from "../../../../workflows/support/save-ticket-category"
import type { AdminSaveCategoryType } from "../tickets/validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const categories = await supportOf(req.scope).listTicketCategories({}, { relations: ["routing_rules"], order: { rank: "ASC", name: "ASC" } })
  res.json({ ticket_categories: categories.map(presentAdminCategory) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSaveCategoryType>, res: MedusaResponse) {
  const { result } = await saveTicketCategoryWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ ticket_category: presentAdminCategory(result) })
}
