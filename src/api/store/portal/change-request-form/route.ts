import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../lib/portal-actor"
import { currentValue } from "../../../../lib/support/change-fields"
import { supportSettings } from "../../../../lib/support/tickets"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import type { ChangeFormDto } from "../../../../modules/support/contract"
import { CHANGEABLE_FIELDS } from "../../../../modules/support/statuses"

export { AUTHENTICATE } from "../authenticate-client"

/** What the change form shows: each field's current value and whether staff must approve a change of it. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const accounts = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const locked = new Set((await supportSettings(req.scope)).locked_fields)
  const account = await accounts.retrieveClientAccount(actor.account_id)
  const sites = await accounts.listSites({ account_id: actor.account_id, ...(actor.site_ids?.length ? { id: actor.site_ids } : {}) }, { order: { name: "ASC" } })
  const form: ChangeFormDto = {
    account: actor.site_ids?.length
      ? []
      : CHANGEABLE_FIELDS.account.map((field) => ({ field, current_value: currentValue("account", account as never, field), locked: locked.has(`account.${field}`) })),
    sites: sites.map((site) => ({
      site_id: site.id,
      name: site.name,
      fields: CHANGEABLE_FIELDS.site.map((field) => ({ field, current_value: currentValue("site", site as never, field), locked: locked.has(`site.${field}`) })),
    })),
  }
  res.json({ form })
}
