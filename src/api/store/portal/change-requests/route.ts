import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertCan, getPortalActor, siteIsVisible } from "../../../../lib/portal-actor"
import { describeClient } from "../../../../lib/quotes/actors"
import { currentValue, isChangeable, loadTarget } from "../../../../lib/support/change-fields"
import { loadChangeRequest, presentChangeRequest } from "../../../../lib/support/change-requests"
import { supportOf } from "../../../../lib/support/threads"
import { supportSettings } from "../../../../lib/support/tickets"
import { createChangeRequestWorkflow } from "../../../../workflows/support/change-requests"
import type { StoreCreateChangeRequestType, StoreListChangeRequestsType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The account's change requests (a site-limited member: their sites' only), the newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListChangeRequestsType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { status } = req.validatedQuery as StoreListChangeRequestsType
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const filter = {
    account_id: actor.account_id,
    ...(status ? { status } : {}),
    ...(actor.site_ids?.length ? { site_id: actor.site_ids } : {}),
  }
  const [requests, count] = await supportOf(req.scope).listAndCountChangeRequests(filter, { relations: ["fields"], order: { created_at: "DESC" }, skip, take })
  res.json({ change_requests: requests.map(presentChangeRequest), count, offset: skip, limit: take })
}

/**
 * A member with the `request` right proposes changes field by field; what the settings lock waits for staff,
 * the rest applies at once. Company-wide data is changed by members who see the whole account only.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateChangeRequestType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "request")
  const body = req.validatedBody
  const siteId = body.target === "site" ? body.site_id || null : null
  if (body.target === "site" && (!siteId || !siteIsVisible(actor, siteId))) throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_id: choose one of your sites")
  if (body.target === "account" && actor.site_ids?.length) throw new MedusaError(MedusaError.Types.FORBIDDEN, "target: your access is limited to some sites")
  const record = await loadTarget(req.scope, actor.account_id, body.target, siteId)
  if (!record) throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_id: choose one of your sites")
  const seen = new Set<string>()
  for (const f of body.fields) {
    if (!isChangeable(body.target, f.field)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `fields.field: ${f.field} cannot be changed on ${body.target === "account" ? "the company" : "a site"}`)
    if (seen.has(f.field)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `fields.field: ${f.field} is proposed twice`)
    seen.add(f.field)
  }
  const locked = new Set((await supportSettings(req.scope)).locked_fields)
  const fields = body.fields
    .map((f) => ({ field: f.field, current_value: currentValue(body.target, record, f.field), proposed_value: f.proposed_value || null, locked: locked.has(`${body.target}.${f.field}`) }))
    .filter((f) => f.current_value !== f.proposed_value)
  if (!fields.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "fields: every proposed value is the current one")
  const client = await describeClient(req, actor)
  const { result } = await createChangeRequestWorkflow(req.scope).run({
    input: { account_id: actor.account_id, target: body.target, site_id: siteId, note: body.note ?? null, member: { id: actor.member_id, name: client.name }, fields },
  })
  res.status(201).json({ change_request: presentChangeRequest(await loadChangeRequest(req.scope, result.id, actor.account_id)) })
}
