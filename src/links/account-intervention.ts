import { defineLink } from "@medusajs/framework/utils"
import ClientAccountModule from "../modules/clientAccount"
import FieldServiceModule from "../modules/fieldService"

// Read-only: an intervention holds its account's id, so Query follows `client_account.interventions` without a
// link table to keep in step. Deleting an account settles its interventions in deleteClientAccountWorkflow.
export default defineLink(
  { linkable: ClientAccountModule.linkable.clientAccount, field: "id", isList: true },
  { ...FieldServiceModule.linkable.fieldIntervention.id, primaryKey: "account_id" },
  { readOnly: true }
)
