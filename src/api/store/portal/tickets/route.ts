import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertCan, getPortalActor, siteIsVisible } from "../../../../lib/portal-actor"
import { readerLocale } from "../../../../lib/reader-locale"
import { describeClient } from "../../../../lib/quotes/actors"
import { assertUploads } from "../../../../lib/support/attachments"
import { readerOf, supportOf } from "../../../../lib/support/threads"
import { presentTicketRow, storeTicketDetail, supportSettings } from "../../../../lib/support/tickets"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"
import { openTicketWorkflow } from "../../../../workflows/support/open-ticket"
import type { StoreListTicketsType, StoreOpenTicketType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The account's tickets within the caller's sites, with the caller's unread counts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListTicketsType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { status, category_id, site_id, q, order } = req.validatedQuery as StoreListTicketsType
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const reader = readerOf(actor)
  // A site outside the caller's scope filters to nothing rather than widening it.
  const sites = site_id ? (siteIsVisible(actor, site_id) ? [site_id] : ["-"]) : reader.site_ids
  const locale = await readerLocale(req, actor)
  const { rows, count } = await supportOf(req.scope).listTicketRows({
    account_id: actor.account_id,
    site_ids: sites,
    status,
    category_id,
    q,
    order,
    reader_member_id: actor.member_id,
    limit: take,
    offset: skip,
  })
  res.json({ tickets: rows.map((row) => presentTicketRow(row, locale)), count, offset: skip, limit: take })
}

/** A member with the `request` right opens a ticket; it is routed to the responsible staff member at once. */
export async function POST(req: AuthenticatedMedusaRequest<StoreOpenTicketType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "request")
  const body = req.validatedBody
  let siteId = body.site_id || null
  if (siteId && !siteIsVisible(actor, siteId)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `site_id: no site ${siteId} in your account`)
  if (body.equipment_id) {
    const [machine] = await req.scope
      .resolve<FleetModuleService>(FLEET_MODULE)
      .listEquipment({ id: body.equipment_id, account_id: actor.account_id }, { select: ["id", "site_id"] })
    if (!machine || !siteIsVisible(actor, machine.site_id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `equipment_id: no machine ${body.equipment_id} at your sites`)
  }
  // A member limited to some sites opens tickets for one of them (an account-wide ticket would be out of their sight).
  if (!siteId && !body.equipment_id && actor.site_ids?.length) {
    if (actor.site_ids.length > 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_id is required: choose one of your sites")
    siteId = actor.site_ids[0]
  }
  assertUploads(body.attachments, (await supportSettings(req.scope)).attachment_max_bytes)
  const client = await describeClient(req, actor)
  const { result } = await openTicketWorkflow(req.scope).run({
    input: {
      account_id: actor.account_id,
      member_id: actor.member_id,
      actor_name: client.name,
      category_id: body.category_id,
      subject: body.subject,
      description: body.description,
      priority: body.priority,
      site_id: siteId,
      equipment_id: body.equipment_id || null,
      attachments: body.attachments,
    },
  })
  res.status(201).json({ ticket: await storeTicketDetail(req.scope, actor, result.id, await readerLocale(req, actor)) })
}
