import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { loadBranding } from "../../../../lib/branding"
import { capabilitiesOf, getPortalActor } from "../../../../lib/portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"

export { AUTHENTICATE } from "../authenticate-client"

/** Who is signed in, for which account, with which role and scope, and how the portal is set up. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [account, settings, branding] = await Promise.all([
    service.retrieveClientAccount(actor.account_id),
    service.resolvePortalSettings(),
    loadBranding(req.scope),
  ])
  const customer = actor.customer_id
    ? await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(actor.customer_id)
    : null

  res.json({
    member: actor.member_id
      ? {
          id: actor.member_id,
          customer_id: actor.customer_id,
          first_name: customer?.first_name ?? null,
          last_name: customer?.last_name ?? null,
          email: customer?.email ?? null,
          phone: customer?.phone ?? null,
          role: actor.role,
          is_payer: actor.is_payer,
          site_ids: actor.site_ids ?? [],
        }
      : null,
    account: {
      id: account.id,
      number: account.number,
      name: account.name,
      locale: account.locale,
      address_1: account.address_1,
      address_2: account.address_2,
      postal_code: account.postal_code,
      city: account.city,
      country_code: account.country_code,
      contact_name: account.contact_name,
      contact_email: account.contact_email,
      contact_phone: account.contact_phone,
    },
    role: actor.role,
    capabilities: capabilitiesOf(actor),
    scope: {
      kind: actor.kind,
      site_ids: actor.site_ids,
      intervention_id: actor.intervention_id,
      read_only: actor.read_only,
      impersonated_by: actor.impersonated_by,
    },
    settings: {
      business_name: branding.name,
      logo_url: branding.logo_url,
      general_information: settings.general_information,
      sections: settings.sections,
      access_methods: settings.access_methods,
    },
  })
}
