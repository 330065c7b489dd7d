import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { RENTAL_MODULE } from "../../../../../../../../modules/rental"
import type RentalModuleService from "../../../../../../../../modules/rental/service"
import { removeRentalBlockWorkflow } from "../../../../../../../../workflows/rental/rental-catalogue"
import { loadAdminUnit } from "../../../../catalogue-helpers"

/** Lifts a maintenance block. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [block] = await req.scope.resolve<RentalModuleService>(RENTAL_MODULE).listRentalBlocks({ id: req.params.blockId, unit_id: req.params.id }, { take: 1 })
  if (!block) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Block with id: ${req.params.blockId} was not found`)
  await removeRentalBlockWorkflow(req.scope).run({ input: { id: block.id } })
  res.json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}
