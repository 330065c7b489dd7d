import { defineLink } from "@medusajs/framework/utils"
import ClientAccountModule from "../modules/clientAccount"
import FieldServiceModule from "../modules/fieldService"

// Read-only: an intervention holds its site's id, so Query follows `intervention.site` (name, address) for
// staff lists without a link table.
export default defineLink(
  { linkable: FieldServiceModule.linkable.fieldIntervention, field: "site_id" },
  ClientAccountModule.linkable.clientSite,
  { readOnly: true }
)
