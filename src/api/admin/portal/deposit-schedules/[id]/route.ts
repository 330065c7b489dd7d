import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { listDepositSchedules } from "../../../../../lib/billing/deposit-schedules"

/** One deposit schedule with its invoices. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { deposit_schedules } = await listDepositSchedules(req.scope, { id: req.params.id }, { skip: 0, take: 1 })
  if (!deposit_schedules[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Deposit schedule ${req.params.id} was not found`)
  res.json({ deposit_schedule: deposit_schedules[0] })
}
