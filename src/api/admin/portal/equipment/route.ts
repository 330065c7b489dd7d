import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { dueSoonLimit } from "../../../../lib/fleet/next-due"
import { presentEquipmentList } from "../../../../lib/fleet/present-equipment"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"
import { answerConflict } from "../../../../lib/conflict-response"
import { createEquipmentWorkflow } from "../../../../workflows/fleet/equipment"
import type { AdminCreateEquipmentType, AdminListEquipmentType } from "./validators"

/** Every client's machines, or one account's (by `account_id`, or `customer_id` of one of its members). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListEquipmentType>, res: MedusaResponse) {
  const fleet = req.scope.resolve<FleetModuleService>(FLEET_MODULE)
  const { account_id, customer_id, site_id, status, due_soon, q } = req.validatedQuery
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  let accountIds = account_id ? [account_id] : null
  if (customer_id) {
    const members = await req.scope
      .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      .listAccountMembers({ customer_id }, { select: ["id", "account_id"] })
    const ofCustomer = members.map((m) => (m as unknown as { account_id: string }).account_id)
    accountIds = accountIds ? accountIds.filter((id) => ofCustomer.includes(id)) : ofCustomer
  }
  if (accountIds && !accountIds.length) return res.json({ equipment: [], count: 0, offset: skip, limit: take })
  const [rows, count] = await fleet.listAndCountEquipment(
    {
      ...(accountIds ? { account_id: accountIds } : {}),
      ...(site_id ? { site_id } : {}),
      ...(status ? { status } : {}),
      ...(due_soon === true ? { next_due_date: { $lte: dueSoonLimit() } } : {}),
      ...(q ? { q } : {}),
    },
    { select: req.queryConfig.fields, skip, take, order: order ?? { name: "ASC" } }
  )
  const equipment = await presentEquipmentList(req.scope, rows, "/admin/portal/equipment", { withAccount: true })
  res.json({ equipment, count, offset: skip, limit: take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateEquipmentType>, res: MedusaResponse) {
  const run = await answerConflict(res, () => createEquipmentWorkflow(req.scope).run({ input: req.validatedBody }))
  if (run) res.status(201).json({ equipment: run.result })
}
