import { defineLink } from "@medusajs/framework/utils"
import ClientAccountModule from "../modules/clientAccount"
import RentalModule from "../modules/rental"

// Read-only: a reservation holds its account's id, so Query follows `client_account.rental_reservations`
// without a link table to keep in step.
export default defineLink(
  { linkable: ClientAccountModule.linkable.clientAccount, field: "id", isList: true },
  { ...RentalModule.linkable.rentalReservation.id, primaryKey: "account_id" },
  { readOnly: true }
)
