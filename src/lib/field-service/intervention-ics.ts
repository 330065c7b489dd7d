import type { MedusaContainer } from "@medusajs/framework/types"
import { buildIcs } from "./ics"
import type { InterventionRecord } from "./interventions"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

/** The .ics of a scheduled intervention, as the portal offers it and the booking e-mail attaches it. */
export async function interventionIcs(container: MedusaContainer, i: InterventionRecord): Promise<string> {
  const settings = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()
  const address = i.address
  const location = address ? [address.address_1, address.address_2, [address.postal_code, address.city].filter(Boolean).join(" "), address.country_code?.toUpperCase()].filter(Boolean).join(", ") : null
  return buildIcs(
    {
      uid: `${i.id}@client-portal`,
      start: new Date(i.scheduled_start!),
      end: new Date(i.scheduled_end!),
      summary: `${i.type?.name ?? "Intervention"} ${i.number}`,
      description: [i.description, i.technician ? `Technician: ${i.technician.name}` : null].filter(Boolean).join("\n"),
      location,
      sequence: i.reschedule_count,
      cancelled: i.status === "cancelled",
    },
    settings.business_name ?? "Client portal"
  )
}
