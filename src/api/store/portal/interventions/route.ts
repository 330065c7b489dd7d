import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { findIntervention, listInterventionPage, presentStoreListItem } from "../../../../lib/field-service/interventions"
import { describeClient } from "../../../../lib/quotes/actors"
import { readerLocale } from "../../../../lib/reader-locale"
import { assertCan, getPortalActor, siteIsVisible } from "../../../../lib/portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { FIELD_SERVICE_MODULE } from "../../../../modules/fieldService"
import type FieldServiceModuleService from "../../../../modules/fieldService/service"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"
import { requestInterventionWorkflow } from "../../../../workflows/field-service/request-intervention"
import type { StoreListInterventionsType, StoreRequestInterventionType } from "./validators"
import { clientScope, presentForClient } from "./visible-intervention"

export { AUTHENTICATE } from "../authenticate-client"

/** The caller's interventions within their scope, filtered by status, site, machine and period; newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListInterventionsType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { status, site_id, equipment_id, from, to } = req.validatedQuery
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const scope = clientScope(actor)
  // A site outside the caller's scope filters to nothing rather than widening it.
  const site_ids = site_id ? (siteIsVisible(actor, site_id) ? [site_id] : []) : scope.site_ids
  const { rows, count } = await listInterventionPage(
    req.scope,
    { account_id: actor.account_id, site_ids, id: scope.id, equipment_id, status, from, to },
    { skip, take, order: order as Record<string, "ASC" | "DESC"> | undefined }
  )
  const locale = await readerLocale(req, actor)
  res.json({ interventions: rows.map((row) => presentStoreListItem(row, locale)), count, offset: skip, limit: take })
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * A member asks for a visit. The form's blanks are filled from the site (address, coordinates, contact) and
 * the member (contact); site, machine, type and linked intervention must be within the caller's scope.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRequestInterventionType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "request")
  const body = req.validatedBody
  // A link opening one intervention may only ask for a visit linked to it (its type's portal actions).
  if (actor.intervention_id && body.linked_intervention_id !== actor.intervention_id) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "This link opens one intervention only")
  }
  const accounts = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [site] = await accounts.listSites({ id: body.site_id, account_id: actor.account_id })
  if (!site || !siteIsVisible(actor, site.id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Site with id: ${body.site_id} was not found`)
  if (body.equipment_id) {
    const fleet = req.scope.resolve<FleetModuleService>(FLEET_MODULE)
    const [machine] = await fleet.listEquipment({ id: body.equipment_id, account_id: actor.account_id, site_id: site.id }, { select: ["id"] })
    if (!machine) throw invalid(`equipment_id: ${body.equipment_id} is not a machine of this site`)
  }
  if (body.type_id) {
    const service = req.scope.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    const [type] = await service.listInterventionTypes({ id: body.type_id, portal_visible: true }, { select: ["id"] })
    if (!type) throw invalid(`type_id: ${body.type_id} is not a type clients may request`)
  }
  if (body.linked_intervention_id && !(await findIntervention(req.scope, body.linked_intervention_id, clientScope(actor)))) {
    throw invalid(`linked_intervention_id: ${body.linked_intervention_id} is not one of your interventions`)
  }
  let member: { name: string | null; phone: string | null; email: string | null } = { name: null, phone: null, email: null }
  if (actor.customer_id) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(actor.customer_id)
    member = { name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null, phone: customer.phone ?? null, email: customer.email }
  }
  const given = body.address ?? {}
  const client = await describeClient(req, actor)
  const { result } = await requestInterventionWorkflow(req.scope).run({
    input: {
      data: {
        account_id: actor.account_id,
        site_id: site.id,
        equipment_id: body.equipment_id ?? null,
        type_id: body.type_id ?? null,
        linked_intervention_id: body.linked_intervention_id ?? null,
        description: body.description,
        address: {
          address_1: given.address_1 ?? site.address_1,
          address_2: given.address_2 ?? site.address_2,
          postal_code: given.postal_code ?? site.postal_code,
          city: given.city ?? site.city,
          country_code: given.country_code ?? site.country_code,
        },
        // The coordinates are the site's: an address corrected by hand is for the technician to read.
        latitude: site.latitude,
        longitude: site.longitude,
        contact_name: body.contact_name ?? site.contact_name ?? member.name,
        contact_phone: body.contact_phone ?? site.contact_phone ?? member.phone,
        contact_email: body.contact_email ?? site.contact_email ?? member.email,
        requested_by_member_id: actor.member_id,
      },
      actor: { type: actor.member_id ? "member" : "system", id: actor.member_id, customer_id: actor.customer_id, name: client.name },
    },
  })
  const created = await findIntervention(req.scope, result.id, clientScope(actor))
  res.status(201).json({ intervention: await presentForClient(req, actor, created!) })
}
